"""The loop shared by the OCPP edge's log writers (the message log, the connection diagnostics): rows
are queued in memory on the hot path, and a background task writes them in batches every `interval`
seconds, or as soon as `wake_at` rows wait. A batch that cannot be written goes back to the front of
the queue for the next attempt (the database briefly away); `await flush()` drains the queue (tests,
shutdown). A writer says how a batch is stored (`_store`), what follows a stored batch (`_stored`:
counting, publishing), and what its loop does on each turn besides (`_tick`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

from domain.tasks import cancel_and_wait
from plagsini.platform import Platform


class BatchWriter:
    def __init__(
        self,
        platform: Platform,
        *,
        name: str,
        interval: float,
        wake_at: int,
        batch: int,
        log: logging.Logger,
    ) -> None:
        self.platform = platform
        self._buf: list[dict[str, Any]] = []
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._lock = asyncio.Lock()
        self._name = name
        self._interval = interval
        self._wake_at = wake_at
        self._batch = batch
        self._log = log

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._run(), name=self._name)

    async def stop(self) -> None:
        await cancel_and_wait(self._task)
        self._task = None
        self._closing()
        await self.flush()

    def _append(self, row: dict[str, Any]) -> None:
        self._buf.append(row)
        if len(self._buf) >= self._wake_at:
            self._wake.set()

    async def _run(self) -> None:
        while True:
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(self._interval):
                    await self._wake.wait()
            self._wake.clear()
            self._tick()
            try:
                await self.flush()
            except Exception:  # noqa: BLE001 - a writer never takes the endpoint down; the rows wait
                self._log.warning("%s: cannot write, the rows wait in the queue", self._name, exc_info=True)

    async def flush(self) -> None:
        async with self._lock:
            while self._buf:
                batch, self._buf = self._buf[: self._batch], self._buf[self._batch :]
                try:
                    result = await self._store(batch)
                except Exception:
                    self._buf[:0] = batch
                    raise
                await self._stored(batch, result)

    async def _store(self, batch: list[dict[str, Any]]) -> Any:
        """Write `batch` (raising leaves it queued)."""
        raise NotImplementedError

    async def _stored(self, batch: list[dict[str, Any]], result: Any) -> None:
        """After `batch` was written (`result`: what `_store` returned)."""

    def _tick(self) -> None:
        """Each turn of the loop, before it flushes."""

    def _closing(self) -> None:
        """On stop, before the last flush."""
