"""Every place where the project changes a library's internals, in one module.

Each override says what it changes, why, and the library version it was written for; those libraries
are pinned to exactly that version in `pyproject.toml`, and `tests/test_overrides.py` checks, per
override, that the internal it relies on is still there and that the override still has its effect.
When a pinned version is raised, run those tests first: a failure names the override to revisit.

What is deliberately *not* here, because it uses public interfaces only:

- the bus backends (`plagsini.bus.LocalBackend`, `plagsini.redis_backend.ResilientRedisBackend`)
  implement broadcaster's exported `BroadcastBackend`;
- the shared encoding of subscription `next` frames (`plagsini.app.PlagsiniGraphQL.encode_json`) uses
  the view's documented `encode_json` hook, which Strawberry uses for HTTP and WebSocket messages alike;
- the OCPP connection (`ocpp_server.connection.ChargerConnection`) is our own class; of the `ocpp`
  library only its OCPP 1.6 JSON schemas and its `Action` enum are used (`ocpp_server.protocol`).
"""

from __future__ import annotations

from typing import Any

from strawberry.extensions import MaskErrors
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext

#: The exact library versions the overrides below were written for (pinned in pyproject.toml).
WRITTEN_FOR = {"strawberry-graphql": "0.341.2", "graphql-core": "3.3.2"}


# -- graphql-core ----------------------------------------------------------------------------------

#: graphql-core's per-execution memo caches (attributes of `graphql.execution.Executor` and of its
#: `IncrementalExecutor`), see `FreshMemoExecutionContext`.
PER_EXECUTION_MEMOS = (
    "_relevant_sub_fields",
    "_stream_usages",
    "_initial_execution_plans",
    "_deferred_execution_plans",
)


class FreshMemoExecutionContext(StrawberryGraphQLCoreExecutionContext):
    """Gives every subscription event's executor its own memo caches.

    What: after `build_per_event_executor` (a shallow copy of the operation's executor), each memo in
    `PER_EXECUTION_MEMOS` that is still the operation's own object is replaced by a new empty one.
    Why: graphql-core keys these caches by the identity of field lists built afresh for each event and
    keeps those lists alive, and the shallow copy shares the caches with the operation's executor, so a
    long-lived subscription grew by about a kilobyte per event delivered (found with tracemalloc under
    a meter-value flood). No public option turns the sharing off.
    Written for: graphql-core 3.3.2 (`Executor.__init__`, `IncrementalExecutor.__init__`,
    `Executor.build_per_event_executor`), as used by strawberry-graphql 0.341.2.
    """

    def build_per_event_executor(self, payload: Any) -> Any:
        event_executor = super().build_per_event_executor(payload)
        for name in PER_EXECUTION_MEMOS:
            memo: object = getattr(event_executor, name, None)
            shared: object = getattr(self, name, None)
            if memo is not None and memo is shared:
                setattr(event_executor, name, type(memo)())
        return event_executor


# -- Strawberry ------------------------------------------------------------------------------------


class MaskUnexpectedErrors(MaskErrors):
    """MaskErrors that returns at once for a streamed result without errors.

    What: overrides `MaskErrors._process_stream_result` (private) to skip a result that has no
    `errors`, `incremental` or `completed` entries, and otherwise does what the library does.
    Why: it runs for every subscription event delivered, and the library's general check (an
    `isinstance` against a runtime-checkable Protocol per result) cost more than executing a shared
    event (`api/fanout.py`).
    Written for: strawberry-graphql 0.341.2 (`MaskErrors.on_stream_result` calls
    `_process_stream_result(result)` for each streamed result).
    """

    def _process_stream_result(self, result: Any) -> None:
        if getattr(result, "errors", None) or getattr(result, "incremental", None):
            super()._process_stream_result(result)
        elif getattr(result, "completed", None):
            super()._process_stream_result(result)
