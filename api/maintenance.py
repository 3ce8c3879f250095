"""Admins: maintenance records of chargers (list, create, update, delete)."""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Any

import strawberry

from api import audited
from api.errors import UserError, payload_or_errors
from api.mapped import mapped
from api.ocpp_types import Charger
from api.permissions import require_admin
from api.relay import Connection, decode_id, encode_id, paginate
from db import models as m
from db.engine import read_session
from domain import maintenance
from domain.read_models import operations as read


@strawberry.enum
class MaintenanceKind(Enum):
    PREVENTIVE = "preventive"
    CORRECTIVE = "corrective"
    INSPECTION = "inspection"
    INSTALLATION = "installation"
    FIRMWARE = "firmware"
    OTHER = "other"


@strawberry.enum
class MaintenanceStatus(Enum):
    SCHEDULED = "scheduled"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


@strawberry.type(description="Work on a charger: planned, in progress or done.")
class MaintenanceRecord:
    id: strawberry.ID
    charger: Charger
    kind: MaintenanceKind
    technician: str | None
    scheduled_at: dt.datetime | None
    started_at: dt.datetime | None
    completed_at: dt.datetime | None
    notes: str | None
    status: MaintenanceStatus
    created_at: dt.datetime
    updated_at: dt.datetime

    @classmethod
    def from_model(cls, r: m.MaintenanceRecord, charger: m.Charger) -> MaintenanceRecord:
        return mapped(
            cls,
            r,
            id=encode_id("MaintenanceRecord", r.id),
            charger=Charger.from_model(charger),
            kind=MaintenanceKind(r.kind),
            status=MaintenanceStatus(r.status),
        )


@strawberry.input
class CreateMaintenanceRecordInput:
    charger_id: strawberry.ID
    kind: MaintenanceKind
    technician: str | None = None
    scheduled_at: dt.datetime | None = None
    started_at: dt.datetime | None = None
    completed_at: dt.datetime | None = None
    notes: str | None = None
    status: MaintenanceStatus = MaintenanceStatus.SCHEDULED


@strawberry.input(description="Only the fields given change.")
class UpdateMaintenanceRecordInput:
    id: strawberry.ID
    kind: MaintenanceKind | None = None
    technician: str | None = strawberry.UNSET
    scheduled_at: dt.datetime | None = strawberry.UNSET
    started_at: dt.datetime | None = strawberry.UNSET
    completed_at: dt.datetime | None = strawberry.UNSET
    notes: str | None = strawberry.UNSET
    status: MaintenanceStatus | None = None


@strawberry.input
class DeleteMaintenanceRecordInput:
    id: strawberry.ID


@strawberry.type
class MaintenanceRecordPayload:
    maintenance_record: MaintenanceRecord | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class DeleteMaintenanceRecordPayload:
    deleted_id: strawberry.ID | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


async def _node_now(info: strawberry.Info, r: m.MaintenanceRecord) -> MaintenanceRecord:
    """The record as committed, with its charger."""
    async with read_session(info.context.platform.sessionmaker) as s:
        return MaintenanceRecord.from_model(r, (await read.chargers_by_ids(s, [r.charger_id]))[r.charger_id])


@strawberry.type
class Query:
    @strawberry.field(description="Admins: maintenance records, newest first.")
    async def maintenance_records(
        self,
        info: strawberry.Info,
        charger_id: strawberry.ID | None = None,
        status: MaintenanceStatus | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[MaintenanceRecord]:
        await require_admin(info)
        q = read.maintenance_records(
            charger_id=None if charger_id is None else decode_id(charger_id, "Charger", field="chargerId"),
            status=None if status is None else status.value,
        )
        async with read_session(info.context.platform.sessionmaker) as s:
            conn = await paginate(s, q, to_node=lambda r: r, first=first, after=after)
            chargers = await read.chargers_by_ids(s, (e.node.charger_id for e in conn.edges))  # type: ignore[attr-defined]
        for e in conn.edges:
            e.node = MaintenanceRecord.from_model(e.node, chargers[e.node.charger_id])  # type: ignore[arg-type,attr-defined]
        return conn  # type: ignore[return-value]


@strawberry.type
class Mutation:
    @strawberry.mutation(description="Admins: record maintenance of a charger.")
    async def create_maintenance_record(
        self, info: strawberry.Info, input: CreateMaintenanceRecordInput
    ) -> MaintenanceRecordPayload:
        admin = await require_admin(info)

        async def work() -> MaintenanceRecordPayload:
            values = {
                "kind": input.kind.value,
                "technician": input.technician,
                "scheduled_at": input.scheduled_at,
                "started_at": input.started_at,
                "completed_at": input.completed_at,
                "notes": input.notes,
                "status": input.status.value,
            }
            charger_id = decode_id(input.charger_id, "Charger", field="chargerId")
            r = await audited.change(
                info,
                admin.id,
                "maintenance.create",
                "MaintenanceRecord",
                lambda s: maintenance.create(s, charger_id=charger_id, values=values, user_id=admin.id),
                values | {"charger_id": charger_id},
            )
            return MaintenanceRecordPayload(maintenance_record=await _node_now(info, r))

        return await payload_or_errors(MaintenanceRecordPayload, work())

    @strawberry.mutation(description="Admins: change a maintenance record.")
    async def update_maintenance_record(
        self, info: strawberry.Info, input: UpdateMaintenanceRecordInput
    ) -> MaintenanceRecordPayload:
        admin = await require_admin(info)

        async def work() -> MaintenanceRecordPayload:
            values: dict[str, Any] = {}
            if input.kind is not None:
                values["kind"] = input.kind.value
            if input.status is not None:
                values["status"] = input.status.value
            for name in ("technician", "scheduled_at", "started_at", "completed_at", "notes"):
                value = getattr(input, name)
                if value is not strawberry.UNSET:
                    values[name] = value
            rid = decode_id(input.id, "MaintenanceRecord")
            r = await audited.change(
                info,
                admin.id,
                "maintenance.update",
                "MaintenanceRecord",
                lambda s: maintenance.update(s, rid, values),
                values,
            )
            return MaintenanceRecordPayload(maintenance_record=await _node_now(info, r))

        return await payload_or_errors(MaintenanceRecordPayload, work())

    @strawberry.mutation(description="Admins: delete a maintenance record.")
    async def delete_maintenance_record(
        self, info: strawberry.Info, input: DeleteMaintenanceRecordInput
    ) -> DeleteMaintenanceRecordPayload:
        admin = await require_admin(info)

        async def work() -> DeleteMaintenanceRecordPayload:
            rid = decode_id(input.id, "MaintenanceRecord")
            await audited.change(
                info,
                admin.id,
                "maintenance.delete",
                "MaintenanceRecord",
                lambda s: maintenance.delete(s, rid),
                target_id=lambda _: rid,
            )
            return DeleteMaintenanceRecordPayload(deleted_id=input.id)

        return await payload_or_errors(DeleteMaintenanceRecordPayload, work())
