"""Reads do not queue for SQLite's write lock. On SQLite a transaction that may write takes the one
write lock at BEGIN; a read that did the same waited behind every writer (the group writer storing a
batch of charger messages, an admin's import) and, while it read, held every writer up in turn. So
the API reads in read-only snapshots (`db.engine.read_session`), whose connections refuse writes.

Driven from outside: the running node answers every query an operator can ask without arguments,
the lists of a user's page and an integrator's API-key request, over HTTP, while another
transaction holds the write lock."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from sqlalchemy import text

from api.schema import MASKED_MESSAGE
from db.engine import is_sqlite, read_session
from tests.helpers.auth import make_api_key, make_user

_FIELDS = """
{ __schema { queryType { fields {
    name
    args { name defaultValue type { kind } }
    type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }
} } } }
"""

#: A user's own lists, as the console's user page and the driver app read them.
_USER_PAGE = """
{ me { id vehicles { totalCount } idTags { totalCount } apiKeys { totalCount }
       chargingSessions { totalCount } } }
"""


def _base_kind(t: dict[str, Any]) -> str:
    while t.get("ofType") is not None and t["kind"] in ("NON_NULL", "LIST"):
        t = t["ofType"]
    return str(t["kind"])


async def _root_queries(server: Any, token: str) -> dict[str, str]:
    """Each root query field that takes no required argument, as a document."""
    fields = (await server.graphql(_FIELDS, token=token))["data"]["__schema"]["queryType"]["fields"]
    docs = {}
    for f in fields:
        if any(a["type"]["kind"] == "NON_NULL" and a["defaultValue"] is None for a in f["args"]):
            continue
        leaf = _base_kind(f["type"]) in ("SCALAR", "ENUM")
        docs[f["name"]] = "{ " + f["name"] + ("" if leaf else " { __typename }") + " }"
    return docs


async def test_every_read_answers_while_another_transaction_holds_the_write_lock(server: Any) -> None:
    if not is_sqlite(server.platform.settings.database_url):
        pytest.skip("SQLite's write lock")
    admin, token = await make_user(server.platform, role="admin")
    key = await make_api_key(server.platform, admin.id, scope="read")
    docs = await _root_queries(server, token)
    assert len(docs) > 40, sorted(docs)  # the console's lists, the dashboard, settings, ...

    # Once before: a first use may write once (a driver's referral code is made on first ask, an API
    # key's last use is recorded at most once a minute); what is tested is every read after that.
    await asyncio.gather(*(server.graphql(doc, token=token) for doc in docs.values()))
    await server.graphql("{ me { id } }", token=key)

    async with server.platform.sessionmaker() as s, s.begin():
        # The write lock, held as a writer holds it while it stores a batch.
        await s.execute(text("UPDATE users SET name = name WHERE id = :id"), {"id": admin.id})
        asked = {name: asyncio.ensure_future(server.graphql(doc, token=token)) for name, doc in docs.items()}
        asked["a user's lists"] = asyncio.ensure_future(server.graphql(_USER_PAGE, token=token))
        asked["an API key's request"] = asyncio.ensure_future(server.graphql("{ me { id } }", token=key))
        await asyncio.wait(asked.values(), timeout=15)
        waiting = sorted(name for name, t in asked.items() if not t.done())
        for t in asked.values():
            t.cancel()
    assert not waiting, f"{len(waiting)} reads waited for the write lock: {waiting}"
    for name, t in asked.items():
        for e in t.result().get("errors") or []:
            assert e["message"] != MASKED_MESSAGE, (name, e)
    assert t.result()["data"]["me"]["id"]


async def test_a_read_session_refuses_to_write(server: Any) -> None:
    """A write slipped into a read fails at once, not only when another writer holds the lock."""
    if not is_sqlite(server.platform.settings.database_url):
        pytest.skip("SQLite's read-only snapshots")
    async with read_session(server.platform.sessionmaker) as s:
        with pytest.raises(Exception, match="readonly database"):
            await s.execute(text("UPDATE users SET name = name"))
    # The connection writes again once a writer takes it.
    async with server.platform.sessionmaker() as s, s.begin():
        await s.execute(text("UPDATE users SET name = name"))


def test_the_api_opens_no_session_that_may_write_without_a_transaction_it_commits() -> None:
    """In `api/`, a session opened for reading is a read session: a plain `sessionmaker()` there (not
    followed by `begin()`) would queue for the write lock again. Names the file and line."""
    import re
    from pathlib import Path

    api = Path(__file__).resolve().parents[2] / "api"
    opened = re.compile(r"async with [\w.()]*sessionmaker\(\) as \w+\b(?!, \w+\.begin\(\))")
    found = [
        f"{path.name}:{n}"
        for path in sorted(api.glob("*.py"))
        for n, line in enumerate(path.read_text().splitlines(), 1)
        if opened.search(line)
    ]
    assert found == [], found
