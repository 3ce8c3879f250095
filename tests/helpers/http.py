"""GraphQL over HTTP against a node started as a separate process (`spawn_node`), which has no
in-process `graphql()` helper of its own."""

from __future__ import annotations

from typing import Any

import httpx


async def graphql_at(
    base_url: str, query: str, variables: dict[str, Any] | None = None, token: str | None = None
) -> dict[str, Any]:
    """POSTs the operation to `base_url`/graphql; returns the whole response body."""
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    async with httpx.AsyncClient(timeout=60) as client:
        r = await client.post(
            base_url + "/graphql", json={"query": query, "variables": variables or {}}, headers=headers
        )
    return dict(r.json())
