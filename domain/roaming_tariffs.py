"""Our tariffs for roaming partners (OCPI 2.2.1 Tariffs sender): the active tariffs, paged by their
last update, and which one applies at each published charger (its own active tariff, else the
default), which Locations reference from their connectors."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import Charger, Tariff
from domain import roaming
from domain.read_models import paging
from domain.tariffs import default_tariff


@dataclass(frozen=True)
class Page:
    tariffs: list[Tariff]
    total: int


async def page(
    session: AsyncSession,
    *,
    date_from: dt.datetime | None,
    date_to: dt.datetime | None,
    offset: int,
    limit: int,
) -> Page:
    """Active tariffs, oldest update first, then by id, updated at or after `date_from` and before
    `date_to`."""
    q = roaming.dated(select(Tariff).where(Tariff.active.is_(True)), Tariff.updated_at, date_from, date_to)
    total = int(await session.scalar(paging.counting(q)) or 0)
    rows = await session.scalars(q.order_by(Tariff.updated_at, Tariff.id).offset(offset).limit(limit))
    return Page(list(rows), total)


async def one(session: AsyncSession, tariff_id: str) -> Tariff | None:
    if not tariff_id.isdigit() or len(tariff_id) > 19:
        return None
    t = await session.get(Tariff, int(tariff_id))
    return t if t is not None and t.active else None


async def applying(session: AsyncSession, chargers: list[Charger]) -> dict[int, int | None]:
    """The id of the tariff that prices sessions at each charger (as billing picks it), or None (free)."""
    own = {c.tariff_id for c in chargers if c.tariff_id is not None}
    active = set(
        (await session.scalars(select(Tariff.id).where(Tariff.id.in_(own), Tariff.active.is_(True)))).all()
        if own
        else []
    )
    fallback = await default_tariff(session)
    default_id = fallback.id if fallback is not None else None
    return {c.id: c.tariff_id if c.tariff_id in active else default_id for c in chargers}
