"""A run whose every field an attacker could write tries to break out of the HTML report.

Each payload, were it obeyed, sets window.__pwned, opens a dialog or makes a request; the tests
check that none happens and that the payload is shown as text.
"""
from __future__ import annotations

SCRIPT = "<script>window.__pwned=1</script>"
IMG = '"><img src=x onerror="window.__pwned=2;alert(2)">'
LINK = "[click](javascript:window.__pwned=3)"
SVG = "<svg onload=window.__pwned=4>"
RLO = "\u202e"
STYLE = "</style><style>body{display:none}</style>"


def hostile_run() -> dict:
    text = f"Intro {SCRIPT} then {IMG} and {LINK} {RLO}reversed 1202 {SVG} {STYLE} end."
    flagged = SCRIPT
    column = text.index(flagged) + 1
    finding = {
        "rule": f"x.{IMG}", "category": "style", "severity": "error",
        "message": f"Message {SCRIPT} {IMG} {RLO}", "line": 1, "column": column, "end_line": 1,
        "end_column": column + len(flagged) - 1, "text": flagged,
        "suggestions": [f"</q>{SCRIPT}", LINK, f"javascript:alert(5){RLO}"],
        "source": "lisible", "standards": [f"WCAG22:1.1.1{IMG}", "javascript:window.__pwned=6"],
        "needs_review": False,
    }
    document = {
        "path": f"{RLO}evil{IMG}.md", "format": f"md{SCRIPT}", "language": f'fr"><script>x</script>',
        "language_source": f"declared{IMG}", "engines": {f"g{SCRIPT}": f"v{IMG}"},
        "stats": {"characters": 10, "words": 20, "sentences": 2, "syllables": 30, "paragraphs": 1},
        "readability": {"primary": f"kandel{IMG}", "target": {f"kandel{IMG}": 60},
                        "scores": {f"kandel{IMG}": 41.0, SCRIPT: 3.0}, "unreliable": [SCRIPT],
                        "max_sentence_words": 25, "sentence_words": [10, 30],
                        "meaning": f"hard {SCRIPT}"},
        "score": 41, "passed": False,
        "blocks": [{"kind": f"paragraph{IMG}", "language": f"en{IMG}", "line": 1, "column": 1,
                    "text": text, "positions": [[0, 1, 1]]}],
        "findings": [finding],
    }
    return {"schema_version": 1, "tool": {"name": f"lisible{SCRIPT}", "version": IMG},
            "documents": [document],
            "summary": {"documents": 1, "passed": 0, "findings": {"error": 1, "warning": 0, "info": 0}},
            "groups": [{"paths": [document["path"]], "languages": ["fr"], "alignment": [[0]]}]}
