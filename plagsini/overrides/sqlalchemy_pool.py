"""A SQLAlchemy `QueuePool`'s connection limit (see the function)."""

from __future__ import annotations

from typing import Any


def pool_limit(pool: Any) -> int:
    """The most connections a `QueuePool` opens at once: its size plus its overflow allowance.

    What: reads `QueuePool._max_overflow` (private) next to the public `size()`.
    Why: the `/metrics` pool gauge (`plagsini.metrics`) reports the limit beside the connections in
    use, and the pool has no public accessor for its overflow allowance.
    Written for: SQLAlchemy 2.1.9 (`QueuePool.__init__` sets `_max_overflow`, -1 for unlimited).
    Raises AttributeError for a pool without these counters (NullPool, StaticPool).
    """
    return int(pool.size()) + max(0, int(getattr(pool, "_max_overflow", 0)))
