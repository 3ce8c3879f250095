"""Every place where the project changes or reads a library's internals, in one package (a module per
library; this one imports none of them).

- `graphql_executor`: graphql-core's per-execution memo caches, fresh for each subscription event;
- `mask_errors`: Strawberry's `MaskErrors` with a fast path for results without errors;
- `sqlalchemy_pool`: a `QueuePool`'s connection limit, for the pool gauge of `/metrics`;
- `uvicorn_drain`: uvicorn's exit on SIGTERM, which first drains (new connections refused, requests
  on accepted ones answered) so a rolling restart answers every request a proxy sent;
- `uvicorn_ws`: a text frame written straight to a GraphQL WebSocket served by uvicorn (the direct
  delivery of subscription events, `api/fanout.py`);
- `asyncio_ssl`: the peer's address of a failed TLS handshake, from asyncio's SSL protocol (the OCPP
  TLS listener's connection diagnostics).

Each override says what it changes, why, and the library version it was written for; those libraries
are pinned to exactly that version in `pyproject.toml` (`WRITTEN_FOR`; asyncio comes with the
interpreter, `WRITTEN_FOR_PYTHON`), and `tests/test_overrides.py`
checks, per override, that the internal it relies on is still there and that the override still has
its effect. When a pinned version is raised, run those tests first: a failure names the override to
revisit.

What is deliberately *not* here, because it uses public interfaces only:

- the bus backends (`plagsini.bus.LocalBackend`, `plagsini.redis_backend.ResilientRedisBackend`)
  implement broadcaster's exported `BroadcastBackend`;
- the shared encoding of subscription `next` frames (`plagsini.app.PlagsiniGraphQL.encode_json`) uses
  the view's documented `encode_json` hook, which Strawberry uses for HTTP and WebSocket messages alike;
- the OCPP connection (`ocpp_server.connection.ChargerConnection`) is our own class; of the `ocpp`
  library only its OCPP 1.6 JSON schemas and its `Action` enum are used (`ocpp_server.protocol`).
"""

from __future__ import annotations

#: The exact library versions the overrides were written for (pinned in pyproject.toml).
WRITTEN_FOR = {
    "strawberry-graphql": "0.341.2",
    "graphql-core": "3.3.2",
    "sqlalchemy": "2.1.9",
    "uvicorn": "0.55.0",
    "starlette": "1.10.0",
    "websockets": "17.4",
}

#: The interpreter (major, minor) whose standard library `asyncio_ssl` was written for.
WRITTEN_FOR_PYTHON = (3, 11)
