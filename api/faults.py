"""Admins: acknowledge and resolve charger faults, with notes. Each change is published on the
`faults` channel, so every console's live list follows."""

from __future__ import annotations

import strawberry

from api.errors import UserError, payload_or_errors
from api.ocpp_types import Fault
from api.permissions import require_admin
from api.relay import decode_id
from domain import events, faults


@strawberry.input
class FaultNoteInput:
    id: strawberry.ID
    notes: str | None = strawberry.field(default=None, description="Appended to the fault's notes.")


@strawberry.type
class FaultPayload:
    fault: Fault | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


async def _change(info: strawberry.Info, input: FaultNoteInput, action: str) -> FaultPayload:
    admin = await require_admin(info)
    fid = decode_id(input.id, "Fault")
    platform = info.context.platform
    async with platform.sessionmaker() as s, s.begin():
        fault, event = await faults.operator_change(
            s, fid, action, user_id=admin.id, who=admin.email or admin.name, notes=input.notes
        )
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
