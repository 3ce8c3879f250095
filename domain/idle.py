"""Idle time: a session whose car stopped drawing energy while it stays plugged in.

A charger says the car stopped drawing with the connector status SuspendedEV while the session runs:
`on_connector_status` records the moment as the session's `charging_ended_at` (the charger's
timestamp, as billing uses the charger's stop timestamp), and Charging again clears it, so billing
prices idle time only from the last moment energy stopped. The tariff's grace period runs from
there; after it the idle fee per minute applies until the session stops (`tariffs.compute_cost`).

When the grace period has passed on a running session, `notify_due` (a round of the money
housekeeping on every node) tells the driver once: a conditional update of `idle_notified_at` from
NULL claims the session and stages the push notification in the same transaction, so a restart or a
second node never tells it twice, and a session that charged again before its grace ended is never
told.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import ChargingSession, utcnow
from domain import billing, push
from domain.money import format_rate_sen, round_sen
from domain.tariffs import F, TariffSnapshot, billable_idle_minutes

#: The connector status that starts idle time, and the one that ends it (energy flows again).
STOPPED_DRAWING = "SuspendedEV"
CHARGING = "Charging"
#: Sessions looked at per round of `notify_due`.
BATCH = 500


async def on_connector_status(
    session: AsyncSession,
    charger_id: int,
    connector_id: int,
    status: str,
    timestamp: dt.datetime | None,
) -> None:
    """Start or end the idle time of the session running on the connector (one UPDATE, only for the
    two statuses that matter)."""
    running = (
        ChargingSession.charger_id == charger_id,
        ChargingSession.connector_id == connector_id,
        ChargingSession.status == "Active",
    )
    if status == STOPPED_DRAWING:
        at = timestamp or utcnow()
        await session.execute(
            update(ChargingSession)
            .where(*running, ChargingSession.charging_ended_at.is_(None), ChargingSession.started_at <= at)
            .values(charging_ended_at=at)
            .execution_options(synchronize_session=False)
        )
    elif status == CHARGING:
        await session.execute(
            update(ChargingSession)
            .where(*running, ChargingSession.charging_ended_at.is_not(None))
            .values(charging_ended_at=None)
            .execution_options(synchronize_session=False)
        )


@dataclass(frozen=True)
class IdleState:
    """A running session's idle time as its driver sees it."""

    charging_ended_at: dt.datetime
    grace_minutes: int
    grace_ends_at: dt.datetime
    fee_per_minute_sen: Decimal
    #: The idle fee so far (before tax), whole sen.
    fee_so_far_sen: int
    currency: str


def grace_end(tariff: TariffSnapshot, charging_ended_at: dt.datetime) -> dt.datetime:
    return charging_ended_at + dt.timedelta(minutes=tariff.idle_grace_minutes)


def state(tx: ChargingSession, now: dt.datetime | None = None) -> IdleState | None:
    """The idle time of a running session whose car stopped drawing and whose tariff charges for it;
    None otherwise."""
    if tx.status != "Active" or tx.charging_ended_at is None:
        return None
    tariff = billing.snapshot_of(tx)
    if not tariff.idle_fee_per_minute_sen:
        return None
    minutes = billable_idle_minutes(tariff, tx.charging_ended_at, now or utcnow())
    return IdleState(
        charging_ended_at=tx.charging_ended_at,
        grace_minutes=tariff.idle_grace_minutes,
        grace_ends_at=grace_end(tariff, tx.charging_ended_at),
        fee_per_minute_sen=tariff.idle_fee_per_minute_sen,
        fee_so_far_sen=round_sen(minutes * F(tariff.idle_fee_per_minute_sen)),
        currency=tariff.currency,
    )


async def notify_due(platform: Any, *, now: dt.datetime | None = None) -> int:
    """Tell each driver whose session's grace period has passed that the idle fee starts (once per
    session); returns how many were told by this call.

    Sessions are looked at `BATCH` at a time, oldest idle first, through all of them: sessions whose
    tariff has no idle fee (or whose grace is not over) are never told and stay candidates, so a
    single batch could be filled by them and never reach the sessions that are due."""
    now = now or utcnow()
    told = 0
    after: tuple[dt.datetime, int] | None = None
    while True:
        async with platform.sessionmaker() as s, s.begin():
            q = select(ChargingSession).where(
                ChargingSession.status == "Active",
                ChargingSession.user_id.is_not(None),
                ChargingSession.idle_notified_at.is_(None),
                ChargingSession.charging_ended_at.is_not(None),
                ChargingSession.charging_ended_at <= now,
            )
            if after is not None:
                ended, last_id = after
                q = q.where(
                    or_(
                        ChargingSession.charging_ended_at > ended,
                        and_(ChargingSession.charging_ended_at == ended, ChargingSession.id > last_id),
                    )
                )
            candidates = (
                await s.scalars(
                    q.order_by(ChargingSession.charging_ended_at, ChargingSession.id).limit(BATCH)
                )
            ).all()
            for tx in candidates:
                told += await _tell_if_due(s, tx, now)
        if len(candidates) < BATCH:
            return told
        last = candidates[-1]
        assert last.charging_ended_at is not None
        after = (last.charging_ended_at, last.id)


async def _tell_if_due(s: AsyncSession, tx: ChargingSession, now: dt.datetime) -> int:
    ended = tx.charging_ended_at
    tariff = billing.snapshot_of(tx)
    if ended is None or not tariff.idle_fee_per_minute_sen or grace_end(tariff, ended) > now:
        return 0
    claimed = await s.execute(
        update(ChargingSession)
        .where(
            ChargingSession.id == tx.id,
            ChargingSession.status == "Active",
            ChargingSession.idle_notified_at.is_(None),
            ChargingSession.charging_ended_at == ended,
        )
        .values(idle_notified_at=now)
        .execution_options(synchronize_session=False)
    )
    if claimed.rowcount != 1:  # type: ignore[attr-defined]
        return 0  # another node told it, or the car charges again
    await push.idle_fee_starting(
        s, tx, fee_per_minute=format_rate_sen(tariff.idle_fee_per_minute_sen, tariff.currency)
    )
    return 1
