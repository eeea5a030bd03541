"""SARIF for GitHub code scanning, field by field against GitHub Docs, "SARIF support for code
scanning" (docs.github.com/en/code-security/reference/code-scanning/sarif-files/
sarif-support-for-code-scanning): the properties it marks required are there and not empty,
the optional ones it reads have the values it accepts; and `primaryLocationLineHash` is the value
GitHub's upload action computes, checked on the test vectors published with that algorithm
(github/codeql-action, src/fingerprints.test.ts)."""

import pytest

from checker.reports.line_hash import line_hashes
from ci_results import document, finding, release_doc, result, valid_sarif

PRECISIONS = {"very-high", "high", "medium", "low"}
PROBLEM_SEVERITIES = {"error", "warning", "recommendation"}


def _sarif(res, validator):
    return valid_sarif(res, validator, source_roots=(".",))   # files in the cwd


def _accessibility_doc():
    source = "<p>Logo <img src=logo.png alt=\"logo.png\"></p>\n"
    return document("web/a.html", source, [
        finding("a11y.img-alt-filename", "error", 1, 9, 1, 36, "", category="accessibility",
                standards=["WCAG22:1.1.1", "ACT:9eb3f6"]),
        finding("a11y.link-text-unclear", "info", 1, 1, 1, 3, "<p>", category="accessibility",
                standards=["WCAG22:2.4.4"], needs_review=True),
    ])


def test_required_properties_are_present_and_not_empty(validator, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    data = _sarif(result(release_doc(), _accessibility_doc()), validator)
    assert data["$schema"] and data["version"] == "2.1.0" and data["runs"]
    (run,) = data["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] and isinstance(driver["rules"], list) and driver["rules"]
    for rule in driver["rules"]:
        assert rule["id"]
        assert len(rule["name"]) <= 255
        for key in ("shortDescription", "fullDescription"):
            assert rule[key]["text"].strip() and len(rule[key]["text"]) <= 1024, (rule["id"], key)
        assert rule["help"]["text"].strip(), rule["id"]           # required by GitHub
        assert rule["help"]["markdown"].strip(), rule["id"]       # recommended
        assert rule["defaultConfiguration"]["level"] in {"note", "warning", "error"}
        assert rule["properties"]["precision"] in PRECISIONS
        assert rule["properties"]["problem.severity"] in PROBLEM_SEVERITIES
        assert all(isinstance(t, str) and t for t in rule["properties"]["tags"])
    for res in run["results"]:
        assert res["message"]["text"].strip()
        assert 1 <= len(res["locations"]) <= 10
        physical = res["locations"][0]["physicalLocation"]
        assert physical["artifactLocation"]["uri"]
        assert {"startLine", "startColumn", "endLine", "endColumn"} <= set(physical["region"])
        assert res["partialFingerprints"]
    assert run["invocations"] == [{"executionSuccessful": True}]


def test_tags_carry_category_wcag_and_act_and_help_links_them(validator, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    rules = {r["id"]: r for r in
             _sarif(result(_accessibility_doc()), validator)["runs"][0]["tool"]["driver"]["rules"]}
    alt = rules["a11y.img-alt-filename"]
    assert {"accessibility", "WCAG22:1.1.1", "ACT:9eb3f6"} <= set(alt["properties"]["tags"])
    assert alt["properties"]["tags"][0] == "accessibility"
    markdown = alt["help"]["markdown"]
    assert "[WCAG 2.2 SC 1.1.1 Non-text Content (A)](https://www.w3.org/TR/WCAG22/#non-text-content)" \
        in markdown
    assert "(https://www.w3.org/WAI/standards-guidelines/act/rules/9eb3f6/)" in markdown
    assert "WCAG 2.2 SC 1.1.1 Non-text Content (A)" in alt["help"]["text"]
    assert alt["properties"]["precision"] == "high"
    # Every finding of this rule asks a person: its results are right only sometimes.
    assert rules["a11y.link-text-unclear"]["properties"]["precision"] == "low"
    assert rules["a11y.link-text-unclear"]["properties"]["problem.severity"] in PROBLEM_SEVERITIES


def test_a_failed_engine_is_an_unsuccessful_invocation(validator, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    res = result(release_doc())
    res["summary"]["engine_failures"] = ["LanguageTool stopped answering"]
    (invocation,) = _sarif(res, validator)["runs"][0]["invocations"]
    assert invocation == {"executionSuccessful": False, "toolExecutionNotifications": [
        {"level": "error", "message": {"text": "LanguageTool stopped answering"}}]}


# Published with the algorithm: input text -> the hash of each of its lines.
CODEQL_VECTORS = [
    ("", ["c129715d7a2bc9a3:1"]),
    (" a\nb\n  \t\tc\n d", ["271789c17abda88f:1", "54703d4cd895b18:1", "180aee12dab6264:1",
                           "a23a3dc5e078b07b:1"]),
    (" hello; \t\nworld!!!\r\n\n\r  \t\tGreetings\r End\r\n",
     ["e9496ae3ebfced30:1", "fb7c023a8b9ccb3f:1", "ce8ba1a563dcdaca:1", "e20e36e16fcb0cc8:1",
      "b3edc88f2938467e:1", "c8e28b0b4002a3a0:1", "c129715d7a2bc9a3:1"]),
    ("Lorem ipsum dolor sit amet.\n" * 10,
     ["a7f2ff13bc495cf2:1", "a7f2ff13bc495cf2:2", "a7f2ff13bc495cf2:3", "a7f2ff13bc495cf2:4",
      "a7f2ff13bc495cf2:5", "a7f2ff13bc495cf2:6", "a7f2ff1481e87703:1", "a9cf91f7bbf1862b:1",
      "55ec222b86bcae53:1", "cc97dc7b1d7d8f7b:1", "c129715d7a2bc9a3:1"]),
]


@pytest.mark.parametrize("text,expected", CODEQL_VECTORS)
def test_line_hashes_match_the_upload_action(text, expected):
    hashes = line_hashes(text)
    assert [hashes[n] for n in range(1, len(hashes) + 1)] == expected


def test_results_carry_the_hash_of_their_first_line(validator, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    doc = release_doc()
    (tmp_path / "press").mkdir()
    (tmp_path / "press" / "bus.txt").write_bytes(_release_bytes())
    # line_hashes is checked against the published vectors above; here: the right line is used.
    expected = line_hashes(_release_bytes().decode("utf-8"))
    results = _sarif(result(doc), validator)["runs"][0]["results"]
    assert [r["partialFingerprints"]["primaryLocationLineHash"] for r in results] == \
        [expected[3], expected[6], expected[6]]
    # A file that is gone: no hash of ours, so the upload action computes its own.
    (tmp_path / "press" / "bus.txt").unlink()
    for res in _sarif(result(doc), validator)["runs"][0]["results"]:
        assert "primaryLocationLineHash" not in res["partialFingerprints"]


def _release_bytes() -> bytes:
    from ci_results import RELEASE
    return RELEASE.encode("utf-8")
