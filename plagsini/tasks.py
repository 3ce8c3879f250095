"""Background-task helpers shared by the node's services."""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any


async def cancel_and_wait(task: asyncio.Task[Any] | None, *, ignore_errors: bool = False) -> None:
    """Cancel `task` and wait until it has finished (None: nothing to do). With `ignore_errors`, an
    exception the task ended with is dropped too, not only its cancellation."""
    if task is None:
        return
    task.cancel()
    ignored: tuple[type[BaseException], ...] = (
        (asyncio.CancelledError, Exception) if ignore_errors else (asyncio.CancelledError,)
    )
    with contextlib.suppress(*ignored):
        await task
