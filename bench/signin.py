"""Signing in to the platform under test: one login mutation for every benchmark process."""

from __future__ import annotations

from typing import Any

import httpx

LOGIN = (
    "mutation($e: String!, $p: String!) { login(input: {email: $e, password: $p}) "
    "{ tokens { accessToken } errors { code message } } }"
)


def login_body(email: str, password: str) -> dict[str, Any]:
    """The JSON body of a login request."""
    return {"query": LOGIN, "variables": {"e": email, "p": password}}


def access_token(answer: dict[str, Any]) -> str:
    """The access token from the login mutation's answer; RuntimeError when it refused."""
    payload = (answer.get("data") or {}).get("login") or {}
    if not payload.get("tokens"):
        raise RuntimeError(f"login failed: {answer}")
    return str(payload["tokens"]["accessToken"])


async def login(client: httpx.AsyncClient, http: str, email: str, password: str) -> str:
    r = await client.post(f"{http}/graphql", json=login_body(email, password))
    return access_token(r.json())
