"""graphql-core's per-execution memo caches, fresh for each subscription event (see the class)."""

from __future__ import annotations

from typing import Any

from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext

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
