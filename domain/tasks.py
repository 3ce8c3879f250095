"""asyncio task helpers for every layer: stopping a background task, and awaiting a library call
that may absorb a cancellation."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable
from typing import Any, TypeVar

T = TypeVar("T")

log = logging.getLogger("plagsini")

#: How long a cancelled task may take to finish before it is cancelled again (seconds).
RECANCEL_SECONDS = 1.0


async def cancel_and_wait(task: asyncio.Task[Any] | None, *, ignore_errors: bool = False) -> None:
    """Cancel `task` and wait until it has finished (None: nothing to do). With `ignore_errors`, an
    exception the task ended with is dropped too, not only its cancellation.

    A task that is still running RECANCEL_SECONDS after its cancellation is cancelled again (logged):
    one cancellation can be absorbed on its way (a library that catches it at the wrong moment), and
    a node's stop must not wait forever on it."""
    if task is None:
        return
    task.cancel()
    while True:
        done, _ = await asyncio.wait({task}, timeout=RECANCEL_SECONDS)
        if done:
            break
        log.warning("task %s is still running after its cancellation; cancelling it again", task.get_name())
        task.cancel()
    ignored: tuple[type[BaseException], ...] = (
        (asyncio.CancelledError, Exception) if ignore_errors else (asyncio.CancelledError,)
    )
    with contextlib.suppress(*ignored):
        await task


async def cancellable(awaitable: Awaitable[T]) -> T:
    """Await a library call that may absorb a cancellation, and raise it if it did.

    On Python 3.11, `asyncio.wait_for` returns its result and drops the caller's cancellation when
    the awaited operation finishes in the same loop turn as the cancellation arrives; redis-py wraps
    its socket writes in it, so a task cancelled while publishing went on as if nothing had happened
    (a node's stop then waited on it). A cancellation is counted on the task (`Task.cancelling()`)
    until someone handles it (`uncancel()`); one that arrived here and was not handled is raised."""
    task = asyncio.current_task()
    before = task.cancelling() if task is not None else 0
    result = await awaitable
    if task is not None and task.cancelling() > before:
        raise asyncio.CancelledError()
    return result
