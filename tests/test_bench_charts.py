"""The benchmark's SVG charts (bench/svgchart.py): what a reader of bench/results sees."""

from __future__ import annotations

import re

import pytest

from bench.svgchart import line_chart

POINTS = {"p99": [(1.0, 10.0), (10.0, 100.0), (100.0, 1000.0)]}


def _dots_y(svg: str) -> list[float]:
    return [float(y) for y in re.findall(r'<circle cx="[\d.]+" cy="([\d.]+)"', svg)]


def test_a_log_scale_spaces_each_power_of_ten_alike_and_says_so() -> None:
    svg = line_chart("Latency", "subscribers", "ms", POINTS, log_x=True, log_y=True)
    low, mid, high = _dots_y(svg)
    assert low - mid == pytest.approx(mid - high)
    assert "ms (log scale)" in svg
    assert re.search(r">10<", svg) and re.search(r">1000<", svg)  # ticks at the powers of ten


def test_a_linear_scale_starts_at_zero() -> None:
    svg = line_chart("CPU", "chargers", "s", POINTS, log_x=True)
    low, mid, high = _dots_y(svg)
    assert low - mid < (mid - high) / 5  # 10 and 100 sit close together near 0 under 1000
    assert "chargers (log scale)</text>" in svg and 'rotate(-90)" text-anchor="middle">s</text>' in svg
