"""JSON output: the contract of DESIGN.md, deterministic bytes (sorted keys, fixed separators)."""
from __future__ import annotations

import json

from checker.reports import RenderOptions, report_format


def stream(documents, tail, options: RenderOptions):
    """The bytes of `render`, a document at a time: with sorted keys "documents" comes first, so
    the array is written as documents finish and the other keys after it (no "groups" here:
    --parity needs every document at once and is rendered whole)."""
    yield '{\n  "documents": ['
    count = 0
    for document in documents:
        if not options.include_text:
            document = {k: v for k, v in document.items() if k != "blocks"}
        text = json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True)
        yield ("\n" if count == 0 else ",\n") + "\n".join("    " + line for line in text.split("\n"))
        count += 1
    rest = json.dumps(tail(), ensure_ascii=False, indent=2, sort_keys=True)
    yield ("\n  ]" if count else "]") + "," + rest[1:] + "\n"


@report_format("json", "Machine-readable results (the JSON contract)", ".json", stream=stream)
def render(result: dict, options: RenderOptions) -> str:
    if not options.include_text:
        result = {**result, "documents": [{k: v for k, v in d.items() if k != "blocks"}
                                          for d in result["documents"]]}
    return json.dumps(result, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
