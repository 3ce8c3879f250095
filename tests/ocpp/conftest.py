"""A real WebSocket charger for the conformance tests: the `ocpp` library's ChargePoint on
`websockets.connect`, answering the central system's CALLs with configurable payloads."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import uuid
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest
import websockets
from ocpp.messages import unpack
from ocpp.v16 import ChargePoint, call
from websockets.typing import Subprotocol

from domain import chargers

# Default answers of the simulated charger to each central-system CALL.
DEFAULT_ANSWERS: dict[str, dict[str, Any]] = {
    "RemoteStartTransaction": {"status": "Accepted"},
    "RemoteStopTransaction": {"status": "Accepted"},
    "ChangeAvailability": {"status": "Accepted"},
    "ChangeConfiguration": {"status": "Accepted"},
    "GetConfiguration": {
        "configurationKey": [
            {"key": "HeartbeatInterval", "readonly": False, "value": "60"},
            {"key": "NumberOfConnectors", "readonly": True, "value": "2"},
        ]
    },
    "ClearCache": {"status": "Accepted"},
    "Reset": {"status": "Accepted"},
    "UnlockConnector": {"status": "Unlocked"},
    "GetDiagnostics": {"fileName": "diag-1.tar.gz"},
    "UpdateFirmware": {},
    "ReserveNow": {"status": "Accepted"},
    "CancelReservation": {"status": "Accepted"},
    "DataTransfer": {"status": "UnknownVendorId"},
    "GetLocalListVersion": {"listVersion": 0},
    "SendLocalList": {"status": "Accepted"},
    "TriggerMessage": {"status": "Accepted"},
    "GetCompositeSchedule": {"status": "Rejected"},
    "ClearChargingProfile": {"status": "Accepted"},
    "SetChargingProfile": {"status": "Accepted"},
}


class SimCharger(ChargePoint):
    """Answers CALLs from `answers` (a dict, or a callable (action, payload) -> dict | ('error', code)),
    records them in `received`; `raw()` sends an arbitrary frame and returns the answer frame."""

    def __init__(self, cpid: str, ws: Any) -> None:
        super().__init__(cpid, ws, response_timeout=10)
        self.ws = ws
        self.answers: dict[str, Any] = dict(DEFAULT_ANSWERS)
        self.received: asyncio.Queue[tuple[str, dict[str, Any]]] = asyncio.Queue()
        self._raw_waiting: dict[str, asyncio.Future[list[Any]]] = {}
        self.delay: dict[str, float] = {}
        #: "recv <Action>" / "answered <Action>" in order, to check the one-outstanding-CALL rule.
        self.log: list[str] = []

    async def route_message(self, raw_msg: Any) -> None:
        try:
            data = json.loads(raw_msg)
        except ValueError:
            return
        if isinstance(data, list) and len(data) >= 2 and data[1] in self._raw_waiting:
            fut = self._raw_waiting.pop(data[1])
            if not fut.done():
                fut.set_result(data)
            return
        if isinstance(data, list) and data and data[0] == 2:
            asyncio.ensure_future(self._answer(data))
            return
        msg = unpack(raw_msg)
        self._response_queue.put_nowait(msg)

    async def _answer(self, data: list[Any]) -> None:
        _, uid, action, payload = data
        self.log.append(f"recv {action}")
        await self.received.put((action, payload))
        if action in self.delay:
            await asyncio.sleep(self.delay[action])
        answer = self.answers.get(action, {})
        if callable(answer):
            answer = answer(action, payload)
        if isinstance(answer, tuple) and answer[0] == "error":
            frame = [4, uid, answer[1], "", {}]
        elif answer is None:
            return  # never answer (timeout tests)
        else:
            frame = [3, uid, answer]
        self.log.append(f"answered {action}")
        await self.ws.send(json.dumps(frame))

    async def raw(self, frame: str | bytes, unique_id: str | None = None, timeout: float = 10) -> list[Any]:
        """Send a raw frame; wait for the answer with `unique_id` (or "-1" for an unparseable frame)."""
        uid = unique_id or "-1"
        fut: asyncio.Future[list[Any]] = asyncio.get_running_loop().create_future()
        self._raw_waiting[uid] = fut
        await self.ws.send(frame)
        async with asyncio.timeout(timeout):
            return await fut

    async def send_call(self, action: str, payload: Any, timeout: float = 10) -> list[Any]:
        """Send [2, id, action, payload] without client-side validation; return the answer frame."""
        uid = uuid.uuid4().hex[:20]
        return await self.raw(json.dumps([2, uid, action, payload]), uid, timeout)

    async def expect(self, action: str, timeout: float = 10) -> dict[str, Any]:
        async with asyncio.timeout(timeout):
            while True:
                got, payload = await self.received.get()
                if got == action:
                    return payload

    async def boot(self, **kw: Any) -> Any:
        return await self.call(
            call.BootNotification(
                charge_point_vendor=kw.get("vendor", "PlagSini"),
                charge_point_model=kw.get("model", "Sim-22"),
                charge_point_serial_number=kw.get("serial", "SN-1"),
                firmware_version=kw.get("firmware", "1.0.0"),
            ),
            suppress=False,
        )


def basic(cpid: str, key: str | bytes) -> dict[str, str]:
    """HTTP Basic credentials: the charge point id and the password (text, or raw bytes such as the
    decoded AuthorizationKey a conforming 1.6 charger sends)."""
    password = key if isinstance(key, bytes) else key.encode()
    token = base64.b64encode(cpid.encode() + b":" + password).decode()
    return {"Authorization": f"Basic {token}"}


async def register(platform: Any, cpid: str, profile: int = 1, **fields: Any) -> str:
    """Registers `cpid`; returns its AuthorizationKey ("" for profile 3, which has none)."""
    async with platform.sessionmaker() as s, s.begin():
        reg = await chargers.register(s, cpid, security_profile=profile, **fields)
    return reg.authorization_key or ""


@contextlib.asynccontextmanager
async def connect(
    url: str,
    cpid: str,
    key: str | None = None,
    *,
    boot: bool = True,
    subprotocols: list[Subprotocol] | None = None,
    **kw: Any,
) -> AsyncIterator[SimCharger]:
    headers = kw.pop("additional_headers", None) or (basic(cpid, key) if key else {})
    async with websockets.connect(
        f"{url}/{cpid}",
        subprotocols=subprotocols if subprotocols is not None else [Subprotocol("ocpp1.6")],
        additional_headers=headers,
        open_timeout=10,
        **kw,
    ) as ws:
        cp = SimCharger(cpid, ws)
        task = asyncio.create_task(cp.start())
        try:
            if boot:
                resp = await cp.boot()
                assert resp.status == "Accepted", resp
            yield cp
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task


class Events:
    """Collects bus events on channels; `await wait(pred)` with a timeout."""

    def __init__(self) -> None:
        self.items: list[tuple[str, Any]] = []
        self._cond = asyncio.Condition()

    async def add(self, channel: str, item: Any) -> None:
        async with self._cond:
            self.items.append((channel, item))
            self._cond.notify_all()

    async def wait(self, pred: Callable[[str, Any], bool], timeout: float = 10) -> Any:
        async with asyncio.timeout(timeout):
            async with self._cond:
                while True:
                    for ch, item in self.items:
                        if pred(ch, item):
                            return item
                    await self._cond.wait()


@pytest.fixture
async def listen(server: Any) -> AsyncIterator[Callable[..., Any]]:
    """`events = await listen("charger.CP.status", ...)`: subscribe before acting."""
    tasks: list[asyncio.Task[None]] = []

    async def start(*channels: str) -> Events:
        ev = Events()
        for ch in channels:
            ready = asyncio.Event()

            async def run(ch: str = ch, ready: asyncio.Event = ready, ev: Events = ev) -> None:
                async with server.platform.bus.subscribe(ch) as messages:
                    ready.set()
                    async for m in messages:
                        await ev.add(ch, m)

            tasks.append(asyncio.create_task(run()))
            async with asyncio.timeout(5):
                await ready.wait()
        return ev

    yield start
    for t in tasks:
        t.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await t


@pytest.fixture
async def charger(server: Any) -> AsyncIterator[SimCharger]:
    """A registered (profile 1), connected and booted charger "CP-1"."""
    key = await register(server.platform, "CP-1")
    async with connect(server.ocpp_url, "CP-1", key) as cp:
        yield cp
