"""Charging from the app: start/stop charging, the charging-request handle, sessions, reservations."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import AsyncGenerator
from decimal import Decimal
from typing import TYPE_CHECKING, Annotated, Any, Self

import strawberry

from api.accounts_types import Money
from api.errors import UserError, payload_or_errors, register_error_type
from api.mapped import mapped
from api.permissions import require_user
from api.relay import Connection, SortDirection, decode_id, encode_id, paginate
from api.stations import SessionCharger, asks, unit_price
from api.subscriptions import stream
from db.engine import read_session
from db.models import ChargingRequest as ChargingRequestModel
from db.models import ChargingSession as SessionModel
from db.models import Reservation as ReservationModel
from domain import charging_requests, events, reservations, transactions
from domain import idle as idle_time
from domain.errors import BalanceTooLow, ConnectorUnavailable, NotFound
from domain.localtime import quantity_text
from domain.read_models import sessions as read

if TYPE_CHECKING:
    from api.invoices import Receipt


@strawberry.enum(description="What a list of charging sessions can be sorted by.")
class ChargingSessionSortField(enum.Enum):
    STARTED_AT = "started_at"
    STOPPED_AT = "stopped_at"
    STATUS = "status"
    CONNECTOR = "connector"
    ENERGY = "energy"
    COST = "cost"


@strawberry.input(description="The order of a list of charging sessions.")
class ChargingSessionOrder:
    field: ChargingSessionSortField
    direction: SortDirection = SortDirection.DESC


@strawberry.type(description="The connector is not available for you.")
class ConnectorUnavailableError(UserError):
    pass


@strawberry.type(description="The wallet balance is below the minimum to start.")
class BalanceTooLowError(UserError):
    pass


register_error_type(ConnectorUnavailable, ConnectorUnavailableError)
register_error_type(BalanceTooLow, BalanceTooLowError)


@strawberry.type
class CostLine:
    code: str
    description: str
    quantity: Decimal
    unit: str
    amount: Money
    quantity_text: str = strawberry.field(
        description="The quantity as a person writes it: '12.345 kWh × RM 0.80/kWh', '1 session', '8%'."
    )

    @classmethod
    def of_json(cls, line: dict[str, Any], currency: str, **more: Any) -> Self:
        """A line as billing stores it (`domain.tariffs.CostLine.to_json`); `more`: a subclass's fields."""
        return cls(
            code=str(line.get("code") or ""),
            description=line["description"],
            quantity=Decimal(line["quantity"]),
            unit=line["unit"],
            amount=Money.from_sen(int(line["amount_sen"]), currency),
            quantity_text=quantity_text(line, currency),
            **more,
        )

    @classmethod
    def of_session(cls, tx: SessionModel) -> list[CostLine]:
        return [cls.of_json(line, tx.currency) for line in (tx.cost_lines or [])]


@strawberry.type(
    description="A running session whose car stopped drawing energy while still plugged in, at a tariff "
    "with an idle fee: the fee applies from the end of the grace period until the session stops."
)
class SessionIdle:
    charging_ended_at: dt.datetime = strawberry.field(description="When the car stopped drawing energy.")
    grace_minutes: int
    grace_ends_at: dt.datetime = strawberry.field(description="When the idle fee starts.")
    fee_per_minute: Money
    fee_so_far: Money = strawberry.field(
        description="The idle fee so far (before tax), at the time of asking."
    )

    @classmethod
    def of(cls, state: idle_time.IdleState | None) -> SessionIdle | None:
        if state is None:
            return None
        return cls(
            charging_ended_at=state.charging_ended_at,
            grace_minutes=state.grace_minutes,
            grace_ends_at=state.grace_ends_at,
            fee_per_minute=unit_price(state.fee_per_minute_sen, state.currency),
            fee_so_far=Money.from_sen(state.fee_so_far_sen, state.currency),
        )


#: The most meter samples one request returns.
MAX_SAMPLES = 5000


@strawberry.type(description="One point of a session's meter chart.")
class MeterSample:
    timestamp: dt.datetime
    energy_wh: float | None = strawberry.field(description="Energy delivered since the start of the session.")
    power_w: float | None
    soc: float | None


def samples_from_rows(rows: Any, meter_start: int) -> list[MeterSample]:
    """Group meter value rows by timestamp: energy (relative to the start), power now
    (`transactions.total_power_w`), SoC."""
    points: dict[dt.datetime, dict[str, Any]] = {}
    for ts, measurand, phase, value in rows:
        p = points.setdefault(ts, {"energy": None, "power": [], "soc": None})
        if measurand == read.ENERGY and (phase is None or p["energy"] is None):
            p["energy"] = max(0.0, float(value) - meter_start)
        elif measurand == transactions.POWER:
            p["power"].append((measurand, phase, value))
        elif measurand == read.SOC:
            p["soc"] = float(value)
    out = []
    for ts in sorted(points):
        p = points[ts]
        power = transactions.total_power_w(p["power"])
        out.append(MeterSample(timestamp=ts, energy_wh=p["energy"], power_w=power, soc=p["soc"]))
    return out


async def session_samples(
    info: strawberry.Info, session_pk: int, meter_start: int, limit: int
) -> list[MeterSample]:
    """The newest `limit` samples of a session, oldest first (at most MAX_SAMPLES): the chart of
    the driver's and the operator's session alike. A sample groups up to six rows (energy, SoC and
    the power of three phases), so `limit * 6` rows always hold `limit` samples."""
    limit = max(1, min(limit, MAX_SAMPLES))
    async with read_session(info.context.platform.sessionmaker) as s:
        rows = await read.meter_rows(s, session_pk, limit * 6)
    return samples_from_rows(rows, meter_start)[-limit:]


@strawberry.type
class ChargingSession:
    id: strawberry.ID
    transaction_id: int
    status: str
    connector_id: int
    started_at: dt.datetime
    stopped_at: dt.datetime | None
    energy_wh: int
    cost: Money | None
    cost_lines: list[CostLine]
    billed: bool
    stop_reason: str | None
    receipt_id: strawberry.ID | None
    idle: SessionIdle | None = strawberry.field(
        default=None, description="Idle time of the running session (none while the car draws energy)."
    )
    charger_pk: strawberry.Private[int | None] = None
    user_pk: strawberry.Private[int | None] = None
    receipt_pk: strawberry.Private[int | None] = None
    meter_start: strawberry.Private[int] = 0

    @strawberry.field(description="Where: the charger's public details.")
    def charger(self, info: strawberry.Info) -> SessionCharger | None:
        # Not `async`: a charger the page read already is the answer at once (graphql-core awaits
        # the loader's future when it is not).
        from api.driver_extras import session_charger

        return session_charger(info, self.charger_pk)  # type: ignore[return-value]

    @strawberry.field(
        description="The cost so far: the billed cost once billed, else the running cost at the session's "
        "tariff from its latest meter reading (with your membership and pending rewards)."
    )
    async def cost_so_far(self, info: strawberry.Info) -> Money | None:
        from api.driver_extras import session_cost_so_far

        return self.cost if self.billed else await session_cost_so_far(info, self.transaction_id)

    @strawberry.field(
        description="Energy, power and SoC over time, oldest first: the newest `limit` samples (the "
        "power chart of the running session; `sessionProgress` brings the ones that follow)."
    )
    async def meter_samples(self, info: strawberry.Info, limit: int = 240) -> list[MeterSample]:
        return await session_samples(info, self.transaction_id, self.meter_start, limit)

    @strawberry.field(description="Reward points this session earned you (0 until it is billed).")
    async def points_awarded(self, info: strawberry.Info) -> int:
        from api.driver_extras import session_points

        return await session_points(info, self.transaction_id, self.user_pk)

    @strawberry.field(description="The receipt, once the session is billed.")
    async def receipt(
        self, info: strawberry.Info
    ) -> Annotated[Receipt, strawberry.lazy("api.invoices")] | None:
        from api.driver_extras import session_receipt

        return await session_receipt(info, self.receipt_pk)

    @classmethod
    def from_model(cls, tx: SessionModel, receipt_id: int | None = None) -> ChargingSession:
        """The session as the API shows it. `tx` is the model or, for `mySessions`, a row of
        `read.LISTED_COLUMNS`: what this reads (here, in `energy_so_far` and in `idle_time.state`)
        must be among those columns."""
        energy = transactions.energy_so_far(tx)
        return mapped(
            cls,
            tx,
            id=encode_id("ChargingSession", tx.id),
            transaction_id=tx.id,
            status=tx.status.upper(),
            energy_wh=energy,
            cost=None if tx.total_cost_sen is None else Money.from_sen(tx.total_cost_sen, tx.currency),
            cost_lines=CostLine.of_session(tx),
            receipt_id=encode_id("Receipt", receipt_id) if receipt_id else None,
            idle=SessionIdle.of(idle_time.state(tx)),
            charger_pk=tx.charger_id,
            user_pk=tx.user_id,
            receipt_pk=receipt_id,
            meter_start=tx.meter_start,
        )


async def session_node(s: Any, tx: SessionModel) -> ChargingSession:
    return ChargingSession.from_model(tx, await read.receipt_id(s, tx.id))


@strawberry.type(
    description="The handle a startCharging returns; it resolves to the session the charger starts."
)
class ChargingRequest:
    id: strawberry.ID
    status: str
    error: str | None
    connector_id: int | None
    created_at: dt.datetime
    session_pk: strawberry.Private[int | None]

    @strawberry.field
    async def session(self, info: strawberry.Info) -> ChargingSession | None:
        if self.session_pk is None:
            return None
        async with read_session(info.context.platform.sessionmaker) as s:
            tx = await read.by_id(s, self.session_pk)
            return await session_node(s, tx) if tx else None

    @classmethod
    def from_model(cls, r: ChargingRequestModel) -> ChargingRequest:
        return cls(
            id=encode_id("ChargingRequest", r.id),
            status=r.status.upper(),
            error=r.error,
            connector_id=r.connector_id,
            created_at=r.created_at,
            session_pk=r.session_id,
        )


@strawberry.type
class ConnectorReservation:
    id: strawberry.ID
    charger_id: strawberry.ID = strawberry.field(description="The charger's id (as in startCharging).")
    connector_id: int = strawberry.field(description="0: the whole charger.")
    status: str
    expires_at: dt.datetime
    fee: Money

    @classmethod
    def from_model(cls, r: ReservationModel) -> ConnectorReservation:
        return cls(
            id=encode_id("Reservation", r.id),
            charger_id=encode_id("Charger", r.charger_id),
            connector_id=r.connector_id,
            status=r.status.upper(),
            expires_at=r.expires_at,
            fee=Money.from_sen(r.fee_sen),
        )


@strawberry.input
class StartChargingInput:
    charger_id: strawberry.ID
    connector_id: int
    vehicle_id: strawberry.ID | None = None


@strawberry.type
class StartChargingPayload:
    request: ChargingRequest | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class StopChargingInput:
    session_id: strawberry.ID


@strawberry.type
class StopChargingPayload:
    session: ChargingSession | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class ReserveConnectorInput:
    charger_id: strawberry.ID
    connector_id: int
    minutes: int = 15


@strawberry.input
class CancelReservationInput:
    reservation_id: strawberry.ID


@strawberry.type
class ReservationPayload:
    reservation: ConnectorReservation | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


def _owner(user: Any) -> int | None:
    return None if user.role == "admin" else int(user.id)


@strawberry.type
class Query:
    @strawberry.field(
        description="Your reservations in force (accepted, not expired), soonest to expire first: a "
        "connector Reserved for you is one you may start on."
    )
    async def my_reservations(self, info: strawberry.Info) -> list[ConnectorReservation]:
        user = await require_user(info)
        async with read_session(info.context.platform.sessionmaker) as s:
            held = await reservations.in_force_of(s, int(user.id))
        return [ConnectorReservation.from_model(r) for r in held]

    @strawberry.field(description="A charging request (the startCharging handle).")
    async def charging_request(self, info: strawberry.Info, id: strawberry.ID) -> ChargingRequest:
        user = await require_user(info)
        async with info.context.platform.sessionmaker() as s, s.begin():
            return ChargingRequest.from_model(
                await charging_requests.get_request(s, decode_id(id, "ChargingRequest"), _owner(user))
            )

    @strawberry.field(description="One of your charging sessions (any, for admins).")
    async def charging_session(self, info: strawberry.Info, id: strawberry.ID) -> ChargingSession:
        user = await require_user(info)

        async with read_session(info.context.platform.sessionmaker) as s:
            tx = await read.by_id(s, decode_id(id, "ChargingSession"))
            owner = _owner(user)
            if tx is None or (owner is not None and tx.user_id != owner):
                raise NotFound("Session not found.")
            return await session_node(s, tx)

    @strawberry.field(description="Your charging sessions, newest first.")
    async def my_sessions(
        self, info: strawberry.Info, first: int | None = 20, after: str | None = None
    ) -> Connection[ChargingSession]:
        # A read-only snapshot (no SQLite write lock), the viewer's token checked in it (one
        # transaction for the request); the page is a keyset range on the (user_id, id)
        # index, read as rows of the columns a session is shown from (no ORM objects), each with its
        # receipt's id and, when the request asks for `charger`, its charger's shown columns: one
        # statement for the page; totalCount (a statement of its own) only if asked for.
        with_charger = asks(info, "charger")
        async with read_session(info.context.platform.sessionmaker) as s:
            user = await require_user(info, session=s)
            conn = await paginate(
                s,
                read.listed_of_user(user.id, with_charger=with_charger),
                key=read.LISTED_KEY,
                rows=True,
                to_node=lambda row: row,
                first=first,
                after=after,
            )
        chargers: dict[int, SessionCharger | None] = {}
        for edge in conn.edges:
            row = edge.node
            if with_charger and row.charger_id is not None:
                chargers[row.charger_id] = SessionCharger.of_listed(row)
            edge.node = ChargingSession.from_model(row, row.receipt_pk)
        if chargers:
            from api.driver_extras import prime_session_chargers

            prime_session_chargers(info, chargers)
        return conn  # type: ignore[return-value]


@strawberry.type
class Mutation:
    @strawberry.mutation(description="Start charging on a connector: returns a charging request handle.")
    async def start_charging(self, info: strawberry.Info, input: StartChargingInput) -> StartChargingPayload:
        async def work() -> StartChargingPayload:
            user = await require_user(info)
            req = await charging_requests.start_charging(
                info.context.platform,
                user_id=user.id,
                charger_id=decode_id(input.charger_id, "Charger", field="chargerId"),
                connector_id=input.connector_id,
                vehicle_id=decode_id(input.vehicle_id, "Vehicle", field="vehicleId")
                if input.vehicle_id
                else None,
            )
            return StartChargingPayload(request=ChargingRequest.from_model(req))

        return await payload_or_errors(StartChargingPayload, work())

    @strawberry.mutation(description="Stop one of your charging sessions (RemoteStopTransaction).")
    async def stop_charging(self, info: strawberry.Info, input: StopChargingInput) -> StopChargingPayload:
        async def work() -> StopChargingPayload:
            user = await require_user(info)
            tx = await charging_requests.stop_charging(
                info.context.platform,
                session_id=decode_id(input.session_id, "ChargingSession", field="sessionId"),
                user_id=_owner(user),
            )
            return StopChargingPayload(session=ChargingSession.from_model(tx))

        return await payload_or_errors(StopChargingPayload, work())

    @strawberry.mutation(
        description="Reserve a connector (ReserveNow); a fee applies per the charger's tariff."
    )
    async def reserve_connector(
        self, info: strawberry.Info, input: ReserveConnectorInput
    ) -> ReservationPayload:
        async def work() -> ReservationPayload:
            user = await require_user(info)
            r = await reservations.reserve(
                info.context.platform,
                user_id=user.id,
                charger_id=decode_id(input.charger_id, "Charger", field="chargerId"),
                connector_id=input.connector_id,
                minutes=input.minutes,
            )
            return ReservationPayload(reservation=ConnectorReservation.from_model(r))

        return await payload_or_errors(ReservationPayload, work())

    @strawberry.mutation(description="Cancel your reservation (CancelReservation).")
    async def cancel_reservation(
        self, info: strawberry.Info, input: CancelReservationInput
    ) -> ReservationPayload:
        async def work() -> ReservationPayload:
            user = await require_user(info)
            r = await reservations.cancel_reservation(
                info.context.platform,
                reservation_id=decode_id(input.reservation_id, "Reservation", field="reservationId"),
                user_id=_owner(user),
            )
            return ReservationPayload(reservation=ConnectorReservation.from_model(r))

        return await payload_or_errors(ReservationPayload, work())


REQUEST_NOT_FOUND = "Charging request not found."


@strawberry.type
class Subscription:
    @strawberry.subscription(
        description="Progress of a charging request: Requested → Accepted/Rejected → Started → Stopped."
    )
    async def charging_request_updated(
        self, info: strawberry.Info, id: strawberry.ID
    ) -> AsyncGenerator[ChargingRequest, None]:
        user = await require_user(info)
        # A malformed id, a missing request and someone else's get the same answer.
        try:
            pk = decode_id(id, "ChargingRequest")
        except NotFound:
            raise NotFound(REQUEST_NOT_FOUND, field="id") from None
        platform = info.context.platform

        async def current(_event: object = None) -> ChargingRequest:
            async with platform.sessionmaker() as s, s.begin():
                try:
                    row = await charging_requests.get_request(s, pk, _owner(user))
                except NotFound:
                    raise NotFound(REQUEST_NOT_FOUND, field="id") from None
                return ChargingRequest.from_model(row)

        async for item in stream(info, (events.charging_request(pk),), current, initial=current):
            yield item
