# ruff: noqa: E501 - GraphQL documents read best on one line
"""Authorization on every object: driver A with driver B's ids on every accounts query and mutation,
admin-only operations, mass assignment, API key scopes (HTTP and WebSocket)."""

from __future__ import annotations

import json
from typing import Any

import websockets
from sqlalchemy import select
from websockets.typing import Subprotocol

from api import accounts as api_accounts
from api import apikeys as api_apikeys
from api import users as api_users
from api.relay import encode_id
from db.models import ApiKey, IdTag, User, Vehicle
from tests.accounts.conftest import gql
from tests.helpers.auth import make_api_key, make_user

# Every query and mutation of the accounts area, run by A with B's ids. `{B_*}` are filled in.
SWEEP_QUERIES = {
    "me": "{ me { id email vehicles { edges { node { id brand } } } idTags { edges { node { id idTag } } } "
    "apiKeys { edges { node { id name } } } wallet { balance { amount } } chargingSessions { totalCount } } }",
    "vehicle": '{ vehicle(id: "{B_VEHICLE}") { id brand } }',
    "idTag": '{ idTag(id: "{B_TAG}") { id idTag } }',
    "user": '{ user(id: "{B_USER}") { id email vehicles { totalCount } } }',
    "users": '{ users(search: "b-victim") { edges { node { id email } } } }',
}
SWEEP_MUTATIONS = {
    "requestEmailCode": 'mutation { requestEmailCode(input: {email: "{B_EMAIL}"}) { sent errors { code } } }',
    "verifyEmailCode": 'mutation { verifyEmailCode(input: {email: "{B_EMAIL}", code: "000000"}) '
    "{ verificationToken errors { code } } }",
    "register": 'mutation { register(input: {email: "{B_EMAIL}", password: "whatever-password", name: "A"}) '
    "{ user { id } errors { code } } }",
    "login": 'mutation { login(input: {email: "{B_EMAIL}", password: "wrong-password"}) '
    "{ tokens { accessToken } errors { code } } }",
    "refreshToken": 'mutation { refreshToken(input: {refreshToken: "rt_guess"}) { tokens { accessToken } '
    "errors { code } } }",
    "logout": 'mutation { logout(input: {refreshToken: "{B_REFRESH}"}) { revokedSessions errors { code } } }',
    "changePassword": 'mutation { changePassword(input: {currentPassword: "x", newPassword: "yyyyyyyyyy"}) '
    "{ errors { code } } }",
    "requestPasswordReset": 'mutation { requestPasswordReset(input: {email: "{B_EMAIL}"}) { ok errors { code } } }',
    "resetPassword": 'mutation { resetPassword(input: {email: "{B_EMAIL}", code: "123456", '
    'newPassword: "taken-over-123"}) { ok errors { code } } }',
    "deleteAccount": 'mutation { deleteAccount(input: {password: "wrong-password"}) { ok errors { code } } }',
    "updateProfile": 'mutation { updateProfile(input: {name: "A renamed"}) { user { id name } errors { code } } }',
    "createVehicle": 'mutation { createVehicle(input: {brand: "A-brand", model: "A"}) { vehicle { id } '
    "errors { code } } }",
    "updateVehicle": 'mutation { updateVehicle(input: {id: "{B_VEHICLE}", brand: "hacked"}) '
    "{ vehicle { id brand } errors { code } } }",
    "deleteVehicle": 'mutation { deleteVehicle(input: {id: "{B_VEHICLE}"}) { deletedId errors { code } } }',
    "addRfidTag": 'mutation { addRfidTag(input: {idTag: "AAAA1111", userId: "{B_USER}"}) '
    "{ idTag { id } errors { code } } }",
    "blockIdTag": 'mutation { blockIdTag(input: {id: "{B_TAG}"}) { idTag { id status } errors { code } } }',
    "unblockIdTag": 'mutation { unblockIdTag(input: {id: "{B_BLOCKED_TAG}"}) { idTag { id status } errors { code } } }',
    "createApiKey": 'mutation { createApiKey(input: {name: "x", scope: READ_WRITE, userId: "{B_USER}"}) '
    "{ secret errors { code } } }",
    "revokeApiKey": 'mutation { revokeApiKey(input: {id: "{B_KEY}"}) { apiKey { id } errors { code } } }',
    "adminCreateUser": 'mutation { adminCreateUser(input: {email: "new@example.com", name: "N", role: ADMIN}) '
    "{ user { id } errors { code } } }",
    "adminUpdateUser": 'mutation { adminUpdateUser(input: {id: "{B_USER}", email: "a-owns@example.com"}) '
    "{ user { id } errors { code } } }",
    "adminSetUserRole": 'mutation { adminSetUserRole(input: {id: "{A_USER}", role: ADMIN}) { user { id role } '
    "errors { code } } }",
    "adminSetUserDisabled": 'mutation { adminSetUserDisabled(input: {id: "{B_USER}", disabled: true}) '
    "{ user { id } errors { code } } }",
}


def _fields(cls: type) -> set[str]:
    from strawberry.types.base import get_object_definition

    definition = get_object_definition(cls, strict=True)
    return {f.graphql_name or _camel(f.python_name) for f in definition.fields}


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(p.title() for p in rest)


def test_sweep_covers_every_accounts_operation() -> None:
    queries = _fields(api_accounts.Query) | _fields(api_users.Query)
    mutations = _fields(api_accounts.Mutation) | _fields(api_users.Mutation) | _fields(api_apikeys.Mutation)
    assert queries == set(SWEEP_QUERIES)
    assert mutations == set(SWEEP_MUTATIONS)


async def _snapshot(platform: Any, user_id: int) -> dict[str, Any]:
    async with platform.sessionmaker() as s:
        u = await s.get(User, user_id)
        assert u is not None
        vehicles = [
            (v.id, v.brand, v.model)
            for v in (await s.scalars(select(Vehicle).where(Vehicle.user_id == user_id)))
        ]
        tags = [
            (t.id, t.id_tag, t.status)
            for t in (await s.scalars(select(IdTag).where(IdTag.user_id == user_id)))
        ]
        keys = [
            (k.id, k.revoked_at) for k in (await s.scalars(select(ApiKey).where(ApiKey.user_id == user_id)))
        ]
        return {
            "user": (u.email, u.name, u.phone, u.role, u.disabled, u.password_hash, u.deleted_at),
            "vehicles": vehicles,
            "tags": tags,
            "keys": keys,
        }


async def add_vehicle(server: Any, token: str, brand: str) -> str:
    """The signed-in driver adds a vehicle of `brand`; its global id."""
    q = 'mutation($b: String!) { createVehicle(input: {brand: $b, model: "M"}) { vehicle { id } } }'
    return str((await gql(server, q, {"b": brand}, token=token))["createVehicle"]["vehicle"]["id"])


async def add_tag(server: Any, token: str, id_tag: str) -> str:
    """The signed-in driver adds RFID card `id_tag`; its global id."""
    q = "mutation($t: String!) { addRfidTag(input: {idTag: $t}) { idTag { id } } }"
    return str((await gql(server, q, {"t": id_tag}, token=token))["addRfidTag"]["idTag"]["id"])


async def test_driver_a_cannot_see_or_change_driver_b(server: Any) -> None:
    from tests.helpers.auth import make_session

    platform = server.platform
    a, a_token = await make_user(platform, email="a-attacker@example.com")
    b, b_token = await make_user(
        platform, email="b-victim@example.com", name="B Victim", phone="+60111111111"
    )
    b_vehicle = await add_vehicle(server, b_token, "SecretBrand")
    b_tag = await add_tag(server, b_token, "B0CARD01")
    b_blocked = await add_tag(server, b_token, "B0CARD02")
    await gql(
        server,
        f'mutation {{ blockIdTag(input: {{id: "{b_blocked}"}}) {{ errors {{ code }} }} }}',
        token=b_token,
    )
    await make_api_key(platform, b.id, scope="read_write")
    async with platform.sessionmaker() as s:
        key_id = await s.scalar(select(ApiKey.id).where(ApiKey.user_id == b.id))
    b_refresh = (await make_session(platform, b)).refresh_token
    values = {
        "{B_VEHICLE}": b_vehicle,
        "{B_TAG}": b_tag,
        "{B_BLOCKED_TAG}": b_blocked,
        "{B_USER}": encode_id("User", b.id),
        "{A_USER}": encode_id("User", a.id),
        "{B_KEY}": encode_id("ApiKey", key_id or 0),
        "{B_EMAIL}": "b-victim@example.com",
        "{B_REFRESH}": b_refresh,
    }
    before = await _snapshot(platform, b.id)
    secrets_of_b = ["SecretBrand", "B0CARD01", "B0CARD02", "B Victim", "+60111111111", str(b_vehicle)]

    def fill(q: str) -> str:
        for k, val in values.items():
            q = q.replace(k, str(val))
        return q

    answers: dict[str, Any] = {}
    # logout runs last: it ends A's own session.
    ops = sorted({**SWEEP_QUERIES, **SWEEP_MUTATIONS}.items(), key=lambda kv: kv[0] == "logout")
    for name, q in ops:
        answers[name] = await server.graphql(fill(q), token=a_token)
    text = json.dumps(answers)
    for secret in secrets_of_b:
        assert secret not in text, f"B's {secret!r} leaked: {text}"
    for name in ("vehicle", "idTag", "user"):
        assert answers[name]["data"][name] is None, answers[name]
    assert answers["users"]["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    refused = {
        "updateVehicle": "NOT_FOUND",
        "deleteVehicle": "NOT_FOUND",
        "blockIdTag": "NOT_FOUND",
        "unblockIdTag": "NOT_FOUND",
        "revokeApiKey": "NOT_FOUND",
        "addRfidTag": "FORBIDDEN",
        "createApiKey": "FORBIDDEN",
        "adminCreateUser": "FORBIDDEN",
        "adminUpdateUser": "FORBIDDEN",
        "adminSetUserRole": "FORBIDDEN",
        "adminSetUserDisabled": "FORBIDDEN",
        "resetPassword": "CODE_INVALID",
        "register": "EMAIL_NOT_VERIFIED",
        "login": "INVALID_CREDENTIALS",
        "refreshToken": "INVALID_TOKEN",
    }
    for name, code in refused.items():
        payload = answers[name]["data"][name]
        assert payload["errors"][0]["code"] == code, (name, answers[name])
    # B's refresh token passed to A's logout is not B's to revoke: only A's own session ends.
    assert answers["logout"]["data"]["logout"]["revokedSessions"] == 1
    after = await _snapshot(platform, b.id)
    assert after == before
    # B is still signed in and sees their own data.
    me = await gql(server, "{ me { email vehicles { totalCount } } }", token=b_token)
    assert me["me"] == {"email": "b-victim@example.com", "vehicles": {"totalCount": 1}}
    async with platform.sessionmaker() as s:
        a_row = await s.get(User, a.id)
    assert a_row is not None and a_row.role == "driver"


async def test_mass_assignment_is_impossible(server: Any) -> None:
    user, token = await make_user(server.platform)
    for q in (
        'mutation { updateProfile(input: {name: "x", role: ADMIN}) { errors { code } } }',
        "mutation { updateProfile(input: {disabled: false}) { errors { code } } }",
        "mutation { updateProfile(input: {emailVerified: true}) { errors { code } } }",
        'mutation { register(input: {email: "m@example.com", password: "p-p-p-p-p-p", name: "M", role: ADMIN}) '
        "{ errors { code } } }",
        'mutation { createVehicle(input: {brand: "b", model: "m", userId: "x"}) { errors { code } } }',
    ):
        result = await server.graphql(q, token=token)
        assert result.get("data") is None and result["errors"], result
    async with server.platform.sessionmaker() as s:
        row = await s.get(User, user.id)
    assert row is not None and row.role == "driver"


async def test_admin_reaches_everything(server: Any) -> None:
    admin, admin_token = await make_user(server.platform, role="admin")
    b, b_token = await make_user(server.platform, email="seen@example.com")
    vid = await add_vehicle(server, b_token, "Seen")
    data = await gql(
        server,
        "query($u: ID!, $v: ID!) { user(id: $u) { email vehicles { edges { node { brand } } } "
        "idTags { totalCount } wallet { balance { amount currency } debt { amount } } "
        "chargingSessions { totalCount } } vehicle(id: $v) { brand } }",
        {"u": encode_id("User", b.id), "v": vid},
        token=admin_token,
    )
    assert data["user"]["email"] == "seen@example.com"
    assert data["user"]["vehicles"]["edges"][0]["node"]["brand"] == "Seen"
    assert data["user"]["idTags"]["totalCount"] == 1
    assert data["user"]["wallet"]["balance"] == {"amount": "0.00", "currency": "MYR"}
    assert data["vehicle"]["brand"] == "Seen"


async def test_api_key_scopes_over_http(server: Any) -> None:
    user, _ = await make_user(server.platform, email="integrator@example.com")
    read = await make_api_key(server.platform, user.id, scope="read")
    write = await make_api_key(server.platform, user.id, scope="read_write")
    assert (await gql(server, "{ me { email } }", token=read))["me"]["email"] == "integrator@example.com"
    create = 'mutation { createVehicle(input: {brand: "K", model: "M"}) { vehicle { id } errors { code } } }'
    # A read-only key is refused before any mutation runs (api/scopes.py): one FORBIDDEN error.
    refused = await server.graphql(create, token=read)
    assert refused["data"] is None and refused["errors"][0]["extensions"]["code"] == "FORBIDDEN", refused
    assert (await gql(server, create, token=write))["createVehicle"]["errors"] == []
    # Keys cannot manage keys or the account.
    mk = 'mutation { createApiKey(input: {name: "more"}) { secret errors { code } } }'
    assert (await gql(server, mk, token=write))["createApiKey"]["errors"][0]["code"] == "FORBIDDEN"
    async with server.platform.sessionmaker() as s:
        keys = (await s.scalars(select(ApiKey).where(ApiKey.user_id == user.id))).all()
    assert all(k.last_used_at is not None for k in keys)
    assert all(k.key_hash not in (read, write) and len(k.key_hash) == 64 for k in keys)


async def test_api_key_lifecycle_shown_once_and_revocable(server: Any) -> None:
    user, token = await make_user(server.platform)
    created = await gql(
        server,
        'mutation { createApiKey(input: {name: "CI", scope: READ}) { secret apiKey { id prefix scope } errors { code } } }',
        token=token,
    )
    secret = created["createApiKey"]["secret"]
    key = created["createApiKey"]["apiKey"]
    assert secret.startswith(key["prefix"] + "_") and key["scope"] == "READ"
    listed = await gql(server, "{ me { apiKeys { edges { node { id prefix lastUsedAt } } } } }", token=token)
    assert secret not in json.dumps(listed)
    assert (await gql(server, "{ me { id } }", token=secret))["me"] is not None
    revoked = await gql(
        server,
        "mutation($id: ID!) { revokeApiKey(input: {id: $id}) { apiKey { revoked } errors { code } } }",
        {"id": key["id"]},
        token=token,
    )
    assert revoked["revokeApiKey"]["apiKey"]["revoked"] is True
    result = await server.graphql("{ me { id } }", token=secret)
    assert result["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def _ws_query(ws_url: str, payload: dict[str, Any], query: str) -> dict[str, Any]:
    async with websockets.connect(ws_url, subprotocols=[Subprotocol("graphql-transport-ws")]) as ws:
        await ws.send(json.dumps({"type": "connection_init", "payload": payload}))
        ack = json.loads(await ws.recv())
        assert ack["type"] == "connection_ack", ack
        await ws.send(json.dumps({"id": "1", "type": "subscribe", "payload": {"query": query}}))
        msg = json.loads(await ws.recv())
        return msg  # type: ignore[no-any-return]


async def test_websocket_connection_init_authenticates(server: Any) -> None:
    user, token = await make_user(server.platform, email="ws@example.com")
    key = await make_api_key(server.platform, user.id, scope="read")
    for payload in (
        {"authorization": f"Bearer {token}"},
        {"token": token},
        {"Authorization": f"Bearer {key}"},
    ):
        msg = await _ws_query(server.ws_url, payload, "{ me { email } }")
        assert msg["type"] == "next" and msg["payload"]["data"]["me"]["email"] == "ws@example.com", msg
    msg = await _ws_query(server.ws_url, {}, "{ users { totalCount } }")
    assert msg["payload"]["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
