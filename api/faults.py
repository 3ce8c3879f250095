"""Admins: acknowledge and resolve charger faults, with notes. Each change is published on the
`faults` channel, so every console's live list follows."""

from __future__ import annotations

import strawberry
from sqlalchemy import select

from api.errors import UserError, payload_or_errors
from api.ocpp_types import Fault
from api.permissions import require_admin
from api.relay import decode_id
from db import models as m
from domain import audit, events, faults
from domain.errors import Conflict, InvalidInput, NotFound

MAX_NOTE = 2000


@strawberry.input
class FaultNoteInput:
    id: strawberry.ID
    notes: str | None = strawberry.field(default=None, description="Appended to the fault's notes.")


@strawberry.type
class FaultPayload:
    fault: Fault | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


def _append(fault: m.Fault, note: str | None, who: str, action: str) -> None:
    note = (note or "").strip()
    if not note:
        return
    if len(note) > MAX_NOTE:
        raise InvalidInput(f"Notes are limited to {MAX_NOTE} characters.", field="notes")
    line = f"[{action} by {who}] {note}"
    fault.notes = f"{fault.notes}\n{line}" if fault.notes else line


async def _change(info: strawberry.Info, input: FaultNoteInput, action: str) -> FaultPayload:
    admin = await require_admin(info)
    fid = decode_id(input.id, "Fault")
    platform = info.context.platform
    async with platform.sessionmaker() as s, s.begin():
        fault = (
            await s.execute(select(m.Fault).where(m.Fault.id == fid).with_for_update())
        ).scalar_one_or_none()
        if fault is None:
            raise NotFound("No such fault.")
        who = admin.email or admin.name
        if action == "acknowledged":
            if fault.status == "resolved":
                raise Conflict("The fault is already resolved.")
            _append(fault, input.notes, who, action)
            await faults.acknowledge(s, fault, admin.id)
        else:
            _append(fault, input.notes, who, action)
            await faults.resolve(s, fault, admin.id)
        await s.flush()
        audit.record(
            s,
            actor_user_id=admin.id,
            action="fault.acknowledge" if action == "acknowledged" else "fault.resolve",
            target_type="Fault",
            target_id=fid,
            details={"notes": input.notes},
        )
        cpid = await faults.charge_point_id_of(s, fault.charger_id)
        event = faults.event(fault, cpid)
        node = Fault.from_model(fault)
    await platform.bus.publish(events.FAULTS, event)
    return FaultPayload(fault=node)


@strawberry.type
class Mutation:
    @strawberry.mutation(description="Admins: acknowledge an open fault (someone is on it).")
    async def acknowledge_fault(self, info: strawberry.Info, input: FaultNoteInput) -> FaultPayload:
        await require_admin(info)
        return await payload_or_errors(FaultPayload, _change(info, input, "acknowledged"))

    @strawberry.mutation(description="Admins: resolve a fault.")
    async def resolve_fault(self, info: strawberry.Info, input: FaultNoteInput) -> FaultPayload:
        await require_admin(info)
        return await payload_or_errors(FaultPayload, _change(info, input, "resolved"))
