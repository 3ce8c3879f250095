"""The OCPP message log: every frame in and out, with retention."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from db import bulk
from db.models import OcppMessage, utcnow


async def insert_many(session: AsyncSession, rows: list[dict[str, Any]]) -> None:
    """One multi-row INSERT for a batch of frames (keys: the OcppMessage columns)."""
    if rows:
        await bulk.insert_rows(await session.connection(), OcppMessage, rows)


async def purge(session: AsyncSession, retention_days: int, *, now: dt.datetime | None = None) -> int:
    cutoff = (now or utcnow()) - dt.timedelta(days=retention_days)
    result = await session.execute(delete(OcppMessage).where(OcppMessage.created_at < cutoff))
    return int(getattr(result, "rowcount", 0) or 0)


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
    q = select(OcppMessage).order_by(OcppMessage.id.desc()).limit(limit)
    if charge_point_id is not None:
        q = q.where(OcppMessage.charger_id == charge_point_id)
    if action is not None:
        q = q.where(OcppMessage.action == action)
    if direction is not None:
        q = q.where(OcppMessage.direction == direction)
    if message_type is not None:
        q = q.where(OcppMessage.message_type == message_type)
    if unique_id is not None:
        q = q.where(OcppMessage.unique_id == unique_id)
    if since is not None:
        q = q.where(OcppMessage.created_at >= since)
    if until is not None:
        q = q.where(OcppMessage.created_at < until)
    if before_id is not None:
        q = q.where(OcppMessage.id < before_id)
    return list((await session.execute(q)).scalars())
