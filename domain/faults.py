"""Charger faults: opened by a StatusNotification with an error code, resolved when it recovers."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import Charger, Fault, utcnow
from domain import audit, events
from domain.errors import Conflict, InvalidInput, NotFound
from domain.rows import where_given

OPEN_STATES = ("open", "acknowledged")


async def open_fault(
    session: AsyncSession,
    charger_id: int,
    connector_id: int | None,
    error_code: str,
    *,
    info: str | None = None,
    vendor_id: str | None = None,
    vendor_error_code: str | None = None,
    at: dt.datetime | None = None,
) -> Fault | None:
    """Open a fault unless the same one (charger, connector, code) is already open. Returns the new fault."""
    existing = (
        await session.execute(
            select(Fault.id).where(
                Fault.charger_id == charger_id,
                Fault.connector_id == connector_id,
                Fault.error_code == error_code,
                Fault.status.in_(OPEN_STATES),
            )
        )
    ).first()
    if existing is not None:
        return None
    fault = Fault(
        charger_id=charger_id,
        connector_id=connector_id,
        error_code=error_code[:32],
        info=info[:50] if info else None,
        vendor_id=vendor_id,
        vendor_error_code=vendor_error_code,
        status="open",
        opened_at=at or utcnow(),
    )
    session.add(fault)
    await session.flush()
    return fault


async def resolve_open(
    session: AsyncSession, charger_id: int, connector_id: int | None, *, at: dt.datetime | None = None
) -> list[Fault]:
    """Resolve every open connector-error fault of this connector (not the data-quality flags)."""
    rows = (
        (
            await session.execute(
                select(Fault).where(
                    Fault.charger_id == charger_id,
                    Fault.connector_id == connector_id,
                    Fault.status.in_(OPEN_STATES),
                    Fault.error_code.not_in(DATA_FAULTS),
                )
            )
        )
        .scalars()
        .all()
    )
    for f in rows:
        f.status = "resolved"
        f.resolved_at = at or utcnow()
    await session.flush()
    return list(rows)


async def acknowledge(session: AsyncSession, fault: Fault, user_id: int | None) -> Fault:
    if fault.status == "open":
        fault.status = "acknowledged"
        fault.acknowledged_at = utcnow()
        fault.acknowledged_by_id = user_id
    return fault


async def resolve(
    session: AsyncSession, fault: Fault, user_id: int | None, notes: str | None = None
) -> Fault:
    if fault.status != "resolved":
        fault.status = "resolved"
        fault.resolved_at = utcnow()
        fault.resolved_by_id = user_id
    if notes:
        fault.notes = notes
    return fault


#: Faults opened by sanity checks on transaction data (not by a connector error code).
UNKNOWN_TRANSACTION = "UnknownTransaction"
DATA_FAULTS = (UNKNOWN_TRANSACTION,)


def event(fault: Fault, charge_point_id: str | None = None) -> events.FaultEvent:
    return {
        "fault_id": fault.id,
        "charge_point_id": charge_point_id,
        "charger_id": fault.charger_id,
        "connector_id": fault.connector_id,
        "error_code": fault.error_code,
        "status": fault.status,
        "info": fault.info,
        "opened_at": fault.opened_at.isoformat() if fault.opened_at else None,
        "timestamp": (fault.resolved_at or fault.opened_at or utcnow()).isoformat(),
    }


async def list_faults(
    session: AsyncSession, *, charger_id: int | None = None, status: str | None = None, limit: int = 100
) -> list[Fault]:
    q = where_given(select(Fault), (Fault.charger_id, charger_id), (Fault.status, status))
    q = q.order_by(Fault.id.desc()).limit(limit)
    return list((await session.execute(q)).scalars().all())


async def charge_point_id_of(session: AsyncSession, charger_id: int) -> str | None:
    return (await session.execute(select(Charger.charge_point_id).where(Charger.id == charger_id))).scalar()


#: The longest note an operator may add in one change.
MAX_NOTE = 2000


def _append_note(fault: Fault, note: str | None, who: str, action: str) -> None:
    note = (note or "").strip()
    if not note:
        return
    if len(note) > MAX_NOTE:
        raise InvalidInput(f"Notes are limited to {MAX_NOTE} characters.", field="notes")
    line = f"[{action} by {who}] {note}"
    fault.notes = f"{fault.notes}\n{line}" if fault.notes else line


async def operator_change(
    session: AsyncSession, fault_id: int, action: str, *, user_id: int, who: str, notes: str | None
) -> tuple[Fault, events.FaultEvent]:
    """An operator acknowledges ("acknowledged") or resolves ("resolved") a fault, adding `notes`;
    audited. Returns the fault and its FaultEvent (to publish after the commit). NotFound, Conflict
    (acknowledging a resolved fault), InvalidInput (notes too long)."""
    fault = (
        await session.execute(select(Fault).where(Fault.id == fault_id).with_for_update())
    ).scalar_one_or_none()
    if fault is None:
        raise NotFound("No such fault.")
    if action == "acknowledged":
        if fault.status == "resolved":
            raise Conflict("The fault is already resolved.")
        _append_note(fault, notes, who, action)
        await acknowledge(session, fault, user_id)
    else:
        _append_note(fault, notes, who, action)
        await resolve(session, fault, user_id)
    await session.flush()
    audit.record(
        session,
        actor_user_id=user_id,
        action="fault.acknowledge" if action == "acknowledged" else "fault.resolve",
        target_type="Fault",
        target_id=fault_id,
        details={"notes": notes},
    )
    return fault, event(fault, await charge_point_id_of(session, fault.charger_id))
