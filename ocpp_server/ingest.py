"""Group commit for the OCPP ingest path.

Thousands of chargers each send small writes (MeterValues, Heartbeat, StatusNotification). One database
transaction per message is bound by commits (and, on SQLite, by writers queueing for the one write
lock). Here every small write is a unit of work — ``async (session) -> result`` — queued to a single
writer per platform that runs everything that arrived meanwhile in ONE transaction and commits it once.
Each caller gets its own result only after that commit: an answer to the charger is never sent for a
write that is not durable.

- Batching is adaptive: while one batch commits, the next one accumulates; a lone message waits for
  nothing but its own commit (no fixed linger).
- Order is kept: units run in arrival order, so one charger's messages (which arrive one at a time)
  are applied in order.
- A failing unit does not fail its neighbours: the batch is rolled back and every unit is re-run alone,
  in its own transaction; only the failing one gets the exception. Units must therefore only touch the
  database session (side effects such as events belong after the result comes back).
- Rows that many units read (the open transaction of a MeterValues) can be prefetched with one
  ``SELECT ... WHERE id IN (...)`` per batch; the units then find them in the session's identity map.
- There is no background task to stop: the first unit that finds the writer idle starts a drain task
  that exits when the queue is empty.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from db import bulk
from db.models import ChargingSession
from domain import billing, chargers, events, transactions, uow

log = logging.getLogger("plagsini.ocpp.ingest")

T = TypeVar("T")
Unit = Callable[[AsyncSession], Awaitable[Any]]

#: Most units per transaction (a MeterValues unit writes ~6-30 rows).
MAX_BATCH = 400


@dataclass(slots=True)
class _Item:
    unit: Unit
    future: asyncio.Future[Any]
    prefetch: tuple[Any, Any] | None = None


@dataclass
class GroupWriter:
    sessionmaker: async_sessionmaker[AsyncSession]
    max_batch: int = MAX_BATCH
    _queue: list[_Item] = field(default_factory=list)
    _task: asyncio.Task[None] | None = None
    _loop: asyncio.AbstractEventLoop | None = None
    # Counters for tests and the benchmark.
    batches: int = 0
    units: int = 0
    fallbacks: int = 0

    async def run(
        self, unit: Callable[[AsyncSession], Awaitable[T]], prefetch: tuple[Any, Any] | None = None
    ) -> T:
        """Run ``unit(session)`` in the next group transaction; return its result once committed.

        ``prefetch=(Model, primary_key)`` asks for that row to be loaded with the batch's others."""
        loop = asyncio.get_running_loop()
        if self._loop is not loop:  # a new event loop (tests): forget the old one's state
            self._loop, self._queue, self._task = loop, [], None
        fut: asyncio.Future[T] = loop.create_future()
        self._queue.append(_Item(unit, fut, prefetch))
        if self._task is None or self._task.done():
            self._task = loop.create_task(self._drain(), name="ocpp-ingest-writer")
        # The unit commits with its batch even if this caller goes away (charger disconnected).
        return await asyncio.shield(fut)

    async def _drain(self) -> None:
        try:
            await asyncio.sleep(0)  # let the messages that are already being parsed join the first batch
            while self._queue:
                batch, self._queue = self._queue[: self.max_batch], self._queue[self.max_batch :]
                await self._commit(batch)
        except BaseException as e:
            # Cancelled at shutdown: nobody is left waiting for an answer that will not come.
            for item in self._queue:
                if not item.future.done():
                    item.future.set_exception(e if isinstance(e, Exception) else ConnectionAbortedError())
            self._queue = []
            raise

    async def _commit(self, batch: list[_Item]) -> None:
        results: list[Any] = []
        try:
            async with self.sessionmaker() as session, session.begin():
                deferred = uow.unit_of(session).deferred_rows = {}
                keep = await self._prefetch(session, batch)  # noqa: F841 - held for the batch
                for item in batch:
                    results.append(await item.unit(session))
                await _insert_deferred(session, deferred)
        except asyncio.CancelledError:
            for item in batch:
                if not item.future.done():
                    item.future.set_exception(ConnectionAbortedError("the ingest writer stopped"))
            raise
        except Exception as e:  # noqa: BLE001 - isolate the failing unit
            if len(batch) == 1:
                self._settle_error(batch[0], e)
                return
            self.fallbacks += 1
            log.info("group commit of %d units failed; retrying them one by one", len(batch), exc_info=True)
            for item in batch:
                await self._commit_one(item)
            return
        self.batches += 1
        self.units += len(batch)
        for item, result in zip(batch, results, strict=True):
            if not item.future.done():
                item.future.set_result(result)

    async def _commit_one(self, item: _Item) -> None:
        try:
            async with self.sessionmaker() as session, session.begin():
                deferred = uow.unit_of(session).deferred_rows = {}
                result = await item.unit(session)
                await _insert_deferred(session, deferred)
        except asyncio.CancelledError:
            if not item.future.done():
                item.future.set_exception(ConnectionAbortedError("the ingest writer stopped"))
            raise
        except Exception as e:  # noqa: BLE001 - the caller gets it
            self._settle_error(item, e)
            return
        self.batches += 1
        self.units += 1
        if not item.future.done():
            item.future.set_result(result)

    @staticmethod
    def _settle_error(item: _Item, exc: BaseException) -> None:
        if not item.future.done():
            item.future.set_exception(exc)

    @staticmethod
    async def _prefetch(session: AsyncSession, batch: list[_Item]) -> list[Any]:
        """Load the rows the units will ask for; the caller holds the returned objects for the batch
        (the session's identity map is weak: unreferenced rows would be dropped and re-queried)."""
        loaded: list[Any] = []
        wanted: dict[Any, set[Any]] = {}
        for item in batch:
            if item.prefetch is not None and item.prefetch[1] is not None:
                wanted.setdefault(item.prefetch[0], set()).add(item.prefetch[1])
        for model, keys in wanted.items():
            pk = model.__mapper__.primary_key[0]
            # Fetched (not just executed): the rows land in the identity map, so the units'
            # session.get() calls find them without a query (and without an autoflush).
            rows = (await session.execute(select(model).where(pk.in_(sorted(keys))))).scalars().all()
            if model is ChargingSession:
                # What pricing the readings of drivers' sessions reads, once for the batch.
                await billing.read_for_readings(session, rows)
            loaded += rows
        return loaded


async def _insert_deferred(session: AsyncSession, deferred: dict[Any, list[dict[str, Any]]]) -> None:
    """One executemany INSERT per table for the rows the units queued (see UnitOfWork.deferred_rows)."""
    if deferred:
        conn = await session.connection()
        for model, rows in deferred.items():
            await bulk.insert_rows(conn, model, rows)
        deferred.clear()


def writer(platform: Any) -> GroupWriter:
    """The platform's group writer (one per platform, created on first use)."""
    w: GroupWriter | None = platform.ingest_writer
    if w is None:
        w = platform.ingest_writer = GroupWriter(platform.sessionmaker)
    return w


async def run(
    platform: Any, unit: Callable[[AsyncSession], Awaitable[T]], prefetch: tuple[Any, Any] | None = None
) -> T:
    """Run one small write through the platform's group writer (see the module doc)."""
    return await writer(platform).run(unit, prefetch)


# ------------------------------------------------------------------------- the ingest path's units


async def store_meter_values(
    platform: Any,
    charger_id: int,
    connector_id: int,
    transaction_id: int | None,
    meter_value: list[dict[str, Any]],
) -> tuple[transactions.MeterResult, events.SessionEvent | None]:
    """MeterValues through the group writer: the stored result and the session event (taken right
    after this unit ran, before later units of the batch touch the transaction)."""

    async def unit(s: AsyncSession) -> tuple[transactions.MeterResult, events.SessionEvent | None]:
        result = await transactions.store_meter_values(
            s, charger_id, connector_id, transaction_id, meter_value
        )
        event = transactions.session_event(result.tx, result.cost_sen) if result.tx is not None else None
        return result, event

    return await run(platform, unit, prefetch=(ChargingSession, transaction_id))


async def record_heartbeat(platform: Any, charger_id: int) -> None:
    async def unit(s: AsyncSession) -> None:
        await chargers.record_heartbeat(s, charger_id)

    await run(platform, unit)


async def record_status(platform: Any, charger_id: int, *args: Any, **kwargs: Any) -> chargers.StatusChange:
    async def unit(s: AsyncSession) -> chargers.StatusChange:
        return await chargers.record_status(s, charger_id, *args, **kwargs)

    return await run(platform, unit)
