"""The LanguageTool server's configuration: a properties file lisible writes and passes with `--config`.

LanguageTool's HTTPServer reads a Java properties file (`--config FILE`, class HTTPServerConfig);
without one it builds a fresh analysis pipeline for every request and keeps no result cache, which
is what made a one-sentence request cost seconds (issue 14). Each value below is justified, with its
measured effect, in docs/grammar.md ("Server configuration"); benchmarks/grammar_server.py measures
it against LanguageTool's default configuration on the same texts.
"""
from __future__ import annotations

import os
from pathlib import Path

from checker.grammar.chunks import CHUNK_LIMIT


def check_threads(cores: int | None = None) -> int:
    """Texts the server checks at once: one per core (a check is CPU-bound Java); more threads
    only queue for the same cores and use more heap."""
    return max(1, cores if cores is not None else (os.cpu_count() or 1))


def server_properties(cores: int | None = None) -> dict[str, str]:
    threads = check_threads(cores)
    return {
        # Keep each language's analysis pipeline (tagger, rules, spell checker) between requests
        # instead of building it again per request: the largest single gain (docs/grammar.md).
        "pipelineCaching": "true",
        # Enough pooled pipelines for every check thread in a few languages at once.
        "maxPipelinePoolSize": str(max(8, 4 * threads)),
        "pipelineExpireTimeInSeconds": "3600",
        # Sentence-level result cache inside the server: a sentence met again (boilerplate, a
        # contact block, the same release re-checked after an edit) is not analysed again.
        "cacheSize": "10000",
        "cacheTTLSeconds": "3600",
        "maxCheckThreads": str(threads),
        # lisible never sends more than one chunk (CHUNK_LIMIT characters); anything longer is not
        # from lisible and is refused rather than allowed to take the heap.
        "maxTextLength": str(2 * CHUNK_LIMIT),
        # No maxCheckTimeMillis: a language's first check on a cold JVM on a busy machine took
        # over 50 s here; the client's timeout and retries already bound a run.
    }


def render(properties: dict[str, str]) -> str:
    lines = ["# Written by lisible (checker/grammar/tuning.py); each value is explained in",
             "# lisible's docs/grammar.md. Edits are overwritten when lisible starts a server."]
    lines += [f"{key}={value}" for key, value in properties.items()]
    return "\n".join(lines) + "\n"


def write_properties(folder: Path, cores: int | None = None) -> Path:
    """Write the properties file into `folder` (only when its content changed) and return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "languagetool-server.properties"
    text = render(server_properties(cores))
    if not path.is_file() or path.read_text(encoding="utf-8") != text:
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    return path
