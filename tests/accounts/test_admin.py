# ruff: noqa: E501 - GraphQL documents read best on one line
"""Admin user management: paginated searchable list, create, update, disable, role; id tags."""

from __future__ import annotations

from typing import Any

from api.relay import encode_id
from tests.accounts.conftest import LOGIN, error_code, gql
from tests.helpers.auth import make_user

USERS = """query($s: String, $first: Int, $after: String, $last: Int, $before: String) {
  users(search: $s, first: $first, after: $after, last: $last, before: $before) {
    totalCount edges { cursor node { id email name role } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }"""


async def test_user_list_is_paginated_and_searchable(server: Any) -> None:
    _, admin = await make_user(server.platform, role="admin")
    for i in range(7):
        await make_user(server.platform, email=f"fleet{i}@example.com", name=f"Fleet Driver {i}")
    await make_user(server.platform, email="other@example.com", name="Someone Else")
    page1 = (await gql(server, USERS, {"s": "fleet", "first": 3}, token=admin))["users"]
    assert page1["totalCount"] == 7
    assert [e["node"]["email"] for e in page1["edges"]] == [f"fleet{i}@example.com" for i in (6, 5, 4)]
    assert page1["pageInfo"]["hasNextPage"] is True and page1["pageInfo"]["hasPreviousPage"] is False
    page2 = (
        await gql(
            server, USERS, {"s": "FLEET", "first": 3, "after": page1["pageInfo"]["endCursor"]}, token=admin
        )
    )["users"]
    assert [e["node"]["email"] for e in page2["edges"]] == [f"fleet{i}@example.com" for i in (3, 2, 1)]
    page3 = (
        await gql(
            server, USERS, {"s": "fleet", "first": 3, "after": page2["pageInfo"]["endCursor"]}, token=admin
        )
    )["users"]
    assert [e["node"]["email"] for e in page3["edges"]] == ["fleet0@example.com"]
    assert page3["pageInfo"]["hasNextPage"] is False
    back = (
        await gql(
            server, USERS, {"s": "fleet", "last": 2, "before": page2["pageInfo"]["startCursor"]}, token=admin
        )
    )["users"]
    assert [e["node"]["email"] for e in back["edges"]] == ["fleet5@example.com", "fleet4@example.com"]
    assert back["pageInfo"]["hasPreviousPage"] is True and back["pageInfo"]["hasNextPage"] is True
    by_name = (await gql(server, USERS, {"s": "someone"}, token=admin))["users"]
    assert [e["node"]["email"] for e in by_name["edges"]] == ["other@example.com"]
    bad = await server.graphql(USERS, {"first": 1000}, token=admin)
    assert bad["errors"][0]["extensions"]["code"] == "INVALID_INPUT"


async def test_admin_creates_updates_disables_and_promotes(server: Any) -> None:
    admin_user, admin = await make_user(server.platform, role="admin")
    created = await gql(
        server,
        'mutation { adminCreateUser(input: {email: "hired@example.com", name: "Hired"}) '
        "{ user { id email role emailVerified } generatedPassword errors { code } } }",
        token=admin,
    )
    payload = created["adminCreateUser"]
    assert (
        payload["errors"] == [] and payload["user"]["role"] == "DRIVER" and payload["user"]["emailVerified"]
    )
    password = payload["generatedPassword"]
    uid = payload["user"]["id"]
    login = await gql(server, LOGIN, {"email": "hired@example.com", "password": password})
    assert login["login"]["errors"] == []
    driver_token = login["login"]["tokens"]["accessToken"]

    again = (
        'mutation { adminCreateUser(input: {email: "HIRED@example.com", name: "Again"}) { errors { code } } }'
    )
    assert await error_code(server, again, token=admin) == "EMAIL_TAKEN"

    upd = await gql(
        server,
        'mutation($id: ID!) { adminUpdateUser(input: {id: $id, name: "Renamed", phone: "+60 3-1234 5678"}) '
        "{ user { name phone } errors { code } } }",
        {"id": uid},
        token=admin,
    )
    assert upd["adminUpdateUser"]["user"] == {"name": "Renamed", "phone": "+60 3-1234 5678"}

    dis = await gql(
        server,
        "mutation($id: ID!) { adminSetUserDisabled(input: {id: $id, disabled: true}) { user { disabled } } }",
        {"id": uid},
        token=admin,
    )
    assert dis["adminSetUserDisabled"]["user"]["disabled"] is True
    assert (await server.graphql("{ me { id } }", token=driver_token))["errors"][0]["extensions"]["code"] == (
        "UNAUTHENTICATED"
    )
    refused = await gql(server, LOGIN, {"email": "hired@example.com", "password": password})
    assert refused["login"]["errors"][0]["code"] == "ACCOUNT_DISABLED"

    role = await gql(
        server,
        "mutation($id: ID!) { adminSetUserRole(input: {id: $id, role: ADMIN}) { user { role } } }",
        {"id": uid},
        token=admin,
    )
    assert role["adminSetUserRole"]["user"]["role"] == "ADMIN"

    # An admin cannot demote themselves.
    self_demote = await gql(
        server,
        "mutation($id: ID!) { adminSetUserRole(input: {id: $id, role: DRIVER}) { errors { code } } }",
        {"id": encode_id("User", admin_user.id)},
        token=admin,
    )
    assert self_demote["adminSetUserRole"]["errors"][0]["code"] == "FORBIDDEN"


async def test_id_tags_add_block_unblock(server: Any) -> None:
    driver, token = await make_user(server.platform)
    _, admin = await make_user(server.platform, role="admin")
    add = 'mutation($t: String!) { addRfidTag(input: {idTag: $t, label: "Blue card"}) { idTag { id idTag kind status } errors { code field } } }'
    tag = (await gql(server, add, {"t": "04a1b2c3d4"}, token=token))["addRfidTag"]["idTag"]
    assert tag["idTag"] == "04A1B2C3D4" and tag["kind"] == "RFID" and tag["status"] == "ACCEPTED"
    dup = (await gql(server, add, {"t": "04A1B2C3D4"}, token=token))["addRfidTag"]["errors"]
    assert dup[0]["code"] == "CONFLICT"
    bad = (await gql(server, add, {"t": "x"}, token=token))["addRfidTag"]["errors"]
    assert bad[0] == {"code": "INVALID_INPUT", "field": "idTag"}
    block = "mutation($id: ID!) { blockIdTag(input: {id: $id}) { idTag { status } errors { code } } }"
    unblock = "mutation($id: ID!) { unblockIdTag(input: {id: $id}) { idTag { status } errors { code } } }"
    assert (await gql(server, block, {"id": tag["id"]}, token=token))["blockIdTag"]["idTag"][
        "status"
    ] == "BLOCKED"
    assert (await gql(server, unblock, {"id": tag["id"]}, token=token))["unblockIdTag"]["idTag"][
        "status"
    ] == "ACCEPTED"
    # Admins manage anyone's tags and can register a card for a user.
    assert (await gql(server, block, {"id": tag["id"]}, token=admin))["blockIdTag"]["idTag"][
        "status"
    ] == "BLOCKED"
    for_user = await gql(
        server,
        'mutation($u: ID!) { addRfidTag(input: {idTag: "CARD9999", userId: $u}) { idTag { idTag } errors { code } } }',
        {"u": encode_id("User", driver.id)},
        token=admin,
    )
    assert for_user["addRfidTag"]["idTag"]["idTag"] == "CARD9999"
    me = await gql(server, "{ me { idTags { totalCount } } }", token=token)
    assert me["me"]["idTags"]["totalCount"] == 3  # app tag + two cards


async def test_vehicles_crud(server: Any) -> None:
    _, token = await make_user(server.platform)
    create = """mutation { createVehicle(input: {brand: "Tesla", model: "Model 3", batteryKwh: "57.5",
      connectorType: CCS2, plateNumber: "WXY 1234"}) { vehicle { id brand batteryKwh connectorType } errors { code } } }"""
    v = (await gql(server, create, token=token))["createVehicle"]["vehicle"]
    assert v["brand"] == "Tesla" and v["batteryKwh"] == "57.50" and v["connectorType"] == "CCS2"
    upd = await gql(
        server,
        'mutation($id: ID!) { updateVehicle(input: {id: $id, nickname: "Red", batteryKwh: null}) '
        "{ vehicle { nickname batteryKwh brand } errors { code } } }",
        {"id": v["id"]},
        token=token,
    )
    assert upd["updateVehicle"]["vehicle"] == {"nickname": "Red", "batteryKwh": None, "brand": "Tesla"}
    bad = 'mutation { createVehicle(input: {brand: "", model: "x", batteryKwh: "-1"}) { errors { code field } } }'
    assert await error_code(server, bad, token=token) == "INVALID_INPUT"
    deleted = await gql(
        server,
        "mutation($id: ID!) { deleteVehicle(input: {id: $id}) { deletedId errors { code } } }",
        {"id": v["id"]},
        token=token,
    )
    assert deleted["deleteVehicle"]["deletedId"] == v["id"]
    assert (await gql(server, "{ me { vehicles { totalCount } } }", token=token))["me"]["vehicles"][
        "totalCount"
    ] == 0
    profile = await gql(
        server,
        'mutation { updateProfile(input: {name: "  New   Name ", phone: null}) { user { name phone } errors { code } } }',
        token=token,
    )
    assert profile["updateProfile"]["user"] == {"name": "New Name", "phone": None}


async def test_driver_cannot_unblock_a_card_an_operator_blocked(server: Any) -> None:
    _, token = await make_user(server.platform)
    _, admin = await make_user(server.platform, role="admin")
    add = 'mutation { addRfidTag(input: {idTag: "CARD7777"}) { idTag { id } errors { code } } }'
    tag_id = (await gql(server, add, token=token))["addRfidTag"]["idTag"]["id"]
    block = "mutation($id: ID!) { blockIdTag(input: {id: $id}) { idTag { status } errors { code } } }"
    unblock = "mutation($id: ID!) { unblockIdTag(input: {id: $id}) { idTag { status } errors { code } } }"
    assert (await gql(server, block, {"id": tag_id}, token=admin))["blockIdTag"]["idTag"][
        "status"
    ] == "BLOCKED"
    refused = (await gql(server, unblock, {"id": tag_id}, token=token))["unblockIdTag"]
    assert refused["idTag"] is None and refused["errors"][0]["code"] == "FORBIDDEN"
    # The operator can; afterwards the owner manages the card again.
    assert (await gql(server, unblock, {"id": tag_id}, token=admin))["unblockIdTag"]["idTag"][
        "status"
    ] == "ACCEPTED"
    assert (await gql(server, block, {"id": tag_id}, token=token))["blockIdTag"]["idTag"][
        "status"
    ] == "BLOCKED"
    assert (await gql(server, unblock, {"id": tag_id}, token=token))["unblockIdTag"]["idTag"][
        "status"
    ] == "ACCEPTED"
