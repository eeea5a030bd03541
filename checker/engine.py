"""The one place that runs the flow for many files: load, language, measure, analyze, score.

The CLI builds Settings and calls `check_paths`; `result_data` applies --diff-base and the baseline
and the verdict (checker.verdict) once; reports render that dict.
"""
from __future__ import annotations

import collections
import os
import multiprocessing
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from checker import __version__, language as language_mod, languages
from checker import limits, sources, walk, workers as workers_mod
from checker.analysis import AnalysisContext, load_analyzers
from checker.config import Settings
from checker.document import Document
from checker.errors import UsageError
from checker.findings import Finding
from checker.grammar import open_session
from checker.languages import LanguageTag
from checker.profiles import profile_for
from checker.readability import compute as compute_readability
from checker.scoring import score as compute_score
from checker.sources.suppressions import apply_suppressions
from checker.suppress import apply_rule_filters, drop_engine_duplicates
from checker.text.stats import TextStats, measure


@dataclass
class DocumentResult:
    document: Document
    findings: list[Finding]
    stats: TextStats
    readability: object
    score: int
    engines: dict
    settings: Settings


@dataclass
class RunResult:
    documents: list[DocumentResult] = field(default_factory=list)
    engine_failures: list[str] = field(default_factory=list)
    groups: list[dict] = field(default_factory=list)
    settings: Settings | None = None

    def to_dict(self, include_text: bool = True) -> dict:
        """The JSON-contract result with its verdict (no baseline, no --diff-base)."""
        return result_data(self, include_text=include_text)


def result_data(run: RunResult, include_text: bool = True, diff_base: str | None = None,
                baseline_path: str | None = None) -> dict:
    """The run as the JSON-contract dict: --diff-base and the baseline applied to the findings,
    then the verdict (checker.verdict), decided once. Reports render this."""
    from checker.serialize import run_to_dict
    return gate_and_decide(run_to_dict(run, include_text), run.settings, diff_base, baseline_path)


def gate_and_decide(data: dict, settings: Settings | None, diff_base: str | None = None,
                    baseline_path: str | None = None) -> dict:
    """--diff-base and the baseline on a result dict, then the verdict (also for a cluster's run,
    which arrives as dicts)."""
    from checker import verdict
    if diff_base:
        from checker import gitdiff
        data = gitdiff.apply(data, diff_base)
    if baseline_path:
        from checker import baseline
        data = baseline.apply(data, baseline.load(baseline_path))
    return verdict.decide(data, settings)


def collect_paths(paths: list[str], settings: Settings) -> list:
    """Files to check, given or found in folders, with a `walk.Skipped` for each path the run will
    report on without reading (an unreadable folder, a link out of the tree, a device)."""
    found = walk.collect(paths, settings)
    if not found:
        raise UsageError(f"nothing to check in {', '.join(paths)}: no supported file "
                         f"({', '.join(sorted(settings.include))}) is left by --include and --exclude")
    return found


def check_paths(paths: list[str], settings: Settings,
                progress: Callable[[int, int], None] | None = None) -> RunResult:
    return gather(stream_files(collect_paths(paths, settings), settings, progress))


def stream_files(found: list, settings: Settings, progress=None) -> "DocumentStream":
    """The results of `found` (sorted, as collect_paths gives them) in that order as they finish."""
    files = [p for p in found if isinstance(p, Path)]
    processes = worker_count(settings) > 1 and len(files) >= PROCESS_MIN_FILES
    return DocumentStream(file_loaders(found, settings), settings, progress,
                          files=found if processes else None)


def gather(stream: "DocumentStream") -> RunResult:
    """The whole run in memory: what the reports that need every document at once read."""
    result = RunResult(documents=list(stream), settings=stream.settings)
    result.engine_failures.extend(stream.failures)
    result.documents.sort(key=lambda d: d.document.path)
    weigh_names_across_versions(result)
    return result


class DocumentStream:
    """Iterating runs the checks and yields each DocumentResult in the loaders' order as soon as it
    and those before it are done; only a few are in flight at once (IN_FLIGHT per worker), so
    memory does not grow with the number of files (issue 14). After the iteration, `failures`
    holds the run's engine failures (exit 3)."""

    def __init__(self, loaders, settings: Settings, progress=None, files=None):
        self.loaders, self.settings, self.progress, self.files = loaders, settings, progress, files
        self.failures: list[str] = []

    def __iter__(self):
        total = len(self.loaders)
        grammar_failures: list[str] = []
        internal: list[str] = []
        produce = self._in_processes if self.files is not None else self._in_threads
        for done, doc_result in enumerate(produce(grammar_failures), 1):
            internal.extend(f"{doc_result.document.path}: {f.message}" for f in doc_result.findings
                            if f.rule == "lisible.internal-error")
            if self.progress:
                self.progress(done, total)
            yield doc_result
        self.failures = grammar_failures + internal

    def _in_threads(self, failures: list[str]):
        settings = self.settings
        load_analyzers()
        with open_session(settings, len(self.loaders)) as grammar:
            def one(item):
                name, load = item
                return guarded_check(name, load, settings.for_path(name), grammar)

            workers = worker_count(settings)
            with ThreadPoolExecutor(max_workers=workers) as pool:
                yield from in_order(lambda item: pool.submit(one, item), self.loaders,
                                    IN_FLIGHT * workers)
            failures.extend(grammar.failures)

    def _in_processes(self, failures: list[str]):
        """Analyse in worker processes, finish (grammar, score) here, in threads. A worker that
        dies costs the file it was on, not the run (checker.workers)."""
        settings, files = self.settings, self.files
        workers = worker_count(settings)
        context = worker_context()
        with open_session(settings, len(files)) as grammar, \
                workers_mod.CrashSafePool(workers, context, analyze_file) as analysers, \
                ThreadPoolExecutor(workers) as finishers:
            def analyse_one(item):
                if isinstance(item, walk.Skipped):   # reported without being read: nothing to send
                    return finishers.submit(lambda: item)
                return analysers.submit(str(item), settings)

            def finish_one(pair):
                path, outcome = pair
                if isinstance(outcome, walk.Skipped):
                    return finishers.submit(skipped_result, outcome, settings.for_path(outcome.path))
                path_settings = settings.for_path(str(path))
                if isinstance(outcome, Analysis):
                    return finishers.submit(_guarded_finish, outcome, path_settings, grammar)
                return finishers.submit(failed_result, str(path), path_settings, outcome)

            analysed = in_order(analyse_one, files, IN_FLIGHT * workers)
            yield from in_order(finish_one, zip(files, analysed), IN_FLIGHT * workers)
            failures.extend(grammar.failures)


def worker_context():
    """Workers are forked from a fork server that imported checker.warm first (they start warm:
    packs loaded, patterns compiled); a fork server already running keeps what it has."""
    if os.name != "posix":
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["checker.warm"])
    return context


IN_FLIGHT = 4    # documents submitted ahead per worker: enough to keep them busy, few in memory


def in_order(submit, items, window: int):
    """Results of submit(item) (a future) in the order of `items`, at most `window` pending."""
    pending: collections.deque = collections.deque()
    for item in items:
        pending.append(submit(item))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def file_loaders(found: list, settings: Settings) -> list:
    """(name, load) pairs for check_loaded: each file is read only when its turn comes."""
    return [(str(p), (lambda p=p: sources.load_path(p, settings.max_bytes))) if isinstance(p, Path)
            else (p.path, (lambda p=p: sources.skipped_document(p))) for p in found]


def skipped_result(item, settings: Settings) -> DocumentResult:
    """A path reported without being read (no grammar: it has no text)."""
    return finish(analyze(sources.skipped_document(item), settings), settings, grammar=None)


# Analysis is pure Python, so threads share one core; from this many files on, worker processes
# analyse them in parallel (each pays ~0.5 s to start) while grammar stays in this process.
PROCESS_MIN_FILES = 8


def worker_count(settings: Settings) -> int:
    return settings.jobs or min(4, os.cpu_count() or 2)


def check_documents(docs: list[Document], settings: Settings) -> RunResult:
    return check_loaded([(d.path, (lambda d=d: d)) for d in docs], settings)


def check_loaded(loaders, settings: Settings, progress=None) -> RunResult:
    """Run every check on the documents the loaders produce (one bad file never stops the run)."""
    return gather(DocumentStream(loaders, settings, progress))


def weigh_names_across_versions(result: RunResult) -> None:
    """A misspelling of a capitalised word that another language version of the same release
    writes unchanged is a probable name (checker.grammar.names): the run knows the versions."""
    from checker import parity
    from checker.grammar.names import seen_in_other_versions
    by_path = {d.document.path: d for d in result.documents}
    languages = {path: d.document.language for path, d in by_path.items()}
    for paths in parity.find_groups(list(by_path), languages):
        texts = {path: [b.text for b in by_path[path].document.blocks] for path in paths}
        for path in paths:
            d = by_path[path]
            others = [text for other in paths if other != path for text in texts[other]]
            weighed = seen_in_other_versions(d.findings, others)
            if [f.severity for f in weighed] != [f.severity for f in d.findings]:
                d.findings = weighed
                rescore(d)


def rescore(d: DocumentResult) -> None:
    d.score = compute_score(d.findings, d.stats.words, d.readability)


def guarded_check(name: str, load, settings: Settings, grammar) -> DocumentResult:
    """check_document, but a fault of lisible's on one file is reported on that file (and makes the
    run exit 3) instead of losing the findings of every other file."""
    return _guarded(name, settings,
                    lambda: finish(analyze_within_budget(name, load, settings), settings, grammar))


def analyze_within_budget(name: str, load, settings: Settings) -> "Analysis":
    """Load and analyse one file within its time budget (checker.limits); a file that overruns it
    is reported with an input.too-slow error instead of holding up the run."""
    try:
        size = os.stat(name).st_size
    except (OSError, ValueError):
        size = 0          # stdin, or a document built in memory: its text's length below
    if size and sources.format_for(name).binary:
        # A .docx or .odt is parsed unpacked: 64 KB can hold 18 MB of XML, whose parse (in C,
        # which the budget cannot interrupt) takes longer than the 64 KB's budget.
        size = max(size, limits.unpacked_size(name))
    seconds = limits.budget_for(settings.time_budget, size)
    try:
        with limits.time_budget(seconds) as budget:
            doc = load()
            seconds = limits.budget_for(settings.time_budget, max(size, len(doc.source)))
            budget.extend_to(seconds)
            return analyze(doc, settings)
    except limits.OutOfTime:
        doc = sources.input_error(name, sources.format_for(name).name, "input.too-slow", "")
        doc.notes[:] = [limits.too_slow(seconds or 0)]
        return analyze(doc, settings)


def _guarded(name: str, settings: Settings, work) -> DocumentResult:
    try:
        return work()
    except Exception as exc:  # noqa: BLE001 - any bug, reported where it happened
        if os.environ.get("LISIBLE_DEBUG"):
            raise
        return failed_result(name, settings, f"{type(exc).__name__}: {exc}")


def failed_result(name: str, settings: Settings, error: str) -> DocumentResult:
    doc = sources.input_error(name, sources.format_for(name).name, "lisible.internal-error",
                              f"lisible failed on this file ({error}); please report it. "
                              "Set LISIBLE_DEBUG=1 for the traceback.")
    doc.language, doc.language_source = "en", "detected"
    stats = measure(doc, "en")
    readability = compute_readability(stats, "en", profile_for(settings.profile, "en"))
    return DocumentResult(doc, list(doc.notes), stats, readability, 0,
                          {"grammar": "skipped: lisible failed on this file",
                           "rules": f"lisible {__version__}"}, settings)


@dataclass
class Analysis:
    """A document analysed by every analyzer but grammar: what a worker process hands back."""
    document: Document
    findings: list[Finding]
    context: AnalysisContext


def check_document(doc: Document, settings: Settings, grammar) -> DocumentResult:
    return finish(analyze(doc, settings), settings, grammar)


def analyze(doc: Document, settings: Settings) -> Analysis:
    tag, source = language_mod.resolve_language(doc, settings)
    doc.language, doc.language_source = tag, source
    lang = LanguageTag.loose(tag).language
    if doc.blocks:
        language_mod.detect_blocks(doc)
    profile = profile_for(settings.profile, lang, settings.readability.get(lang))
    stats = measure(doc, lang)
    readability = compute_readability(stats, lang, profile)
    ctx = AnalysisContext(settings=settings, language=tag, stats=stats, profile=profile,
                          readability=readability, ui_lang=settings.ui_lang)
    if doc.format == "html":
        # <abbr title> expansions count as definitions for the acronym rule (WCAG 3.1.4).
        from checker.sources.html import abbr_expansions
        ctx.shared["abbr_expansions"] = abbr_expansions(doc)
    findings: list[Finding] = list(doc.notes)
    if has_content(doc):
        for analyze_with in load_analyzers().values():
            findings.extend(analyze_with(doc, ctx))
    return Analysis(doc, limits.cap_findings(findings, settings.max_findings_per_rule), ctx)


def has_content(doc: Document) -> bool:
    return bool(doc.blocks) or doc.root is not None   # a page of images alone has a11y faults


def finish(analysis: Analysis, settings: Settings, grammar) -> DocumentResult:
    """Grammar (one session for the run), then filters, suppressions and the score."""
    doc, ctx = analysis.document, analysis.context
    findings = list(analysis.findings)
    engines = {"grammar": "skipped: nothing to check", "rules": f"lisible {__version__}"}
    if has_content(doc):
        grammar_findings, engines["grammar"] = grammar.check(doc, ctx.language, ctx.settings)
        findings.extend(grammar_findings)
    findings = drop_engine_duplicates(apply_rule_filters(findings, settings))
    findings = apply_suppressions(findings, doc)
    findings = limits.drop_orphan_caps(limits.cap_findings(findings, settings.max_findings_per_rule))
    findings.sort(key=Finding.sort_key)
    doc_score = compute_score(findings, ctx.stats.words, ctx.readability)
    return DocumentResult(doc, findings, ctx.stats, ctx.readability, doc_score, engines, settings)


def _guarded_finish(analysis: Analysis, settings: Settings, grammar) -> DocumentResult:
    return _guarded(analysis.document.path, settings, lambda: finish(analysis, settings, grammar))


def analyze_file(path: str, settings: Settings) -> "Analysis | str":
    """Worker process: load and analyse one file; an error comes back as its text."""
    try:
        load_analyzers()
        workers_mod.crash_if_asked(path)
        path_settings = settings.for_path(path)
        analysis = analyze_within_budget(
            path, lambda: sources.load_path(Path(path), settings.max_bytes), path_settings)
    except Exception as exc:  # noqa: BLE001 - reported on the file by the parent
        return f"{type(exc).__name__}: {exc}"
    # The element tree served the accessibility checks; it stays here (it can be deep and
    # full of parent links, costly to send back), only the blocks travel.
    analysis.document.root = None
    for block in analysis.document.blocks:
        block.element = None
    # So do the sentences' tokens: the analyzers that read them ran here, and what is left
    # (grammar, score, reports) reads the counts. Sending them back cost more than the rest of
    # the parent's work (issue 14: 0.6 s of 0.9 s CPU for the 200 releases, all of it serial).
    analysis.context.stats = analysis.context.stats.without_tokens()
    return analysis


def check_parity(result: RunResult, settings: Settings) -> None:
    """Compare the language versions of each release found among the checked documents."""
    from checker import parity
    by_path = {d.document.path: d for d in result.documents}
    tags = {path: d.document.language for path, d in by_path.items()}
    for paths in parity.find_groups(list(by_path), tags):
        per_path, summary = parity.check_group([by_path[p].document for p in paths])
        for path, findings in per_path.items():
            d = by_path[path]
            added = apply_suppressions(apply_rule_filters(list(findings), d.settings), d.document)
            d.findings = sorted(d.findings + added, key=Finding.sort_key)
            rescore(d)
        result.groups.append(summary)
