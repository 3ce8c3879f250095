"""idTokens up to 36 characters (OCPP 2.0.1's IdToken) beside OCPP 1.6's 20-character idTag: a long
card registered by an operator works on a 2.0.1 station (Authorize, a transaction, the local list)
and is left out of a 1.6 charger's local list, which could not hold it. On SQLite and MariaDB (the
widened columns, migration 0011)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select

from db.models import ChargingSession
from tests.ocpp.conftest import connect, register
from tests.ocpp.test_operations import cid, op
from tests.ocpp201.conftest import connect201
from tests.ocpp201.test_core201 import _admin, _energy, _event

LONG = "04A2B3C4D5E6F7A8B9C0D1E2F3A4B5C6D7E8"  # 36 characters
MIDDLE = "04A2B3C4D5E6F7A8B9C0D1"  # 22 characters: too long for 1.6 only
ADD_TAG = """mutation($input: CreateIdTagInput!) { createIdTag(input: $input) {
  idTag { idTag } errors { code message } } }"""


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("mariadb", marks=pytest.mark.mariadb)])
async def test_tc_c_02_csms_36_character_id_token_on_2_0_1_and_kept_from_1_6(
    server_factory: Any, request: pytest.FixtureRequest, backend: str
) -> None:
    db = {"database_url": request.getfixturevalue("migrated_mariadb_url")} if backend == "mariadb" else {}
    server = await server_factory(**db)
    admin = await _admin(server)
    for tag in (LONG, MIDDLE, "SHORT-1"):
        r = await server.graphql(ADD_TAG, {"input": {"idTag": tag}}, token=admin)
        assert r.get("data") and r["data"]["createIdTag"]["errors"] == [], r
    r = await server.graphql(ADD_TAG, {"input": {"idTag": LONG + "X"}}, token=admin)
    assert r["data"]["createIdTag"]["errors"][0]["code"], r  # 37 characters: refused, typed

    key = await register(server.platform, "CP-ID36")
    now = dt.datetime.now(dt.UTC)
    async with connect201(server.ocpp_url, "CP-ID36", key) as st:
        token = {"idToken": LONG, "type": "ISO14443"}
        assert (await st.call("Authorize", {"idToken": token}))["idTokenInfo"]["status"] == "Accepted"
        started = _event(
            "Started",
            "tx-id36",
            0,
            now,
            "Authorized",
            info={"chargingState": "Charging"},
            idToken=token,
            evse={"id": 1, "connectorId": 1},
            meterValue=_energy(0, now, "Transaction.Begin"),
        )
        answer = await st.call("TransactionEvent", started)
        assert answer["idTokenInfo"]["status"] == "Accepted"
        st.answers["SendLocalList"] = {"status": "Accepted"}
        await op(
            server, admin, "sendLocalList", {"chargerId": await cid(server, "CP-ID36"), "updateType": "FULL"}
        )
        sent = await st.expect("SendLocalList")
        assert {LONG, MIDDLE, "SHORT-1"} <= {e["idToken"]["idToken"] for e in sent["localAuthorizationList"]}
    async with server.platform.sessionmaker() as s:
        row = await s.scalar(select(ChargingSession).where(ChargingSession.ocpp_transaction_id == "tx-id36"))
        assert row is not None and row.id_tag == LONG

    # A 1.6 charger's local list holds only what fits its 20-character idTag (its schema is checked).
    key16 = await register(server.platform, "CP-ID20")
    async with connect(server.ocpp_url, "CP-ID20", key16) as cp:
        out = await op(
            server, admin, "sendLocalList", {"chargerId": await cid(server, "CP-ID20"), "updateType": "FULL"}
        )
        assert out["status"] == "Accepted", out
        sent16 = await cp.expect("SendLocalList")
        tags = {e["idTag"] for e in sent16["localAuthorizationList"]}
        assert "SHORT-1" in tags and LONG not in tags and MIDDLE not in tags
