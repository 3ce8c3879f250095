"""The OCPI log: the calls in both directions with a partner (the extrawest-ocpi peer), their HTTP and
OCPI statuses and errors, newest first, for admins; and the modules each side offers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

from tests.conftest import TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD, Node
from tests.ocpi.conftest import Peer, roaming_charger, until
from tests.ocpi.test_roaming import PARTNERS, peer_registers_with_us, tok
from tests.ocpp.conftest import connect
from tests.security.api import Api

CALLS = """query($id: ID!) { ocpiPartnerCalls(id: $id, first: 100) {
  direction method url httpStatus ocpiStatus message durationMs at } }"""


async def test_calls_both_ways_are_logged_with_their_outcome(server: Any, ocpi_peer: Peer) -> None:
    api, admin = await peer_registers_with_us(server, ocpi_peer)
    (partner,) = (await api.ok(PARTNERS, token=admin))["ocpiPartners"]
    token = (await ocpi_peer.control("state"))["platform_token"]
    await ocpi_peer.control("push-token", {"uid": "LOG01"})
    async with httpx.AsyncClient() as c:
        r = await c.get(f"{server.http_url}/ocpi/2.2.1/locations?limit=zero", headers=tok(token))
        assert r.status_code == 400
    # A push that fails: the partner is down when a connector's status changes.
    key = await roaming_charger(server, "CP-LOG")
    ocpi_peer.down()
    async with connect(server.ocpp_url, "CP-LOG", key) as cp:
        await cp.send_call(
            "StatusNotification", {"connectorId": 1, "errorCode": "NoError", "status": "Available"}
        )

        async def logged() -> Any:
            calls = (await api.ok(CALLS, {"id": partner["id"]}, token=admin))["ocpiPartnerCalls"]
            failed_out = [
                c
                for c in calls
                if c["direction"] == "out" and c["httpStatus"] is None and "locations" in c["url"]
            ]
            return failed_out and calls

        calls = await until("the log", logged)
    seen = {
        (c["direction"], c["method"], c["url"].split("/ocpi/")[-1], c["httpStatus"], c["ocpiStatus"])
        for c in calls
    }
    assert ("in", "POST", "2.2.1/credentials", 200, 1000) in seen  # the partner registered
    assert ("in", "PUT", "2.2.1/tokens/SG/XWP/LOG01", 201, 1000) in seen
    assert ("in", "GET", "2.2.1/locations", 400, 2001) in seen
    assert any(d == "out" and m == "GET" and s == 200 for d, m, _, s, _ in seen)  # we fetched its versions
    failed = next(
        c for c in calls if c["direction"] == "out" and c["httpStatus"] is None and "locations" in c["url"]
    )
    assert failed["method"] in ("PATCH", "PUT") and failed["message"]
    assert [c["at"] for c in calls] == sorted((c["at"] for c in calls), reverse=True)

    own = (await api.ok("{ ocpiOwnEndpoints { identifier role url } }", token=admin))["ocpiOwnEndpoints"]
    assert {(e["identifier"], e["role"]) for e in own} >= {("sessions", "SENDER"), ("commands", "RECEIVER")}

    # Drivers and anonymous callers see nothing.
    anonymous = await api.gql(CALLS, {"id": partner["id"]})
    assert anonymous.get("errors") and not anonymous.get("data")


async def test_the_log_survives_a_node_that_crashes(spawn_node: Callable[..., Node], ocpi_peer: Peer) -> None:
    """A call answered is in the log: a node killed right after answering has it written already (the
    outbox's own round is slow here, so nothing else would have written it)."""
    node = spawn_node(OCPI_OUTBOX_POLL_SECONDS="60")
    api, admin = await peer_registers_with_us(node, ocpi_peer)
    (partner,) = (await api.ok(PARTNERS, token=admin))["ocpiPartners"]
    token = (await ocpi_peer.control("state"))["platform_token"]
    async with httpx.AsyncClient() as c:
        r = await c.get(f"{node.http_url}/ocpi/2.2.1/locations?offset=0", headers=tok(token))
        assert r.status_code == 200 and r.json()["status_code"] == 1000
    node.proc.kill()  # no shutdown: whatever was only in memory is gone
    node.proc.wait(10)

    again = spawn_node()
    api = Api(again.http_url)
    admin = (await api.login(TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD)).access
    calls = (await api.ok(CALLS, {"id": partner["id"]}, token=admin))["ocpiPartnerCalls"]
    seen = {(c["direction"], c["method"], c["url"].split("/ocpi/")[-1], c["ocpiStatus"]) for c in calls}
    assert ("in", "GET", "2.2.1/locations", 1000) in seen, seen
    assert ("in", "POST", "2.2.1/credentials", 1000) in seen, seen
    assert any(d == "out" and m == "GET" for d, m, _, _ in seen), seen  # we fetched its versions
    await api.close()


async def test_a_call_made_with_a_token_not_yet_stored_is_tied_to_its_partner_later(server: Any) -> None:
    """A registration calls the partner's versions with the token it is about to store; when the log's
    write reads the partners before that commit, the call is tied to the partner by the next write
    (the partner's log lost its first calls before)."""
    from db.models import OcpiPartner
    from domain import roaming_log

    token = "token-stored-after-the-call"
    async with server.platform.sessionmaker() as s, s.begin():
        partner = OcpiPartner(name="Late token")
        s.add(partner)
    partner_id = partner.id
    # The call is written before the registration's transaction stores the token it was made with.
    roaming_log.note(
        "out",
        "GET",
        "http://partner.example/ocpi/versions",
        http_status=200,
        ocpi_status=1000,
        message=None,
        duration_ms=3,
        token=token,
    )
    assert await roaming_log.write_noted() == 1
    async with server.platform.sessionmaker() as s, s.begin():
        stored = await s.get(OcpiPartner, partner_id)
        assert stored is not None
        stored.outbound_token = token
    async with server.platform.sessionmaker() as s:
        assert await roaming_log.recent(s, partner_id, 10) == []
    await roaming_log.record(
        "in", "GET", "/ocpi/2.2.1/locations", http_status=200, ocpi_status=1000, message=None, duration_ms=1
    )
    async with server.platform.sessionmaker() as s:
        calls = await roaming_log.recent(s, partner_id, 10)
    assert [(c.direction, c.method, c.url) for c in calls] == [
        ("out", "GET", "http://partner.example/ocpi/versions")
    ]
