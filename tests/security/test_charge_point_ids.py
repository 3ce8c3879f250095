"""Charge point ids follow the OCPP identity rules (1 to 48 printable identifierString characters, no
"/", not "." or "..", no control characters), on the OCPP port and on `/ocpp/<id>` of the HTTP port,
against a node process: others are refused with an HTTP status at the handshake, before the
WebSocket upgrade. The id is the one path segment after the endpoint, percent-decoded exactly once
(`CP%2D1` is `CP-1`; an encoded "/" or a second encoding never becomes a separator)."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
import websockets
from websockets.exceptions import InvalidStatus
from websockets.typing import Subprotocol

from bench.extreme_inputs import login
from tests.conftest import TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD

BAD_SEGMENTS = [
    "",  # no id
    ".",
    "..",
    "%2E",
    "%2E%2E",
    "...",
    "a/b",
    "a%2Fb",  # an encoded "/"
    "CP%252F1",  # decoded once: "CP%2F1", which is not an id
    "CP1/",
    "%2FCP1",
    "CP%001",  # NUL
    "CP%0A1",  # line feed
    "CP%091",  # tab
    "CP%7F1",  # DEL
    "CP%201",  # space
    "CP%C3%A91",  # é: not printable ASCII
    "CP%FF1",  # not UTF-8
    "x" * 49,
    "%41" * 49,  # 49 characters once decoded
]
GOOD_SEGMENTS = {
    "CP-OK1": "CP-OK1",
    "y" * 48: "y" * 48,
    "CP%2DOK2": "CP-OK2",
    "a*b=c:d+e|f@g.h_i": "a*b=c:d+e|f@g.h_i",
}


def _base(node: Any, endpoint: str) -> str:
    return node.ocpp_url if endpoint == "ocpp-port" else node.http_url.replace("http://", "ws://") + "/ocpp"


async def _status(url: str) -> int:
    """The HTTP status of the handshake (101 when upgraded)."""
    try:
        async with websockets.connect(url, subprotocols=[Subprotocol("ocpp1.6")], open_timeout=10):
            return 101
    except InvalidStatus as e:
        return int(e.response.status_code)


@pytest.mark.parametrize("endpoint", ["ocpp-port", "http-port"])
async def test_invalid_ids_are_refused_before_the_upgrade(spawn_node: Any, endpoint: str) -> None:
    node = spawn_node(OCPP_UNKNOWN_CHARGERS="pending")  # any valid id would be admitted (Pending)
    base = _base(node, endpoint)
    refused = {seg: await _status(f"{base}/{seg}") for seg in BAD_SEGMENTS}
    wrong = {seg: status for seg, status in refused.items() if status not in (400, 404)}
    assert not wrong, wrong
    for segment in GOOD_SEGMENTS:
        assert await _status(f"{base}/{segment}") == 101, segment
    # the encoded id means the decoded one: the charger is known under CP-OK2, not CP%2DOK2
    admin = await asyncio.to_thread(login, node.http_url, TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD)
    q = "query($c: String!) { chargerByChargePointId(chargePointId: $c) { chargePointId } }"
    async with httpx.AsyncClient(
        base_url=node.http_url, headers={"Authorization": f"Bearer {admin}"}
    ) as client:
        for segment, cpid in GOOD_SEGMENTS.items():
            r = await client.post("/graphql", json={"query": q, "variables": {"c": cpid}})
            assert r.json()["data"]["chargerByChargePointId"] == {"chargePointId": cpid}, (segment, r.text)
        r = await client.post("/graphql", json={"query": q, "variables": {"c": "CP%2DOK2"}})
        assert r.json()["data"]["chargerByChargePointId"] is None, r.text
    assert "Traceback" not in node.output(), node.output()[-3000:]


async def test_registration_follows_the_same_rules(spawn_node: Any) -> None:
    node = spawn_node()
    admin = await asyncio.to_thread(login, node.http_url, TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD)
    q = (
        "mutation($c: String!) { registerCharger(input: {chargePointId: $c, securityProfile: 0}) "
        "{ charger { chargePointId } errors { code field } } }"
    )
    async with httpx.AsyncClient(
        base_url=node.http_url, headers={"Authorization": f"Bearer {admin}"}
    ) as client:
        for cpid in ("..", ".", "x" * 49, "a/b", "CP 1", "CP\n1", "CPé"):
            r = await client.post("/graphql", json={"query": q, "variables": {"c": cpid}})
            payload = r.json()["data"]["registerCharger"]
            assert payload["charger"] is None and payload["errors"][0]["field"] == "chargePointId", (
                cpid,
                payload,
            )
        r = await client.post("/graphql", json={"query": q, "variables": {"c": "z" * 48}})
        assert r.json()["data"]["registerCharger"]["charger"] == {"chargePointId": "z" * 48}, r.text


def test_the_path_rule() -> None:
    from domain.chargers import charge_point_id_from_path

    for segment in BAD_SEGMENTS:
        assert charge_point_id_from_path(segment) is None, segment
    for segment, cpid in GOOD_SEGMENTS.items():
        assert charge_point_id_from_path(segment) == cpid, segment
