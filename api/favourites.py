"""A driver's favourite and recently used stations (their own only: every resolver reads the
signed-in user's rows, see `domain/favourites.py`)."""

from __future__ import annotations

import strawberry

from api.errors import UserError, payload_or_errors
from api.permissions import require_user
from api.stations import Station
from db.engine import read_session
from db.models import Charger
from domain import favourites, stations


async def _stations(info: strawberry.Info, chargers: list[Charger]) -> list[Station]:
    async with read_session(info.context.platform.sessionmaker) as s:
        prices = await stations.tariffs_for(s, chargers)
    return [Station.build(c, prices[c.id]) for c in chargers]


@strawberry.input
class SetFavouriteStationInput:
    charge_point_id: str
    favourite: bool


@strawberry.type
class SetFavouriteStationPayload:
    station: Station | None = None
    favourite: bool | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class Query:
    @strawberry.field(description="Your favourite (starred) stations, most recently starred first.")
    async def my_favourite_stations(self, info: strawberry.Info) -> list[Station]:
        user = await require_user(info)
        async with read_session(info.context.platform.sessionmaker) as s:
            chargers = await favourites.favourites(s, user.id)
        return await _stations(info, chargers)

    @strawberry.field(description="Stations you charged at, the most recent first, each once (1-20).")
    async def my_recent_stations(self, info: strawberry.Info, first: int = 5) -> list[Station]:
        user = await require_user(info)
        async with read_session(info.context.platform.sessionmaker) as s:
            chargers = await favourites.recent(s, user.id, first)
        return await _stations(info, chargers)


@strawberry.type
class Mutation:
    @strawberry.mutation(description="Star (favourite: true) or unstar a public station. Idempotent.")
    async def set_favourite_station(
        self, info: strawberry.Info, input: SetFavouriteStationInput
    ) -> SetFavouriteStationPayload:
        async def work() -> SetFavouriteStationPayload:
            user = await require_user(info)
            async with info.context.platform.sessionmaker.begin() as s:
                charger = await favourites.set_favourite(s, user.id, input.charge_point_id, input.favourite)
                prices = await stations.tariffs_for(s, [charger])
                station = Station.build(charger, prices[charger.id])
            return SetFavouriteStationPayload(station=station, favourite=input.favourite)

        return await payload_or_errors(SetFavouriteStationPayload, work())
