"""The history of a site's allocations: each limit the allocation service sent to a transaction, the
limit before, and why it changed. Bounded: the newest :data:`KEEP_PER_SITE` rows of each site are kept
(`prune()` after each pass that wrote some)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import LOAD_CHANGE_REASONS, Charger, LoadAllocationChange
from domain import rows

#: Rows kept per site.
KEEP_PER_SITE = 1000


def reason_of(hints: set[str]) -> str:
    """The most telling of the reasons a pass ran for (:data:`LOAD_CHANGE_REASONS` is in that order)."""
    return next((r for r in LOAD_CHANGE_REASONS if r in hints), "status_change")


async def prune(session: AsyncSession, site_id: int, keep: int = KEEP_PER_SITE) -> None:
    """Drop the site's rows older than its newest `keep`."""
    await rows.keep_newest(session, LoadAllocationChange, keep, LoadAllocationChange.site_id == site_id)


def listing(site_id: int) -> Select[Any]:
    """The site's history (paged newest first by the caller)."""
    return select(LoadAllocationChange).where(LoadAllocationChange.site_id == site_id)


async def charge_point_ids(session: AsyncSession, rows: list[LoadAllocationChange]) -> dict[int, str]:
    """Charger id -> charge point id, for these rows."""
    ids = {r.charger_id for r in rows}
    if not ids:
        return {}
    found = await session.execute(select(Charger.id, Charger.charge_point_id).where(Charger.id.in_(ids)))
    return {cid: cpid for cid, cpid in found.all()}
