"""The message log writer: frames are queued in memory and written in batches (one multi-row INSERT per
flush), then published on the bus for the admin's live log. `await flush()` drains it (tests, shutdown)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from functools import partial
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from db.models import OcppMessage, utcnow
from domain import events, ocpp_log
from domain.transactions import DEFER_INSERTS
from ocpp_server import ingest
from plagsini.platform import Platform
from plagsini.tasks import cancel_and_wait

log = logging.getLogger("plagsini.ocpp.log")

BATCH = 500
INTERVAL = 0.2
MAX_BUFFER = 200_000
MAX_PAYLOAD = 65_536


async def _insert(rows: list[dict[str, Any]], session: AsyncSession) -> None:
    deferred = session.info.get(DEFER_INSERTS)
    if deferred is not None:
        deferred.setdefault(OcppMessage, []).extend(rows)
    else:
        await ocpp_log.insert_many(session, rows)


class MessageLog:
    def __init__(self, platform: Platform) -> None:
        self.platform = platform
        self._buf: list[dict[str, Any]] = []
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._lock = asyncio.Lock()
        self.dropped = 0
        self.written = 0

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._run(), name="ocpp-message-log")

    async def stop(self) -> None:
        await cancel_and_wait(self._task)
        self._task = None
        await self.flush()

    def add(
        self,
        cpid: str,
        direction: str,
        raw: str | bytes,
        *,
        message_type: int | None,
        action: str | None,
        unique_id: str | None,
        error_code: str | None = None,
        latency_ms: float | None = None,
    ) -> None:
        if isinstance(raw, bytes):
            raw = raw.decode("utf-8", "replace")
        if len(raw) > MAX_PAYLOAD:
            raw = raw[:MAX_PAYLOAD]
        if len(self._buf) >= MAX_BUFFER:
            self._buf.pop(0)
            self.dropped += 1
        self._buf.append(
            {
                "charger_id": cpid[:64],
                "direction": direction,
                "message_type": message_type,
                "action": action[:64] if action else None,
                "unique_id": unique_id[:64] if unique_id else None,
                "payload": raw,
                "error_code": error_code[:32] if error_code else None,
                "latency_ms": latency_ms,
                "node_id": self.platform.node_id,
                "created_at": utcnow(),
            }
        )
        if len(self._buf) >= BATCH:
            self._wake.set()

    async def _run(self) -> None:
        while True:
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(INTERVAL):
                    await self._wake.wait()
            self._wake.clear()
            try:
                await self.flush()
            except Exception:  # noqa: BLE001 - the log must never take the endpoint down
                log.exception("message log flush failed")

    async def flush(self) -> None:
        async with self._lock:
            while self._buf:
                batch, self._buf = self._buf[: BATCH * 4], self._buf[BATCH * 4 :]
                try:
                    # Through the group writer: the frames share a transaction with the chargers'
                    # MeterValues (one writer, no second transaction queueing for SQLite's lock).
                    await ingest.run(self.platform, partial(_insert, batch))
                except Exception:
                    # Keep the frames for the next attempt (database briefly unavailable).
                    self._buf[:0] = batch
                    raise
                self.written += len(batch)
                await self._publish(batch)

    async def _publish(self, batch: list[dict[str, Any]]) -> None:
        bus = self.platform.bus
        if not bus.connected:
            return
        everyone = bus.wants(events.ALL_OCPP_LOG)
        for row in batch:
            channel = events.ocpp_log(row["charger_id"])
            if not everyone and not bus.wants(channel):
                continue  # nobody follows this charger's log (memory bus): nothing to build
            event = {
                "charge_point_id": row["charger_id"],
                "direction": row["direction"],
                "message_type": row["message_type"],
                "action": row["action"],
                "unique_id": row["unique_id"],
                "payload": row["payload"],
                "error_code": row["error_code"],
                "latency_ms": row["latency_ms"],
                "timestamp": row["created_at"].isoformat(),
            }
            try:
                await bus.publish_many((channel, events.ALL_OCPP_LOG), event)
            except Exception:  # noqa: BLE001
                log.warning("cannot publish the live message log", exc_info=True)
                return
