"""Charging sessions as the console, the driver apps and the live layer read them: the sessions list
and its filters, one session in full, a session's meter samples, and the lookups subscriptions
authorize with."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, String, cast, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from db.models import (
    Charger,
    ChargingRequest,
    ChargingSession,
    MeterValue,
    Receipt,
    RewardPointMovement,
    StartRefusal,
    User,
)
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
    """(timestamp, measurand, phase, value) of a session's energy, power and SoC readings: the newest
    `limit`, oldest first (a long session's chart ends at its latest reading)."""
    newest = (
        await session.execute(
            select(MeterValue.timestamp, MeterValue.measurand, MeterValue.phase, MeterValue.value)
            .where(
                MeterValue.transaction_id == session_id,
                MeterValue.measurand.in_((ENERGY, transactions.POWER, SOC)),
                MeterValue.value.is_not(None),
            )
            .order_by(MeterValue.timestamp.desc(), MeterValue.id.desc())
            .limit(limit)
        )
    ).all()
    return list(reversed(newest))


async def by_id(session: AsyncSession, session_id: int) -> ChargingSession | None:
    return await session.get(ChargingSession, session_id)


async def receipt_id(session: AsyncSession, session_id: int) -> int | None:
    """The id of the session's receipt, if it has one."""
    q = select(Receipt.id).where(Receipt.session_id == session_id)
    return (await session.execute(q)).scalar_one_or_none()


async def receipt_ids(session: AsyncSession, session_ids: list[int]) -> dict[int, int]:
    """Receipt ids by session id, for the sessions that have one (one query)."""
    if not session_ids:
        return {}
    q = select(Receipt.session_id, Receipt.id).where(Receipt.session_id.in_(session_ids))
    return {sid: rid for sid, rid in (await session.execute(q)).all() if sid is not None}


def of_user(user_id: int) -> Select[ChargingSession]:
    """A driver's sessions (for the driver's history)."""
    return select(ChargingSession).where(ChargingSession.user_id == user_id)


_SESSIONS = ChargingSession.__table__.c
#: The columns a session of a list is shown from (`api.sessions.ChargingSession.from_model`: its
#: energy, cost, cost lines and idle state included), named as the model's attributes: a row of them
#: reads as the session for that, without the ORM's per-object work (instance state, identity map)
#: or the columns a list never shows (transaction data, flags, ...).
LISTED_COLUMNS = tuple(
    _SESSIONS[name]
    for name in (
        "id",
        "charger_id",
        "connector_id",
        "user_id",
        "status",
        "started_at",
        "stopped_at",
        "charging_ended_at",
        "meter_start",
        "last_energy_wh",
        "energy_wh",
        "total_cost_sen",
        "currency",
        "cost_lines",
        "billed",
        "stop_reason",
        "tariff_snapshot",
    )
)
#: The key a page of `listed_of_user` is ordered by.
LISTED_KEY = _SESSIONS["id"]


def listed_of_user(user_id: int, *, with_charger: bool = False) -> Select[Any]:
    """A driver's sessions as rows of `LISTED_COLUMNS` (the driver's history, a page at a time), each
    with its receipt's id as `receipt_pk` (None without one) and, `with_charger`, what it shows of its
    charger (`LISTED_CHARGER`: `charge_point_id`, `charger_name`, `charger_address`,
    `charger_city`; None when the charger is gone). A session has at most one receipt (unique
    `receipts.session_id`) and one charger: one row per session, in the same statement."""
    sessions = ChargingSession.__table__
    receipts = Receipt.__table__
    joined = sessions.outerjoin(receipts, receipts.c.session_id == sessions.c.id)
    columns: list[Any] = [*LISTED_COLUMNS, receipts.c.id.label("receipt_pk")]
    if with_charger:
        chargers = Charger.__table__
        joined = joined.outerjoin(chargers, chargers.c.id == sessions.c.charger_id)
        columns += [chargers.c[name].label(label) for name, label in LISTED_CHARGER.items()]
    return select(*columns).select_from(joined).where(sessions.c.user_id == user_id)


#: The charger's columns of `listed_of_user(..., with_charger=True)`, by the label in its rows.
LISTED_CHARGER = {
    "charge_point_id": "charge_point_id",
    "name": "charger_name",
    "address": "charger_address",
    "city": "charger_city",
}


def billed(
    *, stopped_from: dt.datetime | None = None, stopped_to: dt.datetime | None = None
) -> Select[ChargingSession]:
    """Completed, billed sessions (that stopped in [stopped_from, stopped_to), when given)."""
    q = select(ChargingSession).where(ChargingSession.status == "Completed", ChargingSession.billed.is_(True))
    if stopped_from is not None:
        q = q.where(ChargingSession.stopped_at >= stopped_from)
    if stopped_to is not None:
        q = q.where(ChargingSession.stopped_at < stopped_to)
    return q


@dataclass(frozen=True)
class Billed:
    """A completed, billed session with its charger's charge point id and its receipt (none when it
    cost nothing)."""

    session: ChargingSession
    charge_point_id: str
    receipt: Receipt | None

    @property
    def revenue_sen(self) -> int:
        """Billed before tax: the receipt's subtotal, else the session's cost."""
        return self.receipt.subtotal_sen if self.receipt else (self.session.total_cost_sen or 0)

    @property
    def tax_sen(self) -> int:
        return self.receipt.tax_sen if self.receipt else 0


@dataclass
class Totals:
    """Billed sessions summed: how many, their energy, revenue (before tax) and tax."""

    key: str
    sessions: int = 0
    energy_wh: int = 0
    revenue_sen: int = 0
    tax_sen: int = 0

    def add(self, billed: Billed) -> None:
        self.sessions += 1
        self.energy_wh += billed.session.energy_wh or 0
        self.revenue_sen += billed.revenue_sen
        self.tax_sen += billed.tax_sen


async def billed_between(session: AsyncSession, start: dt.datetime, end: dt.datetime) -> list[Billed]:
    """The sessions completed and billed in [start, end), in the order they stopped."""
    rows = (
        await session.execute(
            select(ChargingSession, Charger.charge_point_id, Receipt)
            .join(Charger, Charger.id == ChargingSession.charger_id)
            .outerjoin(Receipt, Receipt.session_id == ChargingSession.id)
            .where(
                ChargingSession.status == "Completed",
                ChargingSession.billed.is_(True),
                ChargingSession.stopped_at >= start,
                ChargingSession.stopped_at < end,
            )
            .order_by(ChargingSession.stopped_at, ChargingSession.id)
        )
    ).all()
    return [Billed(a, b, c) for a, b, c in rows]


def totals(billed: list[Billed], *, by_day: bool) -> tuple[list[Totals], Totals]:
    """`billed` summed by the UTC day each stopped (`by_day`) or by charge point id, ordered by key, and
    over all."""
    groups: dict[str, Totals] = {}
    overall = Totals(key="")
    for b in billed:
        stopped = b.session.stopped_at
        key = stopped.date().isoformat() if by_day and stopped else b.charge_point_id
        groups.setdefault(key, Totals(key)).add(b)
        overall.add(b)
    return [groups[k] for k in sorted(groups)], overall


async def active_of_user(session: AsyncSession, user_id: int) -> ChargingSession | None:
    """The driver's most recently started active session."""
    q = (
        select(ChargingSession)
        .where(ChargingSession.user_id == user_id, ChargingSession.status == "Active")
        .order_by(ChargingSession.started_at.desc(), ChargingSession.id.desc())
        .limit(1)
    )
    return (await session.execute(q)).scalar_one_or_none()


async def points_earned(session: AsyncSession, session_id: int, user_id: int) -> int:
    """Points credited to the driver for this session (its own points and a referral)."""
    q = select(func.coalesce(func.sum(RewardPointMovement.points), 0)).where(
        RewardPointMovement.session_id == session_id,
        RewardPointMovement.user_id == user_id,
        RewardPointMovement.points > 0,
    )
    return int((await session.execute(q)).scalar_one())


async def receipt(session: AsyncSession, receipt_id: int) -> Receipt | None:
    return await session.get(Receipt, receipt_id)


_CHARGERS = Charger.__table__.c


async def session_chargers_by_ids(session: AsyncSession, ids: list[int]) -> dict[int, Any]:
    """What a session shows of its charger (id, charge point id, name, address, city), as rows
    named as the model's attributes, by id, in one query."""
    names = ("id", "charge_point_id", "name", "address", "city")
    q = select(*(_CHARGERS[name] for name in names)).where(_CHARGERS["id"].in_(set(ids)))
    return {row.id: row for row in await session.execute(q)}


async def start_refusals(
    session: AsyncSession, user_id: int, since: dt.datetime, limit: int
) -> list[tuple[StartRefusal, str | None, str | None]]:
    """(refusal, charge point id, charger name) of the driver's refused starts since `since`, newest first."""
    rows = (
        await session.execute(
            select(StartRefusal, Charger.charge_point_id, Charger.name)
            .outerjoin(Charger, Charger.id == StartRefusal.charger_id)
            .where(StartRefusal.user_id == user_id, StartRefusal.created_at >= since)
            .order_by(StartRefusal.id.desc())
            .limit(limit)
        )
    ).all()
    return [(r, cpid, name) for r, cpid, name in rows]
