"""Two `plagsini serve` processes (node-a, node-b) on one SQLite database and one redis-server, and a
platform object in the test process on the same database (to register chargers and users, and to
read what the nodes wrote)."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from api.relay import encode_id
from domain import chargers
from plagsini.platform import Platform
from plagsini.settings import load_settings
from tests.helpers.auth import make_user
from tests.ocpp.conftest import register


@dataclass
class TwoNodes:
    env: dict[str, str]
    node_a: Any
    node_b: Any
    platform: Platform

    async def charger(self, cpid: str) -> tuple[str, str, str]:
        """Registers `cpid`; returns its key, an admin's token and the charger's GraphQL id."""
        key = await register(self.platform, cpid)
        _admin, token = await make_user(self.platform, role="admin")
        async with self.platform.sessionmaker() as s:
            c = await chargers.get_by_cpid(s, cpid)
            assert c is not None
            return key, token, str(encode_id("Charger", c.id))


@contextlib.asynccontextmanager
async def two_nodes(spawn_node: Any, redis_url: str, tmp_path: Path, **env: str) -> AsyncIterator[TwoNodes]:
    """Starts both nodes with `env` (setting names to values) on a shared database and bus."""
    db = f"sqlite+aiosqlite:///{tmp_path / 'nodes.db'}"
    env = {"DATABASE_URL": db, "BROADCAST_URL": redis_url, **env}
    node_a = await asyncio.to_thread(spawn_node, NODE_ID="node-a", **env)
    node_b = await asyncio.to_thread(spawn_node, NODE_ID="node-b", **env)
    platform = Platform.create(
        load_settings(
            database_url=db, var_dir=tmp_path / "var-test", secret_key="test-secret-key-" + "x" * 32
        )
    )
    try:
        yield TwoNodes(env, node_a, node_b, platform)
    finally:
        await platform.close()
