"""Connections: security profiles 1/2/3 (TC_085/086/087), subprotocol (TC_088), unknown chargers,
replacement of a second connection, and the /ocpp/<id> route on the HTTP port."""

from __future__ import annotations

import asyncio
import hashlib
import ssl
from pathlib import Path
from typing import Any

import pytest
import websockets
from ocpp.v16 import call
from sqlalchemy import select
from websockets.exceptions import InvalidMessage, InvalidStatus
from websockets.typing import Subprotocol

from api.relay import encode_id
from db.models import Charger
from domain import chargers
from domain.commands import after_approval
from domain.errors import InvalidInput
from tests.helpers.auth import make_user
from tests.helpers.tls import self_signed, signed_by
from tests.ocpp.conftest import basic, connect, register
from tests.ocpp.test_operations import cid, op


async def refused(url: str, **kw: Any) -> int:
    kw.setdefault("subprotocols", ["ocpp1.6"])
    with pytest.raises(InvalidStatus) as e:
        async with websockets.connect(url, open_timeout=10, **kw):
            pass
    return int(e.value.response.status_code)


async def test_tc_085_basic_authentication(server: Any) -> None:
    key = await register(server.platform, "CP-A", profile=1)
    assert key is not None and len(key.encode()) >= 16
    url = f"{server.ocpp_url}/CP-A"
    assert await refused(url) == 401
    assert await refused(url, additional_headers=basic("CP-A", "wrong-password-123456")) == 401
    assert await refused(url, additional_headers=basic("CP-B", key)) == 401
    async with connect(server.ocpp_url, "CP-A", key) as cp:
        assert (await cp.call(call.Heartbeat(), suppress=False)).current_time
    async with server.platform.sessionmaker() as s:
        c = (await s.execute(select(Charger).where(Charger.charge_point_id == "CP-A"))).scalar_one()
        assert key not in (c.auth_key_hash or "") and chargers.verify_auth_key(c.auth_key_hash, key)


async def test_tc_088_subprotocol_validation(server: Any) -> None:
    key = await register(server.platform, "CP-S")
    url = f"{server.ocpp_url}/CP-S"
    assert await refused(url, subprotocols=[], additional_headers=basic("CP-S", key)) == 400
    assert (
        await refused(url, subprotocols=[Subprotocol("ocpp2.1")], additional_headers=basic("CP-S", key))
        == 400
    )
    async with websockets.connect(
        url, subprotocols=[Subprotocol("ocpp1.6")], additional_headers=basic("CP-S", key)
    ) as ws:
        assert ws.subprotocol == "ocpp1.6"


async def test_unknown_charger_rejected_with_404(server: Any) -> None:
    assert await refused(f"{server.ocpp_url}/NEVER-SEEN") == 404


async def test_unknown_charger_pending_until_approved(server_factory: Any) -> None:
    srv = await server_factory(ocpp_unknown_chargers="pending")
    async with connect(srv.ocpp_url, "NEW-1", boot=False) as cp:
        resp = await cp.boot()
        assert resp.status == "Pending"
        answer = await cp.send_call("Heartbeat", {})
        assert answer[2] == "SecurityError"
        async with srv.platform.sessionmaker() as s, s.begin():
            c = await chargers.get_by_cpid(s, "NEW-1")
            assert c is not None
            approval = await chargers.approve(s, c)
        # Approved: profile 1 and a generated 20-byte key (40 hex digits), sent to the charger
        # (ChangeConfiguration AuthorizationKey); the connection admitted without credentials closes.
        key = approval.authorization_key
        assert key is not None and len(bytes.fromhex(key)) == 20
        assert approval.charger.security_profile == 1
        notice = await after_approval(srv.platform, "NEW-1", 1, key)
        assert notice.key_delivery == "Accepted" and notice.closed_unauthenticated
        assert await cp.expect("ChangeConfiguration") == {"key": "AuthorizationKey", "value": key}
        async with asyncio.timeout(10):
            await cp.ws.wait_closed()
    assert await refused(f"{srv.ocpp_url}/NEW-1") == 401
    async with connect(srv.ocpp_url, "NEW-1", key) as cp:  # boots Accepted
        assert (await cp.call(call.Heartbeat(), suppress=False)).current_time


async def test_connection_without_credentials_is_never_accepted_after_approval(server_factory: Any) -> None:
    """Approved (say on another node, before that node's close reaches this one): the connection that
    was admitted without credentials still boots Pending, stores nothing, and is closed."""
    srv = await server_factory(ocpp_unknown_chargers="pending")
    async with connect(srv.ocpp_url, "NEW-2", boot=False) as cp:
        assert (await cp.boot(vendor="Real", serial="SN-REAL")).status == "Pending"
        async with srv.platform.sessionmaker() as s, s.begin():
            c = await chargers.get_by_cpid(s, "NEW-2")
            assert c is not None
            await chargers.approve(s, c)
        assert (await cp.boot(vendor="Attacker", serial="SN-FAKE")).status == "Pending"
        async with asyncio.timeout(10):
            await cp.ws.wait_closed()
    async with srv.platform.sessionmaker() as s:
        c = await chargers.get_by_cpid(s, "NEW-2")
        assert c is not None and (c.vendor, c.serial_number, c.last_boot_at) == ("Real", "SN-REAL", None)


async def test_tc_085_key_as_decoded_bytes_and_legacy_keys(server: Any) -> None:
    """A 1.6 charger configured with AuthorizationKey = the hex digits sends the decoded bytes
    (security whitepaper); some firmware sends the digits themselves: both authenticate. A key of
    the 32 characters generated before (stored hashed as text) keeps working, in either form."""
    key = await register(server.platform, "CP-K", profile=1)
    assert key is not None and len(key) == 40
    raw = bytes.fromhex(key)
    async with connect(server.ocpp_url, "CP-K", boot=True, additional_headers=basic("CP-K", raw)) as cp:
        assert (await cp.call(call.Heartbeat(), suppress=False)).current_time
    assert (
        await refused(f"{server.ocpp_url}/CP-K", additional_headers=basic("CP-K", raw[:-1] + b"\x00")) == 401
    )
    legacy = "0123456789abcdef0123456789abcdef"  # what the platform generated before (32 characters)
    salt = bytes(16)
    async with server.platform.sessionmaker() as s, s.begin():
        c = await chargers.get_by_cpid(s, "CP-K")
        assert c is not None
        c.auth_key_hash = f"sha256${salt.hex()}${hashlib.sha256(salt + legacy.encode()).hexdigest()}"
    for password in (legacy.encode(), bytes.fromhex(legacy)):
        async with connect(server.ocpp_url, "CP-K", additional_headers=basic("CP-K", password)) as cp:
            assert (await cp.call(call.Heartbeat(), suppress=False)).current_time
    assert await refused(f"{server.ocpp_url}/CP-K", additional_headers=basic("CP-K", raw)) == 401


async def test_key_lengths_a_charger_can_store(server: Any) -> None:
    """Keys an admin enters: 32-40 hex digits or a 16-20 byte text; longer ones no 1.6 charger holds."""
    async with server.platform.sessionmaker() as s, s.begin():
        with pytest.raises(InvalidInput):
            await chargers.register(s, "CP-L1", authorization_key="x" * 21)
        with pytest.raises(InvalidInput):
            await chargers.register(s, "CP-L2", authorization_key="ab" * 21)
        text = await chargers.register(s, "CP-L3", authorization_key="OCA_OCTT_admin_test")
    assert chargers.auth_key_hex("OCA_OCTT_admin_test") == "4F43415F4F4354545F61646D696E5F74657374"
    assert text.charger.auth_key_hash and chargers.verify_auth_key(
        text.charger.auth_key_hash, b"OCA_OCTT_admin_test"
    )


async def test_approving_triggers_boot_notification(server: Any) -> None:
    """A charger registered with credentials but not approved boots Pending; approving it sends
    TriggerMessage BootNotification, so it is Accepted now, not after its boot retry interval."""
    key = await register(server.platform, "CP-T", profile=1, approved=False)
    async with connect(server.ocpp_url, "CP-T", key, boot=False) as cp:
        assert (await cp.boot()).status == "Pending"
        booted: list[str] = []

        def trigger(action: str, payload: dict[str, Any]) -> dict[str, Any]:
            assert payload == {"requestedMessage": "BootNotification"}
            booted.append("triggered")
            return {"status": "Accepted"}

        cp.answers["TriggerMessage"] = trigger
        _, token = await make_user(server.platform, role="admin")
        async with server.platform.sessionmaker() as s:
            c = await chargers.get_by_cpid(s, "CP-T")
            assert c is not None
        r = await server.graphql(
            "mutation($i: ApproveChargerInput!) { approveCharger(input: $i) {"
            " authorizationKey bootTrigger keyDelivery errors { code } } }",
            {"i": {"id": encode_id("Charger", c.id)}},
            token=token,
        )
        # It keeps its key (nothing to show), and is asked to boot now.
        assert r["data"]["approveCharger"] == {
            "authorizationKey": None,
            "bootTrigger": "Accepted",
            "keyDelivery": None,
            "errors": [],
        }, r
        assert booted == ["triggered"]
        assert (await cp.boot()).status == "Accepted"
        assert (await cp.call(call.Heartbeat(), suppress=False)).current_time


async def test_second_connection_replaces_first(server: Any) -> None:
    key = await register(server.platform, "CP-R")
    async with connect(server.ocpp_url, "CP-R", key) as first:
        async with connect(server.ocpp_url, "CP-R", key) as second:
            async with asyncio.timeout(10):
                await first.ws.wait_closed()
            assert server.platform.ocpp.get("CP-R").transport.ws is not first.ws
            assert (await second.call(call.Heartbeat(), suppress=False)).current_time
            async with server.platform.sessionmaker() as s:
                c = await chargers.get_by_cpid(s, "CP-R")
                assert c is not None and c.online


async def test_ocpp_route_on_http_port(server: Any) -> None:
    key = await register(server.platform, "CP-H")
    http_ws = server.http_url.replace("http://", "ws://") + "/ocpp"
    assert await refused(f"{http_ws}/CP-H") in (401, 403)
    async with connect(http_ws, "CP-H", key) as cp:
        assert (await cp.call(call.Heartbeat(), suppress=False)).current_time
        answer = await cp.raw("garbage", "-1")
        assert answer[2] == "FormationViolation"


# ---------------------------------------------------------------- TLS (profiles 2 and 3)


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A CA, a server and a charger certificate signed by it, and a rogue self-signed certificate
    with the charger's CN."""
    d = tmp_path_factory.mktemp("pki")
    self_signed(d, "PlagSini Test CA", name="ca")
    signed_by(d, "ca", "localhost", name="srv")
    signed_by(d, "ca", "CP-TLS3", name="cp")
    self_signed(d, "CP-TLS3", name="rogue")
    return {f.name: f for f in d.iterdir()}


def client_ctx(pki: dict[str, Path], cert: str | None = None) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=str(pki["ca.pem"]))
    if cert:
        ctx.load_cert_chain(str(pki[f"{cert}.pem"]), str(pki[f"{cert}.key"]))
    return ctx


@pytest.fixture
async def tls_server(server_factory: Any, pki: dict[str, Path]) -> Any:
    srv = await server_factory(
        ocpp_tls_cert=pki["srv.pem"], ocpp_tls_key=pki["srv.key"], ocpp_tls_ca=pki["ca.pem"], ocpp_tls_port=0
    )
    srv.tls_url = f"wss://localhost:{srv.platform.ocpp.tls_port}"
    return srv


async def test_tc_086_tls_with_basic_auth(tls_server: Any, pki: dict[str, Path]) -> None:
    srv = tls_server
    key = await register(srv.platform, "CP-TLS2", profile=2)
    assert key is not None
    ctx = client_ctx(pki)
    assert await refused(f"{srv.tls_url}/CP-TLS2", ssl=ctx) == 401
    # Profile 2 over plain ws is refused: no downgrade.
    assert await refused(f"{srv.ocpp_url}/CP-TLS2", additional_headers=basic("CP-TLS2", key)) == 403
    async with connect(srv.tls_url, "CP-TLS2", key, ssl=ctx) as cp:
        assert (await cp.call(call.Heartbeat(), suppress=False)).current_time
    # A profile-1 charger may not use the TLS listener either (its profile is 1).
    key1 = await register(srv.platform, "CP-P1", profile=1)
    assert (
        await refused(f"{srv.tls_url}/CP-P1", ssl=ctx, additional_headers=basic("CP-P1", key1 or "")) == 403
    )


async def _rogue_certificate_fails(tls_url: str, pki: dict[str, Path]) -> None:
    """CP-TLS3 presents a certificate the configured CA did not sign: the connection fails."""
    with pytest.raises((InvalidStatus, InvalidMessage, ssl.SSLError, ConnectionError, OSError)):
        async with websockets.connect(
            f"{tls_url}/CP-TLS3",
            ssl=client_ctx(pki, "rogue"),
            subprotocols=[Subprotocol("ocpp1.6")],
            open_timeout=10,
        ):
            pass


async def test_tc_087_tls_with_client_certificate(tls_server: Any, pki: dict[str, Path]) -> None:
    srv = tls_server
    await register(srv.platform, "CP-TLS3", profile=3)
    assert await refused(f"{srv.tls_url}/CP-TLS3", ssl=client_ctx(pki)) == 403
    # Not signed by the configured CA: the TLS handshake itself fails.
    await _rogue_certificate_fails(srv.tls_url, pki)
    async with connect(srv.tls_url, "CP-TLS3", ssl=client_ctx(pki, "cp")) as cp:
        assert (await cp.call(call.Heartbeat(), suppress=False)).current_time


async def test_failed_tls_handshakes_are_recorded_with_the_address(
    tls_server: Any, pki: dict[str, Path]
) -> None:
    """A charger presenting a certificate the CA did not sign (profile 3) and a plain-TCP client
    writing garbage to the TLS port: each is recorded as a tls_failure with its address, under no
    charge point id (the handshake ends before the charger names itself)."""
    srv = tls_server
    _, admin = await make_user(srv.platform, role="admin")
    await register(srv.platform, "CP-TLS3", profile=3)
    await _rogue_certificate_fails(srv.tls_url, pki)
    reader, writer = await asyncio.open_connection("127.0.0.1", srv.platform.ocpp.tls_port)
    writer.write(b"GET /CP-TLS3 HTTP/1.1\r\nHost: localhost\r\n\r\n")
    await writer.drain()
    async with asyncio.timeout(10):
        assert await reader.read() == b""  # the server drops the connection
    writer.close()

    query = """query { connectionEvents(kind: "refused", first: 50) {
      nodes { chargerId chargePointId reason remoteAddress detail at } } }"""
    await srv.platform.ocpp.connection_log.flush()
    r = await srv.graphql(query, token=admin)
    assert "errors" not in r, r
    failures = [e for e in r["data"]["connectionEvents"]["nodes"] if e["reason"] == "tls_failure"]
    assert len(failures) == 2, failures
    assert {(e["chargePointId"], e["chargerId"], e["remoteAddress"]) for e in failures} == {
        ("", None, "127.0.0.1")
    }
    assert all(e["at"] for e in failures)
    details = sorted(e["detail"] for e in failures)
    assert any("CERTIFICATE" in d for d in details), details  # the rogue certificate
    assert any("HTTP" in d or "VERSION" in d or "RECORD" in d for d in details), details  # the garbage


async def test_raising_the_profile_closes_the_connection_without_credentials(server: Any) -> None:
    """A profile-0 charger moved to profile 1 by an admin: the connection it holds (no credentials)
    is closed at once, not left to receive drivers' idTags until it reconnects."""
    await register(server.platform, "CP-UP", profile=0)
    _, token = await make_user(server.platform, role="admin")
    async with server.platform.sessionmaker() as s:
        c = await chargers.get_by_cpid(s, "CP-UP")
        assert c is not None
    async with connect(server.ocpp_url, "CP-UP") as cp:
        r = await server.graphql(
            "mutation($i: UpdateChargerInput!) {"
            " updateCharger(input: $i) { authorizationKey errors { code } } }",
            {"i": {"id": encode_id("Charger", c.id), "securityProfile": 1}},
            token=token,
        )
        key = r["data"]["updateCharger"]["authorizationKey"]
        assert key is not None and len(key) == 40
        async with asyncio.timeout(10):
            await cp.ws.wait_closed()
    assert await refused(f"{server.ocpp_url}/CP-UP") == 401
    async with connect(server.ocpp_url, "CP-UP", additional_headers=basic("CP-UP", bytes.fromhex(key))) as cp:
        assert (await cp.call(call.Heartbeat(), suppress=False)).current_time


async def test_tc_083_raise_the_security_profile_then_hard_reset(
    tls_server: Any, pki: dict[str, Path]
) -> None:
    """TC_083: the operator raises a profile-1 charger to profile 2 with ChangeConfiguration
    SecurityProfile; once the charger accepts, the platform sends Reset Hard, admits the charger on
    profile 2 (TLS with its key) and refuses it on profile 1. Refused before anything is sent: a
    lower or equal profile, and a value that is not one; a charger that rejects keeps its profile."""
    srv = tls_server
    key = await register(srv.platform, "CP-083", profile=1)
    assert key is not None
    _, admin = await make_user(srv.platform, role="admin")
    charger = await cid(srv, "CP-083")

    async def change(value: str) -> dict[str, Any]:
        data = {"chargerId": charger, "key": "SecurityProfile", "value": value}
        return await op(srv, admin, "changeConfiguration", data)

    async with connect(srv.ocpp_url, "CP-083", key) as cp:
        for bad in ("1", "0", "4", "high"):
            out = await change(bad)
            assert [e["__typename"] for e in out["errors"]] == ["InvalidInputError"], out
        cp.answers["ChangeConfiguration"] = {"status": "Rejected"}
        out = await change("2")
        assert out["status"] == "Rejected", out
        assert (await cp.expect("ChangeConfiguration"))["key"] == "SecurityProfile"
        cp.answers["ChangeConfiguration"] = {"status": "Accepted"}
        out = await change("2")
        assert out["status"] == "Accepted" and out["errors"] == [], out
        assert (await cp.expect("ChangeConfiguration")) == {"key": "SecurityProfile", "value": "2"}
        assert await cp.expect("Reset") == {"type": "Hard"}
    async with srv.platform.sessionmaker() as s:
        c = await chargers.get_by_cpid(s, "CP-083")
        assert c is not None and c.security_profile == 2
    # Only the new profile from now on: plain ws with the key is refused, TLS with the key admitted.
    assert await refused(f"{srv.ocpp_url}/CP-083", additional_headers=basic("CP-083", key)) == 403
    async with connect(srv.tls_url, "CP-083", key, ssl=client_ctx(pki)) as cp:
        assert (await cp.call(call.Heartbeat(), suppress=False)).current_time
