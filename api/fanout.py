"""Fan-out of subscription events: one execution and one encoding per event for every subscriber that
asked the same thing.

An event on the bus reaches every subscriber of its channel. Each subscription authorizes and maps the
event itself (`api/subscriptions.py`, `_stream`), and the mappers that many subscribers share return
the same payload object for the same event. From there on, what a subscriber receives depends only on
that payload and on its operation: the document, the operation name and the variables. So:

- `SharedEventExecutor` executes the selection set of a subscription event once per (payload,
  operation) and hands the same result to every subscriber with the same operation. Only payload
  types registered with `share_payloads` qualify: plain data types whose fields have no resolvers
  that read the context (the viewer), so that the result cannot depend on who receives it.
  Authorization has already happened when the payload is yielded.
- `next_frame` encodes the `next` message of a result once and reuses the text for every subscriber
  (only the operation id differs); a direct delivery reuses its UTF-8 bytes the same way.

With 1,000 subscribers of one charger's meter readings this turns 1,000 executions and 1,000 JSON
encodings per reading into one of each. Both caches are small and bounded; an entry holds a reference
to its payload, so an identity match cannot be a recycled object id.

The executor also gives every event its own per-execution memo caches (an override of graphql-core's
internals, documented in `plagsini.overrides.graphql_executor`).

Direct delivery (`Delivery`, `deliver`): sharing the execution and the encoding left, per subscriber,
the wake-up of its operation task and Strawberry's per-result machinery (extension hooks, the result
stream, the send) - about 100 us each, so with 1,000 subscribers an event reached the last one ~100
ms after the first. So the bus's dispatcher writes an event's shared frame straight to a subscriber's
socket, in its own loop over the subscribers, when nothing can tell the difference: the subscriber's
task is idle (waiting for the bus, nothing buffered, no lag to report), the payload type is shared,
the execution is synchronous and has no errors, the operation is still live and the socket is open
and not pushing back. Otherwise the event takes the usual path through the subscriber's task
(buffered, `lagged` counted there, errors masked by Strawberry), as before. Authorization is
untouched: the subscription's own mapper (`api/subscriptions.py`, `_stream`) still decides, per
subscriber and per event, what the subscriber may see before anything is executed or written.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable
from contextvars import ContextVar
from typing import Any, cast

from plagsini.overrides.graphql_executor import PlainLeafExecutionContext
from plagsini.recent import RecentByIdentity

_SHAREABLE: set[type] = set()

#: How many recent (payload, operation) results / encoded frames are kept. The subscribers of one
#: event are served one after the other as it arrives, so a few entries suffice; a subscriber that
#: reads an older event later (it was behind) just executes and encodes it itself.
MAX_ENTRIES = 16


def share_payloads(*types: type) -> None:
    """Declare subscription payload types whose execution may be shared between subscribers. They
    must be plain data: no field resolver that reads `info.context`."""
    _SHAREABLE.update(types)


results = RecentByIdentity(MAX_ENTRIES)
frames = RecentByIdentity(MAX_ENTRIES)


def _operation_key(executor: Any) -> tuple[str, str | None, str] | None:
    """What, besides the payload, the result of an event depends on; None when it cannot be told."""
    operation = executor.operation
    loc = getattr(operation, "loc", None)
    if loc is None or loc.source is None:
        return None
    name = operation.name.value if operation.name is not None else None
    variables = getattr(executor.variable_values, "coerced", executor.variable_values)
    try:
        frozen = json.dumps(variables, sort_keys=True, default=repr)
    except (TypeError, ValueError):
        return None
    return (loc.source.body, name, frozen)


class _Executed:
    """Stands in for a per-event executor when the event's result is known (see
    `SharedEventExecutor.build_per_event_executor`)."""

    __slots__ = ("result",)

    def __init__(self, result: Any) -> None:
        self.result = result

    def execute_operation(self, serially: bool | None = None) -> Any:
        return self.result


class Delivery:
    """Where one graphql-transport-ws operation's `next` frames can be written directly: the
    operation (its id, whether it is still live), the operation's executor and a writer of one text
    frame, given as the operation's `prefix` and the event's shared rest in UTF-8, to its socket
    (False when the socket cannot take it now). Set up by the transport handler for the operation's
    task (`CURRENT`); the executor registers itself when graphql-core builds it."""

    __slots__ = ("executor", "is_live", "operation_id", "prefix", "write")

    def __init__(
        self, operation_id: str, is_live: Callable[[], bool], write: Callable[[bytes, bytes], bool]
    ) -> None:
        self.operation_id = operation_id
        self.is_live = is_live
        self.write = write
        self.executor: SharedEventExecutor | None = None
        #: The operation's `next` frames up to their payload (see `next_frame`).
        self.prefix = _frame_prefix(operation_id).encode()


#: The direct delivery of the operation whose task is running (each operation has its own task).
CURRENT: ContextVar[Delivery | None] = ContextVar("fanout_delivery", default=None)

#: Frames written directly, and events that took the subscriber's task instead (for tests, metrics).
direct_counts = {"written": 0, "declined": 0}


def deliver(delivery: Delivery, payload: Any) -> bool:
    """Write the `next` frame of `payload` (already authorized and mapped for this subscriber) to the
    operation's socket; False, having written nothing, when the event must take the usual path."""
    executor = delivery.executor
    if executor is None or type(payload) not in _SHAREABLE or not delivery.is_live():
        direct_counts["declined"] += 1
        return False
    result = executor.build_per_event_executor(payload).execute_operation(False)
    if executor.is_awaitable(result):
        if inspect.iscoroutine(result):
            result.close()
        direct_counts["declined"] += 1
        return False
    if result.errors or result.extensions:  # masked and reported by Strawberry on the usual path
        direct_counts["declined"] += 1
        return False
    if not delivery.write(delivery.prefix, _encoded(result.data)[1]):
        direct_counts["declined"] += 1
        return False
    direct_counts["written"] += 1
    return True


class SharedEventExecutor(PlainLeafExecutionContext):
    """The schema's executor: per-event executions of shareable payloads are computed once per
    operation (see the module docstring). Queries and mutations run as usual."""

    _per_event = False
    _share_key: tuple[str, str | None, str] | None = None
    _share_key_known = False

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # The first executor built in an operation's task is the operation's own (per-event
        # executors are copies, built without __init__).
        delivery = CURRENT.get()
        if delivery is not None and delivery.executor is None:
            delivery.executor = self

    def build_per_event_executor(self, payload: Any) -> Any:
        if not self._share_key_known:
            self._share_key = _operation_key(self)
            self._share_key_known = True
        if self._share_key is not None and type(payload) in _SHAREABLE:
            cached = results.get(payload, self._share_key)
            if cached is not None:  # executed already for another subscriber: no executor to build
                return _Executed(cached)
        event_executor = super().build_per_event_executor(payload)
        event_executor._per_event = True
        return event_executor

    def execute_operation(self, serially: bool | None = None) -> Any:
        payload = self.root_value
        key = self._share_key
        if not self._per_event or key is None or type(payload) not in _SHAREABLE:
            return super().execute_operation(serially)
        result = super().execute_operation(serially)
        if not self.is_awaitable(result):
            results.put(payload, key, result)
        return result


def next_frame(operation_id: str, payload: dict[str, Any]) -> str:
    """The text of a graphql-transport-ws `next` message; the payload's encoding is shared by every
    message that carries the same `data` object and nothing else."""
    data = payload.get("data")
    if data is None or len(payload) != 1:
        return json.dumps({"id": operation_id, "type": "next", "payload": payload})
    return f"{_frame_prefix(operation_id)}{_encoded(data)[0]}}}"


def _frame_prefix(operation_id: str) -> str:
    return f'{{"id": {json.dumps(operation_id)}, "type": "next", "payload": '


def _encoded(data: Any) -> tuple[str, bytes]:
    """The JSON of the payload `{"data": data}`, and the end of a `next` frame after its prefix (that
    JSON and the closing brace) as UTF-8 (ASCII: `json.dumps` escapes the rest), encoded once for
    every frame that carries it."""
    encoded = frames.get(data, None)
    if encoded is None:
        text = json.dumps({"data": data})
        encoded = (text, f"{text}}}".encode())
        frames.put(data, None, encoded)
    return cast(tuple[str, bytes], encoded)
