"""One line of output per line of output: text from files (names, content, messages) is escaped
before it is printed, so a file name or a sentence cannot start a new line, move the cursor, or
start a CI workflow command such as GitHub's `::error` (issue 13, "Clean output")."""
from __future__ import annotations

import re

# C0 and C1 controls, DEL, and the Unicode line and paragraph separators: each can end a line or
# drive a terminal somewhere. A tab is kept only where a caller says so (it cannot end a line).
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_CONTROL_BUT_TAB = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: object, keep_tab: bool = False) -> str:
    """`text` on one line, every control character written as a visible escape (`\\n`, `\\x1b`);
    with keep_tab, a tab stays a tab (it cannot end a line)."""
    return (_CONTROL_BUT_TAB if keep_tab else _CONTROL).sub(_escape, str(text))


def line_start_safe(line: str) -> str:
    """A line that, trimmed, starts with `::` would be read by GitHub Actions as a workflow
    command: the first colon is escaped (`\\x3a`) so it is shown, not obeyed."""
    stripped = line.lstrip()
    if stripped.startswith("::"):
        cut = len(line) - len(stripped)
        return line[:cut] + "\\x3a" + stripped[1:]
    return line


def safe_lines(text: str) -> str:
    """Multi-line output of ours (a report, a message with a log tail): each line made safe to
    start; the line breaks themselves are kept."""
    return "\n".join(line_start_safe(printable(line)) for line in text.split("\n"))


def printable_values(data):
    """A copy of a result (dicts, lists, strings) with every string made printable: for renderers
    whose output is line-oriented but has no escaping of its own for line breaks (the HTML
    report's text, printed to a CI log by `--format html` without -o)."""
    if isinstance(data, str):
        return printable(data)
    if isinstance(data, dict):
        return {key: printable_values(value) for key, value in data.items()}
    if isinstance(data, list):
        return [printable_values(value) for value in data]
    return data
