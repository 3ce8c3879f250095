"""A small SVG line chart writer (no dependency): one chart per curve of `python -m bench curves`.

svg = line_chart("API p99 against stored sessions", "sessions", "ms",
                 {"p99 stations": [(1e4, 80.0), (1e5, 95.0)]}, log_x=True)
"""

from __future__ import annotations

import math
from html import escape

WIDTH, HEIGHT = 720, 420
LEFT, RIGHT, TOP, BOTTOM = 70, 190, 40, 60
COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f")


def _nice_ticks(lo: float, hi: float, count: int = 5) -> list[float]:
    if hi <= lo:
        hi = lo + 1.0
    raw = (hi - lo) / count
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 5, 10) if m * mag >= raw)
    ticks = [round(math.floor(lo / step) * step, 10)]
    while ticks[-1] < hi:
        ticks.append(round(ticks[-1] + step, 10))
    return ticks


def _log_axis(values: list[float], steps: tuple[int, ...]) -> tuple[list[float], float, float]:
    """A log-scale axis over the positive `values`: whole powers of ten at its ends, ticks at each
    step (e.g. 1, 2, 5) of every power between; the ends as exponents."""
    positive = [v for v in values if v > 0] or [1.0]
    lo, hi = math.floor(math.log10(min(positive))), math.ceil(math.log10(max(positive)))
    hi = max(hi, lo + 1)
    ticks = [m * 10.0**e for e in range(lo, hi) for m in steps] + [10.0**hi]
    return ticks, float(lo), float(hi)


def _label(v: float) -> str:
    if v != 0 and (abs(v) >= 1e4 or abs(v) < 1e-2):
        return f"{v:.0e}".replace("e+0", "e").replace("e+", "e")
    return f"{v:g}"


def _base(name: str) -> str:
    head, _, tail = name.rpartition(" ")
    return head if tail in ("p50", "p99") and head else name


def line_chart(
    title: str,
    x_label: str,
    y_label: str,
    series: dict[str, list[tuple[float, float]]],
    *,
    log_x: bool = False,
    log_y: bool = False,
    note: str = "",
) -> str:
    """An SVG document: each series a polyline with dots, a legend on the right; y linear from 0, or
    with `log_y` on a log scale (1, 2, 5 of each power of ten; for latencies that span milliseconds
    to seconds, where a linear scale flattens the small ones to the axis)."""
    points = [p for pts in series.values() for p in pts if math.isfinite(p[1])]
    xs = [p[0] for p in points] or [1.0]
    ys = [p[1] for p in points] or [1.0]
    if log_x:
        x_ticks, x0, x1 = _log_axis(xs, (1,))
    else:
        x_ticks = _nice_ticks(min(xs), max(xs))
        x0, x1 = x_ticks[0], x_ticks[-1]
    if log_y:
        y_ticks, y0, y1 = _log_axis(ys, (1, 2, 5))
    else:
        y_ticks = _nice_ticks(0.0, max(ys) * 1.05 if max(ys) > 0 else 1.0)
        y0, y1 = y_ticks[0], y_ticks[-1]
    pw, ph = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def px(x: float) -> float:
        v = math.log10(x) if log_x else x
        return LEFT + (v - x0) / ((x1 - x0) or 1.0) * pw

    def py(y: float) -> float:
        v = math.log10(y) if log_y else y
        return TOP + ph - (v - y0) / ((y1 - y0) or 1.0) * ph

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}" font-family="sans-serif" font-size="12">',
        f'<rect width="{WIDTH}" height="{HEIGHT}" fill="white"/>',
        f'<text x="{WIDTH / 2:.0f}" y="22" text-anchor="middle" font-size="15">{escape(title)}</text>',
    ]
    for t in y_ticks:
        y = py(t)
        out.append(f'<line x1="{LEFT}" x2="{LEFT + pw}" y1="{y:.1f}" y2="{y:.1f}" stroke="#e5e5e5"/>')
        out.append(f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">{_label(t)}</text>')
    for t in x_ticks:
        x = px(t)
        out.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{TOP}" y2="{TOP + ph}" stroke="#e5e5e5"/>')
        out.append(f'<text x="{x:.1f}" y="{TOP + ph + 16}" text-anchor="middle">{_label(t)}</text>')
    out.append(f'<rect x="{LEFT}" y="{TOP}" width="{pw}" height="{ph}" fill="none" stroke="#444"/>')
    out.append(
        f'<text x="{LEFT + pw / 2:.0f}" y="{HEIGHT - 22}" text-anchor="middle">'
        f"{escape(x_label)}{' (log scale)' if log_x else ''}</text>"
    )
    out.append(
        f'<text transform="translate(18 {TOP + ph / 2:.0f}) rotate(-90)" text-anchor="middle">'
        f"{escape(y_label)}{' (log scale)' if log_y else ''}</text>"
    )
    if note:
        out.append(f'<text x="{LEFT}" y="{HEIGHT - 6}" font-size="10" fill="#666">{escape(note)}</text>')
    # "<name> p50" and "<name> p99" share a colour; the p99 line is dashed.
    bases = list(dict.fromkeys(_base(n) for n in series))
    for i, (name, pts) in enumerate(series.items()):
        colour = COLOURS[bases.index(_base(name)) % len(COLOURS)]
        dash = ' stroke-dasharray="6 4"' if name.endswith(" p99") or name == "p99" else ""
        good = sorted(
            p for p in pts if math.isfinite(p[1]) and (p[0] > 0 or not log_x) and (p[1] > 0 or not log_y)
        )
        if len(good) > 1:
            path = " ".join(f"{px(x):.1f},{py(y):.1f}" for x, y in good)
            out.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2"{dash}/>')
        for x, y in good:
            out.append(
                f'<circle cx="{px(x):.1f}" cy="{py(y):.1f}" r="3.5" fill="{colour}">'
                f"<title>{escape(name)}: {_label(x)} → {y:.4g}</title></circle>"
            )
        ly = TOP + 10 + i * 18
        out.append(
            f'<line x1="{LEFT + pw + 12}" x2="{LEFT + pw + 32}" y1="{ly}" y2="{ly}" '
            f'stroke="{colour}" stroke-width="2"{dash}/>'
        )
        out.append(f'<text x="{LEFT + pw + 38}" y="{ly + 4}">{escape(name)}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"
