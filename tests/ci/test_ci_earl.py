"""EARL 1.0 as JSON-LD: it parses as RDF (rdflib), its assertions have the shape EARL defines, and
on the W3C ACT rules' own test cases its outcome for each implemented rule agrees with the outcome
the rule's authors wrote (/work/shared/corpora/act-rules, cases.json), as ACT implementation
reports judge it: a failed example must be earl:failed (or earl:cantTell), a passed or inapplicable
one earl:passed or earl:inapplicable (or earl:cantTell)."""
import json
from pathlib import Path

import pytest

from checker.reports import RenderOptions, load_formats
from ci_results import CORPORA, document, finding, release_doc, result

rdflib = pytest.importorskip("rdflib", reason="rdflib (test extra) parses the JSON-LD")
EARL = rdflib.Namespace("http://www.w3.org/ns/earl#")
DCT = rdflib.Namespace("http://purl.org/dc/terms/")
ACT_CORPUS = CORPORA / "act-rules"
render = load_formats()["earl"].render


def _graph(res):
    text = render(res, RenderOptions())
    graph = rdflib.Graph()
    graph.parse(data=text, format="json-ld")
    return graph


def _outcomes(graph) -> dict[tuple[str, str], str]:
    """{(document path, test IRI): outcome local name} from the RDF, not from the JSON."""
    out = {}
    for assertion in graph.subjects(rdflib.RDF.type, EARL.Assertion):
        subject = graph.value(assertion, EARL.subject)
        path = str(graph.value(subject, DCT.source))
        test = str(graph.value(assertion, EARL.test))
        outcome = graph.value(graph.value(assertion, EARL.result), EARL.outcome)
        assert (path, test) not in out
        out[path, test] = str(outcome).rsplit("#", 1)[1]
    return out


def _page():
    source = '<html lang="en"><title>Ferry</title><h1>Ferry</h1><img src="IMG_4021.jpg" alt="IMG_4021.jpg"></html>\n'
    doc = document("web/ferry.html", source, [
        finding("a11y.img-alt-filename", "error", 1, 58, 1, 96, "", category="accessibility",
                standards=["WCAG22:1.1.1", "ACT:9eb3f6"]),
        finding("a11y.link-identical-name", "info", 1, 1, 1, 1, "", category="accessibility",
                standards=["WCAG22:2.4.9", "ACT:b20e66"], needs_review=True)])
    doc["format"] = "html"
    doc["blocks"] = [{"kind": "title", "language": "en", "line": 1, "column": 31, "text": "Ferry"},
                     {"kind": "heading", "language": "en", "line": 1, "column": 47, "text": "Ferry"}]
    return doc


def test_earl_assertions_parse_as_rdf_with_the_right_outcomes():
    graph = _graph(result(_page(), release_doc()))
    outcomes = _outcomes(graph)
    act = "https://www.w3.org/WAI/standards-guidelines/act/rules/{}/".format
    wcag = "https://www.w3.org/TR/WCAG22/#{}".format
    page = {test: o for (path, test), o in outcomes.items() if path == "web/ferry.html"}
    assert page[act("9eb3f6")] == "failed"
    assert page[act("b20e66")] == "cantTell"
    assert page[act("2779a5")] == "passed"             # the page has a title
    assert page[act("23a2a8")] == "inapplicable"       # no image shown in the result's blocks
    assert page[act("ffd0e9")] == "passed"             # a heading with text
    assert page[wcag("non-text-content")] == "failed"
    assert page[wcag("link-purpose-link-only")] == "cantTell"
    assert page[wcag("page-titled")] == "passed"
    text = {test: o for (path, test), o in outcomes.items() if path == "press/bus.txt"}
    assert text[act("2779a5")] == "inapplicable"       # a text file is not an HTML page
    assert text[wcag("page-titled")] == "untested"     # no check for titles in plain text
    assert text[wcag("abbreviations")] == "passed"     # the acronym rule runs on every format
    # Every assertion is automatic, by the one assertor, a piece of software.
    for assertion in graph.subjects(rdflib.RDF.type, EARL.Assertion):
        assert graph.value(assertion, EARL.mode) == EARL.automatic
        assertor = graph.value(assertion, EARL.assertedBy)
        assert (assertor, rdflib.RDF.type, EARL.Software) in graph


def _act_cases():
    cases_file = ACT_CORPUS / "cases.json"
    if not cases_file.is_file():
        return []
    from checker.rules.a11y.conformance import IMPLEMENTED
    data = json.loads(cases_file.read_text(encoding="utf-8"))
    return [c for c in data["cases"] if c["rule_id"] in IMPLEMENTED]


@pytest.mark.slow
def test_earl_agrees_with_the_act_test_cases():
    cases = _act_cases()
    if not cases:
        pytest.skip(f"ACT rules corpus not found at {ACT_CORPUS} (../shared/corpora/act-rules)")
    from checker import engine
    from checker.config import load_settings
    html = [c for c in cases if Path(c["file"]).suffix in (".html", ".htm")]
    # The SVG and XML examples are inapplicable by being no HTML page: lisible does not load them.
    assert {c["outcome"] for c in cases if c not in html} <= {"inapplicable"}
    paths = [str(ACT_CORPUS / c["file"]) for c in html]
    settings = load_settings(None, grammar="off", cache=False)
    data = engine.check_paths(paths, settings, None).to_dict(include_text=True)
    outcomes = _outcomes(_graph(data))
    allowed = {"failed": {"failed", "cantTell"},
               "passed": {"passed", "inapplicable", "cantTell"},
               "inapplicable": {"passed", "inapplicable", "cantTell"}}
    act = "https://www.w3.org/WAI/standards-guidelines/act/rules/{}/".format
    wrong = []
    for case, path in zip(html, paths):
        got = outcomes[path, act(case["rule_id"])]
        if got not in allowed[case["outcome"]]:
            wrong.append(f"{case['file']}: expected {case['outcome']}, EARL says {got}")
    assert not wrong, "\n".join(wrong)
    decided = sum(outcomes[p, act(c["rule_id"])] != "cantTell" for c, p in zip(html, paths))
    assert decided / len(html) >= 0.85
