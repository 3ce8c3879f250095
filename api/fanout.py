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
  (only the operation id differs).

With 1,000 subscribers of one charger's meter readings this turns 1,000 executions and 1,000 JSON
encodings per reading into one of each. Both caches are small and bounded; an entry holds a reference
to its payload, so an identity match cannot be a recycled object id.

The executor also gives every event its own per-execution memo caches (an override of graphql-core's
internals, documented in `plagsini.overrides.graphql_executor`).
"""

from __future__ import annotations

import json
from collections import OrderedDict
from typing import Any

from plagsini.overrides.graphql_executor import PlainLeafExecutionContext

_SHAREABLE: set[type] = set()

#: How many recent (payload, operation) results / encoded frames are kept. The subscribers of one
#: event are served one after the other as it arrives, so a few entries suffice; a subscriber that
#: reads an older event later (it was behind) just executes and encodes it itself.
MAX_ENTRIES = 16


def share_payloads(*types: type) -> None:
    """Declare subscription payload types whose execution may be shared between subscribers. They
    must be plain data: no field resolver that reads `info.context`."""
    _SHAREABLE.update(types)


class _Recent:
    """A bounded map from an object's identity (plus a key) to a value, holding the object itself so
    that the identity stays valid while the entry lives."""

    def __init__(self, size: int = MAX_ENTRIES) -> None:
        self.size = size
        self.entries: OrderedDict[tuple[int, Any], tuple[Any, Any]] = OrderedDict()
        self.hits = 0
        self.misses = 0

    def get(self, obj: Any, key: Any) -> Any:
        entry = self.entries.get((id(obj), key))
        if entry is not None and entry[0] is obj:
            self.hits += 1
            return entry[1]
        self.misses += 1
        return None

    def put(self, obj: Any, key: Any, value: Any) -> None:
        self.entries[(id(obj), key)] = (obj, value)
        if len(self.entries) > self.size:
            self.entries.popitem(last=False)


results = _Recent()
frames = _Recent()


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


class SharedEventExecutor(PlainLeafExecutionContext):
    """The schema's executor: per-event executions of shareable payloads are computed once per
    operation (see the module docstring). Queries and mutations run as usual."""

    _per_event = False
    _share_key: tuple[str, str | None, str] | None = None
    _share_key_known = False

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
    encoded = frames.get(data, None)
    if encoded is None:
        encoded = json.dumps(payload)
        frames.put(data, None, encoded)
    return f'{{"id": {json.dumps(operation_id)}, "type": "next", "payload": {encoded}}}'
