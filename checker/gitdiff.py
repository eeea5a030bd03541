"""`--diff-base REF`: keep only the findings on lines added or changed since REF (pull-request gates).

Lines come from `git diff --unified=0` between the point where the current branch left REF (their
merge base, as `git diff REF...` would take it) and the working tree, which is what lisible reads.
Comparing with the merge base, not REF's tip, keeps changes merged into REF since the branch began
from showing up as this branch's. Decisions:
- Untracked files (not ignored) count as wholly changed: all their content is new.
- A binary file that differs (.docx) counts as wholly changed: git cannot say which paragraphs moved.
- A file renamed without edits has no changed lines: its findings are old ones.
- A finding is kept when any line of its span (line to end_line) changed. A finding about the whole
  document sits at line 1 (DESIGN.md) and so is kept only when line 1 changed; use a baseline to
  accept such findings. Scores and readability are left as they are: they measure whole documents.
"""
from __future__ import annotations

import copy
import re
import subprocess
import sys
from pathlib import Path

from checker.errors import UsageError

# Stands for "every line" of a file that is new or binary: `n in EVERY_LINE` is always true.
EVERY_LINE = range(1, sys.maxsize)
ChangedLines = set[int] | range     # a file's changed line numbers, or EVERY_LINE
_HUNK = re.compile(r"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")
_BINARY = re.compile(r"^Binary files (.+) and (.+) differ$")


def changed_lines(repo_path: str | Path, ref: str) -> dict[str, ChangedLines]:
    """{absolute POSIX path: set of changed line numbers (or EVERY_LINE)} in the working tree of
    the git repository containing `repo_path`, since its merge base with `ref`."""
    top = Path(_git(repo_path, "rev-parse", "--show-toplevel").strip())
    _git(top, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}",
         error=f"--diff-base: {ref!r} is not a commit in {top}")
    base = _merge_base(top, ref)
    # Prefixes, external drivers and text conversions are pinned: the user's or the repository's
    # git settings must not change what the parser reads.
    diff = _git(top, "-c", "core.quotePath=false", "diff", "--unified=0", "--no-color",
                "--no-ext-diff", "--no-textconv", "--src-prefix=a/", "--dst-prefix=b/",
                "--find-renames", base, "--")
    changed = {str((top / path).as_posix()): lines for path, lines in parse_diff(diff).items()}
    untracked = _git(top, "-c", "core.quotePath=false", "ls-files", "--others",
                     "--exclude-standard", "-z")
    for path in filter(None, untracked.split("\0")):
        changed[str((top / path).as_posix())] = EVERY_LINE
    return changed


def parse_diff(diff: str) -> dict[str, ChangedLines]:
    """{new path: changed lines} from `git diff --unified=0` output (paths relative to the top).

    Hunk bodies are consumed by the line counts in their `@@ -a,b +c,d @@` header, never recognised
    by what they start with: an added line that reads `++ b/x.md` shows as `+++ b/x.md` and must
    not be taken for a file header (issue 13). Only `\\n` ends a line (git's own separator), so a
    carriage return or form feed inside a line cannot split it either."""
    changed: dict[str, ChangedLines] = {}
    path = None
    lines = diff.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if line.startswith("diff --git "):
            path = None
        elif line.startswith("+++ "):
            target = line[4:]
            path = None if target == "/dev/null" else _strip_prefix(_unquote(target))
            if path is not None:
                changed.setdefault(path, set())
        elif match := _HUNK.match(line):
            old_count = int(match.group(2) if match.group(2) is not None else 1)
            start = int(match.group(3))
            count = int(match.group(4) if match.group(4) is not None else 1)
            if path is not None and isinstance(known := changed[path], set):   # not EVERY_LINE
                known.update(range(start, start + count))   # count 0: lines only deleted
            i = _skip_hunk(lines, i, old_count, count)
        elif match := _BINARY.match(line):
            target = _unquote(match.group(2))
            if target != "/dev/null":
                changed[_strip_prefix(target)] = EVERY_LINE
    return changed


def _skip_hunk(lines: list[str], i: int, old: int, new: int) -> int:
    """The index after a hunk body holding `old` removed and `new` added lines (context lines,
    absent with --unified=0, count as both; `\\ No newline` markers count as neither)."""
    while (old > 0 or new > 0) and i < len(lines):
        line = lines[i]
        i += 1
        if line.startswith("\\"):
            continue
        if line.startswith("-"):
            old -= 1
        elif line.startswith("+"):
            new -= 1
        else:
            old, new = old - 1, new - 1
    return i


def apply(result: dict, ref: str) -> dict:
    """`--diff-base REF` on a finished result: the git repository is the one holding the first
    checked document (or the current folder); document paths are taken relative to the current
    folder, as the engine reports them."""
    first = next((Path(d["path"]) for d in result.get("documents", [])
                  if Path(d["path"]).exists()), None)
    repo = first.resolve().parent if first is not None else Path.cwd()
    filtered = filter_result(result, changed_lines(repo, ref))
    filtered.setdefault("summary", {})["diff_base"] = ref
    return filtered


def filter_result(result: dict, changed: dict[str, ChangedLines]) -> dict:
    """A copy of `result` keeping only findings whose span touches a changed line; checker.verdict
    then decides `passed` and the summary; scores are untouched."""
    result = copy.deepcopy(result)
    for document in result.get("documents", []):
        lines = changed.get(Path(document["path"]).resolve().as_posix(), ())
        document["findings"] = [f for f in document.get("findings", [])
                                if _touches(f, lines)]
    return result


def _touches(finding: dict, lines) -> bool:
    first = finding.get("line", 1)
    last = max(first, finding.get("end_line", first))
    return any(n in lines for n in range(first, last + 1))


def _merge_base(top: Path, ref: str) -> str:
    try:
        return _git(top, "merge-base", ref, "HEAD").strip()
    except UsageError:
        return ref   # unrelated histories, or no commit yet on HEAD: compare with REF itself


def _git(cwd, *args: str, error: str | None = None) -> str:
    try:
        # Bytes, split on "\n" only: text mode would turn a carriage return inside a line into a
        # line break and let file content pass for diff headers.
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)
    except FileNotFoundError:
        raise UsageError("--diff-base needs git, which is not installed") from None
    except NotADirectoryError:
        raise UsageError(f"--diff-base: {cwd} is not a folder") from None
    if done.returncode != 0:
        detail = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
        raise UsageError(error or f"--diff-base: git {args[0]} failed in {cwd}: {detail[0]}")
    return done.stdout.decode("utf-8", "surrogateescape")


def _strip_prefix(path: str) -> str:
    return path[2:] if path[:2] in ("a/", "b/") else path


_ESCAPES = {"a": 7, "b": 8, "t": 9, "n": 10, "v": 11, "f": 12, "r": 13, '"': 34, "\\": 92}


def _unquote(path: str) -> str:
    """Undo git's C-style quoting of unusual paths ("b/caf\\303\\251 menu.md" -> b/café menu.md)."""
    if not (len(path) >= 2 and path[0] == path[-1] == '"'):
        return path
    body, out, i = path[1:-1], bytearray(), 0
    while i < len(body):
        if body[i] == "\\" and i + 1 < len(body):
            if body[i + 1] in "01234567":
                out.append(int(body[i + 1:i + 4], 8))
                i += 4
                continue
            out.append(_ESCAPES.get(body[i + 1], ord(body[i + 1])))
            i += 2
        else:
            out.extend(body[i].encode("utf-8"))
            i += 1
    return out.decode("utf-8", errors="replace")
