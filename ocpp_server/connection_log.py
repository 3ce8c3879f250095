"""The connection diagnostics writer: chargers' connects, disconnects and refused connections are
queued in memory and written in batches (one multi-row INSERT per flush, then the oldest rows beyond
the bounds are deleted: `domain.connection_log.prune`), then published on `events.CONNECTIONS` for
the console's live view. A refused connection costs no database write of its own, so a flood of
random ids costs a batch every INTERVAL and at most MAX_BUFFER queued rows (beyond it rows are
dropped and counted in `dropped`). `await flush()` drains the queue (tests, shutdown).
"""

from __future__ import annotations

import logging
from typing import Any

from db.models import utcnow
from domain import connection_log, events
from ocpp_server.batch_writer import BatchWriter
from plagsini.platform import Platform

log = logging.getLogger("plagsini.ocpp.connections")

INTERVAL = 0.25
BATCH = 500
MAX_BUFFER = 5000
#: Bus events published per flush at most (a flood shows as its newest rows).
MAX_PUBLISHED = 100


class ConnectionLog(BatchWriter):
    def __init__(self, platform: Platform) -> None:
        super().__init__(
            platform, name="ocpp-connection-log", interval=INTERVAL, wake_at=BATCH, batch=BATCH, log=log
        )
        self.dropped = 0
        self.per_charger = int(platform.settings.connection_log_per_charger)
        self.unknown = int(platform.settings.connection_log_unknown)

    def add(
        self,
        cpid: str,
        kind: str,
        *,
        reason: str | None = None,
        detail: str | None = None,
        remote: str | None = None,
        code: int | None = None,
    ) -> None:
        if len(self._buf) >= MAX_BUFFER:
            self.dropped += 1
            return
        self._append(
            {
                "charge_point_id": cpid[:64],
                "kind": kind,
                "reason": reason,
                "detail": detail[:255] if detail else None,
                "remote_address": remote[:64] if remote else None,
                "code": code,
                "node_id": self.platform.node_id,
                "created_at": utcnow(),
            }
        )

    async def _store(self, batch: list[dict[str, Any]]) -> list[dict[str, Any]]:
        async with self.platform.sessionmaker() as s, s.begin():
            stored = await connection_log.insert_batch(s, batch)
            await connection_log.prune(
                s, {r["charger_id"] for r in stored}, per_charger=self.per_charger, unknown=self.unknown
            )
        return stored

    async def _stored(self, batch: list[dict[str, Any]], result: list[dict[str, Any]]) -> None:
        for row in result[-MAX_PUBLISHED:]:
            try:
                await self.platform.bus.publish(events.CONNECTIONS, connection_log.event_dict(row))
            except Exception:  # noqa: BLE001 - the live view misses it; it is stored
                log.debug("cannot publish a connection event", exc_info=True)
