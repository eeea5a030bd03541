"""JSON output: the contract of DESIGN.md, deterministic bytes (sorted keys, fixed separators)."""
from __future__ import annotations

import json

from checker.reports import RenderOptions, report_format


@report_format("json", "Machine-readable results (the JSON contract)", ".json")
def render(result: dict, options: RenderOptions) -> str:
    if not options.include_text:
        result = {**result, "documents": [{k: v for k, v in d.items() if k != "blocks"}
                                          for d in result["documents"]]}
    return json.dumps(result, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
