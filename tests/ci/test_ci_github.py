"""GitHub workflow commands: exact lines, GitHub's escaping rules, quiet and baseline."""
from checker import baseline, verdict
from checker.reports import RenderOptions, load_formats
from ci_results import RELEASE, document, finding, release_doc, result

render = load_formats()["github"].render


def test_exact_annotation_lines():
    out = render(result(release_doc()), RenderOptions())
    assert out == (
        "::warning file=press/bus.txt,line=3,col=15,endLine=3,endColumn=22,"
        "title=en.plain.leverage::Message of en.plain.leverage.\n"
        "::error file=press/bus.txt,line=6,col=46,endLine=6,endColumn=58,"
        "title=en.plain.going-forward::Message of en.plain.going-forward.\n"
        "::warning file=press/bus.txt,line=6,col=74,endLine=6,endColumn=81,"
        "title=en.plain.leverage::Message of en.plain.leverage.\n"
    )


def test_escaping_follows_the_actions_toolkit():
    # Message: % CR LF encoded; properties also : and , (toolkit command.ts escapeProperty).
    doc = document("notes/a,b:c%.txt", "Done.\n", [finding(
        "x.rule", "error", 1, 1, 1, 5, "Done.", message="100% sure,\r\nsee: here")])
    out = render(result(doc), RenderOptions())
    assert out == ("::error file=notes/a%2Cb%3Ac%25.txt,line=1,col=1,endLine=1,endColumn=5,"
                   "title=x.rule::100%25 sure,%0D%0Asee: here\n")


def test_info_is_a_notice_and_multiline_spans_have_no_columns():
    doc = document("a.md", "One\ntwo.\n", [
        finding("readability.long", "info", 1, 2, 2, 3, "ne two"),
        finding("a11y.link-text-unclear", "warning", 2, 1, 2, 3, "two", needs_review=True)])
    assert render(result(doc), RenderOptions()).splitlines() == [
        "::notice file=a.md,line=1,endLine=2,title=readability.long::Message of readability.long.",
        "::notice file=a.md,line=2,col=1,endLine=2,endColumn=3,title=a11y.link-text-unclear::"
        "Message of a11y.link-text-unclear.",
    ]


def test_quiet_keeps_failures_and_documents_are_sorted_by_path():
    res = result(release_doc("z.txt"), release_doc("a.txt"))
    lines = render(res, RenderOptions(quiet=True)).splitlines()
    assert lines == [
        "::error file=a.txt,line=6,col=46,endLine=6,endColumn=58,title=en.plain.going-forward::"
        "Message of en.plain.going-forward.",
        "::error file=z.txt,line=6,col=46,endLine=6,endColumn=58,title=en.plain.going-forward::"
        "Message of en.plain.going-forward.",
    ]
    assert len(render(res, RenderOptions(quiet=True, fail_on="warning")).splitlines()) == 6


def test_baseline_findings_are_not_annotated():
    known = baseline.create(result(release_doc()))
    edited = "We will synergise timetables.\n\n" + RELEASE
    doc = document("press/bus.txt", edited, [
        ("en.plain.synergise", "error", "synergise", 0),
        ("en.plain.leverage", "warning", "leverage", 0), ("en.plain.leverage", "warning", "leverage", 1),
        ("en.plain.going-forward", "error", "going forward", 0)])
    out = render(verdict.decide(baseline.apply(result(doc), known)), RenderOptions())
    assert out == ("::error file=press/bus.txt,line=1,col=9,endLine=1,endColumn=17,"
                   "title=en.plain.synergise::Message of en.plain.synergise.\n")


def test_a_document_failing_on_its_score_alone_gets_an_error():
    doc = document("a.txt", "Fine.\n", [], score=31, passed=False)
    assert render(result(doc), RenderOptions()) == (
        "::error file=a.txt,line=1,title=lisible.min-score::"
        "Score 31 is below the minimum score for this document.\n")
