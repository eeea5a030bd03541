"""Bounded work (issue 13): nesting, zip bombs, YAML aliases, pack patterns, message formats and a
per-file time budget each end in a finding, never a hang, a blown memory or a silent skip.
No test here asserts a duration: benchmarks/fuzz.py prints the times and the memory."""
import io
import zipfile
from dataclasses import replace

import pytest

from checker import engine, limits, sources
from checker.config import Settings
from checker.html.tree import MAX_DEPTH, parse

RUN = Settings(grammar="off", cache=False, jobs=1, language="en")


def check(name: str, data: bytes, run: Settings = RUN):
    result = engine.check_loaded([(name, lambda: sources.load_bytes(data, name))], run)
    return result.documents[0]


def rules_of(doc_result):
    return [f.rule for f in doc_result.findings]


# --- nesting ------------------------------------------------------------------------------------
def test_text_ten_list_levels_deep_is_checked():
    """markdown-it drops blocks nested past its maxNesting (20: ten list levels) without a word."""
    deep = "".join("  " * i + "- item\n" for i in range(12)) + "  " * 12 + "- We met in order to talk.\n"
    result = check("a.md", deep.encode())
    assert any(b.text == "We met in order to talk." for b in result.document.blocks)
    assert "en.plain.in-order-to" in rules_of(result)


@pytest.mark.parametrize("text", [
    "".join("  " * i + "- item\n" for i in range(40)) + "  " * 40 + "- hidden text\n",
    ">" * 70 + " hidden text\n",
])
def test_text_nested_past_the_limit_is_an_error_finding(text):
    result = check("a.md", text.encode())
    assert "input.too-deep" in rules_of(result)
    assert any(f.severity == "error" for f in result.findings)   # fails the gate


def test_html_nesting_is_capped_and_said():
    tree = parse("<div>" * 5000 + "deep text" + "</div>" * 5000)
    depth = max(sum(1 for _ in el.ancestors()) for el in tree.iter())
    assert depth <= MAX_DEPTH + 1
    result = check("a.html", ("<div>" * 5000 + "<p>Deep text is still read.</p>").encode())
    assert "input.nesting-flattened" in rules_of(result)
    assert any(b.text == "Deep text is still read." for b in result.document.blocks)


def test_an_html_tag_too_long_to_parse_is_refused():
    result = check("a.html", b"<p " + b"a=b " * 30_000 + b">The council met.</p>")
    assert rules_of(result) == ["input.too-large"]
    assert "tag longer than 100,000" in result.findings[0].message


# --- YAML, zip ----------------------------------------------------------------------------------
ALIAS_BOMB = ("---\na: &a [x,x,x,x,x,x,x,x,x]\n" + "".join(
    f"{c}: &{c} [*{p},*{p},*{p},*{p},*{p},*{p},*{p},*{p},*{p}]\n" for p, c in zip("abcdefgh", "bcdefghi"))
    + "lang: *i\n---\nThe council met.\n")


def test_front_matter_aliases_are_not_expanded():
    doc = sources.load_bytes(ALIAS_BOMB.encode(), "a.md")
    assert doc.declared_language is None          # 9**9 x's were never built
    assert sources.load_bytes(b"---\nlang: fr\n---\nBonjour.\n", "a.md").declared_language == "fr"


def test_a_user_pack_with_aliases_is_refused(tmp_path):
    from checker.errors import UsageError
    from checker.rules.loader import load_pack_file
    path = tmp_path / "house.yaml"
    path.write_text("pack: house\nx: &t [a, a]\nrules: *t\n", encoding="utf-8")
    with pytest.raises(UsageError):
        load_pack_file(path)


def _docx(xml: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", xml)
    return buffer.getvalue()


def test_a_docx_that_unpacks_too_large_is_refused_before_parsing(monkeypatch):
    bomb = _docx("<w:document>" + "<w:p/>" * 200_000 + "</w:document>")    # 1.2 MB, zips to ~2 KB
    assert len(bomb) < 10_000
    monkeypatch.setattr("checker.sources.docx.load_bytes",
                        lambda data, name: pytest.fail("the parser saw the bomb"))
    doc = sources.load_bytes(bomb, "bomb.docx", max_bytes=100_000)
    assert [f.rule for f in doc.notes] == ["input.too-large"]
    assert "unpacks to 1,200,0" in doc.notes[0].message


def _word_document(paragraphs: int) -> bytes:
    """A .docx as Word writes it (python-docx's default template, whose styles alone are ~800 KB
    of XML unpacked): `paragraphs` paragraphs of one sentence."""
    import docx
    document = docx.Document()
    for _ in range(paragraphs):
        document.add_paragraph("The council approved the budget on Monday, after a long debate.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _xml_unpacked(data: bytes) -> int:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return sum(i.file_size for i in archive.infolist() if i.filename.endswith((".xml", ".rels")))


def test_a_docx_whose_xml_unpacks_past_max_bytes_is_refused_before_parsing(monkeypatch):
    """benchmarks/fuzz_attacks.py, docx-big-text: a 65 KB .docx whose word/document.xml unpacks to
    18 MB (440,000 paragraphs) peaked at 1,524 MB in python-docx and the checks. The XML parts
    together may unpack to --max-bytes, as much as a plain text may hold."""
    big, fine = _word_document(5000), _word_document(200)
    limit = 1_100_000
    # Worked out from the zips' tables of contents: the small one's XML fits, the big one's does
    # not, though the big file itself is small and its whole content far under 4 x --max-bytes.
    assert _xml_unpacked(fine) < limit < _xml_unpacked(big) < 4 * limit and len(big) < 100_000
    doc = sources.load_bytes(big, "big.docx", max_bytes=limit)
    assert [f.rule for f in doc.notes] == ["input.too-large"] and doc.blocks == []
    assert "bytes of XML once unpacked (word/document.xml: " in doc.notes[0].message
    assert f"over the limit of {limit:,} (--max-bytes)" in doc.notes[0].message
    checked = sources.load_bytes(fine, "fine.docx", max_bytes=limit)
    assert checked.notes == [] and len(checked.blocks) == 200
    assert checked.blocks[0].text == "The council approved the budget on Monday, after a long debate."


def test_the_budget_of_a_zip_counts_the_xml_its_parser_reads(tmp_path):
    # A picture is not parsed: 3 MB of it does not buy time; 1.2 MB of XML does.
    path = tmp_path / "a.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", "<w:p/>" * 200_000)
        archive.writestr("word/_rels/document.xml.rels", "x" * 1000)
        archive.writestr("word/media/image1.png", b"\0" * 3_000_000)
    assert limits.unpacked_size(str(path)) == 1_201_000


# --- packs: patterns and messages ---------------------------------------------------------------
PACK = """pack: house
rules:
  - id: house.{name}
    kind: existence
    category: style
    severity: warning
    message: "{message}"
    rationale: A house rule.
    source: https://example.org/house
    patterns: ["{pattern}"]
    examples: {{trigger: ["aaaa"], pass: ["b"]}}
"""


def _pack(tmp_path, name, pattern, message="Found {{match}}."):
    path = tmp_path / f"{name}.yaml"
    path.write_text(PACK.format(name=name, pattern=pattern, message=message), encoding="utf-8")
    return Settings(grammar="off", cache=False, jobs=1, language="en", packs=(str(path),))


def test_a_backtracking_pack_pattern_is_stopped_with_a_finding(tmp_path, monkeypatch):
    monkeypatch.setattr("checker.rules.patterns.PATTERN_TIMEOUT", 0.2)
    run = _pack(tmp_path, "slow", "(a+)+$")
    result = check("a.txt", ("a" * 5000 + "!\n\nAnother paragraph of aaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\n").encode(), run)
    too_slow = [f for f in result.findings if f.rule == "input.too-slow"]
    assert len(too_slow) == 1 and "house.slow" in too_slow[0].message
    assert any(f.severity == "error" for f in result.findings)   # fails the gate


@pytest.mark.parametrize("message, shown", [
    ("{match:>1500000000}", "{match:>1500000000}"),
    ("{match.__class__}", "{match.__class__}"),
    ("{match!r}", "{match!r}"),
    ("Use less {match}.", "Use less aaaa."),
    ("{nope} {", "{nope} {"),
])
def test_pack_messages_fill_plain_fields_only(tmp_path, message, shown):
    run = _pack(tmp_path, "fmt", "a{4}", message=message)
    result = check("a.txt", b"We aaaa the plan.\n", run)
    assert [f.message for f in result.findings if f.rule == "house.fmt"] == [shown]


# --- the per-file time budget -------------------------------------------------------------------
def test_a_file_over_its_time_budget_is_an_error_finding_and_the_run_goes_on(monkeypatch):
    monkeypatch.setattr("checker.limits.SECONDS_PER_MB", 0.0)
    slow = b"[" * 300_000            # markdown-it's link parsing is quadratic on this
    run = Settings(grammar="off", cache=False, jobs=1, language="en", time_budget=0.5)
    result = engine.check_loaded([("slow.md", lambda: sources.load_bytes(slow, "slow.md")),
                                  ("fine.md", lambda: sources.load_bytes(b"Fine text.\n", "fine.md"))],
                                 run)
    by_path = {d.document.path: d for d in result.documents}
    assert rules_of(by_path["slow.md"]) == ["input.too-slow"]
    assert "input.too-slow" not in rules_of(by_path["fine.md"])


def test_the_budget_exception_never_lands_after_the_budget_is_left():
    from checker import limits
    for _ in range(200):           # finishing just as the budget runs out must stay clean
        try:
            with limits.time_budget(0.001):
                sum(range(2000))
        except limits.OutOfTime:
            pass
    assert sum(range(100_000)) == 4_999_950_000    # no stray OutOfTime arrives later


def test_a_budget_exception_swallowed_by_library_code_is_raised_again():
    """odfpy wraps string work in a bare `except: pass`: the one OutOfTime it swallowed let an
    18 MB .odt part run 30 s past its budget (found by benchmarks/fuzz.py). The watchdog raises
    it again until the budget is left."""
    import time
    from checker import limits
    swallowed = []
    with pytest.raises(limits.OutOfTime):
        with limits.time_budget(0.2):
            end = time.monotonic() + 120
            while time.monotonic() < end:
                try:
                    sum(range(20_000))
                except:  # noqa: E722 - as odfpy does
                    swallowed.append(1)
                sum(range(20_000))
    assert sum(range(100_000)) == 4_999_950_000    # nothing lands after the budget is left


# --- findings per rule --------------------------------------------------------------------------
FIVE_TIMES = " ".join(f"In order to help, we met on day {n}." for n in range(1, 6))


def test_a_rule_firing_past_the_cap_is_listed_up_to_it_and_the_rest_counted():
    """benchmarks/long_blocks.py: a 200 KB paragraph of "word word ..." gave 40,000 findings; at
    5 MB a million of them (~700 bytes each) would not fit in memory nor be read."""
    capped = check("a.md", FIVE_TIMES.encode(), replace(RUN, max_findings_per_rule=2))
    listed = [f for f in capped.findings if f.rule == "en.plain.in-order-to"]
    assert [(f.span.line, f.span.column) for f in listed] == [(1, 1), (1, 36)]   # the first two
    notes = [f for f in capped.findings if f.rule == "input.too-many-findings"]
    assert [(n.severity, n.message) for n in notes] == [(
        "info", "Rule en.plain.in-order-to fired 5 times in this file; the first 2 are listed and "
        "the other 3 left out.")]
    whole = check("a.md", FIVE_TIMES.encode())
    assert len([f for f in whole.findings if f.rule == "en.plain.in-order-to"]) == 5
    assert "input.too-many-findings" not in rules_of(whole)


def test_no_note_about_a_rule_the_config_ignores():
    run = replace(RUN, max_findings_per_rule=2, ignore=("en.plain.in-order-to",))
    assert "input.too-many-findings" not in rules_of(check("a.md", FIVE_TIMES.encode(), run))


def test_the_cap_counts_what_it_leaves_out_without_building_it(monkeypatch):
    import checker.rules as rules_analyzer
    built = []
    real = rules_analyzer._finding
    monkeypatch.setattr(rules_analyzer, "_finding",
                        lambda doc, view, rule, hit: built.append(rule.id) or real(doc, view, rule, hit))
    check("a.md", FIVE_TIMES.encode(), replace(RUN, max_findings_per_rule=2))
    assert built.count("en.plain.in-order-to") == 2      # 5 without the cap


# --- HTML inside Markdown -----------------------------------------------------------------------
def test_a_tag_too_long_inside_markdown_is_said_not_dropped(monkeypatch):
    """benchmarks/fuzz_attacks.py, md-big-tag: the HTML loader refused a 5 MB tag, and the Markdown
    walker kept only its blocks, so the file ended as input.empty, its text unchecked unsaid."""
    monkeypatch.setattr("checker.sources.html.MAX_TAG_CHARS", 50)
    tag = "<p " + "a=b " * 20 + ">We met in order to talk.</p>\n"       # the tag: 83 characters
    alone = sources.load_bytes(tag.encode(), "a.md")
    assert [(n.rule, n.span.line, n.span.column) for n in alone.notes] == [("input.too-large", 1, 1)]
    assert "tag longer than 50 characters" in alone.notes[0].message and alone.blocks == []
    mixed = check("a.md", ("We met in order to talk.\n\n" + tag + "\n" + tag).encode())
    assert [(f.rule, f.span.line) for f in mixed.findings if f.category == "input"] == \
        [("input.too-large", 3)]                       # once, at the first such HTML
    assert "en.plain.in-order-to" in rules_of(mixed)   # the Markdown text is still checked
