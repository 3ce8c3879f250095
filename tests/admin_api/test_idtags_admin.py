"""Operators manage id tags (expiry, block, parent group tag, owner) and a real charger, whose frames
are validated against the OCPP 1.6 schemas, is told at once: Authorize and StartTransaction answer
Blocked or Expired and carry parentIdTag and expiryDate."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ocpp.v16 import call

from tests.helpers.auth import make_user
from tests.helpers.wallet import credit_wallet
from tests.ocpp.conftest import connect, register

TAGS = """query($s: String, $st: IdTagStatus) { adminIdTags(search: $s, status: $st, first: 50) {
  totalCount nodes { id idTag status parentIdTag expiresAt ownerEmail blockedByAdmin label } } }"""
CREATE = """mutation($i: CreateIdTagInput!) { createIdTag(input: $i) {
  idTag { id idTag ownerEmail } errors { code field message } } }"""
UPDATE = """mutation($i: UpdateIdTagInput!) { updateIdTag(input: $i) {
  idTag { id idTag status parentIdTag expiresAt ownerEmail blockedByAdmin label } errors { code field } } }"""
UNBLOCK = """mutation($i: IdTagInput!) { unblockIdTag(input: $i) { errors { code } } }"""


def ts(t: dt.datetime) -> str:
    return t.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


async def _update(server: Any, admin: str, **fields: Any) -> dict[str, Any]:
    r = await server.graphql(UPDATE, {"i": fields}, token=admin)
    assert not r.get("errors"), r
    out = r["data"]["updateIdTag"]
    assert out["errors"] == [], out
    return out["idTag"]  # type: ignore[no-any-return]


async def test_operator_tag_changes_reach_authorize_and_start_transaction(server: Any) -> None:
    p = server.platform
    owner, owner_token = await make_user(p, email="fleet.driver@example.com", name="Fleet Driver")
    _, admin = await make_user(p, role="admin")
    await credit_wallet(p, owner.id, 5000)  # above the minimum balance: the owner may charge
    r = await server.graphql(
        CREATE, {"i": {"idTag": "CARD-0042", "ownerEmail": owner.email, "label": "Van 7"}}, token=admin
    )
    card = r["data"]["createIdTag"]["idTag"]
    assert card["ownerEmail"] == "fleet.driver@example.com"
    r = await server.graphql(CREATE, {"i": {"idTag": "card-0042"}}, token=admin)
    assert r["data"]["createIdTag"]["errors"][0]["code"] == "CONFLICT"
    r = await server.graphql(
        CREATE, {"i": {"idTag": "FLEET-A", "ownerEmail": "nobody@example.com"}}, token=admin
    )
    assert r["data"]["createIdTag"]["errors"][0]["field"] == "ownerEmail"

    # Search by the owner's email, the label, the tag; by status.
    for text in ("fleet.driver", "van 7", "card-00"):
        found = (await server.graphql(TAGS, {"s": text}, token=admin))["data"]["adminIdTags"]["nodes"]
        assert "CARD-0042" in [t["idTag"] for t in found], text

    key = await register(p, "CP-TAGS")
    async with connect(server.ocpp_url, "CP-TAGS", key) as cp:
        auth = await cp.call(call.Authorize(id_tag="card-0042"), suppress=False)
        assert auth.id_tag_info == {"status": "Accepted"}

        # A group: the parent tag goes to the charger.
        t = await _update(server, admin, id=card["id"], parentIdTag="FLEET-A")
        assert t["parentIdTag"] == "FLEET-A"
        auth = await cp.call(call.Authorize(id_tag="CARD-0042"), suppress=False)
        assert auth.id_tag_info == {"status": "Accepted", "parent_id_tag": "FLEET-A"}
        r = await server.graphql(UPDATE, {"i": {"id": card["id"], "parentIdTag": "card-0042"}}, token=admin)
        assert r["data"]["updateIdTag"]["errors"] == [{"code": "INVALID_INPUT", "field": "parentIdTag"}]

        # Blocked by the operator: chargers refuse it, its owner cannot unblock it.
        t = await _update(server, admin, id=card["id"], blocked=True)
        assert t["status"] == "BLOCKED" and t["blockedByAdmin"] is True
        auth = await cp.call(call.Authorize(id_tag="CARD-0042"), suppress=False)
        assert auth.id_tag_info["status"] == "Blocked"
        r = await server.graphql(UNBLOCK, {"i": {"id": card["id"]}}, token=owner_token)
        assert r["data"]["unblockIdTag"]["errors"][0]["code"] == "FORBIDDEN"
        blocked = (await server.graphql(TAGS, {"st": "BLOCKED"}, token=admin))["data"]["adminIdTags"]["nodes"]
        assert [x["idTag"] for x in blocked] == ["CARD-0042"]
        await _update(server, admin, id=card["id"], blocked=False)

        # Expired: Authorize and StartTransaction answer Expired with the expiry date.
        past = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(days=1)
        await _update(server, admin, id=card["id"], expiresAt=ts(past))
        auth = await cp.call(call.Authorize(id_tag="CARD-0042"), suppress=False)
        assert auth.id_tag_info == {"status": "Expired", "parent_id_tag": "FLEET-A", "expiry_date": ts(past)}
        st = await cp.call(
            call.StartTransaction(
                connector_id=1, id_tag="CARD-0042", meter_start=0, timestamp=ts(dt.datetime.now(dt.UTC))
            ),
            suppress=False,
        )
        assert st.id_tag_info["status"] == "Expired"
        # The charger ends the refused transaction at once (OCPP 1.6: StopTransactionOnInvalidId).
        await cp.call(
            call.StopTransaction(
                meter_stop=0,
                timestamp=ts(dt.datetime.now(dt.UTC)),
                transaction_id=st.transaction_id,
                reason="DeAuthorized",
            ),
            suppress=False,
        )

        # A later expiry: accepted again until then; no parent any more.
        future = past + dt.timedelta(days=30)
        t = await _update(server, admin, id=card["id"], expiresAt=ts(future), parentIdTag=None, label="Van 8")
        assert t["parentIdTag"] is None and t["label"] == "Van 8"
        auth = await cp.call(call.Authorize(id_tag="CARD-0042"), suppress=False)
        assert auth.id_tag_info == {"status": "Accepted", "expiry_date": ts(future)}

        # A new owner.
        other, _ = await make_user(p, email="second@example.com")
        t = await _update(server, admin, id=card["id"], ownerEmail="second@example.com")
        assert t["ownerEmail"] == "second@example.com"

    # Drivers cannot use any of it.
    for query, variables in ((TAGS, {}), (UPDATE, {"i": {"id": card["id"], "blocked": True}})):
        r = await server.graphql(query, variables, token=owner_token)
        assert r["errors"][0]["extensions"]["code"] == "FORBIDDEN"
