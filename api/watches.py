""" "Notify me when free" (`domain/watches.py`): a driver waits for a busy charger and gets a push when
one of its connectors frees up, with a link to hold it (reserveConnector). Their own watches only."""

from __future__ import annotations

import datetime as dt

import strawberry

from api.errors import UserError, payload_or_errors
from api.permissions import require_user
from api.relay import Connection, encode_id, list_page
from db import models as m
from domain import watches


@strawberry.type(description="A charger the driver waits for.")
class ChargerWatch:
    id: strawberry.ID
    charge_point_id: str
    connector_id: int | None = strawberry.field(description="None: any connector.")
    expires_at: dt.datetime
    hold_minutes: int = strawberry.field(description="How long the driver may hold it once free.")

    @classmethod
    def from_model(cls, w: m.ChargerWatch) -> ChargerWatch:
        return cls(
            id=encode_id("ChargerWatch", w.id),
            charge_point_id=w.charger.charge_point_id,
            connector_id=w.connector_id,
            expires_at=w.expires_at,
            hold_minutes=watches.HOLD_MINUTES,
        )


@strawberry.input
class WatchChargerInput:
    charge_point_id: str
    connector_id: int | None = None


@strawberry.input
class CancelChargerWatchInput:
    charge_point_id: str


@strawberry.type
class WatchChargerPayload:
    watch: ChargerWatch | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class CancelChargerWatchPayload:
    cancelled: bool = False
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class Query:
    @strawberry.field(description="The chargers you wait for, newest first.")
    async def my_charger_watches(
        self, info: strawberry.Info, first: int | None = None, after: str | None = None
    ) -> Connection[ChargerWatch]:
        user = await require_user(info)
        return await list_page(
            info,
            watches.mine(user.id),
            key=m.ChargerWatch.id,
            to_node=ChargerWatch.from_model,
            first=first,
            after=after,
        )


@strawberry.type
class Mutation:
    @strawberry.mutation(description="Notify me when this busy charger (or connector) is free.")
    async def watch_charger(self, info: strawberry.Info, input: WatchChargerInput) -> WatchChargerPayload:
        async def work() -> WatchChargerPayload:
            user = await require_user(info)
            async with info.context.platform.sessionmaker.begin() as s:
                w = await watches.watch(
                    s, user_id=user.id, charge_point_id=input.charge_point_id, connector_id=input.connector_id
                )
                node = ChargerWatch.from_model(w)
            return WatchChargerPayload(watch=node)

        return await payload_or_errors(WatchChargerPayload, work())

    @strawberry.mutation(description="Stop waiting for this charger.")
    async def cancel_charger_watch(
        self, info: strawberry.Info, input: CancelChargerWatchInput
    ) -> CancelChargerWatchPayload:
        async def work() -> CancelChargerWatchPayload:
            user = await require_user(info)
            async with info.context.platform.sessionmaker.begin() as s:
                done = await watches.cancel(s, user_id=user.id, charge_point_id=input.charge_point_id)
            return CancelChargerWatchPayload(cancelled=done)

        return await payload_or_errors(CancelChargerWatchPayload, work())
