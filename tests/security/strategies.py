"""Hypothesis strategies for hostile inputs: documents in every input format, configs, rule packs
and result dicts for every output renderer. Shared by tests/security/test_security_fuzz.py (a small
budget in the suite) and benchmarks/fuzz.py (>= 10,000 inputs per format and renderer)."""
from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

import yaml
from hypothesis import strategies as st

# Pieces that steer parsers into their corners: markup, nesting, entities, directives, line
# breaks of every kind, control characters, workflow commands, format placeholders.
MARKUP = [
    "[", "]", "](", "![", "(", ")", "<", ">", "<div>", "</div>", "<p>", "</p>", "<li>", "<ul>",
    "<html lang=\"fr\">", "<html lang='x-\u0000'>", "<span lang=\"de\">", "<img alt=\"", "\">",
    "<img src=a.png>", "<a href=x>", "</a>", "<title>", "</title>", "<table><tr><td>", "<br>",
    "<script>", "</script>", "<style>", "<!--", "-->", "<!-- lisible-disable -->",
    "<!-- lisible-disable-next-line * -->", "<![CDATA[", "<?xml?>", "<svg>", "<math>",
    "*", "**", "_", "__", "`", "```\n", "~~~", "> ", ">>>>>>>>>> ", "- ", "  - ", "1. ", "# ",
    "###### ", "\n", "\n\n", "\r", "\r\n", "\t", "    ", "---\n", "...\n", "lang: fr\n",
    "lang: &a [x]\n", "lang: *a\n", "&amp;", "&nbsp;", "&#0;", "&#x110000;", "&unknown;",
    "|a|b|\n|-|-|\n", "|", "\\", "\x00", "\x0b", "\x0c", "\x1b[31m", "\x7f", "\x85", "\u2028",
    "\u2029", "\ufeff", "\ufffe", "\ud7ff", "::error file=x.md::pwned", "%0A", "{match}",
    "{match:>99}", "{0}", "}", "{", "OFROU", "(OFROU)", "e.g.", "Mr.", "U.S.", "3'150", "1 000",
    "« ", " »", "«", "»", "„", "“", "”", "’", "'", "—", " – ", "…", "!", "?", ";", ":",
]
WORDS = ["the", "council", "a", "approved", "budget", "le", "Conseil", "fédéral", "a", "adopté",
         "der", "Bundesrat", "hat", "beschlossen", "el", "gobierno", "il", "governo", "in order to",
         "utilize", "tset", "Monday", "2026", "42", "ÉTAT", "SHOUTING", "very very", "is being done"]

pieces = st.one_of(st.sampled_from(MARKUP), st.sampled_from(WORDS),
                   st.text(max_size=12), st.sampled_from([" ", " ", ". ", ", "]))
documents = st.lists(pieces, max_size=120).map("".join)


def _deep(opening: str, closing: str = ""):
    return st.integers(1, 120).map(lambda n: opening * n + "deep text here." + closing * n)


nesting = st.one_of(_deep("> "), _deep("<div>", "</div>"), _deep("<blockquote>"),
                    st.integers(1, 40).map(lambda n: "".join("  " * i + "- item\n" for i in range(n))),
                    _deep("["), _deep("*"), _deep("<span lang=fr>", "</span>"))
texts = st.one_of(documents, nesting, st.text(max_size=400))


@st.composite
def encoded(draw, text_strategy=texts) -> bytes:
    """A text in one of the encodings lisible reads, or bytes that are none of them."""
    text = draw(text_strategy)
    how = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "latin-1", "cp1252", "raw"]))
    if how == "raw":
        return draw(st.binary(max_size=600))
    return text.encode(how, errors="replace")


@st.composite
def docx_bytes(draw) -> bytes:
    """A .docx: well formed with hostile text, or broken in one of the ways zips and XML break."""
    paragraphs = draw(st.lists(documents, max_size=8))
    style = draw(st.sampled_from(["", "Heading1", "Titre2", "ListParagraph", "x" * 50]))
    body = "".join(
        f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:rPr><w:lang w:val="fr-FR"/></w:rPr>'
        f"<w:t>{escape(_xml_safe(p))}</w:t><w:tab/><w:br/></w:r></w:p>" for p in paragraphs)
    xml = ('<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
           f'wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>')
    kind = draw(st.sampled_from(["good", "good", "no-body", "bad-xml", "truncated", "not-zip",
                                 "no-document", "entity", "many-parts"]))
    if kind == "no-body":
        xml = xml.replace("<w:body>", "<w:other>").replace("</w:body>", "</w:other>")
    elif kind == "bad-xml":
        xml = xml[: draw(st.integers(0, len(xml)))]
    elif kind == "entity":
        xml = xml.replace('<?xml version="1.0"?>', '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a '
                          '"aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>')
        xml = xml.replace("</w:body>", "<w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body>")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        if kind != "no-document":
            archive.writestr("word/document.xml", xml)
        if kind == "many-parts":
            for i in range(draw(st.integers(1, 50))):
                archive.writestr(f"word/media/{i}.bin", b"\0" * 100)
    return _damaged(draw, buffer.getvalue(), kind)


def _damaged(draw, data: bytes, kind: str) -> bytes:
    """A zip as drawn, cut short ("truncated") or replaced by bytes that are no zip ("not-zip")."""
    if kind == "truncated":
        return data[: draw(st.integers(0, len(data)))]
    if kind == "not-zip":
        return draw(st.binary(max_size=300))
    return data


def _xml_safe(text: str) -> str:
    return "".join(c for c in text if c in "\t\n\r" or ("\x20" <= c <= "\ud7ff")
                   or ("\ue000" <= c <= "\ufffd"))


ODT_HEAD = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
            'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
            'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
            'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2">'
            "<office:body><office:text>")
ODT_META = ('<?xml version="1.0" encoding="UTF-8"?><office:document-meta '
            'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/"><office:meta><dc:language>{}'
            "</dc:language></office:meta></office:document-meta>")

ODT_MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
                '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry '
                'manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')


@st.composite
def odt_element(draw, depth: int = 0) -> str:
    """One body element: a paragraph, heading, list, note, frame or table, nested a few levels."""
    text = escape(_xml_safe(draw(documents)))
    kind = draw(st.sampled_from(["p", "h", "list", "note", "frame", "table", "space"]
                                if depth < 4 else ["p", "h"]))
    if kind == "h":
        return f'<text:h text:outline-level="{draw(st.sampled_from(["1", "6", "0", "x", "99"]))}">{text}</text:h>'
    if kind == "list":
        items = "".join(f"<text:list-item>{draw(odt_element(depth + 1))}</text:list-item>"
                        for _ in range(draw(st.integers(0, 3))))
        return f"<text:list>{items}</text:list>"
    if kind == "note":
        return (f'<text:p>{text}<text:note text:note-class="footnote"><text:note-citation>1'
                f"</text:note-citation><text:note-body>{draw(odt_element(depth + 1))}"
                "</text:note-body></text:note></text:p>")
    if kind == "frame":
        return (f"<text:p><draw:frame><draw:text-box>{draw(odt_element(depth + 1))}"
                f"</draw:text-box></draw:frame>{text}</text:p>")
    if kind == "table":
        return (f"<table:table><table:table-row><table:table-cell>{draw(odt_element(depth + 1))}"
                "</table:table-cell></table:table-row></table:table>")
    if kind == "space":
        return f'<text:p>{text}<text:s text:c="{draw(st.sampled_from(["3", "-1", "99999999", "x"]))}"/><text:tab/>{text}</text:p>'
    return f"<text:p>{text}</text:p>"


@st.composite
def odt_bytes(draw) -> bytes:
    """An .odt: well formed with hostile text, or broken as zips and XML break."""
    body = "".join(draw(st.lists(odt_element(), max_size=6)))
    xml = ODT_HEAD + body + "</office:text></office:body></office:document-content>"
    kind = draw(st.sampled_from(["good", "good", "good", "bad-xml", "truncated", "not-zip",
                                 "no-content", "entity"]))
    if kind == "bad-xml":
        xml = xml[: draw(st.integers(0, len(xml)))]
    elif kind == "entity":
        xml = xml.replace('encoding="UTF-8"?>', 'encoding="UTF-8"?><!DOCTYPE d [<!ENTITY a '
                          '"aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>', 1)
        xml = xml.replace("</office:text>", "<text:p>&b;</text:p></office:text>")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("META-INF/manifest.xml", ODT_MANIFEST)
        if kind != "no-content":
            archive.writestr("content.xml", xml)
        language = escape(_xml_safe(draw(st.sampled_from(["fr-CH", "de", "", "x" * 40]) | st.text(max_size=8))))
        archive.writestr("meta.xml", ODT_META.format(language))
    return _damaged(draw, buffer.getvalue(), kind)


def _cp1252(text: str) -> str:
    return text.encode("cp1252", "replace").decode("cp1252")


@st.composite
def pdf_bytes(draw) -> bytes:
    """A PDF built by scripts/pdfgen.py (tagged or not, headings, figures, footers, lang, title,
    an unmapped font, encryption) from hostile text, then kept, truncated or with bytes flipped."""
    from pdfgen_module import pdfgen
    lines = st.lists(documents.map(_cp1252).map(lambda t: t.replace("\n", " ")), min_size=1, max_size=3)
    para = st.builds(pdfgen.Para, lines, role=st.sampled_from(["P", "P", "H1", "H3", "Figure", "Artifact"]),
                     alt=st.none() | documents.map(_cp1252), lang=st.none() | st.sampled_from(["fr", "de-CH", "x"]))
    page = st.one_of(st.builds(pdfgen.Page, st.lists(para, max_size=4)),
                     st.just(pdfgen.Page(image_only=True)),
                     st.builds(pdfgen.Page, st.lists(para, min_size=1, max_size=2), unmapped=st.just(True)))
    spec = draw(st.builds(pdfgen.Spec, st.lists(page, min_size=1, max_size=3), tagged=st.booleans(),
                          lang=st.none() | st.sampled_from(["fr-CH", "en", "", "\x00"]),
                          title=st.none() | documents.map(_cp1252),
                          footer=st.none() | st.just("Page {page}"),
                          encrypt_password=st.none() | st.just("") | st.just("secret")))
    data = pdfgen.build(spec)
    kind = draw(st.sampled_from(["good", "good", "truncated", "flipped", "not-pdf"]))
    if kind == "truncated":
        data = data[: draw(st.integers(0, len(data)))]
    elif kind == "flipped":
        buffer = bytearray(data)
        for _ in range(draw(st.integers(1, 20))):
            buffer[draw(st.integers(0, len(buffer) - 1))] = draw(st.integers(0, 255))
        data = bytes(buffer)
    elif kind == "not-pdf":
        data = b"%PDF-1.7\n" + draw(st.binary(max_size=400))
    return data


def input_for(fmt: str):
    """(file name, bytes) strategy for one input format."""
    if fmt == "docx":
        return docx_bytes().map(lambda data: ("fuzz.docx", data))
    if fmt == "odt":
        return odt_bytes().map(lambda data: ("fuzz.odt", data))
    if fmt == "pdf":
        return pdf_bytes().map(lambda data: ("fuzz.pdf", data))
    suffix = {"text": ".txt", "markdown": ".md", "html": ".html"}[fmt]
    names = st.sampled_from([f"fuzz{suffix}", f"a b/é\n::error::x{suffix}", f"\x1b[2J{suffix}"])
    return st.tuples(names, encoded())


# --- config and packs ---------------------------------------------------------------------------
toml_values = st.one_of(
    st.sampled_from(['"error"', '"never"', '"fr-CH"', '"expert"', "1", "-1", "1e999", "true",
                     '["*"]', '["a", 1]', "{}", '"../x.toml"', '"/etc/passwd"', '"\\u0000"',
                     "[[1]]", '"http://127.0.0.1:9"']),
    st.text(max_size=20).map(lambda t: '"' + t.replace("\\", "\\\\").replace('"', '\\"')
                             .replace("\n", "\\n") + '"'))
toml_keys = st.sampled_from(["language", "profile", "fail_on", "min_score", "select", "ignore",
                             "include", "exclude", "max_bytes", "packs", "extend", "grammar",
                             "ui_lang", "cache", "severity", "colour", "languagetool.url",
                             "languagetool.jar_dir", "languagetool.heap", "languagetool.timeout",
                             "vocabulary.accept", "readability.fr", "overrides"])
configs = st.lists(st.tuples(toml_keys, toml_values), max_size=8).map(
    lambda pairs: "\n".join(f"{k} = {v}" for k, v in pairs) + "\n")

pack_values = st.one_of(st.text(max_size=30), st.sampled_from(
    ["(a+)+$", "(x|xx)+y", "[", "\\", "{match:>1500000000}", "{match.__class__}", "{0}", "{",
     "{match!r:^99999999}", "fr", "style", "warning", "existence", "substitution", "python",
     "occurrence", "https://example.org/guide"]))
rule_specs = st.fixed_dictionaries(
    {"id": st.sampled_from(["house.a", "house.b", "other.c", 3]),
     "kind": st.sampled_from(["existence", "substitution", "occurrence", "repetition", "python",
                              "nope"]),
     "category": st.sampled_from(["style", "typography", "grammar", "x"]),
     "severity": st.sampled_from(["error", "warning", "info", "fatal"]),
     "message": pack_values, "rationale": pack_values,
     "source": st.sampled_from(["https://example.org/guide", "nowhere"])},
    optional={"terms": st.lists(pack_values, max_size=3), "patterns": st.lists(pack_values, max_size=3),
              "examples": st.just({"trigger": ["aaaa"], "pass": ["b"]}),
              "entries": st.lists(st.fixed_dictionaries({"term": pack_values, "replacement": pack_values}),
                                  max_size=2),
              "function": pack_values, "params": st.dictionaries(pack_values, pack_values, max_size=2)})
packs = st.fixed_dictionaries({"pack": st.just("house"), "rules": st.lists(rule_specs, max_size=3)})

# As files: mostly well-formed TOML or YAML with hostile values, sometimes hostile bytes outright
# (alias bombs, tabs, anchors, a BOM, cut documents).
config_texts = st.one_of(configs, configs.map(lambda t: "[[overrides]]\npaths = [\"*\"]\n" + t),
                         documents, st.text(max_size=200))
pack_texts = st.one_of(
    packs.map(lambda pack: yaml.safe_dump(pack, allow_unicode=True)),
    packs.map(lambda pack: yaml.safe_dump(pack, allow_unicode=True)).flatmap(
        lambda text: st.integers(0, len(text)).map(lambda n: text[:n])),
    st.just("pack: house\nrules:\n  - &r {id: house.a, kind: existence}\n  - *r\n"),
    documents, st.text(max_size=200))


# --- results for the output renderers -----------------------------------------------------------
hostile = st.one_of(st.sampled_from(["::error file=a::x", "a\n::error::b", "\x1b]0;title\x07",
                                     "</testcase><x>", "<script>alert(1)</script>", "\x00\x01\x0b",
                                     "\u2028::warning::", "%0A::error::", "]]>", "&#0;", "\ud800"
                                     if False else "\ufffe", "{{ x }}", "'\"", "\r::error::x"]),
                    st.text(max_size=40))
severities = st.sampled_from(["error", "warning", "info"])
categories = st.sampled_from(["grammar", "spelling", "typography", "style", "readability",
                              "accessibility", "parity", "input"])
positions = st.integers(1, 10 ** 6)
findings = st.fixed_dictionaries({
    "rule": st.one_of(st.sampled_from(["en.plain.in-order-to", "languagetool.X", "input.too-slow"]),
                      hostile),
    "category": categories, "severity": severities, "message": hostile,
    "line": positions, "column": positions, "end_line": positions, "end_column": positions,
    "text": hostile, "suggestions": st.lists(hostile, max_size=3), "source": st.just("lisible"),
    "standards": st.lists(st.sampled_from(["WCAG22:1.1.1", "ACT:23a2a8"]) | hostile, max_size=2),
    "needs_review": st.booleans()})
documents_out = st.fixed_dictionaries({
    "path": hostile.filter(bool), "format": st.sampled_from(["text", "markdown", "html", "docx"]),
    "language": st.sampled_from(["fr-CH", "en-US", "de-DE", "xx"]),
    "language_source": st.sampled_from(["declared", "detected", "config"]),
    "engines": st.fixed_dictionaries({"grammar": hostile, "rules": st.just("lisible 0.1.0")}),
    "stats": st.fixed_dictionaries({k: st.integers(0, 10 ** 6) for k in
                                    ("characters", "words", "sentences", "syllables", "paragraphs")}),
    "readability": st.fixed_dictionaries({
        "primary": st.sampled_from(["flesch", "kandel_moles"]),
        "target": st.fixed_dictionaries({"flesch": st.floats(0, 100), "kandel_moles": st.floats(0, 100)}),
        "scores": st.fixed_dictionaries({"flesch": st.floats(-500, 500), "kandel_moles": st.floats(-500, 500)}),
        "unreliable": st.lists(st.sampled_from(["flesch"]), max_size=1)}),
    "score": st.integers(0, 100), "passed": st.booleans(),
    "blocks": st.lists(st.fixed_dictionaries({"kind": st.sampled_from(["paragraph", "heading", "alt"]),
                                              "language": st.sampled_from(["fr", "en"]),
                                              "line": positions, "column": positions, "text": hostile}),
                       max_size=3),
    "findings": st.lists(findings, max_size=6)})


@st.composite
def results(draw) -> dict:
    docs = draw(st.lists(documents_out, max_size=4))
    counts = {s: sum(1 for d in docs for f in d["findings"] if f["severity"] == s)
              for s in ("error", "warning", "info")}
    return {"schema_version": 1, "tool": {"name": "lisible", "version": "0.1.0"},
            "documents": docs,
            "summary": {"documents": len(docs), "passed": sum(d["passed"] for d in docs),
                        "findings": counts,
                        "engine_failures": draw(st.lists(hostile, max_size=2))}}
