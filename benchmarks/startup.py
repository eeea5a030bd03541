"""Start-up times, side by side with their floors in the same run: `python -c pass` (the
interpreter), `python -c "import click"` (any Click CLI), `lisible --help`, `lisible check` on a
one-page release without grammar, and, when a background LanguageTool runs (`lisible languagetool
start`), a second `lisible check` of that release with grammar, which reuses it.

    python benchmarks/startup.py [--rounds 5] [--file PATH]

Best of N rounds each (the machine is shared: the best round is the least disturbed one). Then
`python -X importtime` of `lisible --help`: the modules it imports that take longest (cumulative).
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RELEASE = REPO.parent / "shared" / "corpora" / "releases" / "en" / "ch-2024-01-02-99580-en.txt"


def best(command: list[str], rounds: int) -> tuple[float, int]:
    times, code = [], 0
    for _ in range(rounds):
        started = time.perf_counter()
        code = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
        times.append(time.perf_counter() - started)
    return min(times), code


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--file", type=Path, default=RELEASE)
    args = parser.parse_args()
    python = sys.executable
    lisible = [python, "-m", "checker"]
    rows = [("python -c pass", [python, "-c", "pass"]),
            ("python -c 'import click'", [python, "-c", "import click"]),
            ("lisible --help", [*lisible, "--help"]),
            ("lisible check (grammar off), one page", [*lisible, "check", "--grammar", "off",
                                                       str(args.file)])]
    sys.path.insert(0, str(REPO))
    from checker.grammar.background import find_running
    running = find_running(touch=False)
    if running is not None:
        command = [*lisible, "check", "--grammar", "required", str(args.file)]
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # first run
        rows.append((f"second check, background server {running.url}", command))
    else:
        print("(no background LanguageTool: `lisible languagetool start` adds the second-check row)")
    for name, command in rows:
        seconds, code = best(command, args.rounds)
        print(f"{name:60} {seconds * 1000:8.0f} ms  (exit {code})")
    print_importtime([*lisible, "--help"])
    return 0


def print_importtime(command: list[str], top: int = 8) -> None:
    """The slowest imports of `command` by cumulative microseconds, from -X importtime."""
    run = subprocess.run([command[0], "-X", "importtime", *command[1:]], capture_output=True,
                         text=True)
    rows = []
    for line in run.stderr.splitlines():
        parts = line.removeprefix("import time:").split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            rows.append((int(parts[1]), parts[2].strip()))
    print(f"python -X importtime, {' '.join(command[1:])}: {len(rows)} modules; slowest (cumulative):")
    for micros, module in sorted(rows, reverse=True)[:top]:
        print(f"  {module:58} {micros / 1000:8.1f} ms")


if __name__ == "__main__":
    raise SystemExit(main())
