"""Group commit on the ingest path (ocpp_server.ingest): many chargers' MeterValues share transactions,
every one is stored and answered, in order per charger; a failing unit does not fail its batch."""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
from typing import Any

import pytest
from ocpp.v16 import call
from sqlalchemy import select, text

from db.models import ChargingSession, IdTag, MeterValue
from ocpp_server import ingest
from tests.ocpp.conftest import connect, register


def iso(t: dt.datetime) -> str:
    return t.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


async def test_concurrent_chargers_meter_values_all_stored_answered_in_order(server: Any) -> None:
    chargers, per_charger = 20, 15
    async with server.platform.sessionmaker() as s, s.begin():
        s.add(IdTag(id_tag="GROUP", kind="rfid", status="Accepted"))
    keys = [await register(server.platform, f"CP-G{i}") for i in range(chargers)]
    writer = ingest.writer(server.platform)
    batches0, units0 = writer.batches, writer.units

    async def one(i: int) -> int:
        async with connect(server.ocpp_url, f"CP-G{i}", keys[i]) as cp:
            start = await cp.call(
                call.StartTransaction(
                    connector_id=1, id_tag="GROUP", meter_start=0, timestamp=iso(dt.datetime.now(dt.UTC))
                )
            )
            t0 = dt.datetime.now(dt.UTC)
            for k in range(1, per_charger + 1):
                answer = await cp.send_call(
                    "MeterValues",
                    {
                        "connectorId": 1,
                        "transactionId": start.transaction_id,
                        "meterValue": [
                            {
                                "timestamp": iso(t0 + dt.timedelta(seconds=k)),
                                "sampledValue": [
                                    {"value": str(k * 100), "measurand": "Energy.Active.Import.Register"},
                                    {"value": str(1000 + k), "measurand": "Power.Active.Import", "unit": "W"},
                                ],
                            }
                        ],
                    },
                )
                assert answer[0] == 3 and answer[2] == {}, answer
            return int(start.transaction_id)

    tx_ids = await asyncio.gather(*(one(i) for i in range(chargers)))

    async with server.platform.sessionmaker() as s:
        for tx_id in tx_ids:
            rows = (
                (
                    await s.execute(
                        select(MeterValue)
                        .where(MeterValue.transaction_id == tx_id, MeterValue.measurand.like("Energy%"))
                        .order_by(MeterValue.id)
                    )
                )
                .scalars()
                .all()
            )
            # Every reading stored once, in the order the charger sent them.
            assert [r.value for r in rows] == [k * 100.0 for k in range(1, per_charger + 1)]
            tx = await s.get(ChargingSession, tx_id)
            assert tx is not None
            assert (tx.last_energy_wh, tx.last_power_w) == (per_charger * 100, 1000.0 + per_charger)
    # Shared transactions: fewer commits than units.
    assert writer.units - units0 >= chargers * per_charger
    assert writer.batches - batches0 < writer.units - units0


async def test_failing_unit_does_not_fail_its_batch(server: Any) -> None:
    writer = ingest.GroupWriter(server.platform.sessionmaker)

    async def good(s: Any, n: int) -> int:
        await s.execute(text("SELECT 1"))
        return n

    async def bad(s: Any) -> int:
        raise ValueError("boom")

    results = await asyncio.gather(
        *(writer.run(functools.partial(good, n=n)) for n in range(5)),
        writer.run(bad),
        *(writer.run(functools.partial(good, n=n)) for n in range(5, 10)),
        return_exceptions=True,
    )
    assert results[:5] == list(range(5)) and results[6:] == list(range(5, 10))
    assert isinstance(results[5], ValueError)
    assert writer.fallbacks == 1


async def test_unit_commits_even_when_the_caller_is_cancelled(server: Any) -> None:
    writer = ingest.GroupWriter(server.platform.sessionmaker)

    async def add(s: Any) -> None:
        s.add(IdTag(id_tag="CANCELLED", kind="rfid", status="Accepted"))

    task = asyncio.create_task(writer.run(add))
    await asyncio.sleep(0)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert writer._task is not None
    await writer._task
    async with server.platform.sessionmaker() as s:
        assert (await s.execute(select(IdTag).where(IdTag.id_tag == "CANCELLED"))).scalar_one_or_none()


async def test_connect_and_boot_writes_go_through_the_group_writer(server: Any) -> None:
    """Connect-time writes (mark connected, BootNotification's charger update, mark disconnected) run
    as group-writer units, not in transactions of their own that queue for SQLite's write lock."""
    key = await register(server.platform, "CP-CONNECT")
    writer = ingest.writer(server.platform)
    units0 = writer.units
    async with connect(server.ocpp_url, "CP-CONNECT", key) as cp:
        boot = await cp.call(call.BootNotification(charge_point_model="M", charge_point_vendor="V"))
        assert boot.status == "Accepted"
        assert writer.units - units0 >= 2  # connected + boot
        units1 = writer.units
        async with server.platform.sessionmaker() as s:
            row = (
                await s.execute(
                    text("SELECT online, node_id, vendor FROM chargers WHERE charge_point_id = 'CP-CONNECT'")
                )
            ).one()
        assert (bool(row[0]), row[1], row[2]) == (True, server.platform.node_id, "V")
    for _ in range(100):
        if writer.units > units1:
            break
        await asyncio.sleep(0.02)
    # The disconnect is a unit (other units, e.g. the connection log's, may run in the same window).
    assert writer.units >= units1 + 1
    async with server.platform.sessionmaker() as s:
        online = (
            await s.execute(text("SELECT online FROM chargers WHERE charge_point_id = 'CP-CONNECT'"))
        ).scalar()
    assert not online


async def test_admission_reads_do_not_wait_for_the_sqlite_write_lock(server: Any) -> None:
    """While another transaction holds SQLite's write lock, a known charger is still admitted."""
    from db.engine import is_sqlite

    if not is_sqlite(server.platform.settings.database_url):
        pytest.skip("SQLite write lock")
    key = await register(server.platform, "CP-LOCKED")
    async with server.platform.sessionmaker() as s, s.begin():
        await s.execute(text("UPDATE chargers SET vendor = 'x' WHERE charge_point_id = 'CP-LOCKED'"))
        ocpp_server = server.platform.ocpp
        decision = await asyncio.wait_for(
            ocpp_server.admit(
                "CP-LOCKED", _basic("CP-LOCKED", key), tls=False, peer_cn=None, peer_cert=False
            ),
            timeout=5,
        )
        assert decision.accepted is False and decision.registration_status == "Accepted"


def _basic(user: str, password: str) -> str:
    import base64

    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


async def test_settings_read_at_boot_is_cached_one_load_for_concurrent_misses(
    server: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """platform_settings.effective() (read at every boot): many concurrent cache misses share one
    query, later reads hit the cache, and a change made on this node is seen at once."""
    import contextvars

    from domain import platform_settings

    # What is tested is sharing and hitting, not expiry: on a loaded machine the reads below can take
    # longer than the cache's lifetime, which then (rightly) loads again.
    monkeypatch.setattr(platform_settings, "CACHE_TTL", 3600.0)
    platform = server.platform
    platform_settings.invalidate()
    # Only the loads this test's reads cause are counted: the running platform's own tasks (started
    # before this context variable was set) may read the settings at the same time.
    ours = contextvars.ContextVar("ours", default=False)
    ours.set(True)
    loads: list[int] = []
    load = platform_settings._load_from

    async def counted(source: Any) -> dict[str, Any]:
        if ours.get():
            loads.append(1)
        return await load(source)

    monkeypatch.setattr(platform_settings, "_load_from", counted)
    try:
        values = await asyncio.gather(
            *(platform_settings.effective(platform, "heartbeat_interval") for _ in range(50))
        )
        assert set(values) == {platform.settings.heartbeat_interval}
        assert len(loads) == 1
        for _ in range(20):
            await platform_settings.effective(platform, "heartbeat_interval")
        assert len(loads) == 1
        await platform_settings.update(platform, {"heartbeat_interval": 123}, user_id=None)
        assert await platform_settings.effective(platform, "heartbeat_interval") == 123
    finally:
        await platform_settings.update(platform, {"heartbeat_interval": None}, user_id=None)


async def _open_sessions(
    platform: Any, prefix: str, n: int, user_ids: list[int | None]
) -> list[tuple[int, int]]:
    """n chargers with one active session each (the i-th session's driver is user_ids[i % len])."""
    out = []
    for i in range(n):
        await register(platform, f"{prefix}{i}")
        async with platform.sessionmaker() as s, s.begin():
            charger_id = (
                await s.execute(
                    text("SELECT id FROM chargers WHERE charge_point_id = :c"), {"c": f"{prefix}{i}"}
                )
            ).scalar_one()
            tx = ChargingSession(
                charger_id=charger_id,
                connector_id=1,
                id_tag=f"{prefix}TAG{i}",
                user_id=user_ids[i % len(user_ids)],
                meter_start=0,
                started_at=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5),
                status="Active",
            )
            s.add(tx)
            await s.flush()
            out.append((charger_id, tx.id))
    return out


async def _statements_for_one_batch(platform: Any, sessions: list[tuple[int, int]], k: int) -> int:
    """The statements of one group-writer batch of MeterValues, one per session."""
    from sqlalchemy import event

    writer = ingest.writer(platform)
    background = asyncio.all_tasks()
    statements: list[str] = []

    def count(_c: Any, _cur: Any, statement: str, *_a: Any) -> None:
        if asyncio.current_task() not in background:
            statements.append(statement)

    reading = [
        {
            "timestamp": iso(dt.datetime.now(dt.UTC)),
            "sampledValue": [
                {"value": str(1000 * k), "measurand": "Energy.Active.Import.Register"},
                {"value": "7000", "measurand": "Power.Active.Import", "unit": "W"},
            ],
        }
    ]
    batches0 = writer.batches
    event.listen(platform.engine.sync_engine, "before_cursor_execute", count)
    try:
        # Queued in one loop turn: the writer's drain task runs them as one batch.
        results = await asyncio.gather(
            *(ingest.store_meter_values(platform, c, 1, tx, reading) for c, tx in sessions)
        )
    finally:
        event.remove(platform.engine.sync_engine, "before_cursor_execute", count)
    assert writer.batches - batches0 == 1
    assert all(r.tx is not None and r.tx.last_energy_wh == 1000 * k for r, _ in results)
    return len(statements)


@pytest.mark.parametrize("drivers", [False, True], ids=["tags", "drivers"])
async def test_a_batch_of_meter_values_costs_the_same_statements_for_3_or_12_sessions(
    server: Any, drivers: bool
) -> None:
    """A reading must not query per message: the statements of one batch do not grow with its size.
    (A roaming check that read ocpi_sessions for every reading cut peak ingest five-fold.)"""
    from tests.helpers.auth import make_user
    from tests.helpers.wallet import credit_wallet

    user_ids: list[int | None] = [None]
    if drivers:
        user_ids = []
        for _ in range(3):
            user, _token = await make_user(server.platform)
            await credit_wallet(server.platform, user.id, 10_000)
            user_ids.append(user.id)
    prefix = "CP-STD" if drivers else "CP-STT"
    small = await _open_sessions(server.platform, prefix + "A", 3, user_ids)
    large = await _open_sessions(server.platform, prefix + "B", 12, user_ids)
    await _statements_for_one_batch(server.platform, small + large, 1)  # warm: compiled, loaded
    few = await _statements_for_one_batch(server.platform, small, 2)
    many = await _statements_for_one_batch(server.platform, large, 2)
    assert many == few, (few, many)
