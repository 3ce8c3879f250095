"""Authorization attacks on a node started as a process: GraphQL WebSockets that outlive the
sign-in they were opened with, read-only API keys that write, support replies sent to an address
the caller chose, and subscriptions that tell a missing object from someone else's.

Every test drives `plagsini serve` (spawn_node) from outside: HTTP GraphQL, graphql-transport-ws.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import uuid
from collections.abc import AsyncIterator
from typing import Any

import jwt
import pytest

from tests.conftest import TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD
from tests.realtime.gql_ws import GqlWs, Sub
from tests.security.api import Account, Api
from tests.security.bola_world import world  # noqa: F401 - fixture
from tests.security.schema_values import ValueBuilder, operation_text

pytestmark = [pytest.mark.slow]

SECRET = "test-secret-key-" + "x" * 32  # spawn_node's SECRET_KEY
WALLET_Q = "subscription { walletUpdates { amount balance kind } }"
CLOSE_WITHIN = 5.0  # seconds


@pytest.fixture
async def api_for() -> AsyncIterator[Any]:
    made: list[Api] = []

    def make(node: Any) -> Api:
        api = Api(node.http_url)
        made.append(api)
        return api

    yield make
    for api in made:
        await api.close()


async def streaming_wallet(api: Api, ws_url: str, admin: Account, driver: Account) -> tuple[GqlWs, Sub]:
    """A driver's socket with a live walletUpdates subscription that has delivered an event."""
    ws = GqlWs(ws_url, token=driver.access)
    await ws.connect()
    sub = await ws.subscribe(WALLET_Q)
    # The subscription is live once an event published after it started arrives: credit until one does.
    async with asyncio.timeout(15):
        while True:
            await api.credit(admin, driver.id, "0.10")
            try:
                event = await sub.data("walletUpdates", timeout=1.0)
            except TimeoutError:
                continue
            assert event["amount"] == "0.10"
            return ws, sub


async def closed_with(ws: GqlWs, within: float = CLOSE_WITHIN) -> int | None:
    async with asyncio.timeout(within):
        await ws.closed.wait()
    return ws.close_code


# --------------------------------------------------------------------------- socket revocation


async def _revoke(api: Api, how: str, admin: Account, driver: Account) -> None:
    if how == "logout_all":
        await api.ok(
            "mutation { logout(input: {allSessions: true}) { revokedSessions errors { code } } }",
            token=driver.access,
        )
    elif how == "disable":
        await api.ok(
            """mutation($i: AdminSetUserDisabledInput!) { adminSetUserDisabled(input: $i)
                 { errors { code } } }""",
            {"i": {"id": driver.id, "disabled": True}},
            token=admin.access,
        )
    elif how == "role":
        await api.ok(
            """mutation($i: AdminSetUserRoleInput!) { adminSetUserRole(input: $i) { errors { code } } }""",
            {"i": {"id": driver.id, "role": "ADMIN"}},
            token=admin.access,
        )
    else:  # pragma: no cover
        raise AssertionError(how)


@pytest.mark.parametrize("how", ["logout_all", "disable", "role", "api_key"])
async def test_streaming_socket_closed_4403_on_logout_all_disable_role_change_key_revocation(
    spawn_node: Any, api_for: Any, how: str
) -> None:
    node = spawn_node()
    api = api_for(node)
    admin = await api.login(TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD)
    driver = await api.create_driver(admin)
    if how == "api_key":
        # A socket opened with an API key, closed when its owner revokes the key.
        key = await api.api_key(driver, "READ")
        keys = await api.ok("{ me { apiKeys { edges { node { id } } } } }", token=driver.access)
        key_id = keys["me"]["apiKeys"]["edges"][0]["node"]["id"]
        opener = Account(driver.id, driver.email, driver.password, key, driver.refresh)
    else:
        opener = driver
    ws, sub = await streaming_wallet(api, node.ws_url, admin, opener)
    try:
        if how == "api_key":
            await api.ok(
                "mutation($i: RevokeApiKeyInput!) { revokeApiKey(input: $i) { errors { code } } }",
                {"i": {"id": key_id}},
                token=driver.access,
            )
        else:
            await _revoke(api, how, admin, driver)
        assert await closed_with(ws) == 4403
        # Nothing more is delivered on the closed socket.
        await api.credit(admin, driver.id, "0.20")
        with pytest.raises(Exception):  # noqa: B017 - SubscriptionEnded (closed) or TimeoutError
            await sub.data("walletUpdates", timeout=1.0)
    finally:
        await ws.close()
    # Re-authenticating by reconnecting: refused with the revoked token, allowed after a role change.
    again = GqlWs(node.ws_url, token=opener.access)
    if how == "role":
        await again.connect()
        await again.close()
    else:
        with pytest.raises(ConnectionError, match="4403"):
            await again.connect()


@pytest.mark.redis
@pytest.mark.parametrize("how", ["logout_all", "disable", "role"])
async def test_socket_on_one_node_closed_when_access_is_revoked_on_another(
    spawn_node: Any, api_for: Any, redis_url: str, how: str
) -> None:
    a = spawn_node(BROADCAST_URL=redis_url)
    b = spawn_node(BROADCAST_URL=redis_url)
    api_a, api_b = api_for(a), api_for(b)
    admin = await api_b.login(TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD)
    driver = await api_b.create_driver(admin)
    ws, _ = await streaming_wallet(api_a, a.ws_url, admin, driver)
    try:
        await _revoke(api_b, how, admin, driver)
        assert await closed_with(ws) == 4403
    finally:
        await ws.close()


async def test_socket_closed_4403_when_a_stolen_refresh_token_is_replayed(
    spawn_node: Any, api_for: Any
) -> None:
    """Reuse of a rotated refresh token revokes its whole sign-in; the sign-in's socket goes with it
    (an ordinary refresh keeps it)."""
    node = spawn_node()
    api = api_for(node)
    admin = await api.login(TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD)
    driver = await api.create_driver(admin)
    ws, sub = await streaming_wallet(api, node.ws_url, admin, driver)
    refresh = """mutation($i: RefreshTokenInput!) { refreshToken(input: $i) { tokens { accessToken }
                   errors { code } } }"""
    try:
        await api.ok(refresh, {"i": {"refreshToken": driver.refresh}})
        await api.credit(admin, driver.id, "0.40")
        assert (await sub.data("walletUpdates"))["amount"] == "0.40"  # still streaming after a refresh
        replay = await api.gql(refresh, {"i": {"refreshToken": driver.refresh}})
        assert replay["data"]["refreshToken"]["errors"][0]["code"] == "INVALID_TOKEN", replay
        assert await closed_with(ws) == 4403
    finally:
        await ws.close()


async def test_every_subscribe_rechecks_the_token(spawn_node: Any, api_for: Any) -> None:
    """Two nodes on one database but separate in-process buses: the revocation event cannot reach
    the node holding the socket, so only the check at `subscribe` can stop the next operation."""
    a = spawn_node()
    b = spawn_node()
    api_a, api_b = api_for(a), api_for(b)
    admin = await api_a.login(TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD)
    driver = await api_a.create_driver(admin)
    ws, _ = await streaming_wallet(api_a, a.ws_url, admin, driver)
    try:
        await api_b.ok(
            "mutation { logout(input: {allSessions: true}) { revokedSessions errors { code } } }",
            token=driver.access,
        )
        assert not ws.closed.is_set()
        sub = await ws.subscribe(WALLET_Q)
        assert await closed_with(ws) == 4403
        with pytest.raises(Exception):  # noqa: B017 - the operation never runs
            await sub.data("walletUpdates", timeout=1.0)
    finally:
        await ws.close()


async def test_socket_closed_4403_when_its_access_token_expires(spawn_node: Any, api_for: Any) -> None:
    node = spawn_node()
    api = api_for(node)
    admin = await api.login(TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD)
    driver = await api.create_driver(admin)
    claims = jwt.decode(driver.access, SECRET, algorithms=["HS256"], issuer="plagsini")
    # An access token of the driver's live sign-in that lives 4 seconds (what a real token does
    # ACCESS_TOKEN_MINUTES after sign-in).
    now = dt.datetime.now(dt.UTC)
    short = jwt.encode(
        {
            "iss": "plagsini",
            "typ": "access",
            "sub": claims["sub"],
            "sid": claims["sid"],
            "iat": int(now.timestamp()),
            "exp": int(now.timestamp()) + 4,
            "jti": uuid.uuid4().hex,
        },
        SECRET,
        algorithm="HS256",
    )
    short_lived = Account(driver.id, driver.email, driver.password, short, driver.refresh)
    ws, _ = await streaming_wallet(api, node.ws_url, admin, short_lived)
    try:
        assert await closed_with(ws, within=15) == 4403
    finally:
        await ws.close()
    # The client re-authenticates by reconnecting with a fresh token.
    async with GqlWs(node.ws_url, token=driver.access) as fresh:
        sub = await fresh.subscribe(WALLET_Q)
        async with asyncio.timeout(15):
            while True:
                await api.credit(admin, driver.id, "0.30")
                try:
                    assert (await sub.data("walletUpdates", timeout=1.0))["amount"] == "0.30"
                    break
                except TimeoutError:
                    continue


# --------------------------------------------------------------------------- API-key scopes


async def test_read_scoped_api_key_gets_a_typed_error_on_every_mutation(
    spawn_node: Any, api_for: Any
) -> None:
    node = spawn_node()
    api = api_for(node)
    admin = await api.login(TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD)
    driver = await api.create_driver(admin)
    read_key = await api.api_key(driver, "READ")
    admin_read_key = await api.api_key(admin, "READ")
    schema = await api.introspect()
    values = ValueBuilder(schema)
    mutation_type = schema["mutationType"]["name"]
    fields = values.type_named(mutation_type)["fields"]
    assert len(fields) > 50  # the list really comes from the schema
    before = await api.ok(
        "query { supportMessages(first: 100) { edges { node { id } } } }", token=admin.access
    )
    accepted: list[str] = []
    for field in fields:
        query, variables = operation_text("mutation", field, values, ids=lambda _path: driver.id)
        for key in (read_key, admin_read_key):
            body = await api.gql(query, variables, token=key)
            errors = body.get("errors") or []
            codes = {(e.get("extensions") or {}).get("code") for e in errors}
            if body.get("data") is not None or codes != {"FORBIDDEN"}:
                accepted.append(f"{field['name']}: {json.dumps(body)[:300]}")
    assert accepted == [], "\n".join(accepted)
    # Nothing was written (no support message, for one), and queries still work with a read key.
    after = await api.ok(
        "query { supportMessages(first: 100) { edges { node { id } } } }", token=admin.access
    )
    assert after == before
    me = await api.ok("query { me { id } }", token=read_key)
    assert me["me"]["id"] == driver.id
    # A read-write key may write.
    rw_key = await api.api_key(driver, "READ_WRITE")
    sent = await api.ok(
        """mutation { sendSupportMessage(input: {subject: "Hello", body: "From my integration."}) {
             message { id email } errors { code } } }""",
        token=rw_key,
    )
    assert sent["sendSupportMessage"]["message"]["email"] == driver.email


# --------------------------------------------------------------------------- support reply-to


async def test_support_reply_goes_to_the_accounts_own_address(
    spawn_node: Any, api_for: Any, smtp_server: Any
) -> None:
    node = spawn_node(SMTP_HOST=smtp_server.host, SMTP_PORT=str(smtp_server.port), SMTP_TLS="none")
    api = api_for(node)
    admin = await api.login(TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD)
    driver = await api.create_driver(admin)
    send = """mutation($i: SendSupportMessageInput!) { sendSupportMessage(input: $i) {
                message { id email } errors { code field } } }"""
    # Signed in, another reply address is refused (typed), and nothing is recorded.
    body = await api.gql(
        send,
        {"i": {"subject": "Refund", "body": "Please", "email": "attacker@evil.example"}},
        token=driver.access,
    )
    payload = body["data"]["sendSupportMessage"]
    assert payload["message"] is None and payload["errors"] == [{"code": "INVALID_INPUT", "field": "email"}]
    listed = await api.ok(
        "query { supportMessages(first: 100) { edges { node { id email } } } }", token=admin.access
    )
    assert all(e["node"]["email"] != "attacker@evil.example" for e in listed["supportMessages"]["edges"])
    # Without an address it is the account's; the reply is mailed there.
    data = await api.ok(send, {"i": {"subject": "Refund", "body": "Please"}}, token=driver.access)
    msg = data["sendSupportMessage"]["message"]
    assert msg["email"] == driver.email
    await api.ok(
        """mutation($i: ReplySupportMessageInput!) { replySupportMessage(input: $i) { errors { code } } }""",
        {"i": {"id": msg["id"], "body": "Done."}},
        token=admin.access,
    )
    mail = await smtp_server.wait_for_message(to=driver.email)
    assert mail is not None


# --------------------------------------------------------------------------- subscription oracle


async def test_subscriptions_answer_alike_for_missing_and_foreign_ids(world: Any) -> None:  # noqa: F811
    """A driver subscribing to another driver's session or charging request gets exactly the answer
    a missing id gets (code and message): no existence oracle."""
    api, a, b = world.api, world.a, world.b
    missing_session = world.encode("ChargingSession", 987654)
    missing_request = world.encode("ChargingRequest", 987654)
    cases = [
        (
            "subscription($s: ID!) { sessionProgress(sessionId: $s) { status } }",
            "s",
            world.b_session,
            missing_session,
        ),
        (
            "subscription($s: ID) { meterValues(sessionId: $s) { energyWh } }",
            "s",
            world.b_session,
            missing_session,
        ),
        (
            "subscription($s: ID!) { chargingRequest(id: $s) { status } }",
            "s",
            world.b_request,
            missing_request,
        ),
        (
            "subscription($s: ID!) { chargingRequestUpdated(id: $s) { status } }",
            "s",
            world.b_request,
            missing_request,
        ),
    ]
    del api, b
    async with GqlWs(world.node.ws_url, token=a.access) as ws:
        for query, var, foreign, missing in cases:
            answers = []
            for value in (foreign, missing):
                sub = await ws.subscribe(query, {var: value})
                payload = await sub.next()
                answers.append([(e["message"], e.get("extensions")) for e in payload.get("errors") or []])
                assert payload.get("data") is None, payload
            assert answers[0] == answers[1], (query, answers)
            assert answers[0] and answers[0][0][1]["code"] == "NOT_FOUND", answers
