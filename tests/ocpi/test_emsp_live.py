"""Partners' availability live on the drivers' map: when a partner CPO this project did not write
(extrawest-ocpi, tests/ocpi/peer_cpo.py) PUTs or PATCHes an EVSE's status to our Locations receiver,
signed-in drivers watching `chargerStatus` (the subscription our own chargers' availability uses)
get the change at once."""

from __future__ import annotations

from typing import Any

from tests.conftest import TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD
from tests.ocpi.conftest import Peer, until
from tests.ocpi.test_emsp import KL, STATIONS, register_with_cpo
from tests.realtime.gql_ws import GqlWs
from tests.realtime.test_subscriptions import client_subs

FIELDS = "kind partnerStationId evseUid evseStatus availableCount chargePointId"


async def test_a_partners_evse_status_reaches_drivers_watching_the_map(
    server: Any, ocpi_peer_cpo: Peer
) -> None:
    peer = ocpi_peer_cpo
    await peer.control("seed", {"count": 2})
    api, _, _ = await register_with_cpo(server, peer)
    admin = await api.login(TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD)
    driver = await api.create_driver(admin)
    found = (await api.ok(STATIONS, {"near": KL}))["partnerStations"]
    loc1 = next(f for f in found if f["locationId"] == "LOC1")
    ws_url = server.http_url.replace("http://", "ws://") + "/graphql"
    async with GqlWs(ws_url, token=driver.access) as ws:
        sub = await ws.subscribe(f"subscription {{ chargerStatus {{ {FIELDS} }} }}")
        first = await sub.data("chargerStatus", timeout=15)
        assert first["kind"] == "subscribed", first  # in place: the app reads the stations again

        async def subscribed() -> bool:
            return client_subs(server.platform) == 1

        await until("the driver's subscription", subscribed)
        patched = await peer.control(
            "push-location", {"n": 1, "evse": 2, "evse_status": "OUTOFORDER", "when": "2026-12-06T08:00:00Z"}
        )
        assert patched["http"] == 200, patched
        event = await sub.data("chargerStatus", timeout=15)
        assert event == {
            "kind": "partner",
            "partnerStationId": loc1["id"],
            "evseUid": "LOC1-E2",
            "evseStatus": "OUTOFORDER",
            "availableCount": 1,
            "chargePointId": "",
        }
        # The whole Location PUT again (both EVSEs AVAILABLE): only the EVSE that changed is told.
        put = await peer.control("push-location", {"n": 1, "when": "2026-12-06T08:01:00Z"})
        assert put["http"] == 200, put
        event = await sub.data("chargerStatus", timeout=15)
        assert (event["evseUid"], event["evseStatus"], event["availableCount"]) == ("LOC1-E2", "AVAILABLE", 2)
        patched = await peer.control(
            "push-location", {"n": 1, "evse": 1, "evse_status": "CHARGING", "when": "2026-12-06T08:02:00Z"}
        )
        event = await sub.data("chargerStatus", timeout=15)
        assert (event["evseUid"], event["evseStatus"], event["availableCount"]) == ("LOC1-E1", "CHARGING", 1)
    # The same as the stations query says.
    stations = (await api.ok(STATIONS, {"near": KL}))["partnerStations"]
    assert next(f for f in stations if f["locationId"] == "LOC1")["availableCount"] == 1
