"""Admins: the dashboard's initial counters and its charts (per-day energy, revenue and sessions,
connector status breakdown, today's revenue). Live counters are the `dashboardStats` subscription."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import strawberry

from api.accounts_types import Money
from api.permissions import require_admin
from api.subscriptions import DashboardStats, compute_dashboard_stats, dashboard_stats
from db.engine import read_session
from domain import dashboard
from domain.errors import InvalidInput


@strawberry.type(description="Totals of one UTC day.")
class DailyStat:
    date: dt.date
    sessions: int = strawberry.field(description="Sessions started that day.")
    energy_kwh: Decimal = strawberry.field(description="Energy of the sessions started that day.")
    revenue: Money = strawberry.field(description="Billed that day (tax included).")


@strawberry.type(description="How many connectors are in one status (Offline: their charger is offline).")
class StatusCount:
    status: str
    count: int


@strawberry.type
class Query:
    @strawberry.field(description="Admins: the dashboard counters now (the subscription keeps them live).")
    async def dashboard_stats(self, info: strawberry.Info) -> DashboardStats:
        await require_admin(info)
        platform = info.context.platform
        return dashboard_stats(await compute_dashboard_stats(platform), str(platform.settings.currency))

    @strawberry.field(description="Admins: energy, revenue and sessions per UTC day, oldest first.")
    async def daily_stats(self, info: strawberry.Info, days: int = 14) -> list[DailyStat]:
        await require_admin(info)
        if not 1 <= days <= dashboard.MAX_DAYS:
            raise InvalidInput(f"days must be between 1 and {dashboard.MAX_DAYS}.", field="days")
        currency = info.context.platform.settings.currency
        async with read_session(info.context.platform.sessionmaker) as s:
            rows = await dashboard.daily_stats(s, days)
        return [
            DailyStat(
                date=r.date,
                sessions=r.sessions,
                energy_kwh=(Decimal(r.energy_wh) / 1000).quantize(Decimal("0.001")),
                revenue=Money.from_sen(r.revenue_sen, currency),
            )
            for r in rows
        ]

    @strawberry.field(description="Admins: connectors per status.")
    async def connector_status_breakdown(self, info: strawberry.Info) -> list[StatusCount]:
        await require_admin(info)
        async with read_session(info.context.platform.sessionmaker) as s:
            return [StatusCount(status=k, count=n) for k, n in await dashboard.connector_status_breakdown(s)]

    @strawberry.field(description="Admins: billed today (UTC), tax included.")
    async def revenue_today(self, info: strawberry.Info) -> Money:
        await require_admin(info)
        async with read_session(info.context.platform.sessionmaker) as s:
            sen = await dashboard.revenue_today_sen(s)
        return Money.from_sen(sen, info.context.platform.settings.currency)
