"""Baselines: findings keep their identity across lines added above and renames; new ones fail."""
import json

import pytest

from checker import baseline, gitdiff, verdict
from checker.config import Settings
from checker.errors import UsageError
from ci_results import REPO, RELEASE, document, release_doc, result

MOVED_DOWN = "Updated 2 May\n\nContact: press office\n\n" + RELEASE   # four lines added above


def _flags(res):
    return [(f["rule"], f["line"], f["baseline"]) for d in res["documents"] for f in d["findings"]]


def test_fingerprint_ignores_line_numbers_and_path():
    before = release_doc()
    after = release_doc(path="archive/2026/bus.txt", source=MOVED_DOWN)
    assert [f["line"] for f in after["findings"]] == [7, 10, 10]
    assert baseline.document_fingerprints(before) == baseline.document_fingerprints(after)


def test_two_uses_of_one_term_get_different_fingerprints_from_their_context():
    first, _going, second = baseline.document_fingerprints(release_doc())
    assert first != second


def test_rewording_the_words_around_a_finding_makes_it_new():
    reworded = RELEASE.replace("The city will leverage its fleet", "Our council will leverage every bus")
    old = baseline.document_fingerprints(release_doc())
    new = baseline.document_fingerprints(release_doc(source=reworded))
    assert new[0] != old[0]          # the first `leverage` changed context
    assert new[1:] == old[1:]        # the second paragraph did not


def test_positions_place_a_finding_on_the_right_occurrence():
    """Only the second `leverage` is flagged: its context is its own, whatever the first says."""
    flagged = ("en.plain.leverage", "warning", "leverage", 1)
    one = document("a.txt", "We leverage our fleet, and then we leverage our depot.\n", [flagged])
    other = document("a.txt", "We leverage every bus, and then we leverage our depot.\n", [flagged])
    assert one["blocks"][0]["positions"] == [[0, 1, 1]]
    assert baseline.document_fingerprints(one) == baseline.document_fingerprints(other)
    without = {**one, "blocks": [{k: v for k, v in one["blocks"][0].items() if k != "positions"}]}
    # Without positions the one flagged use is taken to be the first: a different context.
    assert baseline.document_fingerprints(without) != baseline.document_fingerprints(one)


def test_fingerprint_of_one_finding_matches_the_document_list():
    doc = release_doc()
    assert [baseline.fingerprint(f, doc) for f in doc["findings"]] == \
        baseline.document_fingerprints(doc)


def test_create_is_versioned_and_one_entry_per_distinct_context():
    source = "We leverage it. We leverage it.\n"
    doc = document("a.txt", source, [("en.plain.leverage", "warning", "leverage", 0),
                                      ("en.plain.leverage", "warning", "leverage", 1)])
    data = baseline.create(result(doc))
    assert data["version"] == 1 and data["tool"] == {"name": "lisible", "version": "0.1.0"}
    # First use: before "we", after "it we leverage"; second: before "leverage it we", after
    # "it". Different contexts, so two entries of count 1.
    assert [e["count"] for e in data["findings"]] == [1, 1]


def test_identical_findings_are_counted():
    doc = document("a.txt", "Leverage.\n\nLeverage.\n",
                   [("en.plain.leverage", "warning", "Leverage", 0),
                    ("en.plain.leverage", "warning", "Leverage", 1)])
    (entry,) = baseline.create(result(doc))["findings"]
    assert entry["count"] == 2 and entry["path"] == "a.txt" and entry["text"] == "Leverage"
    three = document("a.txt", "Leverage.\n\nLeverage.\n\nLeverage.\n",
                     [("en.plain.leverage", "warning", "Leverage", k) for k in range(3)])
    applied = verdict.decide(baseline.apply(result(three), baseline.create(result(doc))))
    assert [f["baseline"] for f in applied["documents"][0]["findings"]] == [True, True, False]


def test_lines_added_above_keep_findings_in_the_baseline():
    known = baseline.create(result(release_doc()))
    applied = verdict.decide(baseline.apply(result(release_doc(source=MOVED_DOWN)), known))
    assert _flags(applied) == [("en.plain.leverage", 7, True), ("en.plain.going-forward", 10, True),
                               ("en.plain.leverage", 10, True)]
    assert applied["documents"][0]["passed"] is True
    assert applied["summary"]["passed"] == 1
    assert applied["summary"]["findings"] == {"error": 0, "warning": 0, "info": 0}


def test_a_new_finding_is_not_in_the_baseline_and_fails():
    known = baseline.create(result(release_doc()))
    edited = RELEASE + "\nWe will synergise our timetables.\n"
    doc = document("press/bus.txt", edited, [
        ("en.plain.leverage", "warning", "leverage", 0),
        ("en.plain.leverage", "warning", "leverage", 1),
        ("en.plain.going-forward", "error", "going forward", 0),
        ("en.plain.synergise", "error", "synergise", 0)], passed=False)
    applied = verdict.decide(baseline.apply(result(doc), known))
    assert [(r, line) for r, line, known in _flags(applied) if not known] == [("en.plain.synergise", 8)]
    assert applied["documents"][0]["passed"] is False
    assert applied["summary"]["findings"] == {"error": 1, "warning": 0, "info": 0}


def test_a_renamed_file_keeps_its_findings():
    known = baseline.create(result(release_doc("press/bus.txt")))
    applied = verdict.decide(baseline.apply(result(release_doc("press/2026/harbour-bus.txt")), known))
    assert all(flag for _r, _l, flag in _flags(applied))


def test_a_copy_beside_the_original_is_new():
    known = baseline.create(result(release_doc("press/bus.txt")))
    applied = verdict.decide(baseline.apply(result(release_doc("press/bus.txt"), release_doc("press/copy.txt")), known))
    by_path = {d["path"]: [f["baseline"] for f in d["findings"]] for d in applied["documents"]}
    assert by_path == {"press/bus.txt": [True, True, True], "press/copy.txt": [False, False, False]}


def test_apply_does_not_change_its_input():
    res = result(release_doc())
    before = json.dumps(res, sort_keys=True)
    verdict.decide(baseline.apply(res, baseline.create(res)))
    assert json.dumps(res, sort_keys=True) == before


def test_min_score_from_settings_still_fails_a_fully_baselined_document():
    res = result(release_doc())
    res["documents"][0]["score"] = 40
    strict = verdict.decide(baseline.apply(res, baseline.create(res)), Settings(min_score=50))
    assert strict["documents"][0]["passed"] is False
    lenient = verdict.decide(baseline.apply(res, baseline.create(res)), Settings(min_score=40))
    assert lenient["documents"][0]["passed"] is True


def test_fail_on_warning_counts_new_warnings_only():
    known = baseline.create(result(release_doc()))
    edited = "We will leverage buses.\n\n" + RELEASE
    doc = document("press/bus.txt", edited, [("en.plain.leverage", "warning", "leverage", k)
                                             for k in range(3)])
    applied = verdict.decide(baseline.apply(result(doc), known), Settings(fail_on="warning"))
    assert [f["baseline"] for f in applied["documents"][0]["findings"]] == [False, True, True]
    assert applied["documents"][0]["passed"] is False
    assert verdict.decide(baseline.apply(result(doc), known))["documents"][0]["passed"] is True   # fail_on error


def test_dumps_and_load_round_trip(tmp_path):
    data = baseline.create(result(release_doc()))
    path = tmp_path / ".lisible-baseline.json"
    path.write_text(baseline.dumps(data), encoding="utf-8")
    assert baseline.load(path) == data


@pytest.mark.parametrize("content, message", [
    (None, "not found"),
    ("{", "cannot read baseline"),
    ('{"version": 2, "findings": []}', "not a lisible baseline"),
    ('{"version": 1, "findings": [{"path": "a"}]}', "needs path, rule, fingerprint and count"),
])
def test_load_rejects_bad_files_with_a_usage_error(tmp_path, content, message):
    path = tmp_path / "baseline.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(UsageError, match=message):
        baseline.load(path)


def test_results_with_a_baseline_or_a_diff_base_keep_to_the_json_schema():
    schema_path = REPO / "checker" / "schema" / "report.schema.json"
    if not schema_path.is_file():
        pytest.skip("checker/schema/report.schema.json not written yet")
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    validator = jsonschema.validators.validator_for(schema)(schema)
    res = result(release_doc())
    applied = verdict.decide(baseline.apply(res, baseline.create(res)))
    assert applied["summary"]["baseline"] == {"error": 1, "warning": 2, "info": 0}
    filtered = verdict.decide(gitdiff.filter_result(res, {}))
    filtered["summary"]["diff_base"] = "origin/main"
    for data in (res, applied, filtered):
        errors = list(validator.iter_errors(data))
        assert not errors, errors[0].message


def test_baseline_create_command(tmp_path, monkeypatch):
    from click.testing import CliRunner
    from checker.cli import cli
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("The FSO counted the riders.\n", encoding="utf-8")
    runner = CliRunner()
    done = runner.invoke(cli, ["baseline", "create", "-o", "base.json", "a.txt", "--grammar", "off"])
    assert done.exit_code == 0, done.output
    data = baseline.load(tmp_path / "base.json")
    assert ("a.txt", "common.acronym-undefined", "FSO") in \
        {(e["path"], e["rule"], e["text"]) for e in data["findings"]}
    missing = runner.invoke(cli, ["baseline", "create", "-o", "b.json", "nope.txt"])
    assert missing.exit_code == 2 and not (tmp_path / "b.json").exists()
