"""Inline SVG geometry for the HTML report: the score gauge, the sentence-length chart and the
overview's score chart. Pure functions of numbers; the templates draw what they return."""
from __future__ import annotations

import math

MAX_BARS = 40  # above this, the overview chart groups documents in bands of 10 points


def gauge(score) -> dict:
    """A half-circle dial, 0 at the left, 100 at the right: the arc's path up to the score."""
    fraction = max(0.0, min(1.0, (score or 0) / 100))
    cx, cy, r = 60.0, 60.0, 48.0
    angle = math.pi * (1 - fraction)
    x, y = cx + r * math.cos(angle), cy - r * math.sin(angle)
    track = f"M{cx - r:.1f} {cy:.1f} A{r:.0f} {r:.0f} 0 0 1 {cx + r:.1f} {cy:.1f}"
    value = f"M{cx - r:.1f} {cy:.1f} A{r:.0f} {r:.0f} 0 0 1 {x:.1f} {y:.1f}" if fraction else ""
    return {"track": track, "value": value}


def sentence_chart(words: list[int], limit: int) -> dict:
    """Bars of words per sentence, in order, on a scale that always shows the limit."""
    height, left, bottom, top = 170, 34, 22, 12
    plot_h = height - bottom - top
    scale_max = max(10, math.ceil(max(max(words), limit) * 1.1 / 10) * 10)
    step = min(598 / len(words), 40.0)   # a few sentences still read as bars, not blocks
    gap = min(2.0, step * 0.2)
    right = round(left + max(step * len(words), 200), 1)

    def y(value):
        return top + plot_h - plot_h * value / scale_max

    bars = [{"x": round(left + i * step + gap / 2, 1), "y": round(y(n), 1),
             "w": round(max(step - gap, 0.5), 1), "h": round(plot_h * n / scale_max, 1),
             "over": n > limit, "n": n}
            for i, n in enumerate(words)]
    ticks = [{"y": round(y(v), 1), "value": v} for v in (0, scale_max // 2, scale_max)]
    return {"width": math.ceil(right + 8), "height": height, "left": left, "right": right,
            "bars": bars, "ticks": ticks, "within": _bars_path(b for b in bars if not b["over"]),
            "beyond": _bars_path(b for b in bars if b["over"]), "limit": limit,
            "limit_y": round(y(limit), 1),
            "count": len(words), "longest": max(words), "over": sum(n > limit for n in words)}


def _bars_path(bars) -> str:
    """Rectangles as one SVG path (a 200-document report draws thousands of bars)."""
    return "".join(f"M{_n(b['x'])} {_n(b['y'])}h{_n(b['w'])}v{_n(b['h'])}h-{_n(b['w'])}z"
                   for b in bars)


def _n(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def score_chart(documents: list[dict], ui) -> dict | None:
    if not documents:
        return None
    if len(documents) <= MAX_BARS:
        row, left = 26, 250
        bars = [{"label": short(d["path"], 34), "score": d["score"], "passed": d["passed"],
                 "y": i * row, "w": round(3.6 * max(0, min(100, d["score"])), 1)}
                for i, d in enumerate(documents)]
        return {"kind": "bars", "bars": bars, "height": len(bars) * row + 24, "left": left}
    counts = [0] * 10
    for d in documents:
        counts[min(9, max(0, int(d["score"])) // 10)] += 1
    top = max(counts) or 1
    bands = [{"low": 10 * i, "high": 10 * i + 9 if i < 9 else 100, "n": n,
              "x": 40 + i * 58, "h": round(140 * n / top, 1), "y": round(160 - 140 * n / top, 1)}
             for i, n in enumerate(counts)]
    text = "; ".join(ui.t("band", low=b["low"], high=b["high"], n=b["n"]) for b in bands)
    return {"kind": "bands", "bands": bands, "alt": ui.t("scores_hist_alt", bands=text)}


def short(text: str, size: int) -> str:
    """The end of a long path, which is the part that tells files apart."""
    return text if len(text) <= size else "…" + text[-(size - 1):]
