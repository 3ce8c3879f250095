"""Smart charging: profile stacking, composite schedule, and the composite limit driving the pilot duty."""

import json

import pytest

from firmware import compat
from firmware.pilot import duty_for_current
from firmware.smartcharging import SmartCharging

from .test_ocpp_commands import CP, start_charging


def profile(pid, purpose, level, periods, unit="A", kind="Absolute", start=None, **extra):
    p = {
        "chargingProfileId": pid,
        "stackLevel": level,
        "chargingProfilePurpose": purpose,
        "chargingProfileKind": kind,
        "chargingSchedule": {
            "chargingRateUnit": unit,
            "chargingSchedulePeriod": [{"startPeriod": s, "limit": lim} for s, lim in periods],
        },
    }
    if start is not None:
        p["chargingSchedule"]["startSchedule"] = compat.iso_from_unix(start)
    p.update(extra)
    return p


def test_stack_levels_and_purposes(tmp_path):
    sc = SmartCharging(str(tmp_path))
    t0 = 1_700_000_000
    assert sc.install(0, profile(1, "TxDefaultProfile", 0, [(0, 32)], start=t0), None) == "Accepted"
    assert (
        sc.install(0, profile(2, "TxDefaultProfile", 1, [(0, 20), (600, 10)], start=t0), None) == "Accepted"
    )
    assert sc.limit_at(1, t0 + 10) == 20  # higher stack level wins
    assert sc.limit_at(1, t0 + 700) == 10
    assert sc.install(0, profile(3, "ChargePointMaxProfile", 0, [(0, 16)], start=t0), None) == "Accepted"
    assert sc.limit_at(1, t0 + 10) == 16  # min(ChargePointMax, Tx)
    # TxProfile needs a transaction and a real connector
    assert sc.install(1, profile(4, "TxProfile", 0, [(0, 8)], start=t0), None) == "Rejected"
    assert sc.install(0, profile(4, "TxProfile", 0, [(0, 8)], start=t0), 5) == "Rejected"
    assert sc.install(1, profile(4, "TxProfile", 0, [(0, 8)], start=t0), 5) == "Accepted"
    assert sc.limit_at(1, t0 + 10, tx_id=5, tx_start=t0) == 8
    # ChargePointMaxProfile only on connector 0
    assert sc.install(1, profile(5, "ChargePointMaxProfile", 0, [(0, 8)], start=t0), None) == "Rejected"
    # same purpose and stack level replaces
    assert sc.install(0, profile(6, "TxDefaultProfile", 1, [(0, 12)], start=t0), None) == "Accepted"
    assert [e["profile"]["chargingProfileId"] for e in sc.installed].count(2) == 0
    # persisted
    assert len(SmartCharging(str(tmp_path)).installed) == len(sc.installed)


def test_watts_are_converted_with_phases_and_voltage(tmp_path):
    sc = SmartCharging(str(tmp_path), voltage=230, phases=3)
    t0 = 1_700_000_000
    sc.install(0, profile(1, "TxDefaultProfile", 0, [(0, 11040)], unit="W", start=t0), None)
    assert sc.limit_at(1, t0) == pytest.approx(16.0)


def test_recurring_daily_and_relative(tmp_path):
    sc = SmartCharging(str(tmp_path))
    day0 = 1_699_920_000  # a midnight UTC
    p = profile(
        1,
        "TxDefaultProfile",
        0,
        [(0, 10), (8 * 3600, 32)],
        kind="Recurring",
        start=day0,
        recurrencyKind="Daily",
    )
    assert sc.install(1, p, None) == "Accepted"
    assert sc.limit_at(1, day0 + 5 * 86400 + 3600) == 10
    assert sc.limit_at(1, day0 + 5 * 86400 + 9 * 3600) == 32
    sc2 = SmartCharging(str(tmp_path / "b"))
    compat.makedirs(str(tmp_path / "b"))
    sc2.install(1, profile(2, "TxDefaultProfile", 0, [(0, 6), (60, 20)], kind="Relative"), None)
    assert sc2.limit_at(1, 5000 + 30, tx_id=1, tx_start=5000) == 6
    assert sc2.limit_at(1, 5000 + 61, tx_id=1, tx_start=5000) == 20


def test_composite_schedule_merges_breakpoints(tmp_path):
    sc = SmartCharging(str(tmp_path))
    t0 = 1_700_000_000
    sc.install(0, profile(1, "ChargePointMaxProfile", 0, [(0, 20), (300, 30)], start=t0), None)
    sc.install(1, profile(2, "TxDefaultProfile", 0, [(0, 25), (600, 10)], start=t0), None)
    comp = sc.composite(1, 900, "A", t0, 32)
    assert comp["chargingSchedulePeriod"] == [
        {"startPeriod": 0, "limit": 20},
        {"startPeriod": 300, "limit": 25},
        {"startPeriod": 600, "limit": 10},
    ]
    watts = sc.composite(1, 900, "W", t0, 32)
    assert watts["chargingSchedulePeriod"][0]["limit"] == 20 * 230 * 3


def test_clear_by_id_and_by_criteria(tmp_path):
    sc = SmartCharging(str(tmp_path))
    sc.install(0, profile(1, "TxDefaultProfile", 0, [(0, 10)]), None)
    sc.install(1, profile(2, "TxDefaultProfile", 1, [(0, 10)]), None)
    assert sc.clear(profile_id=99) is False
    assert sc.clear(profile_id=1) is True
    assert sc.clear(connector_id=1, purpose="TxDefaultProfile") is True
    assert sc.installed == []


@pytest.mark.asyncio
async def test_tc_056_tx_default_profile_drives_pilot_duty(central_system, charger):
    cs = central_system
    tid = await start_charging(cs, charger)
    assert charger.hal.conns[0].duty == duty_for_current(32)
    r = await cs.call(
        CP,
        "SetChargingProfile",
        {"connectorId": 0, "csChargingProfiles": profile(1, "TxDefaultProfile", 0, [(0, 10)])},
    )
    assert r["status"] == "Accepted"
    await charger.wait(lambda: charger.hal.conns[0].duty == duty_for_current(10), 5, "duty for 10 A")
    # TC_057 TxProfile on top for this transaction
    tx_prof = profile(2, "TxProfile", 0, [(0, 6)], transactionId=tid)
    r = await cs.call(CP, "SetChargingProfile", {"connectorId": 1, "csChargingProfiles": tx_prof})
    assert r["status"] == "Accepted"
    await charger.wait(lambda: charger.hal.conns[0].duty == duty_for_current(6), 5, "duty for 6 A")
    await charger.wait(lambda: charger.hal.currents(1)[0] == 6.0, 5, "EV follows")
    # TC_066 composite schedule
    comp = await cs.call(CP, "GetCompositeSchedule", {"connectorId": 1, "duration": 600})
    assert comp["status"] == "Accepted"
    assert comp["chargingSchedule"]["chargingSchedulePeriod"][0]["limit"] == 6
    # TC_067 clear the TxProfile: back to the default
    assert (await cs.call(CP, "ClearChargingProfile", {"id": 2}))["status"] == "Accepted"
    await charger.wait(lambda: charger.hal.conns[0].duty == duty_for_current(10), 5, "duty for 10 A again")
    assert (await cs.call(CP, "ClearChargingProfile", {"id": 2}))["status"] == "Unknown"
    # a zero limit suspends charging: pilot to 100 %, SuspendedEVSE
    zero = profile(3, "TxDefaultProfile", 5, [(0, 0)])
    mark = cs.mark()
    await cs.call(CP, "SetChargingProfile", {"connectorId": 1, "csChargingProfiles": zero})
    await cs.wait_for("StatusNotification", where=lambda p: p["status"] == "SuspendedEVSE", since=mark)
    await charger.wait(lambda: charger.hal.conns[0].duty == 100.0, 5, "pilot at 100 %")
    await charger.wait(lambda: not charger.hal.conns[0].contacts_closed, 5, "relay open")


@pytest.mark.asyncio
async def test_tc_059_remote_start_with_charging_profile(central_system, charger):
    cs = central_system
    charger.hal.ev(1).plug()
    prof = profile(9, "TxProfile", 0, [(0, 12)], kind="Relative")
    r = await cs.call(CP, "RemoteStartTransaction", {"idTag": "P", "connectorId": 1, "chargingProfile": prof})
    assert r["status"] == "Accepted"
    await cs.wait_for("StartTransaction", cp=CP)
    await charger.wait(lambda: charger.hal.conns[0].duty == duty_for_current(12), 5, "duty for 12 A")
    bad = profile(10, "TxDefaultProfile", 0, [(0, 12)])
    r = await cs.call(CP, "RemoteStartTransaction", {"idTag": "P", "connectorId": 1, "chargingProfile": bad})
    assert r["status"] == "Rejected"


@pytest.mark.asyncio
async def test_tx_profile_without_transaction_is_rejected(central_system, charger):
    r = await central_system.call(
        CP,
        "SetChargingProfile",
        {"connectorId": 1, "csChargingProfiles": profile(1, "TxProfile", 0, [(0, 10)])},
    )
    assert r["status"] == "Rejected"


@pytest.mark.asyncio
async def test_tx_profile_right_behind_the_start_answer_is_accepted(central_system, charger):
    """A central system that allocates at once sends the TxProfile of a new transaction in the same
    breath as its StartTransaction answer: the firmware must know the transaction id by then."""
    cs = central_system
    charger.hal.ev(1).plug()
    conn = await cs.wait_connected(CP)
    answers = []
    plain_send = conn._send

    async def send_then_profile(message):
        await plain_send(message)
        msg = json.loads(message)
        if msg[0] == 3 and "transactionId" in msg[2]:
            tid = msg[2]["transactionId"]
            prof = profile(7, "TxProfile", 0, [(0, 16)], kind="Relative", transactionId=tid)
            frame = [2, "tx-profile", "SetChargingProfile", {"connectorId": 1, "csChargingProfiles": prof}]
            await plain_send(json.dumps(frame))  # back to back with the answer

    conn._send = send_then_profile
    real_route = conn.route_message

    async def route(raw):
        msg = json.loads(raw)
        if msg[0] == 3 and msg[1] == "tx-profile":
            answers.append(msg[2])
            return
        await real_route(raw)

    conn.route_message = route
    assert (await cs.call(CP, "RemoteStartTransaction", {"idTag": "TAG1", "connectorId": 1}))[
        "status"
    ] == "Accepted"
    await charger.wait(lambda: answers, 5, "the answer to the TxProfile")
    assert answers == [{"status": "Accepted"}]
    await charger.wait(lambda: charger.hal.conns[0].duty == duty_for_current(16), 5, "duty for 16 A")
