"""The message log writer: frames are queued in memory and written in batches (one multi-row INSERT per
flush), then published on the bus for the admin's live log. `await flush()` drains it (tests, shutdown).

What is stored is bounded per charger, on the hot path with no database read: a token bucket of
MESSAGE_LOG_FRAMES_PER_SECOND (bursts of BURST_SECONDS' worth) and MESSAGE_LOG_BYTES_PER_DAY (UTC
days). Frames beyond the budget are counted (`plagsini_ocpp_log_unstored_frames_total{reason}`) and
summarised: one row per charger every SUMMARY_INTERVAL and when it disconnects ("N frames, M bytes
not stored", error code `NotStored`). The platform's own commands and the answers to them are always
stored (they count against the budget). Frames of connections whose charger is not accepted (pending,
rejected) are only counted (`unstored`), never stored. Secrets in frames are masked before they are
queued (`domain.ocpp_secrets`).
"""

from __future__ import annotations

import asyncio
import logging
import time
from functools import partial
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from db.models import OcppMessage, utcnow
from domain import events, ocpp_log, ocpp_secrets, uow
from ocpp_server import ingest
from ocpp_server.batch_writer import BatchWriter
from plagsini import metrics
from plagsini.platform import Platform

log = logging.getLogger("plagsini.ocpp.log")

BATCH = 500
INTERVAL = 0.2
MAX_BUFFER = 200_000
MAX_PAYLOAD = 65_536
#: The frames-per-second bucket holds this many seconds' worth of frames (a boot's burst).
BURST_SECONDS = 3.0
#: Seconds between summary rows of a charger over its budget.
SUMMARY_INTERVAL = 60.0
#: error_code of a summary row.
NOT_STORED = "NotStored"

_unstored: dict[str, tuple[Any, Any]] = {}


def count_unstored(reason: str, size: int) -> None:
    """Count one frame not stored (the /metrics counters, by reason)."""
    pair = _unstored.get(reason)
    if pair is None:
        pair = _unstored[reason] = (
            metrics.OCPP_LOG_UNSTORED.labels(reason=reason),
            metrics.OCPP_LOG_UNSTORED_BYTES.labels(reason=reason),
        )
    pair[0].inc()
    pair[1].inc(size)


class _Budget:
    """One charger's use of its budget, and what it had not stored since its last summary."""

    __slots__ = ("tokens", "stamp", "day_end", "day_bytes", "skipped_frames", "skipped_bytes", "reasons")

    def __init__(self, tokens: float, now: float) -> None:
        self.tokens = tokens
        self.stamp = now
        self.day_end = (now // 86400 + 1) * 86400  # when its UTC day ends
        self.day_bytes = 0
        self.skipped_frames = 0
        self.skipped_bytes = 0
        self.reasons: set[str] = set()


async def _insert(rows: list[dict[str, Any]], session: AsyncSession) -> None:
    deferred = uow.deferred_rows(session)
    if deferred is not None:
        deferred.setdefault(OcppMessage, []).extend(rows)
    else:
        await ocpp_log.insert_many(session, rows)


class MessageLog(BatchWriter):
    def __init__(self, platform: Platform) -> None:
        super().__init__(
            platform, name="ocpp-message-log", interval=INTERVAL, wake_at=BATCH, batch=BATCH * 4, log=log
        )
        self.dropped = 0
        self.written = 0
        settings = platform.settings
        self.rate = float(settings.message_log_frames_per_second)
        self.capacity = max(1.0, self.rate * BURST_SECONDS)
        self.bytes_per_day = int(settings.message_log_bytes_per_day)
        self.max_bytes = int(settings.message_log_max_bytes)
        self._budgets: dict[str, _Budget] = {}
        self._last_summary = time.monotonic()
        #: The log's size as last measured by the housekeeping (None: not yet), plus what was written since.
        self.measured_bytes: int | None = None
        self.written_bytes = 0
        #: Set when the estimated size passes MESSAGE_LOG_MAX_BYTES (wakes the housekeeping).
        self.over_size = asyncio.Event()

    def _closing(self) -> None:
        self.summarise()

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
        essential: bool = False,
    ) -> None:
        """Queue one frame of an accepted charger, within its budget (`essential`: the platform's own
        commands and their answers, stored even over the budget)."""
        now = time.time()
        budget = self._budgets.get(cpid)
        if budget is None:
            budget = self._budgets[cpid] = _Budget(self.capacity, now)
        tokens = budget.tokens
        if now > budget.stamp:
            tokens += (now - budget.stamp) * self.rate
            if tokens > self.capacity:
                tokens = self.capacity
            budget.stamp = now
        if now >= budget.day_end:  # a new UTC day
            budget.day_end = (now // 86400 + 1) * 86400
            budget.day_bytes = 0
        size = len(raw)
        if not essential and (tokens < 1.0 or budget.day_bytes + size > self.bytes_per_day):
            reason = "frames_per_second" if tokens < 1.0 else "bytes_per_day"
            budget.tokens = tokens
            budget.skipped_frames += 1
            budget.skipped_bytes += size
            budget.reasons.add(reason)
            count_unstored(reason, size)
            return
        budget.tokens = tokens - 1.0
        if isinstance(raw, bytes):
            raw = raw.decode("utf-8", "replace")
        if len(raw) > MAX_PAYLOAD:
            raw = raw[:MAX_PAYLOAD]
        budget.day_bytes += len(raw)
        raw = ocpp_secrets.mask_frame(raw, action)
        self._queue(
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

    def unstored(self, reason: str, raw: str | bytes) -> None:
        """A frame on a connection whose frames are never stored (its charger is not accepted)."""
        count_unstored(reason, len(raw))

    def _queue(self, row: dict[str, Any]) -> None:
        if len(self._buf) >= MAX_BUFFER:
            lost = self._buf.pop(0)
            self.dropped += 1
            count_unstored("buffer_full", len(lost["payload"]))
        self._append(row)

    def summarise(self, cpid: str | None = None) -> None:
        """Queue the summary rows of what was not stored: of `cpid`, or of every charger."""
        if cpid is not None:
            budget = self._budgets.get(cpid)
            if budget is not None and budget.skipped_frames:
                self._summary(cpid, budget)
            return
        self._last_summary = time.monotonic()
        stale = time.time() - 2 * 86400
        for key, budget in list(self._budgets.items()):
            if budget.skipped_frames:
                self._summary(key, budget)
            elif budget.stamp < stale:
                del self._budgets[key]  # idle for two days: its day's budget is over anyway

    def _summary(self, cpid: str, budget: _Budget) -> None:
        reasons = " and ".join(
            {
                "frames_per_second": f"{self.rate:g} frames per second",
                "bytes_per_day": f"{self.bytes_per_day} bytes per day",
            }[r]
            for r in sorted(budget.reasons)
        )
        text = (
            f"{budget.skipped_frames} frames, {budget.skipped_bytes} bytes not stored: "
            f"over this charger's message log budget ({reasons})"
        )
        budget.skipped_frames = budget.skipped_bytes = 0
        budget.reasons = set()
        self._queue(
            {
                "charger_id": cpid[:64],
                "direction": "in",
                "message_type": None,
                "action": None,
                "unique_id": None,
                "payload": text,
                "error_code": NOT_STORED,
                "latency_ms": None,
                "node_id": self.platform.node_id,
                "created_at": utcnow(),
            }
        )
        self._wake.set()

    def measured(self, size: int) -> None:
        """The housekeeping measured the stored log: `size` bytes."""
        self.measured_bytes = size
        self.written_bytes = 0
        self.over_size.clear()
        metrics.OCPP_LOG_BYTES.set(size)

    def _wrote(self, batch: list[dict[str, Any]]) -> None:
        size = sum(len(r["payload"].encode("utf-8")) for r in batch)
        self.written_bytes += size
        if self.measured_bytes is not None:
            estimate = self.measured_bytes + self.written_bytes
            metrics.OCPP_LOG_BYTES.set(estimate)
            if estimate > self.max_bytes:
                self.over_size.set()

    def _tick(self) -> None:
        if time.monotonic() - self._last_summary >= SUMMARY_INTERVAL:
            self.summarise()

    async def _store(self, batch: list[dict[str, Any]]) -> None:
        # Through the group writer: the frames share a transaction with the chargers' MeterValues (one
        # writer, no second transaction queueing for SQLite's lock).
        await ingest.run(self.platform, partial(_insert, batch))

    async def _stored(self, batch: list[dict[str, Any]], result: None) -> None:
        self.written += len(batch)
        self._wrote(batch)
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
            event: events.OcppLogEvent = {
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
