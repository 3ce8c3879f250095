"""Security profiles with OCPP 2.0.1 stations (the same listeners as for 1.6): Basic authentication
(TC_A_01 valid, TC_A_02 a user that is not the station's id, TC_A_03 a wrong password), TLS with the
server's certificate (TC_A_04) and no TLS older than 1.2 (TC_A_06), mutual TLS with a certificate the
configured CA did not sign (TC_A_08), and raising a station's profile (TC_A_19). The station checks
every frame against the 2.0.1 schemas."""

from __future__ import annotations

import ssl
from pathlib import Path
from typing import Any

import pytest
import websockets
from websockets.exceptions import InvalidMessage, InvalidStatus
from websockets.typing import Subprotocol

from tests.helpers.auth import make_user
from tests.ocpp.conftest import basic, register
from tests.ocpp.test_operations import cid
from tests.ocpp.test_security import client_ctx, pki, tls_server
from tests.ocpp201.conftest import connect201

__all__ = ["pki", "tls_server"]


async def _status(url: str, **kw: Any) -> int:
    """The HTTP status a 2.0.1 station's connection attempt is refused with."""
    with pytest.raises(InvalidStatus) as e:
        async with websockets.connect(url, subprotocols=[Subprotocol("ocpp2.0.1")], open_timeout=10, **kw):
            pass
    return int(e.value.response.status_code)


async def test_tc_a_01_a_02_a_03_csms_basic_authentication(server: Any) -> None:
    key = await register(server.platform, "CS-A01", profile=1)
    other = await register(server.platform, "CS-A02", profile=1)
    assert key is not None and other is not None
    url = f"{server.ocpp_url}/CS-A01"
    # TC_A_02: the user must be the station's own id (here another station's, with that one's key).
    assert await _status(url, additional_headers=basic("CS-A02", other)) == 401
    assert await _status(url, additional_headers=basic("CS-A02", key)) == 401
    # TC_A_03: a wrong password, and none.
    assert await _status(url, additional_headers=basic("CS-A01", "wrong-password-123456")) == 401
    assert await _status(url) == 401
    # TC_A_01: the station's id and its password: BootNotification Accepted.
    async with connect201(server.ocpp_url, "CS-A01", key) as st:
        assert "currentTime" in await st.call("Heartbeat", {})


@pytest.mark.filterwarnings("ignore:ssl.TLSVersion.TLSv1:DeprecationWarning")  # TC_A_06 offers them
async def test_tc_a_04_a_06_csms_tls_with_basic_authentication(tls_server: Any, pki: dict[str, Path]) -> None:
    srv = tls_server
    key = await register(srv.platform, "CS-A04", profile=2)
    assert key is not None
    # TC_A_04: the server's certificate, signed by the CA the station trusts; Basic auth inside TLS.
    async with connect201(srv.tls_url, "CS-A04", key, ssl=client_ctx(pki)) as st:
        assert "currentTime" in await st.call("Heartbeat", {})
    # Profile 2 is TLS only: the same credentials over plain ws are refused.
    assert await _status(f"{srv.ocpp_url}/CS-A04", additional_headers=basic("CS-A04", key)) == 403
    # TC_A_06: a station that offers at most TLS 1.1 gets no connection.
    old = client_ctx(pki)
    old.set_ciphers("DEFAULT:@SECLEVEL=0")  # the client's own library would refuse TLS 1.1 otherwise
    old.minimum_version = ssl.TLSVersion.TLSv1
    old.maximum_version = ssl.TLSVersion.TLSv1_1
    with pytest.raises((ssl.SSLError, InvalidMessage, ConnectionError, OSError)):
        async with websockets.connect(
            f"{srv.tls_url}/CS-A04",
            ssl=old,
            subprotocols=[Subprotocol("ocpp2.0.1")],
            additional_headers=basic("CS-A04", key),
            open_timeout=10,
        ):
            pass


async def test_tc_a_08_csms_client_certificate_not_signed_by_the_ca(
    tls_server: Any, pki: dict[str, Path]
) -> None:
    """TC_A_08: a profile-3 station presenting a certificate the configured CA did not sign (a
    self-signed one with the station's name) gets no connection; with the CA's, it boots."""
    srv = tls_server
    await register(srv.platform, "CP-TLS3", profile=3)
    with pytest.raises((InvalidStatus, InvalidMessage, ssl.SSLError, ConnectionError, OSError)):
        async with connect201(srv.tls_url, "CP-TLS3", ssl=client_ctx(pki, "rogue")):
            pass
    async with connect201(srv.tls_url, "CP-TLS3", ssl=client_ctx(pki, "cp")) as st:
        assert "currentTime" in await st.call("Heartbeat", {})


RAISE = """mutation($i: RaiseSecurityProfileInput!) { raiseSecurityProfile(input: $i) {
  status steps { action status } errors { __typename code field } } }"""


async def test_tc_a_19_csms_upgrade_the_security_profile(tls_server: Any, pki: dict[str, Path]) -> None:
    """TC_A_19: the operator raises a profile-1 station to profile 2: SetNetworkProfile with the new
    profile in a slot, OCPPCommCtrlr.NetworkConfigurationPriority naming it, then Reset (Immediate);
    the station is admitted on profile 2 and refused on profile 1. Refused before anything is sent:
    a lower profile, a URL of the wrong scheme; a station that rejects the profile keeps its own."""
    srv = tls_server
    key = await register(srv.platform, "CS-A19", profile=1)
    assert key is not None
    _, admin = await make_user(srv.platform, role="admin")
    charger = await cid(srv, "CS-A19")
    new_url = f"{srv.tls_url}/CS-A19"

    async def raise_to(profile: int, url: str) -> dict[str, Any]:
        i = {"chargerId": charger, "securityProfile": profile, "configurationSlot": 2, "ocppCsmsUrl": url}
        r = await srv.graphql(RAISE, {"i": i}, token=admin)
        assert "errors" not in r, r
        return dict(r["data"]["raiseSecurityProfile"])

    async with connect201(srv.ocpp_url, "CS-A19", key) as st:
        for profile, url in ((1, f"{srv.ocpp_url}/CS-A19"), (2, f"{srv.ocpp_url}/CS-A19")):
            out = await raise_to(profile, url)
            assert [e["__typename"] for e in out["errors"]] == ["InvalidInputError"], out
        st.answers["SetNetworkProfile"] = {"status": "Rejected"}
        out = await raise_to(2, new_url)
        assert out["status"] == "Rejected" and out["steps"] == [
            {"action": "SetNetworkProfile", "status": "Rejected"}
        ], out
        st.answers["SetNetworkProfile"] = {"status": "Accepted"}
        out = await raise_to(2, new_url)
        assert out["errors"] == [] and [s["action"] for s in out["steps"]] == [
            "SetNetworkProfile",
            "SetVariables",
        ], out
        network = await st.expect("SetNetworkProfile")
        assert network["connectionData"]["securityProfile"] == 2 and network["configurationSlot"] == 2
        assert network["connectionData"]["ocppCsmsUrl"] == new_url
        (priority,) = (await st.expect("SetVariables"))["setVariableData"]
        assert (priority["variable"]["name"], priority["attributeValue"]) == (
            "NetworkConfigurationPriority",
            "2",
        )
        assert (await st.expect("Reset"))["type"] == "Immediate"
    assert await _status(f"{srv.ocpp_url}/CS-A19", additional_headers=basic("CS-A19", key)) == 403
    async with connect201(srv.tls_url, "CS-A19", key, ssl=client_ctx(pki)) as st:
        assert "currentTime" in await st.call("Heartbeat", {})
