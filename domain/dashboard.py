"""Aggregates for the operator's dashboard: per-day energy, revenue and sessions, the connector status
breakdown and today's revenue. Days are UTC calendar days."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import Charger, ChargingSession, Connector

MAX_DAYS = 366


@dataclass(frozen=True)
class DailyStat:
    date: dt.date
    sessions: int
    energy_wh: int
    revenue_sen: int


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
    energy = func.coalesce(
        ChargingSession.energy_wh, ChargingSession.last_energy_wh - ChargingSession.meter_start, 0
    )
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
