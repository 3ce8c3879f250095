"""A real WebSocket OCPP 2.0.1 charging station for the conformance tests.

`Station201` speaks OCPP-J over `websockets.connect` with the `ocpp2.0.1` subprotocol and checks every
frame it sends and receives against the OCPP 2.0.1 JSON schemas shipped with the `ocpp` library (a
CALL and its CALLRESULT, in both directions); a frame that fails is a test failure. `raw()` sends an
arbitrary frame unchecked (for the malformed-frame cases)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import uuid
from collections.abc import AsyncIterator
from functools import cache
from typing import Any

import ocpp
import pytest
import websockets
from jsonschema import Draft6Validator
from websockets.typing import Subprotocol

from tests.ocpp.conftest import basic

SCHEMAS = os.path.join(os.path.dirname(ocpp.__file__), "v201", "schemas")

#: The station's default answers to the central system's CALLs.
DEFAULT_ANSWERS: dict[str, Any] = {
    "RequestStartTransaction": {"status": "Accepted"},
    "RequestStopTransaction": {"status": "Accepted"},
    "ChangeAvailability": {"status": "Accepted"},
    "Reset": {"status": "Accepted"},
    "GetVariables": lambda payload: {
        "getVariableResult": [
            {
                "attributeStatus": "Accepted",
                "attributeValue": "60",
                "component": d["component"],
                "variable": d["variable"],
            }
            for d in payload["getVariableData"]
        ]
    },
    "SetVariables": lambda payload: {
        "setVariableResult": [
            {"attributeStatus": "Accepted", "component": d["component"], "variable": d["variable"]}
            for d in payload["setVariableData"]
        ]
    },
}


@cache
def schema(action: str, kind: str) -> Draft6Validator:
    with open(os.path.join(SCHEMAS, f"{action}{kind}.json"), encoding="utf-8-sig") as f:
        return Draft6Validator(json.load(f))


def check(action: str, kind: str, payload: Any) -> None:
    errors = sorted(schema(action, kind).iter_errors(payload), key=str)
    assert not errors, f"{action}{kind} fails the OCPP 2.0.1 schema: {errors[0].message}"


class Station201:
    def __init__(self, cpid: str, ws: Any) -> None:
        self.id = cpid
        self.ws = ws
        self.answers: dict[str, Any] = dict(DEFAULT_ANSWERS)
        self.received: asyncio.Queue[tuple[str, dict[str, Any]]] = asyncio.Queue()
        self._waiting: dict[str, tuple[str | None, asyncio.Future[list[Any]]]] = {}
        self.problems: list[str] = []

    async def run(self) -> None:
        async for raw in self.ws:
            try:
                frame = json.loads(raw)
            except ValueError:
                self.problems.append(f"not JSON: {raw!r}")
                continue
            if frame[0] == 2:
                await self._answer(frame)
                continue
            waiting = self._waiting.pop(frame[1], None)
            if waiting is None:
                self.problems.append(f"unexpected frame {frame!r}")
                continue
            action, fut = waiting
            if frame[0] == 3 and action is not None:
                try:
                    check(action, "Response", frame[2])
                except AssertionError as e:
                    self.problems.append(str(e))
            if not fut.done():
                fut.set_result(frame)

    async def _answer(self, frame: list[Any]) -> None:
        _, uid, action, payload = frame
        try:
            check(action, "Request", payload)
        except AssertionError as e:
            self.problems.append(str(e))
            raise
        await self.received.put((action, payload))
        answer = self.answers.get(action)
        if callable(answer):
            answer = answer(payload)
        if answer is None:
            await self.ws.send(json.dumps([4, uid, "NotImplemented", "", {}]))
            return
        check(action, "Response", answer)
        await self.ws.send(json.dumps([3, uid, answer]))

    async def raw(
        self, frame: str, unique_id: str, action: str | None = None, timeout: float = 10
    ) -> list[Any]:
        fut: asyncio.Future[list[Any]] = asyncio.get_running_loop().create_future()
        self._waiting[unique_id] = (action, fut)
        await self.ws.send(frame)
        async with asyncio.timeout(timeout):
            return await fut

    async def call(self, action: str, payload: dict[str, Any]) -> dict[str, Any]:
        """Send a schema-valid CALL; return the CALLRESULT payload (checked against the schema)."""
        check(action, "Request", payload)
        uid = str(uuid.uuid4())
        answer = await self.raw(json.dumps([2, uid, action, payload]), uid, action)
        assert answer[0] == 3, answer
        assert not self.problems, self.problems
        return dict(answer[2])

    async def expect(self, action: str, timeout: float = 10) -> dict[str, Any]:
        async with asyncio.timeout(timeout):
            while True:
                got, payload = await self.received.get()
                if got == action:
                    return payload

    async def boot(self, reason: str = "PowerUp") -> dict[str, Any]:
        return await self.call(
            "BootNotification",
            {
                "chargingStation": {
                    "model": "Sim-201",
                    "vendorName": "PlagSini",
                    "serialNumber": "SN-201",
                    "firmwareVersion": "2.0.1-sim",
                },
                "reason": reason,
            },
        )

    async def status(self, evse: int, status: str, timestamp: str) -> dict[str, Any]:
        return await self.call(
            "StatusNotification",
            {"timestamp": timestamp, "connectorStatus": status, "evseId": evse, "connectorId": 1},
        )


@contextlib.asynccontextmanager
async def connect201(
    url: str,
    cpid: str,
    key: str | None = None,
    *,
    boot: bool = True,
    subprotocols: list[str] | None = None,
    **kw: Any,
) -> AsyncIterator[Station201]:
    """`kw`: passed to `websockets.connect` (e.g. `ssl` for the TLS listener)."""
    offered = [Subprotocol(s) for s in (subprotocols or ["ocpp2.0.1"])]
    async with websockets.connect(
        f"{url}/{cpid}",
        subprotocols=offered,
        additional_headers=basic(cpid, key) if key else {},
        open_timeout=10,
        **kw,
    ) as ws:
        assert ws.subprotocol == "ocpp2.0.1", ws.subprotocol
        station = Station201(cpid, ws)
        task = asyncio.create_task(station.run())
        try:
            if boot:
                answer = await station.boot()
                assert answer["status"] == "Accepted", answer
            yield station
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        assert not station.problems, station.problems


#: The databases a test runs on (MariaDB only with its marker).
BACKENDS = ["sqlite", pytest.param("mariadb", marks=pytest.mark.mariadb)]


async def server_on(server_factory: Any, request: pytest.FixtureRequest, backend: str) -> Any:
    """A platform on the `backend` database (one of `BACKENDS`)."""
    if backend == "mariadb":
        return await server_factory(database_url=request.getfixturevalue("migrated_mariadb_url"))
    return await server_factory()
