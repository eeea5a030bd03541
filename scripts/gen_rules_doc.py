"""Write docs/rules.md from the rule catalogue. `--check` exits 1 when the file is out of date."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.rules.describe import rules_markdown  # noqa: E402
from checker.catalogue import catalogue  # noqa: E402

TARGET = ROOT / "docs" / "rules.md"


def main(argv: list[str]) -> int:
    text = rules_markdown(catalogue())
    if "--check" in argv:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            print(f"{TARGET} is out of date: run python scripts/gen_rules_doc.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"Wrote {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
