"""Offline journal: order, reboot replay, TransactionMessageAttempts / RetryInterval."""

import pytest

from firmware.journal import Journal

from .conftest import RunningCharger, fw_config


def test_append_in_order_and_replay_after_reboot(tmp_path):
    d = str(tmp_path / "j")
    j = Journal(d)
    j.append("StartTransaction", {"connectorId": 1, "idTag": "A", "meterStart": 0, "timestamp": "t0"}, 1)
    j.append("MeterValues", {"connectorId": 1, "transactionId": 0, "meterValue": []}, 1)
    j.append("StopTransaction", {"transactionId": 0, "idTag": "A", "meterStop": 5, "timestamp": "t2"}, 1)
    rebooted = Journal(d)
    assert len(rebooted) == 3
    assert [e["action"] for e in rebooted.entries()] == ["StartTransaction", "MeterValues", "StopTransaction"]
    head = rebooted.head()
    assert head["action"] == "StartTransaction"
    # the real transactionId is only known after StartTransaction.conf
    assert rebooted.resolve(rebooted.entries()[1]) is None
    rebooted.pop(head["seq"])
    rebooted.map_tx(1, 42)
    again = Journal(d)
    assert again.resolve(again.head())["transactionId"] == 42
    assert again.append("MeterValues", {"transactionId": 0}, 1) > head["seq"] + 2  # numbering continues


def test_attempts_are_persisted(tmp_path):
    d = str(tmp_path / "j")
    j = Journal(d)
    j.append("MeterValues", {"transactionId": 3}, None)
    e = j.head()
    assert j.record_failure(e) == 1
    assert Journal(d).head()["attempts"] == 1


def test_torn_entry_is_skipped(tmp_path):
    d = str(tmp_path / "j")
    j = Journal(d)
    j.append("MeterValues", {"a": 1})
    j.append("MeterValues", {"a": 2})
    first = sorted(p for p in (tmp_path / "j").iterdir() if p.suffix == ".msg")[0]
    first.write_text('{"seq": 1, "act')
    assert Journal(d).head()["payload"] == {"a": 2}


@pytest.mark.asyncio
async def test_tc_032_1_power_loss_replays_journal_in_order_after_reboot(central_system, tmp_path):
    cs = central_system
    store = str(tmp_path / "cp")
    rc = RunningCharger(fw_config(cs.url, "J1", store), store)
    rc.power_on()
    await rc.booted()
    rc.hal.ev(1).plug()
    assert (await cs.call("J1", "RemoteStartTransaction", {"idTag": "T1", "connectorId": 1}))[
        "status"
    ] == "Accepted"
    start = await cs.wait_for("StartTransaction", cp="J1")
    tid = start["response"]["transactionId"]
    await cs.stop()
    await rc.wait(lambda: len(rc.cp.journal) >= 2, 10, "meter values queued offline")
    queued = [e["action"] for e in rc.cp.journal.entries()]
    assert set(queued) == {"MeterValues"}
    await rc.power_off()  # power loss while offline and charging
    mark = cs.mark()
    await cs.start()
    rc.power_on()  # reboot from flash
    stop = await cs.wait_for("StopTransaction", cp="J1", since=mark, timeout=15)
    assert stop["payload"]["reason"] == "PowerLoss"
    assert stop["payload"]["transactionId"] == tid
    after = [m for m in cs.messages[mark:] if m["action"] in ("MeterValues", "StopTransaction")]
    assert [m["action"] for m in after][: len(queued) + 1] == queued + ["StopTransaction"]
    assert all(m["payload"]["transactionId"] == tid for m in after)
    await rc.power_off()


@pytest.mark.asyncio
async def test_tc_039_offline_transaction_start_and_stop_delivered_after_reconnect(central_system, tmp_path):
    cs = central_system
    store = str(tmp_path / "cp")
    cfg = fw_config(cs.url, "J2", store, ocpp={"AllowOfflineTxForUnknownId": True})
    rc = RunningCharger(cfg, store)
    rc.power_on()
    await rc.booted()
    await rc.start_offline(cs, "OFFLINE1", timeout=10)
    await rc.wait(lambda: len(rc.cp.journal) >= 2, 10, "meter values")
    rc.cp.stop_transaction(rc.cp.connector(1), "Local")
    mark = cs.mark()
    await cs.start()
    start = await cs.wait_for("StartTransaction", since=mark, timeout=15)
    stop = await cs.wait_for("StopTransaction", since=mark, timeout=15)
    tid = start["response"]["transactionId"]
    assert stop["payload"]["transactionId"] == tid  # filled in from StartTransaction.conf
    actions = [
        m["action"]
        for m in cs.messages[mark:]
        if m["action"] in ("StartTransaction", "MeterValues", "StopTransaction")
    ]
    assert actions[0] == "StartTransaction" and actions[-1] == "StopTransaction"
    assert start["payload"]["timestamp"] < stop["payload"]["timestamp"]
    await rc.power_off()


@pytest.mark.asyncio
async def test_transaction_message_attempts_then_dropped(central_system, tmp_path):
    cs = central_system
    store = str(tmp_path / "cp")
    cfg = fw_config(
        cs.url,
        "J3",
        store,
        ocpp={
            "TransactionMessageAttempts": 2,
            "TransactionMessageRetryInterval": 1,
            "MeterValueSampleInterval": 0,
        },
    )
    rc = RunningCharger(cfg, store)
    rc.power_on()
    await rc.booted()
    cs.errors["StopTransaction"] = 5
    rc.hal.ev(1).plug()
    assert await rc.cp.present_id_tag("T3")
    await cs.wait_for("StartTransaction", cp="J3")
    mark = cs.mark()
    rc.cp.stop_transaction(rc.cp.connector(1), "Local")
    await rc.wait(lambda: len(rc.cp.journal.dropped) == 1, 10, "message dropped")
    tries = [m for m in cs.messages[mark:] if m["action"] == "StopTransaction"]
    assert len(tries) == 2  # TransactionMessageAttempts
    assert len(rc.cp.journal) == 0
    await rc.power_off()
