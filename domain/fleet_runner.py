"""Runs fleet jobs (`domain.fleet`): sends a stage's command to its chargers, FLEET_CONCURRENCY at a
time, through `domain.commands.execute` (the command history, side effects such as the firmware
job, and the charger gateway for chargers held by other nodes), records each answer and
publishes each change on `events.FLEET`. A FirmwareStatusNotification moves a rollout on
(`on_firmware_status`): its target shows the status, and a first stage that succeeded starts the
second when the job says so.

The payload is kept in memory for the job's second stage; a job continued on another node (or after
a restart) sends the stored payload, in which secrets (a password in a firmware URL) are masked.

A job survives a restart of the platform (`resume`, at start-up and when a dead node is reaped):
each target's state is in the database; a target is taken for sending once (pending -> sending,
conditionally), so two runners never send to the same charger; a target left "sending" by a node
that is gone takes its command's answer from the command history when the charger had answered, and
is sent again only when it had not. A resumed job waits (up to RESUME_WAIT_SECONDS) for each charger
to connect again before sending to it.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
from dataclasses import dataclass, field
from typing import Any, Protocol

from db.engine import read_session
from db.models import Charger, FirmwareJob, utcnow
from domain import events, fleet, ocpp_secrets
from domain.commands import execute
from domain.errors import DomainError
from domain.ports import DomainPlatform, EventSubscriber

log = logging.getLogger("plagsini.fleet")

#: Commands of one job in flight at once.
FLEET_CONCURRENCY = 10
#: How long a resumed job waits for a charger to connect again before sending to it anyway (an
#: offline charger's target then fails, as in any job).
RESUME_WAIT_SECONDS = 120.0


@dataclass
class FleetRunner:
    """A node's running fleet jobs: their tasks, and each job's payload for its next stage."""

    tasks: set[asyncio.Task[Any]] = field(default_factory=set)
    payloads: dict[int, dict[str, Any]] = field(default_factory=dict)
    #: The jobs whose stage this node is sending now (a resume leaves them alone).
    active: set[int] = field(default_factory=set)


class FleetPlatform(DomainPlatform, Protocol):
    """The platform as fleet jobs use it: the domain's platform plus this node's fleet runner."""

    @property
    def fleet_runner(self) -> FleetRunner: ...
    @property
    def bus(self) -> EventSubscriber: ...


def _tasks(platform: FleetPlatform) -> set[asyncio.Task[Any]]:
    return platform.fleet_runner.tasks


def _payloads(platform: FleetPlatform) -> dict[int, dict[str, Any]]:
    return platform.fleet_runner.payloads


def spawn(platform: FleetPlatform, coro: Any) -> asyncio.Task[Any]:
    task = asyncio.create_task(coro)
    tasks = _tasks(platform)
    tasks.add(task)
    task.add_done_callback(tasks.discard)
    return task


async def publish(platform: FleetPlatform, job_id: int, **fields: Any) -> None:
    try:
        await platform.bus.publish(events.FLEET, {"type": "fleet", "job_id": job_id, **fields})
    except Exception:  # noqa: BLE001 - the live view misses it; it is stored
        log.debug("cannot publish a fleet event", exc_info=True)


def start(platform: FleetPlatform, job_id: int, payload: dict[str, Any], stage: int = 1) -> asyncio.Task[Any]:
    """Send stage `stage` of a job just created (or continued) in the background."""
    _payloads(platform)[job_id] = payload
    return spawn(platform, run_stage(platform, job_id, stage))


async def run_stage(platform: FleetPlatform, job_id: int, stage: int, *, resumed: bool = False) -> None:
    active = platform.fleet_runner.active
    active.add(job_id)
    try:
        next_stage: int | None = stage
        while next_stage is not None:
            await _send_stage(platform, job_id, next_stage, resumed=resumed)
            next_stage = await _advance(platform, job_id)
    finally:
        active.discard(job_id)


async def resume(platform: FleetPlatform, *, dead_after: dt.timedelta) -> list[int]:
    """Continue the running jobs no live node is sending (after a restart, or a node's death):
    targets left "sending" by a gone node are settled from the command history or sent again, and
    the pending ones are sent. Returns the ids of the jobs resumed."""
    async with read_session(platform.sessionmaker) as s:
        jobs = await fleet.running_jobs(s)
    resumed = []
    for job_id in jobs:
        if job_id in platform.fleet_runner.active:
            continue
        async with platform.sessionmaker() as s, s.begin():
            again = await fleet.recover_unanswered(s, job_id, me=platform.node_id, dead_after=dead_after)
            stage = (await fleet.get_job(s, job_id)).stage
        if again:
            log.info("fleet job %s: %d chargers had not answered; sending again", job_id, len(again))
        await publish(platform, job_id, job_status="running", stage=stage)
        spawn(platform, run_stage(platform, job_id, stage, resumed=True))
        resumed.append(job_id)
    return resumed


async def _online(platform: FleetPlatform, charger_id: int) -> tuple[str, bool] | None:
    """The charger's charge point id and whether it is connected now; None: it is gone."""
    async with read_session(platform.sessionmaker) as s:
        charger = await s.get(Charger, charger_id)
        return None if charger is None else (charger.charge_point_id, charger.online)


async def _wait_online(platform: FleetPlatform, charger_id: int) -> None:
    """A resumed job's charger: wait (up to RESUME_WAIT_SECONDS) until it is connected again, as its
    status channel announces."""
    found = await _online(platform, charger_id)
    if found is None or found[1]:
        return
    with contextlib.suppress(TimeoutError):
        async with (
            asyncio.timeout(RESUME_WAIT_SECONDS),
            platform.bus.subscribe(events.charger_status(found[0])) as sub,
        ):
            again = await _online(platform, charger_id)  # it may have connected before the subscription
            if again is None or again[1]:
                return
            async for event in sub:
                if isinstance(event, dict) and event.get("type") == "online":
                    return


async def _send_stage(platform: FleetPlatform, job_id: int, stage: int, *, resumed: bool = False) -> None:
    async with read_session(platform.sessionmaker) as s:
        job = await fleet.get_job(s, job_id)
        action, user_id = job.action, job.created_by_id
        payload = _payloads(platform).get(job_id) or dict(job.payload or {})
        todo = await fleet.pending_targets(s, job_id, stage)
    gate = asyncio.Semaphore(FLEET_CONCURRENCY)

    async def one(target_id: int, charger_id: int) -> None:
        if resumed:
            await _wait_online(platform, charger_id)
        async with gate:
            await _send_one(platform, job_id, target_id, charger_id, action, payload, user_id)

    await asyncio.gather(*(one(t, c) for t, c in todo))


async def _advance(platform: FleetPlatform, job_id: int) -> int | None:
    async with platform.sessionmaker() as s, s.begin():
        nxt = await fleet.advance(s, job_id)
        job = await fleet.get_job(s, job_id)
        status, stage = job.status, job.stage
    await publish(platform, job_id, job_status=status, stage=stage)
    if status in ("completed", "failed", "cancelled"):
        _payloads(platform).pop(job_id, None)
    return nxt


async def _send_one(
    platform: FleetPlatform,
    job_id: int,
    target_id: int,
    charger_id: int,
    action: str,
    payload: dict[str, Any],
    user_id: int | None,
) -> None:
    async with platform.sessionmaker() as s, s.begin():
        job = await fleet.get_job(s, job_id)
        if job.status == "cancelled" or not await fleet.claim_target(s, target_id):
            return  # cancelled, or another runner took it
    await publish(platform, job_id, target_id=target_id, charger_id=charger_id, status="sending")
    started = utcnow()
    values: dict[str, Any]
    try:
        out = await execute(platform, charger_id, action, payload, user_id=user_id, origin="admin")
        values = {
            "status": fleet.answer_status(action, out.result),
            "answer": ocpp_secrets.mask(out.result),
            "error": None,
        }
        if isinstance(out.row, FirmwareJob):
            values["firmware_job_id"] = out.row.id
    except DomainError as e:
        values = {"status": "failed", "error": f"{e.code}: {e.message}"[:255]}
    except Exception as e:  # noqa: BLE001 - one charger's failure must not stop the others
        log.exception("fleet job %s: charger %s failed", job_id, charger_id)
        values = {"status": "failed", "error": f"internal error: {type(e).__name__}"}
    values["latency_ms"] = fleet.latency_ms(started, utcnow())
    async with platform.sessionmaker() as s, s.begin():
        target = await fleet.record_answer(s, target_id, **values)
        status = target.status
    await publish(platform, job_id, target_id=target_id, charger_id=charger_id, status=status)


async def go(platform: FleetPlatform, job_id: int) -> None:
    """The operator's go: send the second stage now."""
    async with platform.sessionmaker() as s, s.begin():
        stage = await fleet.go(s, job_id)
    await publish(platform, job_id, job_status="running", stage=stage)
    spawn(platform, run_stage(platform, job_id, stage))


async def on_firmware_status(platform: FleetPlatform, changed: list[tuple[int, int]], status: str) -> None:
    """After a FirmwareStatusNotification moved fleet targets (job id, target id): publish, and move
    their jobs on (a successful first stage may start the second)."""
    for job_id, target_id in changed:
        await publish(platform, job_id, target_id=target_id, status=fleet.FIRMWARE_TARGET_STATUS.get(status))
    for job_id in {j for j, _ in changed}:
        nxt = await _advance(platform, job_id)
        if nxt is not None:
            spawn(platform, run_stage(platform, job_id, nxt))
