"""The OCPI log: every call to and from roaming partners, with its outcome (like the OCPP message log,
bounded: the newest KEEP rows are kept).

A call is written to the database as it happens, in a transaction of its own: a partner's call is
answered once its row is committed (`record`), and our own calls are written at once beside their
caller (`note` starts the write: the caller may hold a transaction the write must not wait for), so
a node that crashes loses none it answered. Calls noted at the same moment share one write. A write
that fails never fails the call: the call stays noted (at most BACKLOG) and goes with the next
write, or the node's outbox worker's. An outbound call is tied to its partner by the token it was
made with.
"""

from __future__ import annotations

import asyncio
import collections
import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from db.models import OcpiCall, OcpiPartner, utcnow

#: The most rows the log keeps (all partners together).
KEEP = 5000
#: The most calls noted and not yet written (the oldest are dropped beyond).
BACKLOG = 10_000


@dataclass(frozen=True)
class Noted:
    direction: str
    method: str
    url: str
    http_status: int | None
    ocpi_status: int | None
    message: str | None
    duration_ms: int
    at: dt.datetime
    partner_id: int | None = None
    #: Outbound: the token the call was made with (never stored; it names the partner).
    token: str | None = None


_noted: collections.deque[Noted] = collections.deque(maxlen=BACKLOG)
log = logging.getLogger(__name__)


@dataclass
class _Writer:
    sessionmaker: async_sessionmaker[AsyncSession]
    lock: asyncio.Lock
    #: The write under way that `note` started (it goes on while calls are noted).
    task: asyncio.Task[None] | None = None


_writer: list[_Writer] = []


def bind(sessionmaker: async_sessionmaker[AsyncSession]) -> None:
    """Where `record` writes (the node's database; set when the node starts its services)."""
    _writer[:] = [_Writer(sessionmaker, asyncio.Lock())]


async def unbind(sessionmaker: async_sessionmaker[AsyncSession]) -> None:
    """The node stops: finish the write under way, write what is still noted, write no more."""
    if not _writer or _writer[0].sessionmaker is not sessionmaker:
        return
    task = _writer[0].task
    if task is not None and not task.done():
        await asyncio.wait([task], timeout=10)
    await write_noted()
    _writer.clear()


async def record(direction: str, method: str, url: str, **outcome: Any) -> None:
    """Note a call (as `note`) and write it, with anything noted before, before returning; never
    raises."""
    note(direction, method, url, **outcome)
    await write_noted()


def _start_writing() -> None:
    """Start writing what is noted, unless a write started so is under way (it takes these too)."""
    if not _writer:
        return
    writer = _writer[0]
    if writer.task is not None and not writer.task.done():
        return
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:  # noted outside the event loop: the next write takes it
        return
    writer.task = loop.create_task(_drain(), name="ocpi-log-write")


async def _drain() -> None:
    while _noted and await write_noted():
        pass


async def write_noted() -> int:
    """Write the calls noted so far in one transaction of their own; how many. A failed write keeps
    them noted for the next."""
    if not _writer or not _noted:
        return 0
    writer = _writer[0]
    async with writer.lock:  # one writer takes calls off the front of the queue at a time
        batch = list(_noted)
        if not batch:
            return 0
        try:
            async with writer.sessionmaker() as s, s.begin():
                await _write(s, batch)
        except Exception:  # noqa: BLE001 - the log never fails a call; kept for the next write
            log.warning("the OCPI log could not be written; its calls are kept for the next write")
            return 0
        for _ in batch:  # written: off the queue (new calls were only added behind them)
            _noted.popleft()
        return len(batch)


def note(
    direction: str,
    method: str,
    url: str,
    *,
    http_status: int | None,
    ocpi_status: int | None,
    message: str | None,
    duration_ms: float,
    partner_id: int | None = None,
    token: str | None = None,
) -> None:
    _noted.append(
        Noted(
            direction,
            method[:8],
            url[:255],
            http_status,
            ocpi_status,
            message[:300] if message else None,
            int(duration_ms),
            utcnow(),
            partner_id,
            token,
        )
    )
    _start_writing()


#: Calls written before their token named a partner (row ids by token): a registration calls the
#: partner's versions with the token it is about to store, and the write may read the partners before
#: that is committed. The next write that finds the token ties them to their partner.
_unresolved: dict[str, list[int]] = {}
_UNRESOLVED_MAX = 100


async def _write(session: AsyncSession, batch: list[Noted]) -> None:
    """Add `batch` to the log; drop the oldest rows beyond KEEP."""
    by_token = {
        p.outbound_token: p.id
        for p in (await session.scalars(select(OcpiPartner).where(OcpiPartner.outbound_token.is_not(None))))
    }
    rows: list[tuple[OcpiCall, str | None]] = []
    for n in batch:
        partner_id = n.partner_id if n.partner_id is not None else by_token.get(n.token or "")
        row = OcpiCall(
            partner_id=partner_id,
            direction=n.direction,
            method=n.method,
            url=n.url,
            http_status=n.http_status,
            ocpi_status=n.ocpi_status,
            message=n.message,
            duration_ms=n.duration_ms,
            at=n.at,
        )
        session.add(row)
        rows.append((row, n.token if partner_id is None else None))
    await session.flush()
    for row, token in rows:
        if token:
            if token not in _unresolved and len(_unresolved) >= _UNRESOLVED_MAX:
                _unresolved.pop(next(iter(_unresolved)))
            _unresolved.setdefault(token, []).append(row.id)
    for token in [t for t in _unresolved if t in by_token]:
        ids = _unresolved.pop(token)
        await session.execute(
            update(OcpiCall)
            .where(OcpiCall.id.in_(ids), OcpiCall.partner_id.is_(None))
            .values(partner_id=by_token[token])
            .execution_options(synchronize_session=False)
        )
    newest = int(await session.scalar(select(func.max(OcpiCall.id))) or 0)
    if newest > KEEP:
        await session.execute(delete(OcpiCall).where(OcpiCall.id <= newest - KEEP))


async def recent(session: AsyncSession, partner_id: int, limit: int) -> list[OcpiCall]:
    """A partner's last calls, newest first."""
    q = select(OcpiCall).where(OcpiCall.partner_id == partner_id).order_by(OcpiCall.id.desc()).limit(limit)
    return list((await session.scalars(q)).all())
