"""Resolvers authorize, call the domain and map: the queries live in `domain/` (its area's module or
`domain/read_models/`), never in `api/`.

Import-linter keeps `api/` from importing SQLAlchemy (pyproject's contracts); this test also reads
every module of `api/` and fails, naming file and line, on what a contract cannot see: a query run
on a session (`s.execute(...)`, `session.get(Model, pk)`, `s.refresh(row)`, ...) or a query built
(`.where(...)`, `.order_by(...)`) there. The second test shows that the check finds each of them."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

#: What a resolver must not do with a session: run or shape SQL itself.
SESSION_CALLS = frozenset(
    {
        "execute",
        "scalar",
        "scalars",
        "stream",
        "stream_scalars",
        "get",
        "get_one",
        "refresh",
        "flush",
        "add",
        "add_all",
        "delete",
        "merge",
        "expire",
        "expunge",
        "connection",
    }
)
#: Methods that build a query, whatever they are called on (none of them is a str/dict/list method).
QUERY_METHODS = frozenset(
    {
        "where",
        "order_by",
        "outerjoin",
        "filter",
        "filter_by",
        "group_by",
        "having",
        "subquery",
        "select_from",
        "returning",
        "with_for_update",
        "scalar_one",
        "scalar_one_or_none",
    }
)
SESSION_NAMES = frozenset({"s", "session", "db", "tx"})


def _session_names(tree: ast.AST) -> set[str]:
    """The names a module binds to sessions: the usual ones and whatever `async with <...session...>
    as name` binds."""
    names = set(SESSION_NAMES)
    for node in ast.walk(tree):
        if isinstance(node, ast.AsyncWith | ast.With):
            for item in node.items:
                if isinstance(item.optional_vars, ast.Name) and "session" in ast.unparse(item.context_expr):
                    names.add(item.optional_vars.id)
    return names


def sql_in(source: str, filename: str) -> list[str]:
    """Each SQL construct in a module of the API, as `file:line: what`."""
    tree = ast.parse(source, filename)
    sessions = _session_names(tree)
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "sqlalchemy":
                    found.append(f"{filename}:{node.lineno}: imports {alias.name}")
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0 and (node.module or "").split(".")[0] == "sqlalchemy":
                found.append(f"{filename}:{node.lineno}: imports from {node.module}")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            method, receiver = node.func.attr, node.func.value
            if method in SESSION_CALLS and isinstance(receiver, ast.Name) and receiver.id in sessions:
                found.append(f"{filename}:{node.lineno}: runs SQL on a session ({ast.unparse(node.func)})")
            elif method in QUERY_METHODS:
                found.append(f"{filename}:{node.lineno}: builds a query (.{method}(...))")
    return sorted(found, key=lambda hit: (int(hit.split(":")[1]), hit))


def test_no_resolver_runs_sql() -> None:
    found = [
        hit
        for path in sorted((ROOT / "api").rglob("*.py"))
        for hit in sql_in(path.read_text(), str(path.relative_to(ROOT)))
    ]
    assert not found, (
        "SQL in api/ (move the query into domain/, its area's module or domain/read_models/, and call "
        "that):\n" + "\n".join(found)
    )


def test_the_check_finds_each_kind_of_sql() -> None:
    source = (
        "from sqlalchemy import select\n"
        "import sqlalchemy.orm\n"
        "async def resolver(info, pk):\n"
        "    async with read_session(info.context.platform.sessionmaker) as conn:\n"
        "        row = await conn.get(Model, pk)\n"
        "    async with info.context.platform.sessionmaker() as s, s.begin():\n"
        "        await s.execute(stmt)\n"
        "        await s.refresh(row)\n"
        "    return stmt.where(Model.id > 3).order_by(Model.id)\n"
        "def fine(items, names):\n"
        "    return ', '.join(names), items.get('key'), {}.values()\n"
    )
    assert sql_in(source, "api/x.py") == [
        "api/x.py:1: imports from sqlalchemy",
        "api/x.py:2: imports sqlalchemy.orm",
        "api/x.py:5: runs SQL on a session (conn.get)",
        "api/x.py:7: runs SQL on a session (s.execute)",
        "api/x.py:8: runs SQL on a session (s.refresh)",
        "api/x.py:9: builds a query (.order_by(...))",
        "api/x.py:9: builds a query (.where(...))",
    ]
