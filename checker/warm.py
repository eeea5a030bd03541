"""Worker processes that start warm (issue 14): imported once by the fork server, not per worker.

The engine analyses many files in worker processes forked from multiprocessing's fork server
(checker/engine.py). Each worker used to start cold: it imported lisible, parsed the rule packs,
compiled every pack's term pattern, read the CMU pronouncing dictionary and built the detector's
cue index and each language's sentence rules on its first documents, about 1 s of CPU per worker
(measured on the 200 releases: ~1/3 of a two-worker run's CPU). The fork server imports the
modules named in its preload list once, before it forks any worker, and every worker starts from
a copy of it; the engine names this module there, so importing it does that work once for every
worker: the analyzers and packs are loaded, and a short text in each registered language and
region is analysed, which compiles what the rules and the text measures compile on first use.

The texts are the language's own function words (from the registry), written by no one: they only
make each stage run once. What the warm-up leaves behind is what a first document would have left
(loaded packs, compiled patterns, caches keyed by their input), so a worker's findings are the
same, byte for byte (benchmarks/json_identity.py). A warm-up that fails leaves the workers cold,
never broken: the fork server would stop on an exception here, so none escapes.
"""
from __future__ import annotations

WARM_TEXT_WORDS = 30     # function words per warm-up sentence: enough for detection to decide


def warm_up() -> None:
    """Load and run once what every worker needs (see the module's docstring)."""
    from checker import engine, languages, sources
    from checker.analysis import load_analyzers
    from checker.config import Settings
    from checker.rules import all_rules
    from checker.rules.kinds import TermMatcher
    load_analyzers()
    for rule in all_rules():         # term patterns compile on first use, and a list's first
        for value in vars(rule).values():    # use may come long after (rules/term_index.py)
            for matcher in value if isinstance(value, list) else (value,):
                if isinstance(matcher, TermMatcher):
                    matcher.regex
    for language in languages.all_languages():
        words = sorted(language.function_words)[:WARM_TEXT_WORDS]
        text = (" ".join(words).capitalize() + ". ") * 3
        for region in dict.fromkeys((language.default_region, *language.regions)):
            doc = sources.load_bytes(text.encode("utf-8"), "warm-up.txt")
            engine.analyze(doc, Settings(grammar="off", language=f"{language.code}-{region}"))


try:
    warm_up()
except Exception:  # noqa: BLE001, S110 - a cold worker is slower, not wrong (module docstring)
    pass
