"""Admins: every charging session, filtered and paginated, and one session in full (charger, driver,
idTag, meter samples for the chart, sanity flags, receipt). Stopping one is the existing
`stopCharging` (admins may stop any session); its live chart is `sessionProgress` / `meterValues`."""

from __future__ import annotations

import datetime as dt
from typing import Any

import strawberry

from api import audited
from api.accounts_types import Money, User
from api.errors import UserError, payload_or_errors
from api.invoices import Receipt
from api.mapped import mapped
from api.ocpp_types import Charger, EvChargingNeeds
from api.permissions import require_admin
from api.relay import Connection, decode_id, encode_id, page_window, paginate, sort_of
from api.sessions import ChargingSessionOrder, CostLine, MeterSample, session_samples
from db import models as m
from db.engine import read_session
from domain import events, list_order, station_reports, transaction_status, transactions
from domain.errors import NotFound
from domain.read_models import sessions as read


@strawberry.input
class ChargingSessionFilter:
    status: str | None = strawberry.field(default=None, description="ACTIVE, COMPLETED, ... (any case).")
    charge_point_id: str | None = None
    user_id: strawberry.ID | None = None
    from_: dt.datetime | None = strawberry.field(
        default=None, name="from", description="Started at or after."
    )
    to: dt.datetime | None = strawberry.field(default=None, description="Started before.")
    flagged: bool | None = strawberry.field(default=None, description="With (or without) flags.")


@strawberry.type(description="A charging session as the operator sees it.")
class AdminChargingSession:
    id: strawberry.ID
    transaction_id: int
    status: str
    connector_id: int
    charge_point_id: str
    charger: Charger
    user: User | None
    id_tag: str
    started_at: dt.datetime
    stopped_at: dt.datetime | None
    energy_wh: int
    meter_start_wh: int = strawberry.field(description="The meter register at the start (Wh).")
    power_w: float | None = strawberry.field(description="Power at the last meter reading (active sessions).")
    soc: float | None
    last_meter_at: dt.datetime | None
    cost: Money | None
    cost_lines: list[CostLine]
    billed: bool
    stop_reason: str | None
    start_source: str | None = strawberry.field(
        description=(
            "Who started it: app (a driver's app), admin (an admin's RemoteStartTransaction from the"
            " console), api_key (a RemoteStartTransaction through an API key), local (at the charger:"
            " RFID card, free vend); remote on sessions recorded before app starts were told apart."
        )
    )
    started_by_api_key_id: strawberry.ID | None = strawberry.field(
        description="The API key a remote start came through."
    )
    flags: list[str] = strawberry.field(description="Sanity-check flags, e.g. meter_stop_lt_start, debt.")
    receipt: Receipt | None
    pk: strawberry.Private[int]
    meter_start: strawberry.Private[int]
    started_by_user_pk: strawberry.Private[int | None] = None

    @strawberry.field(
        description="The user who started it remotely: the driver (app) or the admin (admin, api_key)."
    )
    async def started_by(self, info: strawberry.Info) -> User | None:
        await require_admin(info)
        if self.started_by_user_pk is None:
            return None
        async with read_session(info.context.platform.sessionmaker) as s:
            user = await read.user(s, self.started_by_user_pk)
        return User.from_model(user) if user is not None else None

    @strawberry.field(
        description="OCPP 2.0.1 (ISO 15118): the departure time and energy the EV asked for, if it did."
    )
    async def ev_charging_needs(self, info: strawberry.Info) -> EvChargingNeeds | None:
        await require_admin(info)
        async with read_session(info.context.platform.sessionmaker) as s:
            needs = (await station_reports.ev_needs(s, [self.pk])).get(self.pk)
        if needs is None:
            return None
        return mapped(EvChargingNeeds, needs)

    @classmethod
    def from_model(cls, tx: m.ChargingSession, secret: str) -> AdminChargingSession:
        energy = transactions.energy_so_far(tx)
        user = tx.__dict__.get("user")
        receipt = tx.__dict__.get("receipt")
        return mapped(
            cls,
            tx,
            id=encode_id("ChargingSession", tx.id),
            transaction_id=tx.id,
            status=tx.status.upper(),
            charge_point_id=tx.charger.charge_point_id,
            charger=Charger.from_model(tx.charger),
            user=User.from_model(user) if user is not None else None,
            energy_wh=energy,
            meter_start_wh=tx.meter_start,
            power_w=tx.last_power_w if tx.status == "Active" else None,
            soc=tx.last_soc,
            cost=None if tx.total_cost_sen is None else Money.from_sen(tx.total_cost_sen, tx.currency),
            cost_lines=CostLine.of_session(tx),
            started_by_api_key_id=encode_id("ApiKey", tx.started_by_api_key_id)
            if tx.started_by_api_key_id is not None
            else None,
            flags=[str(f) for f in (tx.flags or [])],
            receipt=Receipt.from_model(receipt, secret) if receipt is not None else None,
            pk=tx.id,
            started_by_user_pk=tx.started_by_user_id,
        )

    @strawberry.field(
        description="The billed cost, else the running cost so far at the session's tariff (with the "
        "driver's membership and rewards), priced as billing will price it; the same as the driver sees."
    )
    async def cost_so_far(self, info: strawberry.Info) -> Money | None:
        from api.driver_extras import session_cost_so_far

        await require_admin(info)
        return self.cost if self.billed else await session_cost_so_far(info, self.pk)

    @strawberry.field(description="Energy, power and SoC over time, oldest first (for the chart).")
    async def meter_samples(self, info: strawberry.Info, limit: int = 2000) -> list[MeterSample]:
        await require_admin(info)
        return await session_samples(info, self.pk, self.meter_start, limit)


@strawberry.type
class Query:
    @strawberry.field(description="Admins: charging sessions, newest first (or in `orderBy`), filtered.")
    async def charging_sessions(
        self,
        info: strawberry.Info,
        filter: ChargingSessionFilter | None = None,
        order_by: ChargingSessionOrder | None = None,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[AdminChargingSession]:
        await require_admin(info)
        f = filter or ChargingSessionFilter()
        q = read.admin_list(
            status=f.status,
            charge_point_id=f.charge_point_id,
            user_id=decode_id(f.user_id, "User", field="userId") if f.user_id else None,
            started_from=f.from_,
            started_to=f.to,
            flagged=f.flagged,
        )
        secret = info.context.platform.secret_key
        async with read_session(info.context.platform.sessionmaker) as s:
            conn = await paginate(
                s,
                q,
                to_node=lambda tx: tx,
                **page_window(first, after, last, before),
                order=sort_of(list_order.SESSIONS, order_by),
            )
            txs: list[m.ChargingSession] = [e.node for e in conn.edges]  # type: ignore[misc]
            await read.attach_users(s, txs)
        for edge in conn.edges:
            edge.node = AdminChargingSession.from_model(edge.node, secret)  # type: ignore[arg-type]
        return conn  # type: ignore[return-value]

    @strawberry.field(description="Admins: one charging session in full.")
    async def admin_charging_session(self, info: strawberry.Info, id: strawberry.ID) -> AdminChargingSession:
        await require_admin(info)
        pk = decode_id(id, "ChargingSession")
        async with read_session(info.context.platform.sessionmaker) as s:
            tx = await read.full(s, pk)
            if tx is None:
                raise NotFound("No such charging session.")
            await read.attach_users(s, [tx])
        return AdminChargingSession.from_model(tx, info.context.platform.secret_key)


@strawberry.input
class CloseChargingSessionInput:
    id: strawberry.ID
    reason: str = strawberry.field(description="Why (3 to 500 characters); kept in the audit log.")


@strawberry.type
class CloseChargingSessionPayload:
    session: AdminChargingSession | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="Admins: close an active session its charger will never end (replaced or dead), "
        "billed on the last meter reading received, like a stop; the reason goes to the audit log."
    )
    async def close_charging_session(
        self, info: strawberry.Info, input: CloseChargingSessionInput
    ) -> CloseChargingSessionPayload:
        admin = await require_admin(info)
        platform = info.context.platform

        async def work() -> CloseChargingSessionPayload:
            pk = decode_id(input.id, "ChargingSession")
            # An OCPP 2.0.1 station that still holds the transaction's messages is asked first.
            await transaction_status.ensure_closable(platform, pk)

            async def write(s: Any) -> tuple[int | None, events.SessionEvent]:
                tx = await transactions.close_abandoned(s, pk, input.reason)
                return tx.meter_stop, transactions.session_event(tx)

            _, event = await audited.change(
                info,
                admin.id,
                "session.close",
                "ChargingSession",
                write,
                details=lambda closed: {"reason": input.reason.strip(), "meter_stop": closed[0]},
                target_id=lambda _: pk,
            )
            await platform.bus.publish(events.session(pk), event)
            async with read_session(platform.sessionmaker) as s:
                row = await read.full(s, pk)
                if row is None:
                    raise NotFound("No such session.")
                await read.attach_users(s, [row])
            return CloseChargingSessionPayload(
                session=AdminChargingSession.from_model(row, platform.secret_key)
            )

        return await payload_or_errors(CloseChargingSessionPayload, work())
