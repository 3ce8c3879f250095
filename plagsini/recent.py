"""A small cache of what was last made from an object, by the object's identity: the subscription
fan-out's shared results and frames (`api/fanout.py`) and its shared compressed frames
(`plagsini/overrides/uvicorn_ws.py`), each made once for the many subscribers of one event."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any


class RecentByIdentity:
    """A bounded map from an object's identity (plus a key) to a value, holding the object itself so
    that the identity stays valid while the entry lives; the oldest entry goes first. The subscribers
    of one event are served one after the other as it arrives, so a few entries suffice."""

    def __init__(self, size: int = 16) -> None:
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
