"""Users as other read models and the API's nodes look them up."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import User


async def by_id(session: AsyncSession, user_id: int) -> User | None:
    return await session.get(User, user_id)


async def by_ids(session: AsyncSession, ids: Iterable[int]) -> dict[int, User]:
    """The users with these ids (one query), by id."""
    wanted = set(ids)
    if not wanted:
        return {}
    return {u.id: u for u in (await session.execute(select(User).where(User.id.in_(wanted)))).scalars()}
