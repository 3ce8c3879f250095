"""The invoice summary's sums (`domain.read_models.sessions.totals`): by UTC day of the stop or by
charger, revenue before tax from the receipt (the session's cost when it has none), tax from the
receipt. Unit tests of the rule; the admin API's invoiceSummary is driven in
tests/admin_api/test_dashboard_figures.py."""

from __future__ import annotations

import datetime as dt

from db.models import ChargingSession, Receipt
from domain.read_models.sessions import Billed, totals


def _billed(
    cpid: str, stopped: str, energy_wh: int, cost_sen: int, receipt: tuple[int, int] | None
) -> Billed:
    tx = ChargingSession(
        stopped_at=dt.datetime.fromisoformat(stopped), energy_wh=energy_wh, total_cost_sen=cost_sen
    )
    row = Receipt(subtotal_sen=receipt[0], tax_sen=receipt[1]) if receipt else None
    return Billed(tx, cpid, row)


BILLED = [
    _billed("CP-B", "2026-03-01T23:59:00", 1500, 999, (800, 64)),
    _billed("CP-A", "2026-03-02T00:00:00", 2500, 300, None),
    _billed("CP-B", "2026-03-02T10:00:00", 0, 0, None),
]


def test_by_day_sums_each_utc_day_and_the_whole() -> None:
    rows, overall = totals(BILLED, by_day=True)
    assert [(r.key, r.sessions, r.energy_wh, r.revenue_sen, r.tax_sen) for r in rows] == [
        ("2026-03-01", 1, 1500, 800, 64),
        ("2026-03-02", 2, 2500, 300, 0),
    ]
    assert (overall.sessions, overall.energy_wh, overall.revenue_sen, overall.tax_sen) == (3, 4000, 1100, 64)


def test_by_charger_orders_by_charge_point_id() -> None:
    rows, _ = totals(BILLED, by_day=False)
    assert [(r.key, r.sessions, r.revenue_sen) for r in rows] == [("CP-A", 1, 300), ("CP-B", 2, 800)]
