"""The allocator of site load management: which charging session gets how many amperes, per phase,
given a site's capacity tree. Pure: no I/O, no clock (the caller passes `now`).

The rules:

* Per node and per site phase, the sum of what the sessions below it draw never exceeds the node's
  limit. A session draws its share on each of its phases (a single-phase car on one site phase, found
  by the caller from the charger's phase rotation; a three-phase car on all three).
* A share is 0 (paused) or at least :data:`MIN_A` (IEC 61851: below 6 A the pilot cannot signal a
  current). Shares are whole amperes.
* Sessions that cannot all get :data:`MIN_A` are admitted in turn: those already charging keep their
  place for :attr:`Demand.since` + `rotation_s`; then the ones waiting longest; a session charging for
  longer than the rotation interval yields to one that waits. Within that order a higher weight comes
  first.
* Admitted sessions share what is left by weighted max-min fairness (progressive filling, one ampere at
  a time): the session whose share per weight is smallest grows first, until its own cap or a node on
  its path is full. Equal weights under the same bottleneck get equal shares within one ampere.
* A session's cap is its rating (`max_a`) or, when it draws less (`cap_a`, e.g. a car tapering at a
  high state of charge), that: what it leaves goes to the others.
* A session that the allocator cannot control (its charger rejects profiles: `fixed`) is counted at
  its full rating before anyone else, and gets no limit.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field

#: The least current a car can be told to draw (IEC 61851-1), amperes.
MIN_A = 6

PHASES = (0, 1, 2)

PAUSED = "paused"
ACTIVE = "active"
FIXED = "fixed"


@dataclass(frozen=True)
class Node:
    """A capacity node: its parent (None for the root) and its limit per site phase in amperes
    (None: not limited on that phase at this node)."""

    id: Hashable
    parent: Hashable | None
    limits: tuple[float | None, float | None, float | None]


@dataclass(frozen=True)
class Demand:
    """A charging session asking for current.

    `node` is the leaf of the tree it hangs from (its connector's or charger's node); `phases` the
    site phases it draws on; `max_a` its rating; `cap_a` what it is measured to use when that is less
    (None: it would take more); `since` when it started charging or was paused, whichever it is now
    (`active` says which); `fixed` when its charger takes no limits."""

    key: Hashable
    node: Hashable
    phases: tuple[int, ...]
    max_a: int
    weight: int = 1
    cap_a: int | None = None
    since: float = 0.0
    active: bool = False
    fixed: bool = False
    #: Seconds it has charged so far (breaks ties: of two sessions paused at once, the one that
    #: charged less comes back first).
    served_s: float = 0.0


@dataclass
class Share:
    key: Hashable
    limit_a: int
    state: str


@dataclass
class Allocation:
    shares: dict[Hashable, Share] = field(default_factory=dict)
    #: What is left per node and site phase (None: unlimited).
    headroom: dict[Hashable, list[float | None]] = field(default_factory=dict)


def path(nodes: dict[Hashable, Node], leaf: Hashable) -> list[Hashable]:
    """The node ids from `leaf` up to the root (a cycle or a missing parent ends the walk)."""
    out: list[Hashable] = []
    seen: set[Hashable] = set()
    cur: Hashable | None = leaf
    while cur is not None and cur in nodes and cur not in seen:
        seen.add(cur)
        out.append(cur)
        cur = nodes[cur].parent
    return out


def cap_of(d: Demand) -> int:
    """The most a demand may get: its rating, or what it is measured to use (never below the minimum)."""
    return d.max_a if d.cap_a is None else max(MIN_A, min(d.max_a, d.cap_a))


def _order(d: Demand, now: float, rotation_s: float) -> tuple[int, int, float, float]:
    if d.active and now - d.since < rotation_s:
        return (0, -d.weight, d.since, d.served_s)  # charging, its turn is not over: keeps its place
    if not d.active:
        return (1, -d.weight, d.since, d.served_s)  # waiting: the longest first
    return (2, -d.weight, -d.since, d.served_s)  # charging past its turn: the longest-charging yield first


def allocate(
    nodes: Sequence[Node], demands: Sequence[Demand], *, now: float = 0.0, rotation_s: float = 900.0
) -> Allocation:
    by_id = {n.id: n for n in nodes}
    room: dict[Hashable, list[float]] = {
        n.id: [math.inf if lim is None else max(0.0, float(lim)) for lim in n.limits] for n in nodes
    }
    paths = {d.key: path(by_id, d.node) for d in demands}
    result = Allocation()

    def fits(d: Demand, amps: float) -> bool:
        return all(room[n][ph] >= amps - 1e-9 for n in paths[d.key] for ph in d.phases)

    def take(d: Demand, amps: float) -> None:
        for n in paths[d.key]:
            for ph in d.phases:
                room[n][ph] -= amps

    # Chargers that take no limits draw their rating whatever happens.
    for d in demands:
        if d.fixed:
            take(d, d.max_a)
            result.shares[d.key] = Share(d.key, d.max_a, FIXED)

    # Admission: who gets at least the minimum.
    admitted: list[Demand] = []
    for d in sorted((d for d in demands if not d.fixed), key=lambda d: _order(d, now, rotation_s)):
        if d.max_a >= MIN_A and d.phases and fits(d, MIN_A):
            take(d, MIN_A)
            admitted.append(d)
            result.shares[d.key] = Share(d.key, MIN_A, ACTIVE)
        else:
            result.shares[d.key] = Share(d.key, 0, PAUSED)

    # Progressive filling, one ampere at a time, smallest share per weight first.
    heap: list[tuple[float, int, int]] = []
    for i, d in enumerate(admitted):
        heapq.heappush(heap, ((MIN_A + 1) / d.weight, i, i))
    while heap:
        _, _, i = heapq.heappop(heap)
        d = admitted[i]
        share = result.shares[d.key]
        if share.limit_a + 1 > cap_of(d) or not fits(d, 1):
            continue  # full: it stays where it is
        take(d, 1)
        share.limit_a += 1
        heapq.heappush(heap, ((share.limit_a + 1) / d.weight, i, i))

    result.headroom = {k: [None if math.isinf(v) else v for v in vs] for k, vs in room.items()}
    return result
