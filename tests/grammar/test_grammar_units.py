"""Parts of the grammar engine that need no server: chunks, UTF-16 offsets, languages, categories,
the cache, filters, and the session against a fake server that answers known matches."""
from __future__ import annotations

import io
import subprocess
import sys

import pytest

from checker.config import Settings
from checker.document import Document, make_block
from checker.grammar import open_session
from checker.grammar.cache import ResultCache, cache_key
from checker.grammar.chunks import SEPARATOR, build_chunks, utf16_to_index
from checker.grammar.install import POM_TEMPLATE, LT_VERSION, write_pom
from checker.grammar.matches import category_of, lt_language
from support.fake_languagetool import FakeLanguageTool, serving


def doc_of(*paragraphs: str, kinds=None) -> Document:
    """A plain-text document: paragraphs separated by blank lines, one block each."""
    source = "\n\n".join(paragraphs) + "\n"
    doc = Document(path="t.txt", format="text", source=source)
    offset = 0
    for i, text in enumerate(paragraphs):
        kind = kinds[i] if kinds else "paragraph"
        doc.blocks.append(make_block(kind, [(text, offset)]))
        offset += len(text) + 2
    return doc


# --- chunks and offsets ---------------------------------------------------------------------------

def test_chunks_group_by_language_and_respect_the_limit():
    blocks = [make_block("paragraph", [(t, 0)]) for t in ("a" * 8, "b" * 8, "c" * 8, "d" * 3)]
    pairs = [(blocks[0], "en-US"), (blocks[1], "fr"), (blocks[2], "en-US"), (blocks[3], "en-US")]
    chunks = build_chunks(pairs, limit=20)
    # en: 8 + 2 + 8 = 18 fits; adding 2 + 3 would make 23 > 20, so "ddd" opens a second chunk.
    assert sorted((c.language, c.text) for c in chunks) == [
        ("en-US", "aaaaaaaa" + SEPARATOR + "cccccccc"), ("en-US", "ddd"), ("fr", "bbbbbbbb")]


def test_locate_maps_chunk_offsets_to_blocks():
    one, two = make_block("paragraph", [("Hello there.", 0)]), make_block("paragraph", [("Bye now.", 20)])
    [chunk] = build_chunks([(one, "en-US"), (two, "en-US")])
    assert chunk.locate(14, 17) == (two, 0, 3)          # 12 + 2 separator characters before "Bye"
    assert chunk.locate(6, 11) == (one, 6, 11)
    assert chunk.locate(12, 14) is None                 # inside the separator
    assert chunk.locate(9, 16) == (one, 9, 12)          # a match running past its block is cut


def test_utf16_offsets_after_an_emoji():
    text = "a😀 bc"
    to_index = utf16_to_index(text)
    # In UTF-16 "😀" is two code units: "b" is at unit 4, character 3.
    assert to_index(4) == 3 and text[to_index(4)] == "b"
    assert to_index(1) == 1 and to_index(0) == 0
    assert utf16_to_index("plain")(3) == 3


# --- languages and categories ---------------------------------------------------------------------

@pytest.mark.parametrize("tag, variants, code", [
    ("en", {}, "en-US"), ("en-GB", {}, "en-GB"), ("en", {"en": "en-GB"}, "en-GB"),
    ("en-IE", {}, "en-US"), ("de", {}, "de-DE"), ("de-CH", {}, "de-CH"), ("fr-CH", {}, "fr-CH"),
    ("fr", {}, "fr"), ("pt", {}, "pt-PT"), ("pt", {"pt": "pt-BR"}, "pt-BR"), ("es-MX", {}, "es"),
    ("it", {}, "it"), ("nl", {}, "nl"), ("xx", {}, None), (None, {}, None),
])
def test_language_codes(tag, variants, code):
    assert lt_language(tag, variants) == code


def test_other_languages_pass_when_the_server_has_them():
    assert lt_language("pl-PL", {}, {"pl", "pl-PL"}) == "pl-PL"
    assert lt_language("pl", {}, {"pl-PL"}) is None


def _match(issue, category, rule_id="R"):
    return {"rule": {"id": rule_id, "issueType": issue, "category": {"id": category}}}


@pytest.mark.parametrize("issue, category, rule_id, expected", [
    ("misspelling", "TYPOS", "MORFOLOGIK_RULE_EN_US", "spelling"),
    ("misspelling", "CONFUSED_WORDS", "LOOSE_LOSE", "spelling"),      # issue type comes first
    ("whitespace", "TYPOGRAPHY", "COMMA_PARENTHESIS_WHITESPACE", "typography"),
    ("typographical", "PUNCTUATION", "X", "typography"),
    ("uncategorized", "MISC", "FRENCH_WHITESPACE", "typography"),
    ("style", "STYLE", "X", "style"), ("uncategorized", "REDUNDANCY", "X", "style"),
    ("grammar", "GRAMMAR", "HE_VERB_AGR", "grammar"), ("uncategorized", "CAT_GRAMMAIRE", "X", "grammar"),
    ("", "", "X", "grammar"),
])
def test_categories(issue, category, rule_id, expected):
    assert category_of(_match(issue, category, rule_id)) == expected


def test_style_by_category_name():
    match = {"rule": {"id": "X", "issueType": "uncategorized",
                      "category": {"id": "CAT8", "name": "Stile - Espressioni"}}}
    assert category_of(match) == "style"
    match["rule"]["category"]["name"] = "Grammatica - Verbi"
    assert category_of(match) == "grammar"


# --- cache ----------------------------------------------------------------------------------------

def test_cache_key_changes_with_each_part():
    base = cache_key("text", "en-US", "6.7", {"disabled": []})
    assert base == cache_key("text", "en-US", "6.7", {"disabled": []})
    others = {cache_key("text.", "en-US", "6.7", {"disabled": []}),
              cache_key("text", "en-GB", "6.7", {"disabled": []}),
              cache_key("text", "en-US", "6.8", {"disabled": []}),
              cache_key("text", "en-US", "6.7", {"disabled": ["X"]})}
    assert base not in others and len(others) == 4


def test_cache_round_trip(tmp_path):
    cache = ResultCache(tmp_path / "c.sqlite")
    assert cache.get("k") is None
    match = {"offset": 1, "length": 3, "message": "m", "replacements": ["the"],
             "rule": {"id": "R", "issueType": "misspelling", "category": {"id": "TYPOS", "name": "T"}}}
    cache.put("k", [match])
    cache.close()
    again = ResultCache(tmp_path / "c.sqlite")
    assert again.get("k") == [match]
    assert "text" not in (tmp_path / "c.sqlite").read_bytes().decode("latin-1")  # only hashes stored


def test_pom_pins_the_version_and_excludes_language_all(tmp_path):
    pom = write_pom(tmp_path, ("en", "fr")).read_text()
    assert f"<version>{LT_VERSION}</version>" in pom and "language-all" in pom
    # The language-all exclusion, then en and fr, then es, ca and pt that the server itself needs.
    assert pom.count("<artifactId>language-") == 1 + 2 + 3
    assert "language-en" in pom and "language-ca" in pom and "language-de" not in pom
    assert POM_TEMPLATE.count("{version}") == 1


# --- the session against a fake server ------------------------------------------------------------

class TehServer(FakeLanguageTool):
    """Flags every "teh" as a misspelling (UTF-16 offsets) and records what was asked."""
    languages = [{"code": "en", "longCode": "en-US"}, {"code": "fr", "longCode": "fr"}]
    version = "9.9"
    requests: list = []
    disabled: list = []

    def answer(self, form):
        type(self).requests.append((form["language"], form["text"]))
        type(self).disabled.append(form.get("disabledRules", ""))
        super().answer(form)

    def matches(self, text, language):
        matches = []
        start = 0
        while (i := text.find("teh", start)) >= 0:
            offset = len(text[:i].encode("utf-16-le")) // 2
            matches.append({"offset": offset, "length": 3, "message": "Possible spelling mistake.",
                            "replacements": [{"value": v} for v in ("the", "tea", "ten", "Ted", "tech", "eh")],
                            "rule": {"id": "MORFOLOGIK_RULE_EN_US", "issueType": "misspelling",
                                     "category": {"id": "TYPOS"}}})
            start = i + 3
        return matches


@pytest.fixture
def fake_server():
    TehServer.requests = []
    TehServer.disabled = []
    with serving(TehServer) as url:
        yield url


def test_session_maps_matches_onto_lines_and_columns(fake_server):
    doc = doc_of("Title", "We 😀 saw teh cat.", "And teh dog.")
    settings = Settings(languagetool={"url": fake_server}, cache=False)
    with open_session(settings, stderr=io.StringIO()) as session:
        findings, engine = session.check(doc, "en")
    assert engine == "languagetool 9.9"
    # Line 3 "We 😀 saw teh cat.": "teh" at column 10 (W=1, e=2, space=3, 😀=4, ..., t=10).
    assert [(f.span.line, f.span.column, f.span.end_column, f.text) for f in findings] == [
        (3, 10, 12, "teh"), (5, 5, 7, "teh")]
    assert findings[0].suggestions == ("the", "tea", "ten", "Ted", "tech")
    assert findings[0].severity == "warning" and findings[0].category == "spelling"
    # One request for the text (both blocks in one chunk), separated by a blank line; never markup.
    texts = [t for lang, t in TehServer.requests if t]
    assert texts == ["Title\n\nWe 😀 saw teh cat.\n\nAnd teh dog."]
    assert {lang for lang, t in TehServer.requests if t} == {"en-US"}


def test_block_in_another_language_is_sent_in_its_own(fake_server):
    doc = doc_of("Hello teh world.", "Bonjour le monde.")
    doc.blocks[1].language = "fr-CH"
    with open_session(Settings(languagetool={"url": fake_server}, cache=False), stderr=io.StringIO()) as s:
        s.check(doc, "en-GB")
    assert sorted((lang, t) for lang, t in TehServer.requests if t) == [
        ("en-GB", "Hello teh world."), ("fr-CH", "Bonjour le monde.")]


def test_vocabulary_accept_and_alt_texts(fake_server):
    doc = doc_of("We met Teh today.", "teh photo", kinds=["paragraph", "alt"])
    settings = Settings(languagetool={"url": fake_server}, cache=False, vocabulary_accept=("TEH",))
    with open_session(settings, stderr=io.StringIO()) as session:
        findings, _ = session.check(doc, "en")
    assert findings == []    # accepted word, case-insensitively; "teh" in alt is accepted too
    settings = Settings(languagetool={"url": fake_server}, cache=False)
    with open_session(settings, stderr=io.StringIO()) as session:
        findings, _ = session.check(doc_of("Teh.", "teh photo", kinds=["paragraph", "alt"]),
                                    "en")
    assert [(f.span.line, f.text) for f in findings] == [(3, "teh")]   # "Teh" is not flagged by the fake


def test_cache_means_an_unchanged_document_is_not_sent_again(fake_server, tmp_path):
    settings = Settings(languagetool={"url": fake_server}, cache=True)
    doc = doc_of("Some teh text.")
    with open_session(settings, stderr=io.StringIO(), cache_path=tmp_path / "c.sqlite") as s:
        first, _ = s.check(doc, "en")
    sent = [t for _, t in TehServer.requests if t]
    with open_session(settings, stderr=io.StringIO(), cache_path=tmp_path / "c.sqlite") as s:
        second, _ = s.check(doc, "en")
    assert [t for _, t in TehServer.requests if t] == sent == ["Some teh text."]
    assert first == second and len(first) == 1
    no_cache = Settings(languagetool={"url": fake_server}, cache=False)
    with open_session(no_cache, stderr=io.StringIO(), cache_path=tmp_path / "c.sqlite") as s:
        s.check(doc, "en")
    assert [t for _, t in TehServer.requests if t] == sent * 2


def test_unsupported_language_is_said(fake_server):
    doc = doc_of("こんにちは")
    with open_session(Settings(languagetool={"url": fake_server}, cache=False), stderr=io.StringIO()) as s:
        findings, engine = s.check(doc, "ja")
    assert findings == [] and engine == "skipped: no LanguageTool module for ja"


def test_remote_server_is_announced(monkeypatch):
    err = io.StringIO()
    with open_session(Settings(languagetool={"url": "https://lt.example.org"}, cache=False), stderr=err):
        pass
    assert "https://lt.example.org" in err.getvalue()
    err = io.StringIO()
    with open_session(Settings(languagetool={"url": "http://127.0.0.1:9"}, cache=False), stderr=err):
        pass
    assert err.getvalue() == ""


# --- no server at all -----------------------------------------------------------------------------

@pytest.fixture
def nothing_installed(monkeypatch, tmp_path):
    monkeypatch.delenv("LISIBLE_LANGUAGETOOL_URL", raising=False)
    monkeypatch.delenv("LTP_JAR_DIR_PATH", raising=False)
    monkeypatch.setattr("checker.grammar.session.find_install", lambda settings=None: None)


def test_auto_without_server_skips_and_says_so_once(nothing_installed):
    err = io.StringIO()
    with open_session(Settings(grammar="auto", cache=False), stderr=err) as session:
        results = [session.check(doc_of("Text one."), None), session.check(doc_of("Two."), None)]
    assert results == [([], "skipped: LanguageTool is not installed")] * 2
    lines = err.getvalue().strip().splitlines()
    assert len(lines) == 1 and "lisible languagetool install" in lines[0]


def test_required_without_server_fails_the_run_and_says_how_to_install(nothing_installed):
    err = io.StringIO()
    with open_session(Settings(grammar="required", cache=False), stderr=err) as session:
        results = [session.check(doc_of("Text one."), None), session.check(doc_of("Two."), None)]
    assert results == [([], "unavailable: LanguageTool is not installed")] * 2
    assert session.failures == ["unavailable: LanguageTool is not installed"]    # once, for the run
    lines = err.getvalue().strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("lisible: error: --grammar required, but ")
    assert "lisible languagetool install" in lines[0]


def test_bad_jar_dir_is_a_clear_reason(monkeypatch, tmp_path):
    monkeypatch.delenv("LISIBLE_LANGUAGETOOL_URL", raising=False)
    settings = Settings(grammar="required", cache=False, languagetool={"jar_dir": str(tmp_path)})
    with open_session(settings, stderr=io.StringIO()) as session:
        assert len(session.failures) == 1 and "no LanguageTool server jar" in session.failures[0]


def test_off_and_nothing_to_check_need_no_engine(nothing_installed):
    """The one wording for a run without grammar; the JSON's engines.grammar shows it."""
    with open_session(Settings(grammar="off", cache=False), 3) as session:
        assert session.check(doc_of("Text."), None) == ([], "skipped: --grammar off")
    assert session.failures == []
    with open_session(Settings(grammar="required", cache=False), 0) as session:
        assert session.check(doc_of("Text."), None) == ([], "skipped: nothing to check")
    assert session.failures == []


def test_rules_a_pack_covers_are_disabled_in_the_request(fake_server):
    settings = Settings(languagetool={"url": fake_server, "disabled_rules": ["MY_RULE"],
                                      "enabled_rules": ["DOUBLE_PUNCTUATION"]}, cache=False)
    with open_session(settings, stderr=io.StringIO()) as session:
        session.check(doc_of("Bonjour teh monde."), "fr")
        rules = session.rules_for("fr")
    disabled = TehServer.disabled[-1].split(",")
    # fr.typography.space-before-colon replaces FRENCH_WHITESPACE (rules/fr/typography.yaml);
    # a rule the config enables is sent enabled, not disabled.
    assert "FRENCH_WHITESPACE" in disabled and "MY_RULE" in disabled
    assert "DOUBLE_PUNCTUATION" not in disabled and rules["enabled"] == ["DOUBLE_PUNCTUATION"]


def test_vocabulary_of_the_document_settings_wins(fake_server):
    """The engine passes each file's settings (with [[overrides]] applied) in the context."""
    session_settings = Settings(languagetool={"url": fake_server}, cache=False)
    file_settings = Settings(languagetool={"url": fake_server}, cache=False, vocabulary_accept=("teh",))
    with open_session(session_settings, stderr=io.StringIO()) as session:
        plain, _ = session.check(doc_of("A teh."), "en")
        overridden, _ = session.check(doc_of("A teh."), "en", file_settings)
    assert [f.text for f in plain] == ["teh"] and overridden == []


def test_a_run_with_grammar_off_does_not_load_languagetool(tmp_path):
    (tmp_path / "a.txt").write_text("A short text.\n", encoding="utf-8")
    code = ("import sys; from checker import engine; from checker.config import Settings; "
            f"engine.check_paths([{str(tmp_path / 'a.txt')!r}], Settings(grammar='off', cache=False)); "
            "print(sorted(m for m in sys.modules if m.startswith('checker.grammar')))")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "checker.grammar.languagetool" not in run.stdout and "checker.grammar.session" in run.stdout
