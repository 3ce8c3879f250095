"""A firmware rollout's two writers of the same rows: the fleet runner storing a charger's answer to
UpdateFirmware (`fleet.record_answer`) and the charger's FirmwareStatusNotification arriving at the
same moment (the handler updates the firmware job, then `fleet.firmware_progress` updates the
target). Both take the firmware job's row before the target's, so on MariaDB neither waits for the
other in a cycle (a deadlock, which rolled one of them back), and the target ends with the
notification's status whichever commits first."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy import select, text

from db.models import Charger, FirmwareJob, FleetJob, FleetJobTarget, utcnow
from domain import commands, fleet
from tests.helpers.gateway import FakeChargerGateway

pytestmark = pytest.mark.mariadb


async def _rollout(sessions: Any) -> tuple[int, int]:
    """A charger's firmware job and its fleet target, sent and not answered yet."""
    async with sessions() as s, s.begin():
        charger = Charger(charge_point_id="LOCK-1")
        s.add(charger)
        await s.flush()
        job = FleetJob(action="UpdateFirmware", payload={}, selection={}, status="running", stage=1)
        s.add(job)
        await s.flush()
        fw = FirmwareJob(
            charger_id=charger.id,
            location="https://firmware.example/2.1.bin",
            retrieve_at=utcnow(),
            status="Accepted",
            status_history=[],
        )
        target = FleetJobTarget(job_id=job.id, charger_id=charger.id, stage=1, status="sending")
        s.add_all([fw, target])
        await s.flush()
        return fw.id, target.id


async def _waiting_statements(sessions: Any) -> int:
    """Statements of other connections to this database in progress (here: waiting for a lock)."""
    async with sessions() as s:
        return int(
            (
                await s.execute(
                    text(
                        "SELECT COUNT(*) FROM information_schema.PROCESSLIST "
                        "WHERE ID <> CONNECTION_ID() AND DB = DATABASE() AND COMMAND = 'Query'"
                    )
                )
            ).scalar_one()
        )


async def test_an_answer_and_a_firmware_notification_at_once_do_not_deadlock(request: Any) -> None:
    from db.engine import make_engine, make_sessionmaker
    from db.migrate import upgrade

    url = str(request.getfixturevalue("mariadb_url"))
    await upgrade(url)
    engine = make_engine(url)
    sessions = make_sessionmaker(engine)
    try:
        fw_id, target_id = await _rollout(sessions)
        # The notification's transaction has updated the firmware job (as the OCPP handler does) ...
        async with sessions() as notified, notified.begin():
            fw = (await notified.execute(select(FirmwareJob).where(FirmwareJob.id == fw_id))).scalar_one()
            fw.status = "Downloading"
            fw.status_history = [{"status": "Downloading"}]
            await notified.flush()

            # ... when the runner stores the charger's answer: it waits for that row.
            async def answer() -> None:
                async with sessions() as s, s.begin():
                    await fleet.record_answer(
                        s, target_id, status="accepted", answer={}, error=None, firmware_job_id=fw_id
                    )

            runner = asyncio.create_task(answer())
            async with asyncio.timeout(10):
                while await _waiting_statements(sessions) == 0:
                    assert not runner.done(), runner.exception()
                    await asyncio.sleep(0.02)
            # The notification moves the target on, then commits.
            changed = await fleet.firmware_progress(notified, fw, "Downloading")
            assert changed == [(changed[0][0], target_id)]
        async with asyncio.timeout(10):
            await runner
        async with sessions() as s:
            target = await s.get(FleetJobTarget, target_id)
            assert target is not None
            assert (target.status, target.firmware_job_id) == ("downloading", fw_id)
    finally:
        await engine.dispose()


async def test_a_firmware_notification_during_the_answer_is_not_overwritten(request: Any) -> None:
    """The charger answers UpdateFirmware and at once reports Downloading. The command's answer is
    stored (the firmware job's "Requested" becomes "Accepted") while the notification's transaction
    holds the firmware job: the answer waits for it and reads the row as the notification left it, so
    the job stays "Downloading" (it turned back to "Accepted" when the answer's copy, read before the
    notification committed, was written over it)."""
    from db.engine import make_engine, make_sessionmaker
    from db.migrate import upgrade

    url = str(request.getfixturevalue("mariadb_url"))
    await upgrade(url)
    engine = make_engine(url)
    sessions = make_sessionmaker(engine)
    try:
        async with sessions() as s, s.begin():
            charger = Charger(
                charge_point_id="LOCK-2", approved=True, registration_status="Accepted", online=True
            )
            s.add(charger)
            await s.flush()
            charger_id = charger.id
        notified = sessions()
        gateway = FakeChargerGateway(answer={})
        sent = gateway.send_command

        async def answer_while_notifying(*args: Any, **kwargs: Any) -> dict[str, Any]:
            # The notification's transaction has updated the firmware job when the answer arrives.
            await notified.begin()
            fw = (
                await notified.execute(select(FirmwareJob).where(FirmwareJob.charger_id == charger_id))
            ).scalar_one()
            fw.status = "Downloading"
            fw.status_history = [{"status": "Downloading"}]
            await notified.flush()
            return await sent(*args, **kwargs)

        gateway.send_command = answer_while_notifying  # type: ignore[method-assign]
        platform = SimpleNamespace(sessionmaker=sessions, gateway=gateway)
        payload = {"location": "https://firmware.example/2.1.bin", "retrieveDate": "2026-01-01T08:00:00Z"}
        command = asyncio.create_task(commands.execute(platform, charger_id, "UpdateFirmware", payload))
        async with asyncio.timeout(10):
            while not gateway.sent or await _waiting_statements(sessions) == 0:
                assert not command.done(), command.exception()
                await asyncio.sleep(0.02)
        await notified.commit()
        await notified.close()
        async with asyncio.timeout(10):
            out = await command
        async with sessions() as s:
            fw = await s.get(FirmwareJob, out.row.id)
            assert fw is not None
            assert fw.status == "Downloading"
    finally:
        await engine.dispose()
