""" "Notify me when free": a driver watches a busy charger (or one of its connectors); when a watched
connector becomes Available the driver gets a push (`domain.push`) with a link to hold it for a few
minutes through a reservation (`domain.reservations`).

A watch fires once and lapses after WATCH_HOURS; a driver watches at most MAX_WATCHES chargers."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Select, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from db.models import Charger, ChargerWatch, utcnow
from domain import push
from domain.errors import Conflict, InvalidInput, NotFound
from domain.stations import public_by_cpid, startable

#: How long a watch waits for a connector to free up.
WATCH_HOURS = 3
#: A driver watches at most this many chargers at once.
MAX_WATCHES = 5
#: How long the driver may hold a freed connector (the reservation the notification offers).
HOLD_MINUTES = 10


async def watch(
    session: AsyncSession, *, user_id: int, charge_point_id: str, connector_id: int | None
) -> ChargerWatch:
    """Watch a busy public charger (any connector, or one) for the driver; the same watch again is
    renewed. Conflict when a driver may start on a watched connector now (`stations.startable`)."""
    charger = await public_by_cpid(session, charge_point_id)
    if charger is None:
        raise NotFound("Charger not found.", field="chargePointId")
    ids = {c.connector_id for c in charger.connectors if c.connector_id > 0}
    if connector_id is not None and connector_id not in ids:
        raise InvalidInput("This charger has no such connector.", field="connectorId")
    watched = [c for c in charger.connectors if c.connector_id > 0 and connector_id in (None, c.connector_id)]
    if charger.online and any(startable(c.status) for c in watched):
        raise Conflict("A connector is free now.", field="connectorId")
    now = utcnow()
    existing = await session.scalar(
        select(ChargerWatch).where(
            ChargerWatch.user_id == user_id,
            ChargerWatch.charger_id == charger.id,
            ChargerWatch.notified_at.is_(None),
            ChargerWatch.expires_at > now,
        )
    )
    if existing is None:
        active = await session.scalar(
            select(func.count())
            .select_from(ChargerWatch)
            .where(
                ChargerWatch.user_id == user_id,
                ChargerWatch.notified_at.is_(None),
                ChargerWatch.expires_at > now,
            )
        )
        if (active or 0) >= MAX_WATCHES:
            raise Conflict(f"You can wait for at most {MAX_WATCHES} chargers at once.")
        existing = ChargerWatch(user_id=user_id, charger_id=charger.id)
        session.add(existing)
    existing.charger = charger
    existing.connector_id = connector_id
    existing.expires_at = now + dt.timedelta(hours=WATCH_HOURS)
    await session.flush()
    return existing


async def cancel(session: AsyncSession, *, user_id: int, charge_point_id: str) -> bool:
    """Stop waiting for a charger (True when the driver was waiting for it)."""
    charger_id = await session.scalar(select(Charger.id).where(Charger.charge_point_id == charge_point_id))
    if charger_id is None:
        return False
    done = await session.execute(
        update(ChargerWatch)
        .where(
            ChargerWatch.user_id == user_id,
            ChargerWatch.charger_id == charger_id,
            ChargerWatch.notified_at.is_(None),
        )
        .values(expires_at=utcnow())
    )
    return bool(done.rowcount)  # type: ignore[attr-defined]


def mine(user_id: int) -> Select[ChargerWatch]:
    """The driver's watches still waiting, newest first (each with its charger)."""
    return (
        select(ChargerWatch)
        .options(selectinload(ChargerWatch.charger))
        .where(
            ChargerWatch.user_id == user_id,
            ChargerWatch.notified_at.is_(None),
            ChargerWatch.expires_at > utcnow(),
        )
        .order_by(ChargerWatch.id.desc())
    )


async def charger_freed(session: AsyncSession, charger_id: int, connector_id: int) -> int:
    """A connector became Available: notify (once) every driver waiting for it. Returns how many."""
    now = utcnow()
    waiting = (
        await session.scalars(
            select(ChargerWatch).where(
                ChargerWatch.charger_id == charger_id,
                ChargerWatch.notified_at.is_(None),
                ChargerWatch.expires_at > now,
                (ChargerWatch.connector_id.is_(None)) | (ChargerWatch.connector_id == connector_id),
            )
        )
    ).all()
    if not waiting:
        return 0
    charger = await session.get(Charger, charger_id)
    if charger is None:
        return 0
    name = charger.name or charger.charge_point_id
    sent = 0
    for w in waiting:
        claimed = await session.execute(
            update(ChargerWatch)
            .where(ChargerWatch.id == w.id, ChargerWatch.notified_at.is_(None))
            .values(notified_at=now, freed_connector_id=connector_id)
            .execution_options(synchronize_session=False)
        )
        if claimed.rowcount != 1:  # type: ignore[attr-defined]
            continue
        push.notify(
            session,
            w.user_id,
            "charger_free",
            charger=name,
            charge_point_id=charger.charge_point_id,
            connector_id=connector_id,
            minutes=HOLD_MINUTES,
            url=f"/c/{charger.charge_point_id}/{connector_id}?hold={HOLD_MINUTES}",
            tag=f"{charger.charge_point_id}",
        )
        sent += 1
    return sent
