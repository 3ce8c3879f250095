"""Browser test helpers that work under the platform's Content-Security-Policy."""

from __future__ import annotations

import asyncio
import contextlib
import csv
import io
import time
from collections.abc import AsyncIterator
from pathlib import Path
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


async def table_column(page: Any, n: int, table: str = "") -> list[str]:
    """The texts of column `n` (1-based) of the rows of a console table (`table`: a selector of the
    table, when the page has several), without its loading/empty row."""
    cells = page.locator(f"{table} tbody tr:not(.state-row) td:nth-child({n})")
    return [t.strip() for t in await cells.all_inner_texts()]


async def wait_table_column(page: Any, n: int, expected: list[str], table: str = "") -> None:
    """Wait (at most 10 s) until column `n` of the table shows `expected`, row by row."""
    seen: list[str] = []
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        seen = await table_column(page, n, table)
        if seen == expected:
            return
        await asyncio.sleep(0.05)
    raise AssertionError(f"column {n}: expected {expected}, have {seen}")


async def download_csv(page: Any) -> list[dict[str, str]]:
    """Click the page's "Export CSV" and read the file it downloads, as rows by header."""
    async with page.expect_download() as dl:
        await page.click("[data-testid=export-csv]")
    path = await (await dl.value).path()
    text = await asyncio.to_thread(Path(path).read_text)
    return list(csv.DictReader(io.StringIO(text)))


@contextlib.asynccontextmanager
async def unanswered(page: Any, marker: str) -> AsyncIterator[asyncio.Event]:
    """GraphQL requests of `page` sent in the block whose body holds `marker` get no answer (a network
    that hangs; they stay unanswered until the page closes, so no late failure reaches its console);
    the others go through. Yields an event set once such a request was sent."""
    held: list[Any] = []
    asked = asyncio.Event()

    async def hold(route: Any) -> None:
        if marker in (route.request.post_data or ""):
            held.append(route)
            asked.set()
        else:
            await route.continue_()

    await page.route("**/graphql", hold)
    try:
        yield asked
    finally:
        await page.unroute("**/graphql", hold)
