"""Connection diagnostics over real WebSocket connections: every refused or ended charger connection is
recorded with the right reason, shown through the admin API (query and live subscription), and the
table stays bounded under a flood of random ids."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import websockets
from websockets.exceptions import InvalidStatus
from websockets.typing import Subprotocol

from api.relay import encode_id
from db.models import ChargerConnectionEvent
from domain import chargers, connection_log
from tests.helpers.auth import make_user
from tests.ocpp.conftest import basic, connect, register
from tests.services import free_port

ROOT = Path(__file__).resolve().parents[2]

EVENTS = """query($c: ID, $k: String, $first: Int) {
  connectionEvents(chargerId: $c, kind: $k, first: $first) {
  totalCount nodes { chargerId chargePointId kind reason reasonText remoteAddress code detail at } } }"""
SUMMARY = """query($c: ID!) { chargerConnectionSummary(chargerId: $c) {
  lastConnect { reason at } lastDisconnect { reason code at } lastRefusal { reason } } }"""


async def _refused(url: str, cpid: str, **kw: Any) -> int:
    with pytest.raises(InvalidStatus) as e:
        async with websockets.connect(f"{url}/{cpid}", open_timeout=10, **kw):
            pass
    return int(e.value.response.status_code)


async def _events(server: Any, token: str, **variables: Any) -> list[dict[str, Any]]:
    await server.platform.ocpp.connection_log.flush()
    r = await server.graphql(EVENTS, {"first": 100, **variables}, token=token)
    assert "errors" not in r, r
    return list(r["data"]["connectionEvents"]["nodes"])


async def test_refusals_and_disconnect_are_recorded_with_their_reason(server: Any) -> None:
    _, admin = await make_user(server.platform, role="admin")
    key = await register(server.platform, "CP-DIAG")
    url = server.ocpp_url

    assert (
        await _refused(
            url,
            "CP-DIAG",
            subprotocols=[Subprotocol("ocpp1.6")],
            additional_headers=basic("CP-DIAG", "x" * 16),
        )
        == 401
    )
    assert (
        await _refused(url, "CP-DIAG", subprotocols=[Subprotocol("ocpp1.6")]) == 401
    )  # no credentials at all
    assert (
        await _refused(
            url,
            "CP-DIAG",
            subprotocols=[Subprotocol("ocpp2.1")],
            additional_headers=basic("CP-DIAG", key or ""),
        )
        == 400
    )
    assert await _refused(url, "CP-NOBODY", subprotocols=[Subprotocol("ocpp1.6")]) == 404
    async with connect(url, "CP-DIAG", key):
        pass  # booted, then the charger closes the connection

    async with server.platform.sessionmaker() as s:
        charger = await chargers.get_by_cpid(s, "CP-DIAG")
    assert charger is not None
    gid = encode_id("Charger", charger.id)
    mine = await _events(server, admin, c=gid)
    reasons = [(e["kind"], e["reason"]) for e in reversed(mine)]
    assert reasons == [
        ("refused", "wrong_password"),
        ("refused", "missing_credentials"),
        ("refused", "bad_subprotocol"),
        ("connected", None),
        ("disconnected", "closed_by_charger"),
    ]
    assert {e["remoteAddress"] for e in mine} == {"127.0.0.1"}
    assert [e["code"] for e in reversed(mine)][:3] == [401, 401, 400]
    assert mine[0]["code"] == 1000  # the charger's WebSocket close
    assert mine[-1]["reasonText"] == connection_log.REASONS["wrong_password"]

    unknown = await _events(server, admin, k="refused")
    nobody = [e for e in unknown if e["chargePointId"] == "CP-NOBODY"]
    assert len(nobody) == 1 and nobody[0]["reason"] == "unknown_id" and nobody[0]["chargerId"] is None

    r = await server.graphql(SUMMARY, {"c": gid}, token=admin)
    summary = r["data"]["chargerConnectionSummary"]
    assert summary["lastDisconnect"]["reason"] == "closed_by_charger"
    assert summary["lastRefusal"]["reason"] == "bad_subprotocol"
    assert summary["lastConnect"]["at"] is not None


async def test_server_side_close_and_replacement_are_told_apart(server: Any) -> None:
    _, admin = await make_user(server.platform, role="admin")
    key = await register(server.platform, "CP-TWICE")
    async with connect(server.ocpp_url, "CP-TWICE", key):
        async with connect(server.ocpp_url, "CP-TWICE", key):
            pass
    events = await _events(server, admin, k="disconnected")
    assert sorted(e["reason"] for e in events if e["chargePointId"] == "CP-TWICE") == [
        "closed_by_charger",
        "replaced",
    ]


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("mariadb", marks=pytest.mark.mariadb)])
async def test_a_flood_of_unknown_ids_stays_within_the_bound(
    server_factory: Any, request: pytest.FixtureRequest, backend: str
) -> None:
    db = {"database_url": request.getfixturevalue("migrated_mariadb_url")} if backend == "mariadb" else {}
    server = await server_factory(connection_log_unknown=10, connection_log_per_charger=10, **db)
    key = await register(server.platform, "CP-KEPT")
    for n in range(30):
        status = await _refused(server.ocpp_url, f"RANDOM-{n}", subprotocols=[Subprotocol("ocpp1.6")])
        assert status == 404
        if n % 10 == 9:
            await server.platform.ocpp.connection_log.flush()
    for _ in range(12):
        await _refused(
            server.ocpp_url,
            "CP-KEPT",
            subprotocols=[Subprotocol("ocpp1.6")],
            additional_headers=basic("CP-KEPT", "y" * 16),
        )
    await server.platform.ocpp.connection_log.flush()
    async with server.platform.sessionmaker() as s:
        unknown = await connection_log.count(s, unknown=True)
        charger = await chargers.get_by_cpid(s, "CP-KEPT")
        assert charger is not None
        kept = await connection_log.count(s, charger_id=charger.id)
        newest = (
            await s.scalars(
                connection_log.listing(kind="refused").order_by(ChargerConnectionEvent.id.desc()).limit(1)
            )
        ).one()
    assert unknown == 10  # the newest ten of thirty
    assert kept == 10
    assert newest.charge_point_id == "CP-KEPT"
    assert key


async def test_refusals_arrive_live_on_the_subscription(server: Any) -> None:
    _, admin = await make_user(server.platform, role="admin")
    async with websockets.connect(server.ws_url, subprotocols=[Subprotocol("graphql-transport-ws")]) as ws:
        await ws.send(
            json.dumps({"type": "connection_init", "payload": {"Authorization": f"Bearer {admin}"}})
        )
        assert json.loads(await ws.recv())["type"] == "connection_ack"
        query = "subscription { connectionEvents { chargePointId kind reason remoteAddress } }"
        await ws.send(json.dumps({"id": "1", "type": "subscribe", "payload": {"query": query}}))
        # The first event says the subscription is in place.
        first = json.loads(await ws.recv())
        assert first["payload"]["data"]["connectionEvents"]["kind"] == "subscribed", first
        deadline = asyncio.get_running_loop().time() + 15
        got: dict[str, Any] | None = None
        while got is None:
            await _refused(server.ocpp_url, "CP-LIVE", subprotocols=[Subprotocol("ocpp1.6")])
            try:
                async with asyncio.timeout(1):
                    msg = json.loads(await ws.recv())
            except TimeoutError:
                assert asyncio.get_running_loop().time() < deadline, "no live event"
                continue
            assert msg["type"] == "next", msg
            got = msg["payload"]["data"]["connectionEvents"]
        assert got == {
            "chargePointId": "CP-LIVE",
            "kind": "refused",
            "reason": "unknown_id",
            "remoteAddress": "127.0.0.1",
        }


async def test_drivers_cannot_read_diagnostics(server: Any) -> None:
    _, driver = await make_user(server.platform)
    r = await server.graphql(EVENTS, {}, token=driver)
    assert r["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    r = await server.graphql(SUMMARY, {"c": encode_id("Charger", 1)}, token=driver)
    assert r["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_profile_mismatch_is_recorded(server: Any) -> None:
    _, admin = await make_user(server.platform, role="admin")
    key = await register(server.platform, "CP-TLS-ONLY", profile=2)  # wss only
    status = await _refused(
        server.ocpp_url,
        "CP-TLS-ONLY",
        subprotocols=[Subprotocol("ocpp1.6")],
        additional_headers=basic("CP-TLS-ONLY", key or ""),
    )
    assert status == 403
    events = [e for e in await _events(server, admin, k="refused") if e["chargePointId"] == "CP-TLS-ONLY"]
    assert [(e["reason"], e["code"]) for e in events] == [("profile_mismatch", 403)]


async def test_the_remote_address_honours_trusted_proxies(server_factory: Any) -> None:
    """Behind a trusted proxy the charger's address is the forwarded one; from anywhere else a
    forwarded header is ignored (a charger cannot pose as another address)."""
    trusting = await server_factory(trusted_proxies="127.0.0.1/32")
    _, admin = await make_user(trusting.platform, role="admin")
    forwarded = {"X-Forwarded-For": "203.0.113.7"}
    assert (
        await _refused(
            trusting.ocpp_url,
            "CP-BEHIND-PROXY",
            subprotocols=[Subprotocol("ocpp1.6")],
            additional_headers=forwarded,
        )
        == 404
    )
    events = await _events(trusting, admin, k="refused")
    assert [e["remoteAddress"] for e in events if e["chargePointId"] == "CP-BEHIND-PROXY"] == ["203.0.113.7"]

    direct = await server_factory()
    _, admin2 = await make_user(direct.platform, role="admin")
    assert (
        await _refused(
            direct.ocpp_url,
            "CP-SPOOFING",
            subprotocols=[Subprotocol("ocpp1.6")],
            additional_headers=forwarded,
        )
        == 404
    )
    events = await _events(direct, admin2, k="refused")
    assert [e["remoteAddress"] for e in events if e["chargePointId"] == "CP-SPOOFING"] == ["127.0.0.1"]


def test_close_reasons() -> None:
    """How a connection's end is named from its WebSocket close (the ping timeout closes with 1011)."""
    assert connection_log.close_reason(1011, "keepalive ping timeout", by_charger=False) == "ping_timeout"
    assert connection_log.close_reason(1000, "", by_charger=True) == "closed_by_charger"
    assert connection_log.close_reason(1001, "going away", by_charger=False) == "closed_by_server"
    assert connection_log.close_reason(1006, "", by_charger=None) == "connection_lost"
    assert connection_log.refusal_reason(401, "bad credentials", password_sent=False) == "missing_credentials"
    assert (
        connection_log.refusal_reason(
            403, "a client certificate for this charge point is required", password_sent=False
        )
        == "client_certificate"
    )
    assert connection_log.refusal_reason(400, "invalid charge point id", password_sent=False) == "invalid_id"
    assert connection_log.refusal_reason(503, "admission failed", password_sent=False) == "server_error"


async def test_a_charger_that_stops_answering_pings_is_disconnected_as_ping_timeout(
    server_factory: Any,
) -> None:
    """Over a live connection: the charger's transport stops reading (so it answers no ping); the
    server gives up after OCPP_PING_INTERVAL_SECONDS and records the disconnect as ping_timeout."""
    srv = await server_factory(ocpp_ping_interval_seconds=1)
    _, admin = await make_user(srv.platform, role="admin")
    key = await register(srv.platform, "CP-SILENT")
    async with connect(srv.ocpp_url, "CP-SILENT", key, ping_interval=None) as cp:
        cp.ws.transport.pause_reading()  # no more frames read: the server's pings go unanswered
        deadline = asyncio.get_running_loop().time() + 30
        while True:
            events = [
                e for e in await _events(srv, admin, k="disconnected") if e["chargePointId"] == "CP-SILENT"
            ]
            if events:
                break
            assert asyncio.get_running_loop().time() < deadline, "no disconnect recorded"
            await asyncio.sleep(0.2)
        cp.ws.transport.resume_reading()
    assert [(e["reason"], e["code"]) for e in events] == [("ping_timeout", 1011)]
    assert events[0]["reasonText"] == connection_log.REASONS["ping_timeout"]


@pytest.mark.parametrize("value", ["0", "3601", "soon"])
def test_a_bad_ping_interval_stops_start_up_with_one_line(tmp_path: Any, value: str) -> None:
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'ping.db'}",
        "VAR_DIR": str(tmp_path / "var"),
        "HTTP_HOST": "127.0.0.1",
        "HTTP_PORT": str(free_port()),
        "OCPP_HOST": "127.0.0.1",
        "OCPP_PORT": str(free_port()),
        "OCPP_PING_INTERVAL_SECONDS": value,
    }
    done = subprocess.run(
        [sys.executable, "-m", "plagsini", "serve"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "OCPP_PING_INTERVAL_SECONDS" in lines[0], done.stderr
