"""Fleet operations (admins): send Reset, ChangeConfiguration, ChangeAvailability, TriggerMessage,
UpdateFirmware or SendLocalList to a selection or a filter of chargers, optionally in two stages (a
firmware rollout: the first N chargers, then the rest), with each charger's progress live."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncGenerator
from enum import Enum
from typing import Any, cast

import strawberry
from strawberry.scalars import JSON

from api import audited
from api.errors import UserError, payload_or_errors
from api.mapped import mapped
from api.permissions import require_admin
from api.relay import Connection, SortDirection, decode_id, encode_id, page_window, paginate, sort_of
from api.subscriptions import stream
from db.engine import read_session
from db.models import FleetJob as FleetJobModel
from domain import events as ev
from domain import fleet, fleet_runner, list_order
from domain.commands import validate_payload
from domain.errors import InvalidInput

JOB_TYPE = "FleetJob"


@strawberry.enum(description="The commands a fleet job may send.")
class FleetAction(Enum):
    RESET = "Reset"
    CHANGE_CONFIGURATION = "ChangeConfiguration"
    CHANGE_AVAILABILITY = "ChangeAvailability"
    TRIGGER_MESSAGE = "TriggerMessage"
    UPDATE_FIRMWARE = "UpdateFirmware"
    SEND_LOCAL_LIST = "SendLocalList"


@strawberry.enum(description="Where a fleet job is.")
class FleetJobStatus(Enum):
    RUNNING = "running"
    AWAITING_GO = "awaiting_go"
    COMPLETED = "completed"
    FAILED = "failed"
    CANCELLED = "cancelled"


@strawberry.enum(description="What a list of fleet jobs can be sorted by.")
class FleetJobSortField(Enum):
    CREATED_AT = "created_at"
    FINISHED_AT = "finished_at"
    ACTION = "action"
    STATUS = "status"


@strawberry.input(description="The order of a list of fleet jobs.")
class FleetJobOrder:
    field: FleetJobSortField
    direction: SortDirection = SortDirection.DESC


@strawberry.input(description="Chargers chosen by the chargers list's filters.")
class FleetChargerFilter:
    search: str | None = None
    online: bool | None = None
    registration_status: str | None = None
    city: str | None = None
    connector_status: str | None = strawberry.field(
        default=None, description="Chargers with a connector in this OCPP status (e.g. Faulted)."
    )


@strawberry.input
class StartFleetJobInput:
    action: FleetAction
    payload: JSON = strawberry.field(description="The OCPP 1.6 request payload sent to every charger.")
    charger_ids: list[strawberry.ID] | None = strawberry.field(
        default=None, description="The chargers (or pass `filter`)."
    )
    filter: FleetChargerFilter | None = None
    stage_size: int | None = strawberry.field(
        default=None, description="Send to this many chargers first; the rest is stage 2."
    )
    auto_continue: bool = strawberry.field(
        default=False, description="Start stage 2 by itself once every stage-1 charger succeeded."
    )


@strawberry.type(description="One charger of a fleet job.")
class FleetJobTarget:
    id: strawberry.ID
    charger_id: strawberry.ID
    charge_point_id: str
    stage: int
    status: str = strawberry.field(
        description="pending, sending, accepted, rejected, failed, skipped; UpdateFirmware: then "
        "downloading, downloaded, installing, installed (or failed)."
    )
    answer: JSON | None
    error: str | None
    latency_ms: int | None
    firmware_history: JSON | None = strawberry.field(
        description="UpdateFirmware: each FirmwareStatusNotification ({status, at})."
    )
    updated_at: dt.datetime


@strawberry.type
class FleetJob:
    id: strawberry.ID
    action: str
    payload: JSON | None
    selection: JSON | None
    status: str = strawberry.field(description="running, awaiting_go, completed, failed, cancelled.")
    stage: int
    stage_size: int | None
    auto_continue: bool
    created_at: dt.datetime
    finished_at: dt.datetime | None
    total: int
    counts: JSON = strawberry.field(description="Chargers by status.")
    pk: strawberry.Private[int]

    @strawberry.field(description="Each charger's progress and result.")
    async def targets(self, info: strawberry.Info) -> list[FleetJobTarget]:
        async with read_session(info.context.platform.sessionmaker) as s:
            rows = await fleet.targets(s, self.pk)
        return [
            FleetJobTarget(
                id=encode_id("FleetJobTarget", v.target.id),
                charger_id=encode_id("Charger", v.target.charger_id),
                charge_point_id=v.charge_point_id,
                stage=v.target.stage,
                status=v.target.status,
                answer=v.target.answer,
                error=v.target.error,
                latency_ms=v.target.latency_ms,
                firmware_history=cast(JSON, v.firmware_history or None),
                updated_at=v.target.updated_at,
            )
            for v in rows
        ]


def _job(row: FleetJobModel, c: fleet.JobCounts) -> FleetJob:
    return mapped(
        FleetJob,
        row,
        id=encode_id(JOB_TYPE, row.id),
        total=c.total,
        counts=cast(JSON, c.by_status),
        pk=row.id,
    )


async def _load(info: strawberry.Info, job_id: int) -> FleetJob:
    async with read_session(info.context.platform.sessionmaker) as s:
        row = await fleet.get_job(s, job_id)
        c = (await fleet.counts(s, [job_id]))[job_id]
    return _job(row, c)


@strawberry.type
class FleetJobPayload:
    fleet_job: FleetJob | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type(description="A change in a fleet job: a charger's status, or the job's.")
class FleetJobEvent:
    job_id: strawberry.ID | None = strawberry.field(
        description="Null only in the first event of every job's updates (the subscription in place)."
    )
    target_id: strawberry.ID | None
    charger_id: strawberry.ID | None
    status: str | None
    job_status: str | None
    stage: int | None
    lagged: int = 0


@strawberry.type
class Query:
    @strawberry.field(
        description="Admins: fleet jobs, newest first (or in `orderBy`), optionally in one status or "
        "of one command."
    )
    async def fleet_jobs(
        self,
        info: strawberry.Info,
        status: FleetJobStatus | None = None,
        action: FleetAction | None = None,
        order_by: FleetJobOrder | None = None,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[FleetJob]:
        await require_admin(info, write=False)
        async with read_session(info.context.platform.sessionmaker) as s:
            conn = await paginate(
                s,
                fleet.listing(
                    status=status.value if status is not None else None,
                    action=action.value if action is not None else None,
                ),
                to_node=lambda r: _job(r, fleet.JobCounts(0, {})),
                **page_window(first, after, last, before),
                order=sort_of(list_order.FLEET_JOBS, order_by),
            )
            counts = await fleet.counts(s, [e.node.pk for e in conn.edges])
        for e in conn.edges:
            c = counts[e.node.pk]
            e.node.total, e.node.counts = c.total, cast(JSON, c.by_status)
        return conn

    @strawberry.field(description="Admins: one fleet job.")
    async def fleet_job(self, info: strawberry.Info, id: strawberry.ID) -> FleetJob:
        await require_admin(info, write=False)
        return await _load(info, decode_id(id, JOB_TYPE))


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="Admins: send a command to many chargers (a selection or a filter), optionally in "
        "two stages. Returns at once; progress arrives on the fleetJobUpdates subscription."
    )
    async def start_fleet_job(self, info: strawberry.Info, input: StartFleetJobInput) -> FleetJobPayload:
        admin = await require_admin(info)

        async def work() -> FleetJobPayload:
            if (input.charger_ids is None) == (input.filter is None):
                raise InvalidInput("Pass exactly one of chargerIds and filter.", field="chargerIds")
            if not isinstance(input.payload, dict):
                raise InvalidInput("The payload is a JSON object.", field="payload")
            action = input.action.value
            payload = fleet.fleet_payload(action, input.payload)
            validate_payload(info.context.platform.gateway, action, payload)
            ids = (
                [decode_id(i, "Charger", field="chargerIds") for i in input.charger_ids]
                if input.charger_ids is not None
                else None
            )
            where = (
                fleet.ChargerFilter(
                    search=input.filter.search,
                    online=input.filter.online,
                    registration_status=input.filter.registration_status,
                    city=input.filter.city,
                    connector_status=input.filter.connector_status,
                )
                if input.filter is not None
                else None
            )
            selection: dict[str, Any] = (
                {"filter": where.as_dict()} if where is not None else {"charger_ids": ids}
            )

            async def write(s: Any) -> tuple[int, int, int | None]:
                targets = await fleet.select_chargers(s, charger_ids=ids, where=where)
                if ids is not None and len(targets) != len(set(ids)):
                    raise InvalidInput("Some of these chargers do not exist.", field="chargerIds")
                job = await fleet.create_job(
                    s,
                    action=action,
                    payload=payload,
                    charger_ids=targets,
                    selection=selection,
                    stage_size=input.stage_size,
                    auto_continue=input.auto_continue,
                    user_id=admin.id,
                )
                return job.id, len(targets), job.stage_size

            job_id, _, _ = await audited.change(
                info,
                admin.id,
                "fleet_job.start",
                JOB_TYPE,
                write,
                details=lambda job: {"action": action, "chargers": job[1], "stage_size": job[2]},
                target_id=lambda job: job[0],
            )
            fleet_runner.start(info.context.platform, job_id, payload)
            return FleetJobPayload(fleet_job=await _load(info, job_id))

        return await payload_or_errors(FleetJobPayload, work())

    @strawberry.mutation(description="Admins: the operator's go: send a staged job's second stage now.")
    async def continue_fleet_job(self, info: strawberry.Info, id: strawberry.ID) -> FleetJobPayload:
        admin = await require_admin(info)

        async def work() -> FleetJobPayload:
            job_id = decode_id(id, JOB_TYPE)
            await fleet_runner.go(info.context.platform, job_id)
            await audited.note(info, admin.id, "fleet_job.continue", JOB_TYPE, job_id)
            return FleetJobPayload(fleet_job=await _load(info, job_id))

        return await payload_or_errors(FleetJobPayload, work())

    @strawberry.mutation(description="Admins: stop a fleet job (chargers not sent yet are skipped).")
    async def cancel_fleet_job(self, info: strawberry.Info, id: strawberry.ID) -> FleetJobPayload:
        admin = await require_admin(info)

        async def work() -> FleetJobPayload:
            job_id = decode_id(id, JOB_TYPE)
            await audited.change(
                info,
                admin.id,
                "fleet_job.cancel",
                JOB_TYPE,
                lambda s: fleet.cancel(s, job_id),
                target_id=lambda _: job_id,
            )
            await fleet_runner.publish(info.context.platform, job_id, job_status="cancelled")
            return FleetJobPayload(fleet_job=await _load(info, job_id))

        return await payload_or_errors(FleetJobPayload, work())


@strawberry.type
class Subscription:
    @strawberry.subscription(
        description="Admins: a fleet job's progress (or every job's), as it happens. The first event (no "
        "target, no status; with `id` that job, without it no job) comes once the subscription is in "
        "place: read the job (or the jobs) then."
    )
    async def fleet_job_updates(
        self, info: strawberry.Info, id: strawberry.ID | None = None
    ) -> AsyncGenerator[FleetJobEvent, None]:
        await require_admin(info, write=False)
        only = decode_id(id, JOB_TYPE) if id is not None else None

        def transform(e: dict[str, Any]) -> FleetJobEvent | None:
            job_id = e.get("job_id")
            if (
                e.get("type") != "fleet"
                or not isinstance(job_id, int)
                or (only is not None and job_id != only)
            ):
                return None
            tid, cid = e.get("target_id"), e.get("charger_id")
            return FleetJobEvent(
                job_id=encode_id(JOB_TYPE, job_id),
                target_id=encode_id("FleetJobTarget", tid) if tid is not None else None,
                charger_id=encode_id("Charger", cid) if cid is not None else None,
                status=e.get("status"),
                job_status=e.get("job_status"),
                stage=e.get("stage"),
            )

        async def subscribed() -> FleetJobEvent:
            # Once the bus subscription is in place: what the client read before it may be stale
            # (a target answered in between), so the first event tells it to read the job again.
            return FleetJobEvent(
                job_id=id, target_id=None, charger_id=None, status=None, job_status=None, stage=None
            )

        async for item in stream(info, (ev.FLEET,), transform, initial=subscribed):
            yield item
