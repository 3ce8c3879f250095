"""The BOLA sweep, generated from the schema, against a node started as a process.

Every Query, Mutation and Subscription field that takes an ID anywhere (an argument, or a field of
an input object, directly or nested, required or not) is called as driver A with each of driver B's
ids (B's user, vehicle, cards and id tags, top-up, wallet postings, support message, API key,
charging requests, sessions, receipt, reservation; built through the API and a real OCPP charger),
one ID slot at a time (the other slots get the shared charger's id, so a check on the second slot is
reached). Each answer must be a refusal (NOT_FOUND or FORBIDDEN, or null for a nullable lookup),
must be exactly what a missing id of the same type gets (no existence oracle), and must carry
nothing of B's. Every operation that is not a driver's (not in `DRIVER_OPERATIONS`: a new operation
counts as an admin's until listed) must refuse driver A with FORBIDDEN. Afterwards B's objects are
unchanged and the charger received no command.

The list comes from the schema, so a new operation is swept without touching this file; one the
sweep cannot build arguments for fails unless listed in `UNBUILDABLE` with the reason.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

import pytest

from tests.realtime.gql_ws import GqlWs
from tests.security.bola_world import World, built_world, decode, encode
from tests.security.schema_values import CannotBuild, ValueBuilder, deep_selection, operation_text

pytestmark = [pytest.mark.slow]

#: Operations a driver may call (the rest are admins'). Adding a driver operation means adding it here.
DRIVER_OPERATIONS = {
    "query": {
        "platform", "me", "vehicle", "idTag", "user", "wallet", "paymentMethods", "topUp", "myTopUps",
        "chargingRequest", "chargingSession", "mySessions", "myReceipts", "receipt", "chargerTariff",
        "quote", "membershipPlans", "myMembership", "rewardsBalance", "pointHistory", "rewardCatalog",
        "myRedemptions", "myReferralCode", "myReferral", "chargers", "charger", "connectors", "stations",
        "station", "activeSession", "myStartRefusals", "myFavouriteStations", "myRecentStations",
        "myProblemReports", "pushConfig", "myChargerWatches", "sessionSiteLimit", "myReservations",
        "partnerStations", "partnerStation", "partnerSession", "partnerReservation",
        "myPartnerReservations",
    },
    "mutation": {
        "requestEmailCode", "verifyEmailCode", "register", "login", "refreshToken", "logout",
        "changePassword", "requestPasswordReset", "resetPassword", "deleteAccount", "updateProfile",
        "createVehicle", "updateVehicle", "deleteVehicle", "addRfidTag", "blockIdTag", "unblockIdTag",
        "createApiKey", "revokeApiKey", "createTopUp", "startCharging", "stopCharging", "reserveConnector",
        "cancelReservation", "subscribeMembership", "cancelMembership", "redeemReward", "applyReferralCode",
        "sendSupportMessage", "setFavouriteStation", "reportProblem",
        "subscribePush", "unsubscribePush", "watchCharger", "cancelChargerWatch",
        "startPartnerCharging", "stopPartnerCharging", "reservePartnerEvse", "cancelPartnerReservation",
    },
    "subscription": {
        "meterValues", "sessionProgress", "chargingRequest", "chargerStatus", "walletUpdates",
        "chargingRequestUpdated", "sessionSiteLimit",
        "partnerSessionUpdated", "partnerReservationUpdated",
    },
}  # fmt: skip

#: "kind.field" -> why the sweep cannot build its arguments (none today).
UNBUILDABLE: dict[str, str] = {}

#: Driver operations that must not run during the sweep (they end driver A's own sign-in).
NOT_CALLED_AS_DRIVER = {"mutation.logout": "signs driver A out", "mutation.deleteAccount": "erases driver A"}

REFUSALS = {"NOT_FOUND", "FORBIDDEN"}
MISSING_PK = 99999999
SUB_WAIT = 2.0
PARALLEL = 4  # calls in flight at once


def _codes(body: dict[str, Any], field: str) -> set[str]:
    codes = {str((e.get("extensions") or {}).get("code")) for e in body.get("errors") or []}
    value = (body.get("data") or {}).get(field)
    if isinstance(value, dict):
        codes |= {str(e.get("code")) for e in value.get("errors") or [] if isinstance(e, dict)}
    return codes


def _normal(body: dict[str, Any]) -> Any:
    """An answer without what legitimately differs between two calls (error locations)."""
    errors = [
        {"message": e.get("message"), "extensions": e.get("extensions")} for e in body.get("errors") or []
    ]
    return {"data": body.get("data"), "errors": errors}


class Sweep:
    def __init__(self, world: World, schema: dict[str, Any], ws: GqlWs) -> None:
        self.world = world
        self.values = ValueBuilder(schema)
        self.schema = schema
        self.ws = ws
        self.failures: list[str] = []
        self.calls = 0
        self.limit = asyncio.Semaphore(PARALLEL)
        self.secrets = [*world.markers, *world.ids.values()]

    def operations(self) -> list[tuple[str, dict[str, Any]]]:
        out = []
        for kind, key in (
            ("query", "queryType"),
            ("mutation", "mutationType"),
            ("subscription", "subscriptionType"),
        ):
            for f in self.values.type_named(self.schema[key]["name"])["fields"]:
                out.append((kind, f))
        return out

    def id_slots(self, field: dict[str, Any]) -> list[str]:
        slots: list[str] = []
        for arg in field["args"]:
            slots += self.values.id_paths(arg["type"], arg["name"])
        return slots

    async def call(
        self, kind: str, field: dict[str, Any], ids: Any, slot: str | None = None
    ) -> dict[str, Any]:
        query, variables = operation_text(kind, field, self.values, ids=ids, slot=slot)
        selection = deep_selection(self.values, field["type"])
        # operation_text selects `__typename`; read everything instead, to see whether B's data comes back.
        query = query[: query.rindex(" { __typename }")] + selection + " }" if selection else query
        self.calls += 1
        if kind != "subscription":
            return dict(await self.world.api.gql(query, variables, token=self.world.a.access))
        sub = await self.ws.subscribe(query, variables)
        try:
            async with asyncio.timeout(SUB_WAIT):
                frame = await sub.queue.get()
        except TimeoutError:
            return {"data": None, "pending": True}
        finally:
            if not sub.done:
                await sub.complete()
        payload = frame.get("payload")
        if frame["type"] == "next":
            return dict(payload or {})
        if frame["type"] == "error":
            return {"data": None, "errors": payload}
        return {"data": None, "completed": payload}

    def leaked(self, body: dict[str, Any]) -> list[str]:
        text = json.dumps(body.get("data"))
        return [s for s in self.secrets if s and s in text]

    def fail(self, label: str, why: str, body: Any) -> None:
        self.failures.append(f"{label}: {why}: {json.dumps(body)[:400]}")

    async def as_driver_with_b_ids(self, kind: str, field: dict[str, Any]) -> None:
        name = f"{kind}.{field['name']}"
        slots = self.id_slots(field)
        if not slots or name in NOT_CALLED_AS_DRIVER:
            return
        b_ids = dict(self.world.ids)
        for label in ("session_done", "session_running", "request_done", "request_running"):
            b_ids[f"{label}/raw"] = decode(self.world.ids[label])[1]  # subscriptions take raw keys too
        nullable = field["type"]["kind"] != "NON_NULL"
        for slot in slots:
            # What a missing id of each type gets, asked once per type.
            absent_by_type: dict[str, asyncio.Task[dict[str, Any]]] = {}

            def ids_with(value: str, slot: str = slot) -> Any:
                return lambda path: value if path == slot else self.world.charger_id

            async def one(
                label: str, bid: str, slot: str = slot, absent_by_type: dict[str, Any] = absent_by_type
            ) -> None:
                missing = str(MISSING_PK) if label.endswith("/raw") else encode(decode(bid)[0], MISSING_PK)
                if missing not in absent_by_type:
                    absent_by_type[missing] = asyncio.ensure_future(
                        self.call(kind, field, ids_with(missing), slot)
                    )
                theirs = await self.call(kind, field, ids_with(bid), slot)
                absent = await absent_by_type[missing]
                self.judge(f"{name} {slot}=B's {label}", field, nullable, theirs, absent)

            try:
                await self.gather(one(label, bid) for label, bid in b_ids.items())
            except CannotBuild as e:
                if name not in UNBUILDABLE:
                    self.fail(name, f"cannot build arguments ({e})", None)
                return

    async def gather(self, coros: Any) -> None:
        async def limited(coro: Any) -> None:
            async with self.limit:
                await coro

        await asyncio.gather(*(limited(c) for c in coros))

    def judge(
        self,
        where: str,
        field: dict[str, Any],
        nullable: bool,
        theirs: dict[str, Any],
        absent: dict[str, Any],
    ) -> None:
        if leaks := self.leaked(theirs):
            self.fail(where, f"returned B's data {leaks}", theirs)
        codes = _codes(theirs, field["name"])
        value = (theirs.get("data") or {}).get(field["name"])
        refused = bool(codes & REFUSALS) or (nullable and value is None and not theirs.get("errors"))
        if not refused and not theirs.get("pending"):
            self.fail(where, f"not refused (codes {sorted(codes)})", theirs)
        elif _normal(theirs) != _normal(absent):
            self.fail(where, "answered unlike a missing id", {"theirs": theirs, "missing": absent})

    async def as_driver_against_admin(self, kind: str, field: dict[str, Any]) -> None:
        name = f"{kind}.{field['name']}"
        if field["name"] in DRIVER_OPERATIONS[kind]:
            return
        try:
            body = await self.call(kind, field, lambda _path: self.world.charger_id)
        except CannotBuild as e:
            if name not in UNBUILDABLE:
                self.fail(name, f"cannot build arguments ({e})", None)
            return
        if "FORBIDDEN" not in _codes(body, field["name"]):
            self.fail(f"{name} (admins only) as a driver", "not FORBIDDEN", body)
        if leaks := self.leaked(body):
            self.fail(name, f"returned B's data {leaks}", body)


async def _sweep(world: World) -> None:
    schema = await world.api.introspect()
    before = await world.b_state()
    async with GqlWs(world.node.ws_url, token=world.a.access) as ws:
        sweep = Sweep(world, schema, ws)
        operations = sweep.operations()
        swept = [f"{k}.{f['name']}" for k, f in operations if sweep.id_slots(f)]
        assert len(operations) > 120 and len(swept) > 60, (len(operations), len(swept))
        for kind, field in operations:
            await sweep.as_driver_with_b_ids(kind, field)
            await sweep.as_driver_against_admin(kind, field)
        # Driver A is still signed in (the sweep's answers were not "signed out").
        assert (await world.api.ok("{ me { id } }", token=world.a.access))["me"]["id"] == world.a.id
    assert sweep.failures == [], f"{len(sweep.failures)} holes in {sweep.calls} calls:\n" + "\n".join(
        sweep.failures
    )
    # B's objects are unchanged, and nothing reached the charger on a driver's say-so.
    assert await world.b_state() == before
    assert world.charger is not None and world.charger.received.empty()


@pytest.fixture(params=["sqlite", pytest.param("mariadb", marks=pytest.mark.mariadb)])
async def sweep_world(request: pytest.FixtureRequest, spawn_node: Any) -> AsyncIterator[World]:
    if request.param == "mariadb":
        node = spawn_node(DATABASE_URL=str(request.getfixturevalue("migrated_mariadb_url")))
    else:
        node = spawn_node()
    async with built_world(node) as world:
        yield world


async def test_bola_sweep_every_operation_that_takes_an_id(sweep_world: World) -> None:
    await _sweep(sweep_world)
