"""End-to-end under the real MicroPython unix port: the firmware (sim HAL) against a real central system.

Boot, remote start, meter values, remote stop; then an offline period with queued messages
(the server is stopped and restarted on the same port), reconnect, and in-order delivery.
"""

import asyncio
import os

import pytest

from tests.helpers.tls import self_signed, tls_echo_server
from tests.services import terminate

from .conftest import REPO, find_micropython
from .unix_port import control, spawn, write_config


async def _until(predicate, timeout, what):
    async def loop():
        while not predicate():  # noqa: ASYNC110 - polls files and a subprocess, there is no event
            await asyncio.sleep(0.02)

    try:
        await asyncio.wait_for(loop(), timeout)
    except TimeoutError:
        raise AssertionError("timed out waiting for " + what) from None


def _journal(store):
    d = os.path.join(store, "journal")
    return sorted(n for n in os.listdir(d) if n.endswith(".msg")) if os.path.isdir(d) else []


@pytest.mark.asyncio
async def test_micropython_session_offline_and_reconnect(central_system, tmp_path):
    mp = find_micropython()
    cs = central_system
    store = str(tmp_path / "store")
    cfg_path = write_config(tmp_path / "config.json", cs.url + "/ocpp", "MPY1", store)
    log_path = tmp_path / "firmware.log"
    proc = spawn(mp, cfg_path, log_path)
    try:
        boot = await cs.wait_for("BootNotification", cp="MPY1", timeout=15)
        assert boot["payload"]["chargePointVendor"] == "PlagSini"
        await cs.wait_for(
            "StatusNotification", where=lambda p: p["connectorId"] == 1 and p["status"] == "Preparing"
        )

        # remote start -> StartTransaction -> Charging -> MeterValues
        assert await cs.call("MPY1", "RemoteStartTransaction", {"idTag": "MPYTAG", "connectorId": 1}) == {
            "status": "Accepted"
        }
        start = await cs.wait_for("StartTransaction", cp="MPY1")
        tid = start["response"]["transactionId"]
        await cs.wait_for("StatusNotification", where=lambda p: p["status"] == "Charging")
        mv = await cs.wait_for("MeterValues", where=lambda p: p.get("transactionId") == tid)
        measurands = {sv.get("measurand") for sv in mv["payload"]["meterValue"][0]["sampledValue"]}
        assert {"Energy.Active.Import.Register", "Power.Active.Import", "Current.Import"} <= measurands

        # remote stop
        assert await cs.call("MPY1", "RemoteStopTransaction", {"transactionId": tid}) == {
            "status": "Accepted"
        }
        stop = await cs.wait_for("StopTransaction", where=lambda p: p["transactionId"] == tid)
        assert stop["payload"]["reason"] == "Remote"
        assert stop["payload"]["meterStop"] >= start["payload"]["meterStart"]

        # second session, then the central system goes away while charging
        control(store, "tag", "MPYTAG")
        start2 = await cs.wait_for("StartTransaction", since=cs.messages.index(stop) + 1)
        tid2 = start2["response"]["transactionId"]
        await cs.wait_for("MeterValues", where=lambda p: p.get("transactionId") == tid2)
        offline_from = cs.mark()
        await cs.stop()
        # while offline: meter values are journaled on flash, then the driver stops with the card
        await _until(lambda: len(_journal(store)) >= 3, 15, "3 queued MeterValues")
        path = control(store, "tag", "MPYTAG")
        await _until(lambda: not os.path.exists(path), 10, "control command applied")
        await _until(
            lambda: any("Stop" in open(os.path.join(store, "journal", n)).read() for n in _journal(store)),
            10,
            "queued StopTransaction",
        )
        queued = len(_journal(store))

        await cs.start()  # same port
        stop2 = await cs.wait_for("StopTransaction", since=offline_from, timeout=20)
        delivered = [
            m for m in cs.messages[offline_from:] if m["action"] in ("MeterValues", "StopTransaction")
        ]
        assert len(delivered) >= queued
        # in order: every queued MeterValues of the transaction before its StopTransaction, timestamps rising
        before_stop = delivered[: delivered.index(stop2)]
        assert len(before_stop) >= 3
        assert all(m["payload"]["transactionId"] == tid2 for m in before_stop)
        stamps = [m["payload"]["meterValue"][0]["timestamp"] for m in before_stop]
        assert stamps == sorted(stamps)
        assert stamps[-1] <= stop2["payload"]["timestamp"]
        assert stop2["payload"]["transactionId"] == tid2
        assert "reason" not in stop2["payload"]  # Local
        await _until(lambda: not _journal(store), 10, "journal drained")
    finally:
        terminate(proc, 5)
        print(log_path.read_text()[-4000:])


TLS_CLIENT = """
import sys
sys.path.insert(0, {repo!r})
from firmware.compat import asyncio
from firmware import wsclient

async def main():
    ctx = wsclient.make_ssl_context({ca!r})
    c = wsclient.WebSocketClient({url!r}, username="MPTLS", password="tls-key-0123456789", ssl_context=ctx)
    await c.connect()
    await c.send("hello over tls")
    print("GOT", await c.recv())
    await c.close()

asyncio.run(main())
"""


@pytest.mark.asyncio
async def test_micropython_wss_with_ca_and_basic_auth(tmp_path):
    """Security profile 2 under MicroPython: TLS verified against a CA file, Basic auth, subprotocol."""
    mp = find_micropython()
    cert, key = self_signed(tmp_path)
    async with tls_echo_server(cert, key) as (port, auth):
        script = tmp_path / "tls_client.py"
        script.write_text(TLS_CLIENT.format(repo=REPO, ca=cert, url=f"wss://localhost:{port}/MPTLS"))
        proc = await asyncio.create_subprocess_exec(
            mp, str(script), stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT
        )
        out, _ = await asyncio.wait_for(proc.communicate(), 30)
    assert "GOT hello over tls" in out.decode(), out.decode()
    assert auth[0].startswith("Basic ")
