"""A node's limits now (the daily window, the other load when fresh, the stale fallback) and the
smart-charging configuration a charger reports (rate unit, stack level)."""

from __future__ import annotations

import datetime as dt

from db.models import LoadNode, SiteLoad
from domain.load.service import effective_limits, in_window, rate_unit, stack_level

NOW = dt.datetime(2026, 12, 6, 12, 0, tzinfo=dt.UTC)


def _node(**kw: object) -> LoadNode:
    values: dict[str, object] = {"kind": "supply", "limit_l1_a": 100, "limit_l2_a": 80, "limit_l3_a": None}
    values.update(kw)
    return LoadNode(**values)


def test_a_window_lowers_every_phase_within_its_hours_even_across_midnight() -> None:
    evening = _node(window_from=dt.time(18), window_to=dt.time(22), window_limit_a=40)
    assert effective_limits(evening, None, dt.time(19, 30), NOW) == (40, 40, 40)
    assert effective_limits(evening, None, dt.time(22, 0), NOW) == (100, 80, None)  # the end is out
    assert effective_limits(evening, None, dt.time(17, 59), NOW) == (100, 80, None)
    night = _node(window_from=dt.time(23), window_to=dt.time(6), window_limit_a=90)
    assert in_window(night, dt.time(23, 30)) and in_window(night, dt.time(5, 59))
    assert not in_window(night, dt.time(12))
    assert effective_limits(night, None, dt.time(2), NOW) == (90, 80, 90)  # never raises a limit


def test_the_other_load_counts_on_the_main_supply_while_fresh() -> None:
    site = SiteLoad(other_l1_a=30, other_l2_a=90, other_l3_a=5, other_at=NOW - dt.timedelta(seconds=60))
    site.stale_after_s = 120
    assert effective_limits(_node(), site, dt.time(12), NOW) == (70, 0, None)
    assert effective_limits(_node(kind="circuit"), site, dt.time(12), NOW) == (100, 80, None)
    site.stale_after_s = 59  # older than that: ignored, the static limits hold
    assert effective_limits(_node(), site, dt.time(12), NOW) == (100, 80, None)


def test_rate_unit_and_stack_level_from_the_configuration() -> None:
    assert rate_unit(None) == rate_unit("Current") == rate_unit("Current,Power") == "A"
    assert rate_unit("Power") == "W"
    assert stack_level(None) == stack_level("8") == 1
    assert stack_level("0") == 0 and stack_level("junk") == 1
