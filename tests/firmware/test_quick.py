import pytest


@pytest.mark.asyncio
async def test_remote_start_stop(central_system, charger):
    cs = central_system
    await cs.wait_for("StatusNotification", where=lambda p: p["connectorId"] == 1 and p["status"] == "Available")
    charger.hal.ev(1).plug()
    await cs.wait_for("StatusNotification", where=lambda p: p["status"] == "Preparing")
    r = await cs.call("CP1", "RemoteStartTransaction", {"idTag": "TAG1", "connectorId": 1})
    assert r == {"status": "Accepted"}
    start = await cs.wait_for("StartTransaction")
    tid = start["response"]["transactionId"] if start["response"] else None
    await cs.wait_for("StatusNotification", where=lambda p: p["status"] == "Charging")
    mv = await cs.wait_for("MeterValues", timeout=5)
    print(mv)
    r = await cs.call("CP1", "RemoteStopTransaction", {"transactionId": 1})
    assert r == {"status": "Accepted"}
    stop = await cs.wait_for("StopTransaction")
    print(stop, tid)
