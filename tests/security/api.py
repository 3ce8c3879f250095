"""A GraphQL client for attack tests against a node started as a process (`spawn_node`): sign in,
create users and keys through the API as an operator would, and send raw operations.

    api = Api(node.http_url)
    admin = await api.login(TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD)
    driver = await api.create_driver(admin)          # Account(id, email, password, access, refresh)
    data = await api.ok("query { me { id } }", token=driver.access)
"""

from __future__ import annotations

import itertools
import os
import uuid
from dataclasses import dataclass
from typing import Any

import httpx

_n = itertools.count(1)
PASSWORD = "Long-enough-password-for-tests-42"


@dataclass
class Account:
    id: str  # the opaque User ID
    email: str
    password: str
    access: str
    refresh: str


class Api:
    def __init__(self, http_url: str) -> None:
        self.http = httpx.AsyncClient(base_url=http_url, timeout=30)

    async def close(self) -> None:
        await self.http.aclose()

    async def gql(self, query: str, variables: dict[str, Any] | None = None, token: str | None = None) -> Any:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        r = await self.http.post(
            "/graphql", json={"query": query, "variables": variables or {}}, headers=headers
        )
        return r.json()

    async def ok(self, query: str, variables: dict[str, Any] | None = None, token: str | None = None) -> Any:
        """`data` of an operation that must succeed: no GraphQL errors and no payload `errors`."""
        body = await self.gql(query, variables, token)
        assert not body.get("errors"), body
        for value in (body.get("data") or {}).values():
            if isinstance(value, dict) and value.get("errors"):
                raise AssertionError(body)
        return body["data"]

    async def login(self, email: str, password: str) -> Account:
        data = await self.ok(
            """mutation($i: LoginInput!) { login(input: $i) { user { id email }
               tokens { accessToken refreshToken } errors { code message } } }""",
            {"i": {"email": email, "password": password}},
        )
        p = data["login"]
        return Account(
            p["user"]["id"],
            p["user"]["email"],
            password,
            p["tokens"]["accessToken"],
            p["tokens"]["refreshToken"],
        )

    async def create_driver(self, admin: Account, *, role: str = "DRIVER") -> Account:
        email = f"u{next(_n)}-{os.getpid()}-{uuid.uuid4().hex[:6]}@test.plagsini"
        await self.ok(
            """mutation($i: AdminCreateUserInput!) { adminCreateUser(input: $i)
                 { user { id } errors { code } } }""",
            {"i": {"email": email, "name": "Test Driver", "password": PASSWORD, "role": role}},
            token=admin.access,
        )
        return await self.login(email, PASSWORD)

    async def api_key(self, owner: Account, scope: str) -> str:
        data = await self.ok(
            """mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret errors { code } } }""",
            {"i": {"name": f"{scope.lower()} key", "scope": scope}},
            token=owner.access,
        )
        return str(data["createApiKey"]["secret"])

    async def credit(self, admin: Account, user_id: str, amount: str = "1.00") -> None:
        await self.ok(
            """mutation($i: AdjustWalletInput!) { adjustWallet(input: $i) { errors { code message } } }""",
            {
                "i": {
                    "userId": user_id,
                    "amount": amount,
                    "kind": "ADJUSTMENT",
                    "reason": "test credit",
                    "idempotencyKey": uuid.uuid4().hex,
                }
            },
            token=admin.access,
        )

    async def introspect(self, token: str | None = None) -> dict[str, Any]:
        from graphql import get_introspection_query

        body = await self.gql(get_introspection_query(descriptions=False), token=token)
        assert not body.get("errors"), body
        return dict(body["data"]["__schema"])
