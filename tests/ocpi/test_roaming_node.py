"""OCPI attacks against a production node started as a process: no token, a made-up token, token A
outside versions and credentials, a malformed or unusable registration. Each gets its OCPI status and
leaves the partner as it was."""

from __future__ import annotations

import base64
from collections.abc import Callable

import httpx

from tests.conftest import TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD, Node
from tests.security.api import Api

PARTNER = "query { ocpiPartners { state versionsUrl countryCode lastError } }"


def tok(token: str) -> dict[str, str]:
    return {"Authorization": "Token " + base64.b64encode(token.encode()).decode()}


async def test_unauthorized_and_malformed_ocpi_requests_on_a_production_node(
    spawn_node: Callable[..., Node],
) -> None:
    node = spawn_node(ENVIRONMENT="production")
    api = Api(node.http_url)
    admin = (await api.login(TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD)).access
    invite = (await api.ok('mutation { inviteOcpiPartner(name: "P") { tokenA versionsUrl } }', token=admin))[
        "inviteOcpiPartner"
    ]
    token_a = invite["tokenA"]
    base = f"{node.http_url}/ocpi"
    async with httpx.AsyncClient() as c:
        for headers in (
            {},
            {"Authorization": "Token"},
            tok("made-up-token"),
            {"Authorization": "Basic eDp5"},
        ):
            for method, path in (
                ("GET", "/versions"),
                ("POST", "/2.2.1/credentials"),
                ("GET", "/2.2.1/locations"),
            ):
                r = await c.request(method, base + path, headers=headers, json={})
                assert r.status_code == 401 and r.json()["status_code"] == 2000, (method, path, headers)
        # Token A opens versions and credentials only.
        assert (await c.get(base + "/versions", headers=tok(token_a))).json()["status_code"] == 1000
        for path in ("/2.2.1/locations", "/2.2.1/tokens/SG/XWP/T1"):
            r = await c.get(base + path, headers=tok(token_a))
            assert r.status_code == 401
        # A malformed registration, and one whose versions URL cannot be used.
        r = await c.post(base + "/2.2.1/credentials", headers=tok(token_a), content=b"[1,")
        assert r.status_code == 400 and r.json()["status_code"] == 2001
        r = await c.post(
            base + "/2.2.1/credentials", headers=tok(token_a), json={"token": "has space", "url": "x"}
        )
        assert r.status_code == 400 and r.json()["status_code"] == 2001
        r = await c.post(
            base + "/2.2.1/credentials",
            headers=tok(token_a),
            json={"token": "b-token", "url": "http://127.0.0.1:9/ocpi/versions", "roles": []},
        )
        assert r.status_code == 200 and r.json()["status_code"] == 3001
        # Nothing was stored: the partner still waits, token A still works.
        assert (await c.get(base + "/versions", headers=tok(token_a))).json()["status_code"] == 1000
    (partner,) = (await api.ok(PARTNER, token=admin))["ocpiPartners"]
    assert partner == {"state": "PENDING", "versionsUrl": None, "countryCode": None, "lastError": None}
    await api.close()
