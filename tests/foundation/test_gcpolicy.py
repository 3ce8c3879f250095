"""The serving node's garbage-collection policy (plagsini/gcpolicy.py): long-lived objects are frozen
out of full collections, and a sweep still reclaims reference cycles among frozen objects."""

from __future__ import annotations

import gc
import weakref

from plagsini import metrics
from plagsini.gcpolicy import GcPolicy


class Node:
    def __init__(self) -> None:
        self.other: Node | None = None


def pauses_observed() -> float:
    total = 0.0
    for family in metrics.GC_PAUSE.collect():
        for sample in family.samples:
            if sample.name.endswith("_count"):
                total += sample.value
    return total


async def test_freeze_then_sweep_reclaims_frozen_cycles() -> None:
    policy = GcPolicy(freeze_interval=3600, sweep_interval=3600)
    policy.start()
    try:
        assert gc.get_freeze_count() > 0  # what was alive at start-up is out of full collections
        a, b = Node(), Node()
        a.other, b.other = b, a  # a cycle: only the cyclic collector can free it
        probe = weakref.ref(a)
        frozen_before = gc.get_freeze_count()
        policy.tick()  # a period without a sweep due: what is alive now is frozen
        assert policy.sweeps == 1 and gc.get_freeze_count() > frozen_before
        del a, b
        gc.collect()
        assert probe() is not None  # frozen: a full collection does not look at it
        policy.sweep()
        assert probe() is None  # the sweep does
        assert policy.sweeps == 2
        gc.collect(0)
        assert pauses_observed() > 0  # every collection's pause is recorded
    finally:
        await policy.stop()
    assert gc.get_freeze_count() == 0


def test_the_gc_callback_never_raises_even_without_stack_left() -> None:
    """A collection that starts deep in a failing recursion (a request's nested JSON being refused)
    runs the callback with almost no stack left: nothing may escape from inside it (the interpreter
    would print a traceback into the node's log for every such collection)."""
    import sys

    policy = GcPolicy()
    escaped: list[list[str]] = []

    def at_the_limit(depth: int) -> None:
        try:
            at_the_limit(depth + 1)
        except RecursionError:
            # Called at every depth on the way back up: somewhere the callback is entered but has
            # no room left for what it calls.
            policy._started[2] = 0.0
            try:
                policy._on_gc("stop", {"generation": 2})
            except RecursionError as e:
                frames = []
                tb = e.__traceback__
                while tb is not None:
                    frames.append(tb.tb_frame.f_code.co_name)
                    tb = tb.tb_next
                if "_on_gc" in frames:
                    escaped.append(frames)
                raise

    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(300)
    try:
        at_the_limit(0)
    except RecursionError:
        pass
    finally:
        sys.setrecursionlimit(limit)
    assert escaped == []
