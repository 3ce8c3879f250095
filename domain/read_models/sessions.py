"""Charging sessions as the console, the driver apps and the live layer read them: the sessions list
and its filters, one session in full, a session's meter samples, and the lookups subscriptions
authorize with."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Select, String, cast, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from db.models import Charger, ChargingRequest, ChargingSession, MeterValue, User
from domain import transactions

ENERGY = "Energy.Active.Import.Register"
SOC = "SoC"


async def with_charger(session: AsyncSession, session_id: int) -> ChargingSession | None:
    """A session with its charger loaded, detached (usable after the database session closes)."""
    row = await session.get(ChargingSession, session_id)
    if row is None:
        return None
    await session.refresh(row, ["charger"])
    session.expunge(row)
    return row


async def charging_request(session: AsyncSession, request_id: int) -> ChargingRequest | None:
    return await session.get(ChargingRequest, request_id)


def _full() -> Select[ChargingSession]:
    return select(ChargingSession).options(
        selectinload(ChargingSession.charger).selectinload(Charger.connectors),
        selectinload(ChargingSession.receipt),
    )


def admin_list(
    *,
    status: str | None = None,
    charge_point_id: str | None = None,
    user_id: int | None = None,
    started_from: dt.datetime | None = None,
    started_to: dt.datetime | None = None,
    flagged: bool | None = None,
) -> Select[ChargingSession]:
    """The console's sessions list (with charger, connectors and receipt), filtered."""
    q = _full()
    if status:
        q = q.where(func.lower(ChargingSession.status) == status.strip().lower())
    if charge_point_id:
        q = q.join(Charger, Charger.id == ChargingSession.charger_id).where(
            Charger.charge_point_id == charge_point_id.strip()
        )
    if user_id is not None:
        q = q.where(ChargingSession.user_id == user_id)
    if started_from is not None:
        q = q.where(ChargingSession.started_at >= started_from)
    if started_to is not None:
        q = q.where(ChargingSession.started_at < started_to)
    if flagged is not None:
        text = func.coalesce(cast(ChargingSession.flags, String), "")
        has_flags = text.not_in(("", "null", "[]"))
        q = q.where(has_flags if flagged else or_(ChargingSession.flags.is_(None), ~has_flags))
    return q


async def full(session: AsyncSession, session_id: int) -> ChargingSession | None:
    """One session with its charger, connectors and receipt."""
    return (await session.execute(_full().where(ChargingSession.id == session_id))).scalar_one_or_none()


async def attach_users(session: AsyncSession, txs: list[ChargingSession]) -> None:
    """Load the drivers of `txs` in one query (as `tx.__dict__["user"]`, None when there is none)."""
    ids = {tx.user_id for tx in txs if tx.user_id is not None}
    users: dict[int, User] = {}
    if ids:
        users = {u.id: u for u in (await session.execute(select(User).where(User.id.in_(ids)))).scalars()}
    for tx in txs:
        tx.__dict__["user"] = users.get(tx.user_id) if tx.user_id is not None else None


async def user(session: AsyncSession, user_id: int) -> User | None:
    return await session.get(User, user_id)


async def meter_rows(session: AsyncSession, session_id: int, limit: int) -> list[Any]:
    """(timestamp, measurand, phase, value) of a session's energy, power and SoC readings, oldest first."""
    return list(
        (
            await session.execute(
                select(MeterValue.timestamp, MeterValue.measurand, MeterValue.phase, MeterValue.value)
                .where(
                    MeterValue.transaction_id == session_id,
                    MeterValue.measurand.in_((ENERGY, transactions.POWER, SOC)),
                    MeterValue.value.is_not(None),
                )
                .order_by(MeterValue.timestamp, MeterValue.id)
                .limit(limit)
            )
        ).all()
    )
