"""The OCPP message log: every frame in and out (within each charger's budget), with retention by age
and by total size (the oldest frames go first).

The log's size is the bytes of its frames' text (`payload`), measured with the database's byte
length on SQLite and MariaDB alike."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import LargeBinary, Select, cast, delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from db import bulk
from db.models import OcppMessage, utcnow
from domain.rows import where_given


async def insert_many(session: AsyncSession, rows: list[dict[str, Any]]) -> None:
    """One multi-row INSERT for a batch of frames (keys: the OcppMessage columns)."""
    if rows:
        await bulk.insert_rows(await session.connection(), OcppMessage, rows)


async def purge(session: AsyncSession, retention_days: int, *, now: dt.datetime | None = None) -> int:
    cutoff = (now or utcnow()) - dt.timedelta(days=retention_days)
    result = await session.execute(delete(OcppMessage).where(OcppMessage.created_at < cutoff))
    return int(getattr(result, "rowcount", 0) or 0)


#: The stored bytes of a frame's text.
_PAYLOAD_BYTES = func.length(cast(OcppMessage.payload, LargeBinary))
#: Rows read per step while finding how many of the oldest frames to delete.
SIZE_SCAN_CHUNK = 2000


async def size(session: AsyncSession) -> int:
    """The bytes of every stored frame's text (a full scan: the housekeeping calls it)."""
    total = (await session.execute(select(func.coalesce(func.sum(_PAYLOAD_BYTES), 0)))).scalar_one()
    return int(total or 0)


async def purge_to_size(session: AsyncSession, max_bytes: int) -> tuple[int, int]:
    """Delete the oldest frames until the log holds at most `max_bytes`; (frames deleted, bytes left)."""
    total = await size(session)
    if total <= max_bytes:
        return 0, total
    need = total - max_bytes
    freed = 0
    cut: int | None = None
    last_id = 0
    while freed < need:
        rows = (
            await session.execute(
                select(OcppMessage.id, _PAYLOAD_BYTES)
                .where(OcppMessage.id > last_id)
                .order_by(OcppMessage.id)
                .limit(SIZE_SCAN_CHUNK)
            )
        ).all()
        if not rows:
            break
        for row_id, n in rows:
            freed += int(n or 0)
            cut = int(row_id)
            if freed >= need:
                break
        last_id = int(rows[-1][0])
    if cut is None:
        return 0, total
    result = await session.execute(delete(OcppMessage).where(OcppMessage.id <= cut))
    return int(getattr(result, "rowcount", 0) or 0), total - freed


def filtered(
    *,
    charge_point_id: str | None = None,
    action: str | None = None,
    direction: str | None = None,
    message_type: int | None = None,
    unique_id: str | None = None,
    errors_only: bool = False,
    since: dt.datetime | None = None,
    until: dt.datetime | None = None,
) -> Select[OcppMessage]:
    """The message log with these filters (no order, no limit)."""
    q = where_given(
        select(OcppMessage),
        (OcppMessage.charger_id, charge_point_id),
        (OcppMessage.action, action),
        (OcppMessage.direction, direction),
        (OcppMessage.message_type, message_type),
        (OcppMessage.unique_id, unique_id),
    )
    if errors_only:
        q = q.where(OcppMessage.error_code.is_not(None))
    if since is not None:
        q = q.where(OcppMessage.created_at >= since)
    if until is not None:
        q = q.where(OcppMessage.created_at < until)
    return q


async def query(
    session: AsyncSession,
    *,
    charge_point_id: str | None = None,
    action: str | None = None,
    direction: str | None = None,
    message_type: int | None = None,
    unique_id: str | None = None,
    since: dt.datetime | None = None,
    until: dt.datetime | None = None,
    before_id: int | None = None,
    limit: int = 50,
) -> list[OcppMessage]:
    """Newest first; page with `before_id` (the last id of the previous page)."""
    q = filtered(
        charge_point_id=charge_point_id,
        action=action,
        direction=direction,
        message_type=message_type,
        unique_id=unique_id,
        since=since,
        until=until,
    )
    if before_id is not None:
        q = q.where(OcppMessage.id < before_id)
    return list((await session.execute(q.order_by(OcppMessage.id.desc()).limit(limit))).scalars())
