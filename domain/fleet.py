"""Fleet jobs: one OCPP command sent to many chargers, with each charger's progress and result.

A job's chargers come from a selection (ids) or a filter (the chargers list's filters). A job may be
staged: the first `stage_size` chargers (stage 1), then the rest (stage 2) once every first-stage
charger succeeded (with `auto_continue`) or when the operator says go. Success is the charger's
answer (Accepted) and, for UpdateFirmware, its FirmwareStatusNotification reaching Installed.

This module holds the rules and the queries; sending is `domain.fleet_runner`'s."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import Charger, FirmwareJob, FleetJob, FleetJobTarget, Node, OcppCommand, utcnow
from domain import ocpp_secrets
from domain.commands import FIRMWARE_REFUSED
from domain.errors import InvalidInput, NotFound
from domain.read_models import chargers as read_chargers
from domain.rows import where_given

#: The commands a fleet job may send.
ACTIONS = (
    "Reset",
    "ChangeConfiguration",
    "ChangeAvailability",
    "TriggerMessage",
    "UpdateFirmware",
    "SendLocalList",
)
#: Most chargers in one job.
MAX_TARGETS = 5000

#: FirmwareStatusNotification status -> the target's status.
FIRMWARE_TARGET_STATUS = {
    "Downloading": "downloading",
    "Downloaded": "downloaded",
    "Installing": "installing",
    "Installed": "installed",
    "DownloadFailed": "failed",
    "InstallationFailed": "failed",
}
#: Target statuses that are final.
DONE = ("accepted", "rejected", "failed", "installed", "skipped")
#: Target statuses that count as success (UpdateFirmware: only installed).
SUCCESS = ("accepted", "installed")


@dataclass
class ChargerFilter:
    search: str | None = None
    online: bool | None = None
    registration_status: str | None = None
    city: str | None = None
    connector_status: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v is not None}


async def select_chargers(
    session: AsyncSession, *, charger_ids: list[int] | None = None, where: ChargerFilter | None = None
) -> list[int]:
    """The ids of the chosen chargers (by id, or by filter), ordered by charge point id."""
    q = select(Charger.id).order_by(Charger.charge_point_id).limit(MAX_TARGETS + 1)
    if charger_ids is not None:
        q = q.where(Charger.id.in_(charger_ids))
    if where is not None:
        q = read_chargers.filtered(
            q,
            search=where.search,
            online_only=where.online,
            registration_status=where.registration_status,
            city=where.city,
            connector_status=where.connector_status,
        )
    ids = list((await session.execute(q)).scalars())
    if len(ids) > MAX_TARGETS:
        raise InvalidInput(f"At most {MAX_TARGETS} chargers in one job.", field="filter")
    return ids


def fleet_payload(action: str, payload: dict[str, Any]) -> dict[str, Any]:
    """The payload sent to every charger: SendLocalList's version is each charger's own (its current
    version + 1), so a version given for the fleet is dropped."""
    if action not in ACTIONS:
        raise InvalidInput(f"A fleet job sends one of {', '.join(ACTIONS)}.", field="action")
    if action == "ChangeConfiguration" and str(payload.get("key") or "").lower() == "authorizationkey":
        raise InvalidInput(
            "Each charger has its own AuthorizationKey: rotate keys one by one.", field="payload"
        )
    out = dict(payload)
    if action == "SendLocalList":
        out.pop("listVersion", None)
    return out


async def create_job(
    session: AsyncSession,
    *,
    action: str,
    payload: dict[str, Any],
    charger_ids: list[int],
    selection: dict[str, Any],
    stage_size: int | None,
    auto_continue: bool,
    user_id: int | None,
) -> FleetJob:
    if not charger_ids:
        raise InvalidInput("No charger matches.", field="filter")
    if stage_size is not None and not 1 <= stage_size:
        raise InvalidInput("The first stage needs at least one charger.", field="stageSize")
    if stage_size is not None and stage_size >= len(charger_ids):
        stage_size = None  # one stage: every charger is in it
    job = FleetJob(
        action=action,
        payload=ocpp_secrets.mask(payload),
        selection=selection,
        status="running",
        stage_size=stage_size,
        stage=1,
        auto_continue=auto_continue,
        created_by_id=user_id,
    )
    session.add(job)
    await session.flush()
    for n, cid in enumerate(charger_ids):
        stage = 1 if stage_size is None or n < stage_size else 2
        session.add(FleetJobTarget(job_id=job.id, charger_id=cid, stage=stage, status="pending"))
    await session.flush()
    return job


async def get_job(session: AsyncSession, job_id: int) -> FleetJob:
    job = await session.get(FleetJob, job_id)
    if job is None:
        raise NotFound("No such fleet job.", field="id")
    return job


async def pending_targets(session: AsyncSession, job_id: int, stage: int) -> list[tuple[int, int]]:
    """(target id, charger id) of a stage's targets not sent yet."""
    rows = await session.execute(
        select(FleetJobTarget.id, FleetJobTarget.charger_id)
        .where(
            FleetJobTarget.job_id == job_id, FleetJobTarget.stage == stage, FleetJobTarget.status == "pending"
        )
        .order_by(FleetJobTarget.id)
    )
    return [(r[0], r[1]) for r in rows]


async def claim_target(session: AsyncSession, target_id: int) -> bool:
    """Take a pending target for sending (pending -> sending), once: of two runners (a node resuming
    a job while another still sends it), one wins and the other sends nothing."""
    claimed = await session.execute(
        update(FleetJobTarget)
        .where(FleetJobTarget.id == target_id, FleetJobTarget.status == "pending")
        .values(status="sending", updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    return bool(claimed.rowcount)  # type: ignore[attr-defined]


async def running_jobs(session: AsyncSession) -> list[int]:
    """The ids of the jobs sending a stage (status running), oldest first."""
    return list(
        await session.scalars(select(FleetJob.id).where(FleetJob.status == "running").order_by(FleetJob.id))
    )


async def recover_unanswered(
    session: AsyncSession, job_id: int, *, me: str, dead_after: dt.timedelta
) -> list[int]:
    """After a restart (or a node's death): the job's targets left "sending" by a node that is gone.

    A target's command is in the command history (recorded before it was sent). Answered: the answer
    is stored as the target's, and nothing is sent again. Never answered (or never sent): the target
    is pending again, to be sent. A command of a live node other than `me` is left to that node.
    Returns the ids of the targets set pending again."""
    job = await get_job(session, job_id)
    alive = set(
        (await session.scalars(select(Node.node_id).where(Node.last_seen_at >= utcnow() - dead_after))).all()
    )
    again: list[int] = []
    sending = (
        await session.scalars(
            select(FleetJobTarget).where(FleetJobTarget.job_id == job_id, FleetJobTarget.status == "sending")
        )
    ).all()
    for target in sending:
        command = (
            await session.scalars(
                select(OcppCommand)
                .where(
                    OcppCommand.charger_id == target.charger_id,
                    OcppCommand.action == job.action,
                    OcppCommand.created_at >= target.updated_at,
                )
                .order_by(OcppCommand.id.desc())
                .limit(1)
            )
        ).first()
        if command is not None and command.status == "completed":
            values: dict[str, Any] = {
                "status": answer_status(job.action, command.response or {}),
                "answer": command.response,
                "error": None,
                "latency_ms": latency_ms(command.created_at, command.completed_at or command.created_at),
            }
            if job.action == "UpdateFirmware":
                fw = await _firmware_job_since(session, target.charger_id, target.updated_at)
                values["firmware_job_id"] = fw.id if fw is not None else None
            await record_answer(session, target.id, **values)
        elif command is not None and command.status in ("error", "timeout"):
            await set_target(
                session, target.id, status="failed", error=(command.error or command.status)[:255]
            )
        elif command is not None and command.node_id in alive and command.node_id != me:
            continue  # that node is still waiting for the answer
        else:
            await set_target(session, target.id, status="pending")
            again.append(target.id)
    return again


async def _firmware_job_since(
    session: AsyncSession, charger_id: int, since: dt.datetime
) -> FirmwareJob | None:
    return (
        await session.scalars(
            select(FirmwareJob)
            .where(FirmwareJob.charger_id == charger_id, FirmwareJob.created_at >= since)
            .order_by(FirmwareJob.id.desc())
            .limit(1)
        )
    ).first()


async def set_target(session: AsyncSession, target_id: int, **values: Any) -> FleetJobTarget:
    target = await session.get(FleetJobTarget, target_id)
    if target is None:
        raise NotFound("No such fleet target.")
    for k, v in values.items():
        setattr(target, k, v)
    target.updated_at = utcnow()
    await session.flush()
    return target


def answer_status(action: str, answer: dict[str, Any]) -> str:
    """A target's status from the charger's answer: UpdateFirmware's answer is empty in OCPP 1.6 (it is
    accepted, and FirmwareStatusNotifications follow); an OCPP 2.0.1 station may refuse it."""
    if action == "UpdateFirmware":
        return "rejected" if answer.get("status") in FIRMWARE_REFUSED else "accepted"
    return "accepted" if answer.get("status") in ("Accepted", "Scheduled", "RebootRequired") else "rejected"


async def record_answer(session: AsyncSession, target_id: int, **values: Any) -> FleetJobTarget:
    """Store a target's answer. With a firmware job, a FirmwareStatusNotification may have come
    before the answer was stored: the target takes the firmware's latest status then.

    Lock order: the firmware job's row, then the target's, as a FirmwareStatusNotification takes
    them (the handler updates the firmware job, then `firmware_progress` its targets). Updating the
    target first would hold it while waiting for the firmware job (the foreign key's check), a
    deadlock on MariaDB when the notification arrives as the answer is stored; the locked read also
    sees the notification's status once it has committed."""
    fw_id = values.get("firmware_job_id")
    if fw_id is not None:
        fw = await session.get(FirmwareJob, fw_id, with_for_update=True, populate_existing=True)
        if fw is not None and values.get("status") == "accepted" and fw.status in FIRMWARE_TARGET_STATUS:
            values["status"] = FIRMWARE_TARGET_STATUS[fw.status]
            values["error"] = fw.status if values["status"] == "failed" else None
    return await set_target(session, target_id, **values)


async def firmware_progress(
    session: AsyncSession, firmware_job: FirmwareJob, status: str
) -> list[tuple[int, int]]:
    """A charger's FirmwareStatusNotification for a firmware job: the fleet targets following it take
    its status (a target whose UpdateFirmware answer is not stored yet is linked to the job here).
    Returns (fleet job id, target id) of each target changed."""
    new = FIRMWARE_TARGET_STATUS.get(status)
    if new is None:
        return []  # Idle: nothing to show
    being_sent = (
        select(FleetJobTarget.id)
        .join(FleetJob, FleetJob.id == FleetJobTarget.job_id)
        .where(
            FleetJobTarget.charger_id == firmware_job.charger_id,
            FleetJobTarget.firmware_job_id.is_(None),
            FleetJobTarget.status == "sending",
            FleetJob.action == "UpdateFirmware",
        )
    )
    targets = list(
        (
            await session.execute(
                select(FleetJobTarget).where(
                    or_(FleetJobTarget.firmware_job_id == firmware_job.id, FleetJobTarget.id.in_(being_sent))
                )
            )
        ).scalars()
    )
    for t in targets:
        t.firmware_job_id = firmware_job.id
        t.status = new
        t.error = status if new == "failed" else None
        t.updated_at = utcnow()
    await session.flush()
    return [(t.job_id, t.id) for t in targets]


@dataclass
class StageOutcome:
    total: int
    done: int
    succeeded: int

    @property
    def finished(self) -> bool:
        return self.done == self.total

    @property
    def all_succeeded(self) -> bool:
        return self.finished and self.succeeded == self.total


async def stage_outcome(session: AsyncSession, job_id: int, stage: int) -> StageOutcome:
    rows = (
        await session.execute(
            select(FleetJobTarget.status, func.count())
            .where(FleetJobTarget.job_id == job_id, FleetJobTarget.stage == stage)
            .group_by(FleetJobTarget.status)
        )
    ).all()
    counts = {r[0]: int(r[1]) for r in rows}
    return StageOutcome(
        total=sum(counts.values()),
        done=sum(n for s, n in counts.items() if s in DONE),
        succeeded=sum(n for s, n in counts.items() if s in SUCCESS),
    )


async def _outcome(session: AsyncSession, job: FleetJob, stage: int) -> StageOutcome:
    o = await stage_outcome(session, job.id, stage)
    if job.action == "UpdateFirmware":
        accepted = (
            await session.execute(
                select(func.count()).where(
                    FleetJobTarget.job_id == job.id,
                    FleetJobTarget.stage == stage,
                    FleetJobTarget.status == "accepted",
                )
            )
        ).scalar_one()
        o = StageOutcome(o.total, o.done - int(accepted), o.succeeded - int(accepted))
    return o


async def advance(session: AsyncSession, job_id: int) -> int | None:
    """Move a job on after a target changed: returns the stage to send now (2), else None.

    Stage 1 finished: every charger succeeded and `auto_continue` -> stage 2 starts; otherwise the
    job waits for the operator's go (`awaiting_go`). The last stage finished -> completed (failed
    when any charger failed). A conditional UPDATE makes one caller the winner when several see the
    same change at once."""
    job = await get_job(session, job_id)
    if job.status not in ("running",):
        return None
    o = await _outcome(session, job, job.stage)
    if not o.finished:
        return None
    has_next = job.stage == 1 and job.stage_size is not None
    if has_next:
        if o.all_succeeded and job.auto_continue:
            return await _start_stage_two(session, job_id, from_status="running")
        await session.execute(
            update(FleetJob)
            .where(FleetJob.id == job_id, FleetJob.status == "running")
            .values(status="awaiting_go")
        )
        return None
    everything = await _outcome_all(session, job)
    await session.execute(
        update(FleetJob)
        .where(FleetJob.id == job_id, FleetJob.status == "running")
        .values(status="completed" if everything.all_succeeded else "failed", finished_at=utcnow())
    )
    return None


async def _outcome_all(session: AsyncSession, job: FleetJob) -> StageOutcome:
    total = StageOutcome(0, 0, 0)
    for stage in (1, 2):
        o = await _outcome(session, job, stage)
        total = StageOutcome(total.total + o.total, total.done + o.done, total.succeeded + o.succeeded)
    return total


async def _start_stage_two(session: AsyncSession, job_id: int, *, from_status: str) -> int | None:
    result = await session.execute(
        update(FleetJob)
        .where(FleetJob.id == job_id, FleetJob.stage == 1, FleetJob.status == from_status)
        .values(stage=2, status="running")
    )
    return 2 if result.rowcount else None  # type: ignore[attr-defined]


async def go(session: AsyncSession, job_id: int) -> int:
    """The operator's go: the second stage starts (whatever became of the first). Returns 2."""
    job = await get_job(session, job_id)
    if job.stage != 1 or job.stage_size is None or job.status not in ("running", "awaiting_go"):
        raise InvalidInput("This job has no stage waiting.", field="id")
    if await _start_stage_two(session, job_id, from_status=job.status) is None:
        raise InvalidInput("This job has no stage waiting.", field="id")
    return 2


async def cancel(session: AsyncSession, job_id: int) -> FleetJob:
    """Stop a job: the chargers not sent yet are skipped (commands already sent stay sent)."""
    job = await get_job(session, job_id)
    if job.status in ("completed", "failed", "cancelled"):
        raise InvalidInput("This job is finished.", field="id")
    await session.execute(
        update(FleetJobTarget)
        .where(FleetJobTarget.job_id == job_id, FleetJobTarget.status == "pending")
        .values(status="skipped", updated_at=utcnow())
    )
    job.status = "cancelled"
    job.finished_at = utcnow()
    await session.flush()
    return job


@dataclass
class TargetView:
    target: FleetJobTarget
    charge_point_id: str
    firmware_history: list[dict[str, Any]]


async def targets(session: AsyncSession, job_id: int) -> list[TargetView]:
    rows = (
        await session.execute(
            select(FleetJobTarget, Charger.charge_point_id, FirmwareJob.status_history)
            .join(Charger, Charger.id == FleetJobTarget.charger_id)
            .outerjoin(FirmwareJob, FirmwareJob.id == FleetJobTarget.firmware_job_id)
            .where(FleetJobTarget.job_id == job_id)
            .order_by(FleetJobTarget.stage, Charger.charge_point_id)
        )
    ).all()
    return [TargetView(r[0], r[1], list(r[2] or [])) for r in rows]


def listing(*, status: str | None = None, action: str | None = None) -> Select[FleetJob]:
    """Fleet jobs, optionally in one status or of one command; the console pages and sorts it
    (`list_order.FLEET_JOBS`)."""
    return where_given(select(FleetJob), (FleetJob.status, status), (FleetJob.action, action))


@dataclass
class JobCounts:
    total: int
    by_status: dict[str, int]


async def counts(session: AsyncSession, job_ids: list[int]) -> dict[int, JobCounts]:
    rows = (
        await session.execute(
            select(FleetJobTarget.job_id, FleetJobTarget.status, func.count())
            .where(FleetJobTarget.job_id.in_(job_ids))
            .group_by(FleetJobTarget.job_id, FleetJobTarget.status)
        )
    ).all()
    out: dict[int, JobCounts] = {j: JobCounts(0, {}) for j in job_ids}
    for job_id, status, n in rows:
        c = out[job_id]
        c.total += int(n)
        c.by_status[status] = int(n)
    return out


def latency_ms(started: dt.datetime, ended: dt.datetime) -> int:
    return max(0, int((ended - started).total_seconds() * 1000))
