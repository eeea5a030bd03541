"""reviewdog's rdjson and rdjsonl: structure, UTF-8 byte columns, exclusive ends, suggestions.

reviewdog publishes its format as a JSON Schema (reviewdog/reviewdog, proto/rdf/jsonschema/,
MIT licence). Rather than vendoring it, RDJSON_FACTS below restates, in our words, the parts of
DiagnosticResult.json and Diagnostic.json lisible relies on; the positions follow the
`reviewdog.rdf.Position` description there: "Column number, starting at 1 (byte count in UTF-8).
Example: 'a𐐀b' ... The column of b: 6", and `reviewdog.rdf.Range`: "The end position is
*exclusive*".
"""
import json

import pytest

from checker import baseline
from checker.reports import RenderOptions, load_formats
from checker.reports import rdjson
from ci_results import document, finding, release_doc, result

FORMATS = load_formats()
SEVERITY = {"enum": ["UNKNOWN_SEVERITY", "ERROR", "WARNING", "INFO"]}
POSITION = {"type": "object", "required": ["line"], "properties": {
    "line": {"type": "integer", "minimum": 1}, "column": {"type": "integer", "minimum": 1}}}
RANGE = {"type": "object", "required": ["start"],
         "properties": {"start": POSITION, "end": POSITION}}
DIAGNOSTIC = {
    "type": "object", "required": ["message", "location"],
    "properties": {
        "message": {"type": "string", "minLength": 1},
        "location": {"type": "object", "required": ["path"], "properties": {
            "path": {"type": "string"}, "range": RANGE}},
        "severity": SEVERITY,
        "source": {"type": "object", "required": ["name"], "properties": {
            "name": {"type": "string"}, "url": {"type": "string"}}},
        "code": {"type": "object", "required": ["value"], "properties": {
            "value": {"type": "string"}, "url": {"type": "string"}}},
        "suggestions": {"type": "array", "items": {
            "type": "object", "required": ["range", "text"],
            "properties": {"range": RANGE, "text": {"type": "string"}}}},
    },
}
RDJSON_FACTS = {"type": "object", "required": ["diagnostics"], "properties": {
    "source": DIAGNOSTIC["properties"]["source"], "severity": SEVERITY,
    "diagnostics": {"type": "array", "items": DIAGNOSTIC}}}

FRENCH = "Résumé\n\nLe service « entier» ouvre le 4 mai.\n"


@pytest.fixture
def validate():
    jsonschema = pytest.importorskip("jsonschema")
    return lambda data, schema=RDJSON_FACTS: jsonschema.Draft4Validator(schema).validate(data)


@pytest.fixture
def safe():
    """The rule catalogue decides fix safety: the French guillemet spacing fix is safe there."""
    from checker.catalogue import lookup
    assert lookup("fr.typography.space-before-closing-guillemet").fix == "safe"


def _render(res, fmt="rdjson", **options):
    # The checked files are in the working folder (each test chdirs to its tmp_path), which the
    # renderer may read, as after `check .` (reports/_source.py).
    options.setdefault("source_roots", (".",))
    return FORMATS[fmt].render(res, RenderOptions(**options))


def _french(tmp_path, monkeypatch, source=FRENCH, name="op.md", text="entier»"):
    monkeypatch.chdir(tmp_path)
    (tmp_path / name).write_text(source, encoding="utf-8")
    return result(document(name, source, [
        ("fr.typography.space-before-closing-guillemet", "warning", text, 0,),
    ]))


def test_columns_are_utf8_bytes_and_the_end_is_exclusive(tmp_path, monkeypatch, validate, safe):
    res = _french(tmp_path, monkeypatch)
    res["documents"][0]["findings"][0]["suggestions"] = ["entier\u00a0»"]
    data = json.loads(_render(res))
    validate(data)
    (diag,) = data["diagnostics"]
    # "Le service « entier»": 'e' of entier is code point 14; « before it takes 2 bytes, so byte
    # column 15. The span ends at » (code point 20, 2 bytes): the byte after it is column 23.
    assert diag["location"] == {"path": "op.md", "range": {
        "start": {"line": 3, "column": 15}, "end": {"line": 3, "column": 23}}}
    assert diag["severity"] == "WARNING"
    assert diag["code"] == {
        "value": "fr.typography.space-before-closing-guillemet",
        "url": "https://github.com/lisible/lisible/blob/main/docs/rules.md"
               "#frtypographyspace-before-closing-guillemet"}
    assert diag["suggestions"] == [{"range": diag["location"]["range"], "text": "entier\u00a0»"}]
    assert data["source"]["name"] == "lisible"


def test_the_schema_example_a_four_byte_character(tmp_path, monkeypatch, validate):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("a𐐀b\n", encoding="utf-8")
    res = result(document("a.txt", "a𐐀b\n", [finding("en.plain.x", "warning", 1, 3, 1, 3, "b")]))
    (diag,) = json.loads(_render(res))["diagnostics"]
    assert diag["location"]["range"] == {"start": {"line": 1, "column": 6},
                                         "end": {"line": 1, "column": 7}}


def test_suggestions_only_from_safe_fixes(tmp_path, monkeypatch):
    res = _french(tmp_path, monkeypatch)
    res["documents"][0]["findings"][0]["suggestions"] = ["entier\u00a0»"]
    monkeypatch.setattr(rdjson, "fix_is_safe", lambda rule: False)
    (diag,) = json.loads(_render(res))["diagnostics"]
    assert "suggestions" not in diag


def test_no_suggestion_where_the_source_is_not_the_flagged_text(tmp_path, monkeypatch, safe):
    """An entity in the source: replacing the range would rewrite markup the reader never sees."""
    monkeypatch.chdir(tmp_path)
    source = "<p>Le service « entier&raquo; ouvre.</p>\n"
    (tmp_path / "op.html").write_text(source, encoding="utf-8")
    found = finding("fr.typography.space-before-closing-guillemet", "warning", 1, 17, 1, 23,
                    "entier»", suggestions=["entier\u00a0»"])
    (diag,) = json.loads(_render(result(document("op.html", source, [found]))))["diagnostics"]
    assert "suggestions" not in diag


def test_a_file_that_cannot_be_read_gets_line_ranges(tmp_path, monkeypatch, validate):
    monkeypatch.chdir(tmp_path)
    data = json.loads(_render(result(release_doc("gone/bus.txt"))))
    validate(data)
    assert [d["location"]["range"] for d in data["diagnostics"]] == [
        {"start": {"line": 3}, "end": {"line": 3}},
        {"start": {"line": 6}, "end": {"line": 6}},
        {"start": {"line": 6}, "end": {"line": 6}}]


def test_review_findings_are_info_and_baselined_ones_left_out(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    doc = release_doc()
    doc["findings"].append(finding("a11y.link-text-unclear", "info", 1, 1, 1, 3, "New",
                                   needs_review=True))
    res = result(doc)
    assert [d["severity"] for d in json.loads(_render(res))["diagnostics"]] == \
        ["INFO", "WARNING", "ERROR", "WARNING"]
    known = baseline.apply(res, baseline.create(res))
    assert json.loads(_render(known))["diagnostics"] == []


def test_rdjsonl_is_one_diagnostic_a_line(tmp_path, monkeypatch, validate, safe):
    res = _french(tmp_path, monkeypatch)
    lines = _render(result(*res["documents"], release_doc()), "rdjsonl").splitlines()
    assert len(lines) == 4
    for line in lines:
        validate(json.loads(line), DIAGNOSTIC)
    assert [json.loads(line)["location"]["path"] for line in lines] == \
        ["op.md", "press/bus.txt", "press/bus.txt", "press/bus.txt"]


def test_quiet_keeps_what_fails(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    out = json.loads(_render(result(release_doc()), quiet=True, fail_on="error"))
    assert [d["code"]["value"] for d in out["diagnostics"]] == ["en.plain.going-forward"]
