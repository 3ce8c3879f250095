"""Browser test helpers that work under the platform's Content-Security-Policy."""

from __future__ import annotations

import asyncio
import time
from typing import Any


async def wait_for_function(page: Any, expression: str, *, arg: Any = None, timeout: float = 30000) -> Any:
    """Like Playwright's `page.wait_for_function`, which compiles its predicate with eval inside the
    page and so is refused by a policy without 'unsafe-eval': poll `expression` (or a function of
    `arg`) through `page.evaluate` until it is truthy, for at most `timeout` milliseconds."""
    deadline = time.monotonic() + timeout / 1000
    while True:
        value = await page.evaluate(expression, arg)
        if value:
            return value
        if time.monotonic() > deadline:
            raise TimeoutError(f"wait_for_function: timed out after {timeout} ms waiting for {expression}")
        await asyncio.sleep(0.05)
