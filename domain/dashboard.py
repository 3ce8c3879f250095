"""Aggregates for the operator's dashboard: the fleet's figures now (`figures`, the only place they are
computed: the `dashboardStats` query and subscription both read it), per-day energy, revenue and
sessions, the connector status breakdown and today's revenue. Days are UTC calendar days.

Each figure uses the definition of the list it summarises: chargers online/offline are the chargers
list with its `online` filter (`domain.read_models.chargers.online`); charging/faulted are the online
chargers with a connector in that status; sessions active and power now are the sessions list filtered
on status Active (power now is each session's `last_power_w`, see `transactions.total_power_w`);
energy today is the energy so far (`transactions.energy_so_far`) of the sessions started today."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import Charger, ChargingSession, Connector, Fault
from domain import faults
from domain.read_models.chargers import online as online_filter
from domain.read_models.chargers import with_connector_in as with_connector

MAX_DAYS = 366


@dataclass(frozen=True)
class DailyStat:
    date: dt.date
    sessions: int
    energy_wh: int
    revenue_sen: int


@dataclass(frozen=True)
class Figures:
    """The dashboard's figures at `timestamp`."""

    chargers_total: int
    chargers_online: int
    chargers_offline: int
    chargers_charging: int
    chargers_faulted: int
    sessions_active: int
    power_w: float
    energy_today_wh: int
    revenue_today_sen: int
    open_faults: int
    timestamp: dt.datetime

    def as_event(self) -> dict[str, Any]:
        """The DashboardStatsEvent payload (domain.events): every figure, the time in ISO 8601."""
        return {**asdict(self), "timestamp": self.timestamp.isoformat()}


def energy_so_far_sql() -> Any:
    """`transactions.energy_so_far` as a SQL expression: the billed energy once stopped, else the
    latest register minus meterStart, never negative."""
    delta = (
        func.coalesce(ChargingSession.last_energy_wh, ChargingSession.meter_start)
        - ChargingSession.meter_start
    )
    return func.coalesce(ChargingSession.energy_wh, case((delta < 0, 0), else_=delta))


def _count_where(condition: Any) -> Any:
    """How many rows meet `condition` (portable: MariaDB has no aggregate FILTER clause). A plain
    SUM of a boolean column would come back typed as a boolean (1 for any count)."""
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


async def figures(session: AsyncSession, *, now: dt.datetime | None = None) -> Figures:
    """Every figure of the dashboard, read in one session."""
    now = now or dt.datetime.now(dt.UTC)
    midnight = _midnight(now)

    total, online, charging, faulted = (
        await session.execute(
            select(
                func.count(Charger.id),
                _count_where(online_filter(True)),
                _count_where(online_filter(True) & with_connector("Charging")),
                _count_where(online_filter(True) & with_connector("Faulted")),
            )
        )
    ).one()
    active, power = (
        await session.execute(
            select(
                func.count(ChargingSession.id), func.coalesce(func.sum(ChargingSession.last_power_w), 0)
            ).where(ChargingSession.status == "Active")
        )
    ).one()
    energy = (
        await session.execute(
            select(func.coalesce(func.sum(energy_so_far_sql()), 0)).where(
                ChargingSession.started_at >= midnight
            )
        )
    ).scalar_one()
    open_faults = (
        await session.execute(select(func.count(Fault.id)).where(Fault.status.in_(faults.OPEN_STATES)))
    ).scalar_one()
    total, online = int(total or 0), int(online or 0)
    return Figures(
        chargers_total=total,
        chargers_online=online,
        chargers_offline=total - online,
        chargers_charging=int(charging or 0),
        chargers_faulted=int(faulted or 0),
        sessions_active=int(active or 0),
        power_w=float(power or 0),
        energy_today_wh=int(energy or 0),
        revenue_today_sen=await revenue_today_sen(session, now=now),
        open_faults=int(open_faults or 0),
        timestamp=now,
    )


def _midnight(now: dt.datetime) -> dt.datetime:
    return now.astimezone(dt.UTC).replace(hour=0, minute=0, second=0, microsecond=0)


def _as_date(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


async def daily_stats(session: AsyncSession, days: int, *, now: dt.datetime | None = None) -> list[DailyStat]:
    """One row per day for the last `days` days (today included, oldest first, empty days as zero).
    Sessions and energy count by the day a session started; revenue by the day it was billed."""
    days = max(1, min(days, MAX_DAYS))
    today = _midnight(now or dt.datetime.now(dt.UTC))
    start = today - dt.timedelta(days=days - 1)
    energy = energy_so_far_sql()
    started_day = func.date(ChargingSession.started_at)
    by_start = (
        await session.execute(
            select(started_day, func.count(ChargingSession.id), func.coalesce(func.sum(energy), 0))
            .where(ChargingSession.started_at >= start)
            .group_by(started_day)
        )
    ).all()
    billed_day = func.date(ChargingSession.billed_at)
    by_billed = (
        await session.execute(
            select(billed_day, func.coalesce(func.sum(ChargingSession.total_cost_sen), 0))
            .where(ChargingSession.billed.is_(True), ChargingSession.billed_at >= start)
            .group_by(billed_day)
        )
    ).all()
    sessions: dict[dt.date, tuple[int, int]] = {
        _as_date(d): (int(n or 0), int(e or 0)) for d, n, e in by_start if d is not None
    }
    revenue: dict[dt.date, int] = {_as_date(d): int(r or 0) for d, r in by_billed if d is not None}
    out = []
    for i in range(days):
        day = (start + dt.timedelta(days=i)).date()
        n, e = sessions.get(day, (0, 0))
        out.append(DailyStat(date=day, sessions=n, energy_wh=max(0, e), revenue_sen=revenue.get(day, 0)))
    return out


async def revenue_today_sen(session: AsyncSession, *, now: dt.datetime | None = None) -> int:
    start = _midnight(now or dt.datetime.now(dt.UTC))
    total = (
        await session.execute(
            select(func.coalesce(func.sum(ChargingSession.total_cost_sen), 0)).where(
                ChargingSession.billed.is_(True), ChargingSession.billed_at >= start
            )
        )
    ).scalar_one()
    return int(total or 0)


async def connector_status_breakdown(session: AsyncSession) -> list[tuple[str, int]]:
    """(status, count) of every connector; the connectors of an offline charger count as Offline."""
    rows = (
        await session.execute(
            select(Connector.status, Charger.online, func.count(Connector.id))
            .join(Charger, Charger.id == Connector.charger_id)
            .where(Connector.connector_id > 0)
            .group_by(Connector.status, Charger.online)
        )
    ).all()
    counts: dict[str, int] = {}
    for status, online, n in rows:
        key = status if online else "Offline"
        counts[key] = counts.get(key, 0) + int(n)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
