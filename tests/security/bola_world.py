"""Two drivers' worlds on a node process, built through the API and a real OCPP charger:

driver B owns a vehicle, an RFID card, a top-up, a wallet adjustment, a support message, an API
key, a completed and billed session (charging request, receipt), a running session and a
reservation; driver A owns nothing of interest. The attack tests call operations as A with B's ids.

    world = await build_world(node)      # World: node, api, admin, a, b, ids, charger (SimCharger)
    state = await world.b_state()        # what B and an admin see of B's objects (compare before/after)
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import datetime as dt
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from ocpp.v16 import call

from tests.conftest import TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD
from tests.ocpp.conftest import SimCharger, connect
from tests.security.api import Account, Api

CPID = "CP-BOLA-1"
B_TAG = "B0LA7AG0001"
B_PLATE = "BOLA 4242"
B_SUBJECT = "Bola private subject 7c1"
B_PROBLEM = "Bola private problem 3e9"


def encode(type_name: str, pk: int | str) -> str:
    return base64.urlsafe_b64encode(f"{type_name}:{pk}".encode()).decode().rstrip("=")


def decode(gid: str) -> tuple[str, str]:
    raw = base64.urlsafe_b64decode(gid + "=" * (-len(gid) % 4)).decode()
    kind, _, pk = raw.partition(":")
    return kind, pk


def ts(t: dt.datetime) -> str:
    return t.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


@dataclass
class World:
    node: Any
    api: Api
    admin: Account
    a: Account
    b: Account
    charger_id: str = ""
    charger: SimCharger | None = None
    #: B's objects: label -> opaque ID.
    ids: dict[str, str] = field(default_factory=dict)
    #: Strings that only B's objects contain (email, card, plate, subject, ...).
    markers: list[str] = field(default_factory=list)
    b_session: str = ""
    b_request: str = ""

    def encode(self, type_name: str, pk: int | str) -> str:
        return encode(type_name, pk)

    async def b_state(self) -> Any:
        """B's objects as B and as an admin see them."""
        mine = await self.api.ok(
            """{ me { id email name phone role disabled
                   vehicles(first: 50) { edges { node { id brand model plateNumber nickname } } }
                   idTags(first: 50) { edges { node { id idTag status label } } }
                   apiKeys(includeRevoked: true, first: 50) { edges { node { id name revoked scope } } } }
                 wallet { balance { amount } }
                 mySessions(first: 50) { edges { node { id status energyWh billed stoppedAt } } }
                 myReceipts(first: 50) { edges { node { id } } }
                 myTopUps(first: 50) { edges { node { id status } } }
                 myProblemReports(first: 50) { edges { node { id status note resolution } } } }""",
            token=self.b.access,
        )
        admin_view = await self.api.ok(
            """query($u: ID!) { user(id: $u) { id email role disabled }
                 supportMessages(first: 100) { edges { node { id email subject status reply } } }
                 reservations(first: 100) { edges { node { id status } } } }""",
            {"u": self.b.id},
            token=self.admin.access,
        )
        return {"b": mine, "admin": admin_view}


async def _start_session(world: World, cp: SimCharger, connector: int, meter_start: int) -> tuple[str, int]:
    api, b = world.api, world.b
    started = asyncio.create_task(
        api.ok(
            """mutation($i: StartChargingInput!) { startCharging(input: $i) { request { id status }
                 errors { code message } } }""",
            {"i": {"chargerId": world.charger_id, "connectorId": connector}},
            token=b.access,
        )
    )
    remote = await cp.expect("RemoteStartTransaction")
    request_id = (await started)["startCharging"]["request"]["id"]
    t0 = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=20)
    st = await cp.call(
        call.StartTransaction(
            connector_id=connector, id_tag=remote["idTag"], meter_start=meter_start, timestamp=ts(t0)
        ),
        suppress=False,
    )
    await cp.call(
        call.MeterValues(
            connector_id=connector,
            transaction_id=st.transaction_id,
            meter_value=[
                {
                    "timestamp": ts(t0 + dt.timedelta(minutes=10)),
                    "sampledValue": [
                        {
                            "value": str(meter_start + 2500),
                            "measurand": "Energy.Active.Import.Register",
                            "unit": "Wh",
                        }
                    ],
                }
            ],
        ),
        suppress=False,
    )
    return request_id, int(st.transaction_id)


async def _wait_session(world: World, request_id: str, status: str) -> dict[str, Any]:
    q = """query($id: ID!) { chargingRequest(id: $id) { status session { id status billed receiptId } } }"""
    async with asyncio.timeout(20):
        while True:
            data = await world.api.ok(q, {"id": request_id}, token=world.b.access)
            req = data["chargingRequest"]
            session = req.get("session") or {}
            if session.get("status") == status and (status != "COMPLETED" or session.get("receiptId")):
                return session
            await asyncio.sleep(0.1)  # polling the API as a client would; bounded by the timeout


@contextlib.asynccontextmanager
async def built_world(node: Any) -> AsyncIterator[World]:
    api = Api(node.http_url)
    try:
        admin = await api.login(TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD)
        world = World(node, api, admin, await api.create_driver(admin), await api.create_driver(admin))
        b = world.b
        await api.ok(
            """mutation { createTariff(input: {name: "Sweep AC", pricePerKwh: "1", sessionFee: "1",
                 reservationFee: "0", isDefault: true}) { errors { code message } } }""",
            token=admin.access,
        )
        reg = await api.ok(
            """mutation($i: RegisterChargerInput!) { registerCharger(input: $i) { charger { id }
                 authorizationKey errors { code message } } }""",
            {"i": {"chargePointId": CPID, "securityProfile": 1, "name": "Sweep charger", "city": "KL"}},
            token=admin.access,
        )
        world.charger_id = reg["registerCharger"]["charger"]["id"]
        key = reg["registerCharger"]["authorizationKey"]
        await api.credit(admin, b.id, "60.00")
        vehicle = await api.ok(
            """mutation($i: CreateVehicleInput!) { createVehicle(input: $i)
                 { vehicle { id } errors { code } } }""",
            {"i": {"brand": "Proton", "model": "e.MAS 7", "plateNumber": B_PLATE, "nickname": "Bola car"}},
            token=b.access,
        )
        world.ids["vehicle"] = vehicle["createVehicle"]["vehicle"]["id"]
        tag = await api.ok(
            """mutation($i: AddRfidTagInput!) { addRfidTag(input: $i)
                 { idTag { id } errors { code message } } }""",
            {"i": {"idTag": B_TAG, "label": "Bola card"}},
            token=b.access,
        )
        world.ids["rfid"] = tag["addRfidTag"]["idTag"]["id"]
        topup = await api.ok(
            """mutation($i: CreateTopUpInput!) { createTopUp(input: $i)
                 { topUp { id } errors { code message } } }""",
            {"i": {"amount": "20.00", "method": "FPX", "idempotencyKey": uuid.uuid4().hex}},
            token=b.access,
        )
        world.ids["topup"] = topup["createTopUp"]["topUp"]["id"]
        msg = await api.ok(
            """mutation($i: SendSupportMessageInput!) { sendSupportMessage(input: $i) { message { id }
                 errors { code message } } }""",
            {"i": {"subject": B_SUBJECT, "body": "About my card."}},
            token=b.access,
        )
        world.ids["support"] = msg["sendSupportMessage"]["message"]["id"]
        apikey = await api.ok(
            """mutation { createApiKey(input: {name: "Bola key", scope: READ})
                 { apiKey { id } errors { code } } }""",
            token=b.access,
        )
        world.ids["apikey"] = apikey["createApiKey"]["apiKey"]["id"]
        me = await api.ok(
            """{ me { idTags(first: 10) { edges { node { id idTag kind } } } }
                 wallet { transactions(first: 10) { edges { node { id } } } } }""",
            token=b.access,
        )
        for i, edge in enumerate(me["me"]["idTags"]["edges"]):
            world.ids[f"idtag{i}"] = edge["node"]["id"]
            world.markers.append(edge["node"]["idTag"])
        for i, edge in enumerate(me["wallet"]["transactions"]["edges"]):
            world.ids[f"posting{i}"] = edge["node"]["id"]

        async with connect(node.ocpp_url, CPID, key) as cp:
            world.charger = cp
            for connector in (1, 2, 3):
                await cp.call(
                    call.StatusNotification(connector_id=connector, error_code="NoError", status="Available"),
                    suppress=False,
                )
            # A completed, billed session (and its receipt).
            done_request, done_tx = await _start_session(world, cp, 1, 1000)
            stopping = asyncio.create_task(
                api.ok(
                    """mutation($i: StopChargingInput!) { stopCharging(input: $i)
                         { errors { code message } } }""",
                    {"i": {"sessionId": encode("ChargingSession", done_tx)}},
                    token=b.access,
                )
            )
            await cp.expect("RemoteStopTransaction")
            await stopping
            await cp.call(
                call.StopTransaction(
                    meter_stop=4000, timestamp=ts(dt.datetime.now(dt.UTC)), transaction_id=done_tx
                ),
                suppress=False,
            )
            done = await _wait_session(world, done_request, "COMPLETED")
            world.ids["request_done"] = done_request
            world.ids["session_done"] = done["id"]
            world.ids["receipt"] = done["receiptId"]
            # A running session.
            run_request, run_tx = await _start_session(world, cp, 2, 5000)
            running = await _wait_session(world, run_request, "ACTIVE")
            world.ids["request_running"] = run_request
            world.ids["session_running"] = running["id"]
            world.b_session, world.b_request = running["id"], run_request
            # A reservation.
            reserving = asyncio.create_task(
                api.ok(
                    """mutation($i: ReserveConnectorInput!) { reserveConnector(input: $i) { reservation { id }
                         errors { code message } } }""",
                    {"i": {"chargerId": world.charger_id, "connectorId": 3, "minutes": 30}},
                    token=b.access,
                )
            )
            await cp.expect("ReserveNow")
            world.ids["reservation"] = (await reserving)["reserveConnector"]["reservation"]["id"]
            world.ids["user"] = b.id
            problem = await api.ok(
                """mutation($i: ReportProblemInput!) { reportProblem(input: $i) { report { id }
                     errors { code message } } }""",
                {"i": {"chargePointId": CPID, "category": "OTHER", "note": B_PROBLEM}},
                token=b.access,
            )
            world.ids["problem"] = problem["reportProblem"]["report"]["id"]
            world.markers += [b.email, B_TAG, B_PLATE, B_SUBJECT, B_PROBLEM, "Bola car", "Bola key"]
            yield world
    finally:
        await api.close()


@pytest.fixture
async def world(spawn_node: Any) -> AsyncIterator[World]:
    async with built_world(spawn_node()) as w:
        yield w
