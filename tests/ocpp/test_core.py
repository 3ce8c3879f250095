"""OCPP 1.6 Core profile conformance (OCTT central-system cases), over a real WebSocket charger."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ocpp.v16 import call
from sqlalchemy import select

from db.models import Charger, ChargingSession, Connector, Fault, IdTag, MeterValue
from tests.ocpp.conftest import connect, register


def iso(t: dt.datetime) -> str:
    return t.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


async def add_tag(platform: Any, tag: str, status: str = "Accepted", **kw: Any) -> None:
    async with platform.sessionmaker() as s, s.begin():
        s.add(IdTag(id_tag=tag, kind="rfid", status=status, **kw))


async def test_tc_001_cold_boot(server: Any, listen: Any) -> None:
    key = await register(server.platform, "CP-1")
    events = await listen("charger.CP-1.status")
    async with connect(server.ocpp_url, "CP-1", key, boot=False) as cp:
        # Before the boot is accepted every other CALL is a SecurityError.
        answer = await cp.send_call("Heartbeat", {})
        assert answer[0] == 4 and answer[2] == "SecurityError"
        resp = await cp.boot(vendor="ACME", model="X1", serial="S-9", firmware="2.1")
        assert resp.status == "Accepted"
        assert resp.interval == 60
        hb = await cp.call(call.Heartbeat())
        assert hb.current_time
        st = await cp.call(
            call.StatusNotification(
                connector_id=1, error_code="NoError", status="Available", timestamp=iso(now())
            )
        )
        assert st is not None
        await events.wait(lambda ch, e: e.get("type") == "connector" and e["status"] == "Available")
        async with server.platform.sessionmaker() as s:
            c = (await s.execute(select(Charger).where(Charger.charge_point_id == "CP-1"))).scalar_one()
            assert (c.vendor, c.model, c.serial_number, c.firmware_version) == ("ACME", "X1", "S-9", "2.1")
            assert c.online and c.node_id == server.platform.node_id and c.last_boot_at is not None
            conn = (await s.execute(select(Connector).where(Connector.charger_id == c.id))).scalar_one()
            assert conn.status == "Available"


async def start_tx(
    cp: Any, tag: str, meter: int = 1000, ts: dt.datetime | None = None, connector: int = 1
) -> Any:
    return await cp.call(
        call.StartTransaction(
            connector_id=connector, id_tag=tag, meter_start=meter, timestamp=iso(ts or now())
        ),
        suppress=False,
    )


async def stop_tx(cp: Any, tx: int, meter: int, ts: dt.datetime | None = None, **kw: Any) -> Any:
    return await cp.call(
        call.StopTransaction(meter_stop=meter, timestamp=iso(ts or now()), transaction_id=tx, **kw),
        suppress=False,
    )


async def status(cp: Any, st: str, connector: int = 1, error: str = "NoError") -> None:
    await cp.call(
        call.StatusNotification(connector_id=connector, error_code=error, status=st), suppress=False
    )


async def get_tx(platform: Any, tx_id: int) -> ChargingSession:
    async with platform.sessionmaker() as s:
        tx = await s.get(ChargingSession, tx_id)
        assert tx is not None
        return tx


async def test_tc_003_regular_charging_session_plug_in_first(server: Any, charger: Any, listen: Any) -> None:
    await add_tag(server.platform, "TAG-1")
    events = await listen("charger.CP-1.meter")
    await status(charger, "Preparing")
    auth = await charger.call(call.Authorize(id_tag="TAG-1"), suppress=False)
    assert auth.id_tag_info["status"] == "Accepted"
    start = await start_tx(charger, "TAG-1", 1000, now() - dt.timedelta(hours=1))
    assert start.id_tag_info["status"] == "Accepted"
    tx_id = start.transaction_id
    await status(charger, "Charging")
    session_events = await listen(f"session.{tx_id}")
    await charger.call(
        call.MeterValues(
            connector_id=1,
            transaction_id=tx_id,
            meter_value=[
                {
                    "timestamp": iso(now()),
                    "sampledValue": [
                        {"value": "2.5", "unit": "kWh", "measurand": "Energy.Active.Import.Register"},
                        {"value": "7.2", "unit": "kW", "measurand": "Power.Active.Import"},
                        {"value": "230.1", "unit": "V", "measurand": "Voltage", "phase": "L1-N"},
                        {"value": "55", "unit": "Percent", "measurand": "SoC", "location": "EV"},
                    ],
                }
            ],
        ),
        suppress=False,
    )
    meter = await events.wait(lambda ch, e: e["transaction_id"] == tx_id)
    energy = next(v for v in meter["values"] if v["measurand"] == "Energy.Active.Import.Register")
    assert energy["value"] == 2500.0 and energy["unit"] == "Wh"
    live = await session_events.wait(lambda ch, e: e["status"] == "Active")
    assert live["energy_wh"] == 1500 and live["power_w"] == 7200.0 and live["soc"] == 55.0
    await status(charger, "Finishing")
    stop = await stop_tx(charger, tx_id, 4000, id_tag="TAG-1", reason="Local")
    assert stop.id_tag_info["status"] == "Accepted"
    await status(charger, "Available")
    done = await session_events.wait(lambda ch, e: e["status"] == "Completed")
    assert done["energy_wh"] == 3000
    tx = await get_tx(server.platform, tx_id)
    assert (tx.meter_stop, tx.energy_wh, tx.stop_reason, tx.flags) == (4000, 3000, "Local", None)
    async with server.platform.sessionmaker() as s:
        rows = (await s.execute(select(MeterValue).where(MeterValue.transaction_id == tx_id))).scalars().all()
        assert {r.measurand for r in rows} >= {"Energy.Active.Import.Register", "Voltage", "SoC"}
        # A time-range read uses the (transaction, timestamp) index.
        since = now() - dt.timedelta(minutes=5)
        in_range = (
            (
                await s.execute(
                    select(MeterValue).where(
                        MeterValue.charger_id == tx.charger_id, MeterValue.timestamp >= since
                    )
                )
            )
            .scalars()
            .all()
        )
        assert len(in_range) == 4


async def test_tc_004_1_identification_first(server: Any, charger: Any) -> None:
    await add_tag(server.platform, "TAG-2")
    auth = await charger.call(call.Authorize(id_tag="TAG-2"), suppress=False)
    assert auth.id_tag_info["status"] == "Accepted"
    await status(charger, "Preparing")
    start = await start_tx(charger, "TAG-2")
    # The same tag cannot start a second concurrent transaction.
    again = await charger.call(call.Authorize(id_tag="TAG-2"), suppress=False)
    assert again.id_tag_info["status"] == "ConcurrentTx"
    stop = await stop_tx(charger, start.transaction_id, 1500, id_tag="TAG-2")
    assert stop.id_tag_info["status"] == "Accepted"


async def test_tc_023_authorize_invalid_expired_blocked(server: Any, charger: Any) -> None:
    await add_tag(server.platform, "OLD", expires_at=now() - dt.timedelta(days=1))
    await add_tag(server.platform, "BLOCKED", status="Blocked")
    await add_tag(server.platform, "PARENT")
    await add_tag(server.platform, "CHILD", parent_id_tag="PARENT")
    for tag, expected in (
        ("NOPE", "Invalid"),
        ("OLD", "Expired"),
        ("BLOCKED", "Blocked"),
        ("CHILD", "Accepted"),
    ):
        auth = await charger.call(call.Authorize(id_tag=tag), suppress=False)
        assert auth.id_tag_info["status"] == expected, tag
    child = await charger.call(call.Authorize(id_tag="CHILD"), suppress=False)
    assert child.id_tag_info["parent_id_tag"] == "PARENT"
    # StartTransaction re-checks the tag: an invalid tag still gets a transactionId, flagged.
    start = await start_tx(charger, "NOPE")
    assert start.id_tag_info["status"] == "Invalid" and start.transaction_id > 0
    await stop_tx(charger, start.transaction_id, 1000, reason="DeAuthorized")
    tx = await get_tx(server.platform, start.transaction_id)
    assert "id_tag_not_accepted" in tx.flags and tx.stop_reason == "DeAuthorized"


async def test_duplicate_start_transaction_returns_same_id(server: Any, charger: Any) -> None:
    await add_tag(server.platform, "TAG-D")
    t = now() - dt.timedelta(minutes=1)
    first = await start_tx(charger, "TAG-D", 500, t)
    second = await start_tx(charger, "TAG-D", 500, t)
    assert first.transaction_id == second.transaction_id
    async with server.platform.sessionmaker() as s:
        n = (
            (await s.execute(select(ChargingSession).where(ChargingSession.id_tag == "TAG-D")))
            .scalars()
            .all()
        )
        assert len(n) == 1
    # A retried StopTransaction gets the same answer and changes nothing.
    await stop_tx(charger, first.transaction_id, 900, t + dt.timedelta(seconds=30))
    await stop_tx(charger, first.transaction_id, 999, t + dt.timedelta(seconds=40))
    tx = await get_tx(server.platform, first.transaction_id)
    assert tx.meter_stop == 900


async def test_sanity_failures_are_answered_and_flagged(server: Any, charger: Any) -> None:
    await add_tag(server.platform, "TAG-S")
    start = await start_tx(charger, "TAG-S", 50_000, now() + dt.timedelta(days=2))
    # meterStop reported in kWh by mistake: less than meterStart, still answered.
    stop = await stop_tx(charger, start.transaction_id, 60)
    assert stop is not None
    tx = await get_tx(server.platform, start.transaction_id)
    assert {"future_timestamp", "meter_stop_lt_start", "unit_mismatch_suspected"} <= set(tx.flags)
    assert tx.energy_wh == 0
    # An unknown transactionId is answered too, and opens a fault for the operator.
    unknown = await stop_tx(charger, 999_999, 100)
    assert unknown is not None
    mv = await charger.send_call(
        "MeterValues",
        {
            "connectorId": 1,
            "transactionId": 424242,
            "meterValue": [{"timestamp": iso(now()), "sampledValue": [{"value": "1"}]}],
        },
    )
    assert mv[0] == 3
    async with server.platform.sessionmaker() as s:
        f = (await s.execute(select(Fault).where(Fault.error_code == "UnknownTransaction"))).scalar_one()
        assert f.status == "open"


async def test_tc_032_1_power_failure_boot_stops_transactions(server: Any, charger: Any) -> None:
    await add_tag(server.platform, "TAG-P")
    start = await start_tx(charger, "TAG-P", 100)
    # Power failure: the charger reboots, then sends the queued StopTransaction with reason PowerLoss.
    resp = await charger.boot()
    assert resp.status == "Accepted"
    await status(charger, "Available", connector=0)
    await stop_tx(charger, start.transaction_id, 800, reason="PowerLoss")
    tx = await get_tx(server.platform, start.transaction_id)
    assert tx.status == "Completed" and tx.stop_reason == "PowerLoss" and tx.energy_wh == 700


async def test_tc_037_039_offline_transactions_accepted_in_order(server: Any, charger: Any) -> None:
    await add_tag(server.platform, "TAG-O")
    hours_ago = now() - dt.timedelta(hours=5)
    # Queued while offline: start, meter values, stop, all hours late, sent in order after reconnecting.
    start = await start_tx(charger, "TAG-O", 10_000, hours_ago)
    assert start.id_tag_info["status"] == "Accepted"
    for i in range(1, 4):
        await charger.call(
            call.MeterValues(
                connector_id=1,
                transaction_id=start.transaction_id,
                meter_value=[
                    {
                        "timestamp": iso(hours_ago + dt.timedelta(minutes=10 * i)),
                        "sampledValue": [{"value": str(10_000 + 1000 * i), "context": "Sample.Periodic"}],
                    }
                ],
            ),
            suppress=False,
        )
    await stop_tx(charger, start.transaction_id, 14_000, hours_ago + dt.timedelta(minutes=40))
    # TC_037_3: an offline start with an unknown tag still gets a transactionId (Invalid).
    bad = await start_tx(charger, "UNKNOWN-O", 0, hours_ago)
    assert bad.id_tag_info["status"] == "Invalid" and bad.transaction_id != start.transaction_id
    tx = await get_tx(server.platform, start.transaction_id)
    # Billed on the charger's data: its timestamps and meter readings.
    assert (
        tx.started_at == hours_ago.replace(microsecond=tx.started_at.microsecond)
        or tx.started_at <= hours_ago
    )
    assert tx.energy_wh == 4000 and tx.flags is None


async def test_status_notification_fault_opens_and_recovery_closes(
    server: Any, charger: Any, listen: Any
) -> None:
    events = await listen("faults")
    await status(charger, "Faulted", error="GroundFailure")
    opened = await events.wait(lambda ch, e: e["status"] == "open")
    assert opened["error_code"] == "GroundFailure" and opened["charge_point_id"] == "CP-1"
    await status(charger, "Available")
    closed = await events.wait(lambda ch, e: e["status"] == "resolved")
    assert closed["fault_id"] == opened["fault_id"]
