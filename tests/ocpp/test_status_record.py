"""StatusNotification bookkeeping (domain.chargers.record_status) on SQLite and MariaDB: the connector
upsert keeps "an older timestamp never overwrites a newer status", faults open and resolve, the
charger's current publicity is read with the status."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from db.models import Charger, Connector, Fault
from domain import chargers, faults

T0 = dt.datetime(2026, 3, 1, 12, 0, 0, 123000, tzinfo=dt.UTC)


async def _charger(sessions: async_sessionmaker[AsyncSession], cpid: str = "CP-S") -> int:
    async with sessions() as s, s.begin():
        return (await chargers.register(s, cpid, security_profile=0)).charger.id


async def _status(
    sessions: async_sessionmaker[AsyncSession],
    charger_id: int,
    status: str,
    at: dt.datetime | None,
    **kw: Any,
) -> chargers.StatusChange:
    async with sessions() as s, s.begin():
        return await chargers.record_status(
            s, charger_id, 1, status, kw.pop("error_code", "NoError"), timestamp=at, **kw
        )


async def _stored(sessions: async_sessionmaker[AsyncSession], charger_id: int) -> Connector:
    async with sessions() as s:
        return (await s.execute(select(Connector).where(Connector.charger_id == charger_id))).scalar_one()


async def test_an_older_status_never_overwrites_a_newer_one(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    cid = await _charger(sessions)
    first = await _status(sessions, cid, "Available", T0, info="first")
    assert (first.previous_status, first.status, first.error_code, first.applied) == (
        None,
        "Available",
        "NoError",
        True,
    )
    newer = await _status(sessions, cid, "Charging", T0 + dt.timedelta(minutes=5))
    assert (newer.previous_status, newer.status, newer.applied) == ("Available", "Charging", True)

    # A notification queued while offline arrives late: answered, but the newer status stays.
    late = await _status(sessions, cid, "Preparing", T0 + dt.timedelta(minutes=1), info="late")
    assert (late.previous_status, late.status, late.error_code, late.applied) == (
        "Charging",
        "Charging",
        "NoError",
        False,
    )
    row = await _stored(sessions, cid)
    assert (row.status, row.info, row.status_timestamp) == ("Charging", None, T0 + dt.timedelta(minutes=5))

    # The same timestamp applies (>=); a notification without a timestamp always applies.
    same = await _status(sessions, cid, "SuspendedEV", T0 + dt.timedelta(minutes=5))
    assert same.applied and (await _stored(sessions, cid)).status == "SuspendedEV"
    untimed = await _status(sessions, cid, "Finishing", None)
    assert untimed.applied and untimed.previous_status == "SuspendedEV"
    row = await _stored(sessions, cid)
    assert row.status == "Finishing" and row.status_timestamp is not None
    async with sessions() as s:
        assert len((await s.execute(select(Connector))).scalars().all()) == 1


async def test_faults_open_and_resolve_and_publicity_is_current(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    cid = await _charger(sessions)
    ok = await _status(sessions, cid, "Available", T0)
    assert ok.fault_events == [] and ok.is_public is True

    broken = await _status(sessions, cid, "Faulted", T0 + dt.timedelta(minutes=1), error_code="GroundFailure")
    assert broken.error_code == "GroundFailure" and broken.status == "Faulted"
    assert [e["status"] for e in broken.fault_events] == ["open"]
    # The same fault again: nothing new opens.
    again = await _status(sessions, cid, "Faulted", T0 + dt.timedelta(minutes=2), error_code="GroundFailure")
    assert again.fault_events == []

    async with sessions() as s, s.begin():
        await s.execute(update(Charger).where(Charger.id == cid).values(is_public=False))
    recovered = await _status(sessions, cid, "Available", T0 + dt.timedelta(minutes=3))
    assert [e["status"] for e in recovered.fault_events] == ["resolved"]
    assert recovered.is_public is False and recovered.previous_error_code == "GroundFailure"
    async with sessions() as s:
        f = (await s.execute(select(Fault))).scalar_one()
        assert f.status == "resolved" and f.resolved_at is not None


async def test_no_error_resolves_a_fault_the_connector_row_does_not_show(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    """A late error notification opens a fault without changing the (newer) stored status; the next
    NoError still resolves it."""
    cid = await _charger(sessions)
    await _status(sessions, cid, "Available", T0 + dt.timedelta(minutes=10))
    late = await _status(sessions, cid, "Faulted", T0, error_code="HighTemperature")
    assert not late.applied and late.error_code == "NoError"
    assert [e["status"] for e in late.fault_events] == ["open"]
    fine = await _status(sessions, cid, "Available", T0 + dt.timedelta(minutes=11))
    assert [e["error_code"] for e in fine.fault_events] == ["HighTemperature"]
    # A data-quality fault of the charger is not a connector error: NoError leaves it open.
    async with sessions() as s, s.begin():
        await faults.open_fault(s, cid, 1, faults.UNKNOWN_TRANSACTION)
    quiet = await _status(sessions, cid, "Available", T0 + dt.timedelta(minutes=12))
    assert quiet.fault_events == []


async def test_boot_answers_the_registration_status(sessions: async_sessionmaker[AsyncSession]) -> None:
    cid = await _charger(sessions)
    payload = {"chargePointVendor": "ACME", "chargePointModel": "X1", "firmwareVersion": "2"}
    async with sessions() as s, s.begin():
        assert await chargers.record_boot(s, cid, payload) == "Accepted"
    async with sessions() as s:
        c = await chargers.get(s, cid)
        assert (c.vendor, c.model, c.firmware_version) == ("ACME", "X1", "2")
        assert c.last_boot_at is not None and c.last_heartbeat_at is not None
        booted = c.last_boot_at
    async with sessions() as s, s.begin():
        await s.execute(update(Charger).where(Charger.id == cid).values(approved=False))
    async with sessions() as s, s.begin():
        assert await chargers.record_boot(s, cid, payload) == "Pending"
    async with sessions() as s:
        assert (await chargers.get(s, cid)).last_boot_at == booted  # only an accepted boot counts
