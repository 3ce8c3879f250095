"""A driver's favourite chargers (starred in the app) and recently used ones (from their sessions).

Both are per user: every function takes the signed-in user's id and reads or writes only their rows.
Only public chargers are listed or can be starred (a charger made private later drops out)."""

from __future__ import annotations

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from db.models import Charger, ChargingSession, FavouriteCharger
from domain.errors import InvalidInput, NotFound
from domain.stations import public_by_cpid, public_condition

#: A driver keeps at most this many favourites (the home screen lists them all).
MAX_FAVOURITES = 50
#: At most this many recently used chargers are listed.
MAX_RECENT = 20


async def favourites(session: AsyncSession, user_id: int) -> list[Charger]:
    """The user's starred public chargers, most recently starred first."""
    rows = await session.scalars(
        select(Charger)
        .join(FavouriteCharger, FavouriteCharger.charger_id == Charger.id)
        .options(selectinload(Charger.connectors))
        .where(FavouriteCharger.user_id == user_id, public_condition())
        .order_by(FavouriteCharger.created_at.desc(), FavouriteCharger.id.desc())
        .limit(MAX_FAVOURITES)
    )
    return list(rows)


async def recent(session: AsyncSession, user_id: int, limit: int) -> list[Charger]:
    """Public chargers the user charged at, the most recent session first, each once."""
    if not 1 <= limit <= MAX_RECENT:
        raise InvalidInput(f"first must be between 1 and {MAX_RECENT}.", field="first")
    last = func.max(ChargingSession.started_at).label("last")
    used = (
        select(ChargingSession.charger_id, last)
        .where(ChargingSession.user_id == user_id)
        .group_by(ChargingSession.charger_id)
        .subquery()
    )
    rows = await session.scalars(
        select(Charger)
        .join(used, used.c.charger_id == Charger.id)
        .options(selectinload(Charger.connectors))
        .where(public_condition())
        .order_by(used.c.last.desc(), Charger.id.desc())
        .limit(limit)
    )
    return list(rows)


async def set_favourite(
    session: AsyncSession, user_id: int, charge_point_id: str, favourite: bool
) -> Charger:
    """Star (favourite=True) or unstar a public charger for the user. Idempotent: starring twice keeps
    one row, unstarring a charger that is not starred changes nothing. NotFound for a charger that
    does not exist or is not public. The caller commits."""
    charger = await public_by_cpid(session, charge_point_id)
    if charger is None:
        raise NotFound("No such charger.")
    existing = await session.scalar(
        select(FavouriteCharger.id).where(
            FavouriteCharger.user_id == user_id, FavouriteCharger.charger_id == charger.id
        )
    )
    if favourite and existing is None:
        count = await session.scalar(
            select(func.count()).select_from(FavouriteCharger).where(FavouriteCharger.user_id == user_id)
        )
        if (count or 0) >= MAX_FAVOURITES:
            raise InvalidInput(f"You can keep at most {MAX_FAVOURITES} favourites.", field="favourite")
        try:
            async with session.begin_nested():
                session.add(FavouriteCharger(user_id=user_id, charger_id=charger.id))
        except IntegrityError:
            pass  # starred at the same moment by another request of the same user: one row is kept
    elif not favourite and existing is not None:
        await session.execute(delete(FavouriteCharger).where(FavouriteCharger.id == existing))
    return charger
