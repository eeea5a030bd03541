"""The `primaryLocationLineHash` that GitHub code scanning matches alerts by, computed as GitHub's
upload action computes it, so the value lisible writes is the value the upload would have written
(and code scanning does not warn that the two disagree).

Algorithm (described in github/codeql-action, src/fingerprints.ts, reimplemented here): a rolling
polynomial hash, base 37 and arithmetic modulo 2**64, over a window of the 100 characters that
follow the start of each line, where spaces and tabs are skipped, "\\r\\n" and "\\r" count as
"\\n", characters are UTF-16 code units, and the end of the file is one 0xFFFF followed by zeros.
A line's hash is written in lower-case hex without leading zeros, then ":n" where n counts
earlier lines of the file with the same hash (1 for the first).
"""
from __future__ import annotations

WINDOW = 100
BASE = 37
MODULUS = 1 << 64
_SHIFT_OUT = pow(BASE, WINDOW, MODULUS)   # the weight of the character leaving the window
_END = 0xFFFF
_SKIPPED = (ord(" "), ord("\t"))
_CR, _LF = ord("\r"), ord("\n")


def line_hashes(text: str) -> dict[int, str]:
    """{line number (1-based): hash} for every line of `text`."""
    window = [0] * WINDOW
    starts = [0] * WINDOW          # line number starting at this slot, 0 for none
    state = {"hash": 0, "slot": 0}
    seen: dict[str, int] = {}
    out: dict[int, str] = {}

    def emit() -> None:
        value = format(state["hash"], "x")
        seen[value] = seen.get(value, 0) + 1
        out[starts[state["slot"]]] = f"{value}:{seen[value]}"
        starts[state["slot"]] = 0

    def push(unit: int) -> None:
        slot = state["slot"]
        leaving = window[slot]
        window[slot] = unit
        state["hash"] = (BASE * state["hash"] + unit - _SHIFT_OUT * leaving) % MODULUS
        state["slot"] = (slot + 1) % WINDOW

    line, at_line_start, after_cr = 0, True, False
    for unit in [*_utf16_units(text), _END]:
        if unit in _SKIPPED or (after_cr and unit == _LF):
            after_cr = False
            continue
        after_cr = unit == _CR
        if after_cr:
            unit = _LF
        if starts[state["slot"]]:
            emit()
        if at_line_start:
            at_line_start = False
            line += 1
            starts[state["slot"]] = line
        at_line_start = unit == _LF
        push(unit)
    for _ in range(WINDOW):
        if starts[state["slot"]]:
            emit()
        push(0)
    return out


def _utf16_units(text: str):
    data = text.encode("utf-16-le", "surrogatepass")
    for i in range(0, len(data), 2):
        yield data[i] | data[i + 1] << 8
