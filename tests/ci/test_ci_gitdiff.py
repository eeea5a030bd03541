"""--diff-base: changed lines from real git repositories, and the findings kept."""
import pytest

from checker import gitdiff, verdict
from checker.errors import UsageError
from ci_results import RELEASE, document, finding, git, release_doc, result

@pytest.fixture
def repo(tmp_path):
    git(tmp_path, "init", "-q")
    (tmp_path / "press").mkdir()
    (tmp_path / "press" / "bus.txt").write_text(RELEASE, encoding="utf-8")
    (tmp_path / "press" / "old.txt").write_text("An old notice.\n", encoding="utf-8")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "first")
    return tmp_path


def key(repo, rel):
    return (repo / rel).resolve().as_posix()


def test_parse_diff_reads_hunks_renames_binaries_and_quoted_paths():
    diff = "\n".join([
        "diff --git a/a.md b/a.md", "index 1..2 100644", "--- a/a.md", "+++ b/a.md",
        "@@ -3 +3 @@", "-old", "+new", "@@ -7,0 +8,2 @@", "+x", "+y", "@@ -12,2 +13,0 @@", "-z", "-w",
        'diff --git "a/caf\\303\\251 menu.md" "b/caf\\303\\251 menu.md"',
        '--- "a/caf\\303\\251 menu.md"', '+++ "b/caf\\303\\251 menu.md"', "@@ -1 +1 @@", "-a", "+b",
        "diff --git a/r.docx b/r.docx", "index 3..4 100644",
        "Binary files a/r.docx and b/r.docx differ",
        "diff --git a/gone.md b/gone.md", "deleted file mode 100644", "--- a/gone.md",
        "+++ /dev/null", "@@ -1 +0,0 @@", "-bye",
    ])
    changed = gitdiff.parse_diff(diff)
    assert changed == {"a.md": {3, 8, 9}, "café menu.md": {1}, "r.docx": gitdiff.EVERY_LINE}


def test_changed_lines_of_a_commit_and_the_working_tree(repo):
    bus = repo / "press" / "bus.txt"
    bus.write_text("Updated 2 May\n\n" + RELEASE.replace("4 May", "5 May"), encoding="utf-8")
    git(repo, "commit", "-q", "-am", "second")
    # Lines 1-2 are new; "4 May" was on line 3, now line 5. An unstaged edit counts too.
    (repo / "press" / "old.txt").write_text("An old notice.\nA new line.\n", encoding="utf-8")
    (repo / "press" / "draft.txt").write_text("Not added yet.\n", encoding="utf-8")
    changed = gitdiff.changed_lines(repo / "press", "HEAD~1")
    assert changed[key(repo, "press/bus.txt")] == {1, 2, 5}
    assert changed[key(repo, "press/old.txt")] == {2}
    assert changed[key(repo, "press/draft.txt")] is gitdiff.EVERY_LINE
    assert gitdiff.changed_lines(repo, "HEAD")[key(repo, "press/old.txt")] == {2}
    assert key(repo, "press/bus.txt") not in gitdiff.changed_lines(repo, "HEAD")


def test_a_file_moved_with_git_mv_has_no_changed_lines(repo):
    git(repo, "mv", "press/bus.txt", "press/2026-bus.txt")
    git(repo, "commit", "-q", "-m", "move")
    changed = gitdiff.changed_lines(repo, "HEAD~1")
    assert not changed.get(key(repo, "press/2026-bus.txt"))


def test_changes_merged_into_the_base_since_the_branch_began_are_not_this_branchs(repo):
    git(repo, "checkout", "-q", "-b", "feature")
    (repo / "press" / "old.txt").write_text("An old notice.\nFeature line.\n", encoding="utf-8")
    git(repo, "commit", "-q", "-am", "feature")
    git(repo, "checkout", "-q", "main")
    (repo / "press" / "bus.txt").write_text(RELEASE + "\nMain line.\n", encoding="utf-8")
    git(repo, "commit", "-q", "-am", "main moves on")
    git(repo, "checkout", "-q", "feature")
    changed = gitdiff.changed_lines(repo, "main")
    assert changed == {key(repo, "press/old.txt"): {2}}


def test_binary_files_count_as_wholly_changed(repo):
    (repo / "release.docx").write_bytes(b"PK\x03\x04\x00binary\x00")
    git(repo, "add", "release.docx")
    git(repo, "commit", "-q", "-m", "docx")
    assert gitdiff.changed_lines(repo, "HEAD~1")[key(repo, "release.docx")] is gitdiff.EVERY_LINE


@pytest.mark.parametrize("ref, message", [("no-such-branch", "not a commit"),
                                          ("HEAD~5", "not a commit")])
def test_a_bad_ref_is_a_usage_error(repo, ref, message):
    with pytest.raises(UsageError, match=message):
        gitdiff.changed_lines(repo, ref)


def test_outside_a_repository_is_a_usage_error(tmp_path, monkeypatch):
    (tmp_path / "plain").mkdir()
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    with pytest.raises(UsageError, match="--diff-base: git rev-parse failed"):
        gitdiff.changed_lines(tmp_path / "plain", "HEAD")


def test_filter_keeps_findings_touching_changed_lines(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    doc = release_doc("bus.txt")
    doc["findings"].append(finding("readability.below-target", "error", 1, 1, 1, 1, ""))
    doc["findings"].append(finding("readability.sentence-too-long", "error", 3, 1, 4, 60, "The..."))
    res = result(doc)
    changed = {(tmp_path / "bus.txt").resolve().as_posix(): {4}}
    kept = verdict.decide(gitdiff.filter_result(res, changed))
    (out,) = kept["documents"]
    assert [f["rule"] for f in out["findings"]] == ["readability.sentence-too-long"]
    assert out["score"] == doc["score"] and out["readability"] == doc["readability"]
    assert out["passed"] is False and kept["summary"]["findings"] == {"error": 1, "warning": 0, "info": 0}
    none = verdict.decide(gitdiff.filter_result(res, {}))
    assert none["documents"][0]["findings"] == [] and none["documents"][0]["passed"] is True
    assert none["summary"]["passed"] == 1
    line_one = verdict.decide(gitdiff.filter_result(res, {(tmp_path / "bus.txt").resolve().as_posix(): {1}}))
    assert [f["rule"] for f in line_one["documents"][0]["findings"]] == ["readability.below-target"]


def test_apply_on_a_repository_keeps_the_new_finding_only(repo, monkeypatch):
    monkeypatch.chdir(repo)
    edited = RELEASE + "\nWe will synergise timetables.\n"
    (repo / "press" / "bus.txt").write_text(edited, encoding="utf-8")
    git(repo, "commit", "-q", "-am", "add a sentence")
    doc = document("press/bus.txt", edited, [
        ("en.plain.leverage", "warning", "leverage", 0), ("en.plain.leverage", "warning", "leverage", 1),
        ("en.plain.going-forward", "error", "going forward", 0),
        ("en.plain.synergise", "error", "synergise", 0)], passed=False)
    out = gitdiff.apply(result(doc), "HEAD~1")
    assert [(f["rule"], f["line"]) for f in out["documents"][0]["findings"]] == \
        [("en.plain.synergise", 8)]
    assert out["summary"]["diff_base"] == "HEAD~1"
