"""JSON Lines (https://jsonlines.org): one document of the JSON contract a line, in path order,
written as each document is finished, so a run of any size streams with flat memory (issue 14).

Each line is an object of the JSON Schema's `$defs/document` (checker/schema/report.schema.json),
keys sorted, no indentation. The run's summary is not a line: the exit code carries the verdict,
and `--format json` has the summary when it is wanted.
"""
from __future__ import annotations

import json

from checker.reports import RenderOptions, report_format


def line(document: dict, options: RenderOptions) -> str:
    if not options.include_text:
        document = {k: v for k, v in document.items() if k != "blocks"}
    return json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


def stream(documents, tail, options: RenderOptions):
    for document in documents:
        yield line(document, options)


@report_format("jsonl", "JSON Lines: one document of the JSON contract a line", ".jsonl",
               stream=stream)
def render(result: dict, options: RenderOptions) -> str:
    return "".join(line(d, options) for d in result["documents"])
