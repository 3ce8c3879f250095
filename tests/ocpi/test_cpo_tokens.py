"""Partners' tokens we were not sent: a charger presents a token we do not know and the partner (the
extrawest-ocpi peer, tests/ocpi/peer.py) allows it in real time; a partner that refuses, does not know
it, or is down leaves it refused (within the short timeout). And pulling a partner's tokens."""

from __future__ import annotations

import asyncio
from typing import Any

from tests.ocpi.conftest import Peer, received, roaming_charger, until
from tests.ocpi.test_roaming import PARTNERS, admin_api, peer_registers_with_us
from tests.ocpp.conftest import connect
from tests.ocpp201.conftest import connect201


async def test_unknown_token_is_authorized_in_real_time_at_the_partner(server: Any, ocpi_peer: Peer) -> None:
    await peer_registers_with_us(server, ocpi_peer)
    await ocpi_peer.control("add-token", {"uid": "RT01"})
    await ocpi_peer.control("add-token", {"uid": "RT02", "valid": False})
    key = await roaming_charger(server, "CP-RT")
    async with connect(server.ocpp_url, "CP-RT", key) as cp:
        res = await cp.send_call("Authorize", {"idTag": "RT01"})
        assert res[2]["idTagInfo"]["status"] == "Accepted", res
        (asked,) = (await ocpi_peer.control("state"))["authorize_requests"]
        assert asked["token_uid"].upper() == "RT01" and asked["location_reference"]["location_id"]
        for refused in ("RT02", "NOPE01"):  # blocked there; unknown there
            res = await cp.send_call("Authorize", {"idTag": refused})
            assert res[2]["idTagInfo"]["status"] == "Invalid", (refused, res)

        res = await cp.send_call(
            "StartTransaction",
            {"connectorId": 1, "idTag": "RT01", "meterStart": 0, "timestamp": "2026-12-06T01:00:00Z"},
        )
        assert res[2]["idTagInfo"]["status"] == "Accepted"

        async def put() -> Any:
            return received(await ocpi_peer.control("state"), "sessions")

        (session_put, *_) = await until("the Session", put)
        assert session_put["error"] is None and session_put["body"]["auth_method"] == "AUTH_REQUEST"

        # A partner that is down: the charger's answer comes within the timeout, refused.
        ocpi_peer.down()
        loop = asyncio.get_running_loop()
        began = loop.time()
        res = await cp.send_call("Authorize", {"idTag": "RT03"})
        assert res[2]["idTagInfo"]["status"] == "Invalid"
        assert loop.time() - began < server.platform.settings.ocpi_authorize_timeout_seconds + 2


async def test_we_pull_the_partners_tokens(server: Any, ocpi_peer: Peer) -> None:
    await peer_registers_with_us(server, ocpi_peer)
    for n in range(3):
        await ocpi_peer.control("add-token", {"uid": f"PULL{n}", "valid": n != 2})
    api, admin = await admin_api(server)
    (partner,) = (await api.ok(PARTNERS, token=admin))["ocpiPartners"]
    pull = "mutation($id: ID!) { pullOcpiTokens(id: $id) { pulled errors { code } } }"
    assert (await api.ok(pull, {"id": partner["id"]}, token=admin))["pullOcpiTokens"] == {
        "pulled": 3,
        "errors": [],
    }
    driver = await api.gql(pull, {"id": partner["id"]})  # not signed in: refused
    assert driver.get("errors") and not driver.get("data")
    key = await roaming_charger(server, "CP-PULL")
    async with connect(server.ocpp_url, "CP-PULL", key) as cp:
        for uid, status in (("PULL0", "Accepted"), ("pull1", "Accepted"), ("PULL2", "Blocked")):
            res = await cp.send_call("Authorize", {"idTag": uid})
            assert res[2]["idTagInfo"]["status"] == status, (uid, res)
    assert (await ocpi_peer.control("state"))["authorize_requests"] == []  # known: nobody was asked


async def test_a_201_station_asks_the_partner_in_real_time_too(server: Any, ocpi_peer: Peer) -> None:
    """An OCPP 2.0.1 station's Authorize of a token we do not know goes to the partner as a 1.6
    charger's does (one rule for both versions)."""
    await peer_registers_with_us(server, ocpi_peer)
    await ocpi_peer.control("add-token", {"uid": "RT201A"})
    await ocpi_peer.control("add-token", {"uid": "RT201B", "valid": False})
    key = await roaming_charger(server, "CP-RT201")
    async with connect201(server.ocpp_url, "CP-RT201", key) as st:

        async def authorize(uid: str) -> str:
            answer = await st.call("Authorize", {"idToken": {"idToken": uid, "type": "ISO14443"}})
            return str(answer["idTokenInfo"]["status"])

        assert await authorize("RT201A") == "Accepted"
        (asked,) = (await ocpi_peer.control("state"))["authorize_requests"]
        assert asked["token_uid"].upper() == "RT201A" and asked["location_reference"]["location_id"]
        assert await authorize("RT201B") != "Accepted"  # blocked at the partner
        assert await authorize("NOPE201") != "Accepted"  # unknown there
        # Known from now on: a second Authorize needs no question.
        assert await authorize("RT201A") == "Accepted"
        asked_for = [a["token_uid"].upper() for a in (await ocpi_peer.control("state"))["authorize_requests"]]
        assert asked_for.count("RT201A") == 1, asked_for
