"""Roaming as eMSP: partners' stations for drivers (public, like `stations`), and for admins the pull
of a partner's Locations and Tariffs."""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import logging
from collections.abc import AsyncGenerator, AsyncIterator
from decimal import Decimal
from typing import Any

import strawberry

from api.accounts_types import Money
from api.errors import UserError, payload_or_errors
from api.mapped import mapped
from api.permissions import require_admin, require_user
from api.relay import MAX_PAGE_SIZE, decode_id, encode_id
from api.stations import GeoPointInput, unit_price
from api.subscriptions import stream
from db import models as m
from db.engine import read_session
from domain import emsp_commands, roaming, roaming_emsp, roaming_settlement, stations
from domain.errors import InvalidInput, NotFound

log = logging.getLogger(__name__)


@strawberry.type(description="One price of a partner's tariff, as the partner states it (excl. VAT).")
class PartnerPrice:
    type: str = strawberry.field(
        description="ENERGY (per kWh), TIME or PARKING_TIME (per hour), FLAT (per session)."
    )
    price: Money
    vat_percent: Decimal | None
    conditional: bool = strawberry.field(description="Applies only at some times or powers.")


@strawberry.type(description="A partner's tariff that applies at their station.")
class PartnerTariff:
    currency: str
    prices: list[PartnerPrice]
    text: str | None


@strawberry.type(description="A connector of a partner's EVSE.")
class PartnerConnector:
    standard: str = strawberry.field(
        description="OCPI ConnectorType: IEC_62196_T2, IEC_62196_T2_COMBO, CHADEMO, ..."
    )
    power_type: str = strawberry.field(description="AC_1_PHASE, AC_3_PHASE, DC, ...")
    max_power_kw: Decimal | None


@strawberry.type(description="A plug point at a partner's station.")
class PartnerEvse:
    uid: str
    evse_id: str | None
    status: str = strawberry.field(description="OCPI status: AVAILABLE, CHARGING, OUTOFORDER, ...")
    standards: list[str]
    max_power_kw: Decimal | None
    connectors: list[PartnerConnector]
    reservable: bool = strawberry.field(description="The partner takes reservations of it (RESERVABLE).")


@strawberry.type(description="A charging station of a roaming partner (another network).")
class PartnerStation:
    id: strawberry.ID
    partner: str = strawberry.field(description="The partner network's name.")
    location_id: str
    name: str | None
    address: str
    city: str
    latitude: float
    longitude: float
    distance_km: float | None
    evses: list[PartnerEvse]
    available_count: int = strawberry.field(description="EVSEs AVAILABLE now (live, as the partner pushes).")
    tariff: PartnerTariff | None
    operator: str | None = strawberry.field(
        description="Who operates the station, as the partner names it (else the partner itself)."
    )

    @classmethod
    def of(cls, p: roaming_emsp.PartnerStation) -> PartnerStation:
        tariff = None
        if p.tariff is not None:
            tariff = PartnerTariff(
                currency=p.tariff.currency,
                prices=[
                    PartnerPrice(
                        type=line.type,
                        price=unit_price(line.price * 100, p.tariff.currency),
                        vat_percent=line.vat_percent,
                        conditional=line.conditional,
                    )
                    for line in p.tariff.lines
                ],
                text=p.tariff.text,
            )
        return mapped(
            cls,
            p,
            id=encode_id("PartnerStation", p.id),
            latitude=float(p.latitude),
            longitude=float(p.longitude),
            evses=[
                PartnerEvse(
                    uid=e.uid,
                    evse_id=e.evse_id,
                    status=e.status,
                    standards=[c.standard for c in e.connectors],
                    max_power_kw=max((c.max_power_kw for c in e.connectors if c.max_power_kw), default=None),
                    connectors=[
                        PartnerConnector(
                            standard=c.standard, power_type=c.power_type, max_power_kw=c.max_power_kw
                        )
                        for c in e.connectors
                    ],
                    reservable="RESERVABLE" in e.capabilities,
                )
                for e in p.evses
            ],
            available_count=p.available,
            tariff=tariff,
        )


@strawberry.type
class OcpiPullPayload:
    locations: int = 0
    tariffs: int = 0
    pages: int = 0
    refused: list[str] = strawberry.field(default_factory=list)
    errors: list[UserError] = strawberry.field(default_factory=list)


async def pull_partner(info: strawberry.Info, partner_id: int) -> roaming_emsp.PullResult:
    """Pull a partner's Locations and Tariffs; a failure is kept as the partner's last error."""
    sessions = info.context.platform.sessionmaker
    try:
        async with roaming.client() as c:
            return await roaming_emsp.pull(sessions, partner_id, c)
    except roaming.PartnerUnreachable as e:
        async with sessions() as s, s.begin():
            (await roaming.partner(s, partner_id)).last_error = str(e)[:500]
        raise


@strawberry.type(description="Your charging session at a roaming partner's charger.")
class PartnerSession:
    id: strawberry.ID
    location_id: str
    evse_uid: str | None
    state: str = strawberry.field(
        description="REQUESTED (start sent), FAILED, TIMEOUT (the partner's result did not come in "
        "time; should it come later, the session goes on), then the partner's: PENDING, ACTIVE, "
        "COMPLETED, INVALID."
    )
    start_result: str | None = strawberry.field(
        description="The partner's answer to the start (ACCEPTED, ..., TIMEOUT when none came in time)."
    )
    stop_result: str | None = strawberry.field(
        description="The partner's answer to the stop (ACCEPTED, ..., TIMEOUT when none came in time)."
    )
    kwh: Decimal
    updated_at: dt.datetime

    @classmethod
    def of(cls, r: m.OcpiRoamingSession) -> PartnerSession:
        return mapped(
            cls,
            r,
            id=encode_id("PartnerSession", r.id),
            start_result=r.start_result or r.start_response,
            stop_result=r.stop_result or r.stop_response,
            kwh=roaming_emsp.plain(r.kwh) if r.kwh else Decimal(0),
        )


@strawberry.type(description="Your reservation of an EVSE at a roaming partner's station.")
class PartnerReservation:
    id: strawberry.ID
    location_id: str
    evse_uid: str
    state: str = strawberry.field(
        description="REQUESTED (sent), RESERVED, FAILED, TIMEOUT (the partner's result did not come in "
        "time), CANCELLED (by you), CANCELED_BY_CPO (by the partner)."
    )
    expires_at: dt.datetime
    last_result: str | None = strawberry.field(
        description="The partner's answer to the newest command about it (TIMEOUT when none came in time)."
    )

    @classmethod
    def of(cls, r: m.OcpiRoamingReservation, last: m.OcpiEmspCommand | None) -> PartnerReservation:
        return mapped(
            cls,
            r,
            id=encode_id("PartnerReservation", r.id),
            last_result=None if last is None else (last.result or _waiting(last)),
        )


def _waiting(c: m.OcpiEmspCommand) -> str | None:
    """A command without a result: TIMEOUT once its deadline passed, else the partner's refusal."""
    return emsp_commands.TIMEOUT if c.state == emsp_commands.TIMEOUT else c.response


@strawberry.type
class PartnerReservationPayload:
    reservation: PartnerReservation | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type(description="A command sent to a roaming partner and its result.")
class PartnerCommand:
    id: strawberry.ID
    command: str
    state: str = strawberry.field(description="SENT, ANSWERED, FAILED (refused at once) or TIMEOUT.")
    response: str | None
    result: str | None
    deadline_at: dt.datetime

    @classmethod
    def of(cls, c: m.OcpiEmspCommand) -> PartnerCommand:
        return mapped(cls, c, id=encode_id("PartnerCommand", c.id))


@strawberry.type
class PartnerCommandPayload:
    command: PartnerCommand | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class PartnerSessionPayload:
    session: PartnerSession | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


def _responses(info: strawberry.Info) -> str:
    return emsp_commands.commands_url(str(info.context.request.base_url))


def _within(info: strawberry.Info) -> dt.timedelta:
    """How long a command to a partner waits for its result (OCPI_COMMAND_RESULT_TIMEOUT_SECONDS)."""
    return dt.timedelta(seconds=info.context.platform.settings.ocpi_command_result_timeout_seconds)


async def _own_reservation(info: strawberry.Info, pk: int, user_id: int) -> PartnerReservation:
    async with read_session(info.context.platform.sessionmaker) as s:
        row = await emsp_commands.get_own_reservation(s, pk, user_id)
        return PartnerReservation.of(row, await emsp_commands.last_command(s, reservation_id=pk))


def _reservation_pk(id: strawberry.ID) -> int:
    try:
        return decode_id(id, "PartnerReservation")
    except NotFound:
        raise NotFound(emsp_commands.RESERVATION_NOT_FOUND, field="id") from None


async def _own(info: strawberry.Info, pk: int, user_id: int) -> PartnerSession:
    async with read_session(info.context.platform.sessionmaker) as s:
        return PartnerSession.of(await emsp_commands.get_own(s, pk, user_id))


def _pk(id: strawberry.ID) -> int:
    # A malformed id and someone else's get the same answer as a missing one.
    try:
        return decode_id(id, "PartnerSession")
    except NotFound:
        raise NotFound(emsp_commands.NOT_FOUND, field="id") from None


@strawberry.type(description="Sessions, energy and amount of one direction of a settlement.")
class SettlementTotals:
    sessions: int
    energy_kwh: Decimal
    amount: Money


@strawberry.type(description="One session in a settlement.")
class SettlementLine:
    direction: str = strawberry.field(description="EMSP (our driver at theirs) or CPO (theirs at ours).")
    reference: str
    ended_at: dt.datetime | None
    energy_kwh: Decimal
    amount: Money
    status: str


@strawberry.type(description="A difference found when reconciling against the CDRs.")
class SettlementMismatch:
    direction: str
    reference: str
    problem: str


@strawberry.type(description="Settlement with a roaming partner for a period, both directions.")
class RoamingSettlement:
    partner: str
    emsp: SettlementTotals = strawberry.field(description="Our drivers at the partner's chargers (we owe).")
    cpo: SettlementTotals = strawberry.field(description="The partner's drivers at ours (owed to us).")
    net: Money = strawberry.field(description="Owed to us (negative: we owe the partner).")
    lines: list[SettlementLine]
    mismatches: list[SettlementMismatch]
    csv: str
    pdf_base64: str


def _myr(sen: int, currency: str = "MYR") -> Money:
    return Money(amount=(Decimal(sen) / 100).quantize(Decimal("0.01")), currency=currency)


def _totals(t: roaming_settlement.Totals) -> SettlementTotals:
    return SettlementTotals(
        sessions=t.sessions,
        energy_kwh=roaming_emsp.plain(Decimal(t.energy_wh) / 1000),
        amount=_myr(t.amount_sen),
    )


@strawberry.type
class Query:
    @strawberry.field(
        description="Admins: settlement with a partner for [dateFrom, dateTo): sessions, energy and "
        "amounts both ways, reconciled against the CDRs, with its CSV and PDF."
    )
    async def roaming_settlement(
        self, info: strawberry.Info, partner_id: strawberry.ID, date_from: dt.datetime, date_to: dt.datetime
    ) -> RoamingSettlement:
        await require_admin(info)
        pid = decode_id(partner_id, "OcpiPartner", field="partnerId")
        async with read_session(info.context.platform.sessionmaker) as s:
            st = await roaming_settlement.settle(s, pid, date_from, date_to)
        return RoamingSettlement(
            partner=st.partner,
            emsp=_totals(st.emsp),
            cpo=_totals(st.cpo),
            net=_myr(st.net_sen),
            lines=[
                mapped(
                    SettlementLine,
                    x,
                    energy_kwh=roaming_emsp.plain(Decimal(x.energy_wh) / 1000),
                    amount=_myr(x.amount_sen, x.currency),
                )
                for x in st.lines
            ],
            mismatches=[
                SettlementMismatch(direction=m.direction, reference=m.reference, problem=m.problem)
                for m in st.mismatches
            ],
            csv=roaming_settlement.to_csv(st),
            pdf_base64=base64.b64encode(roaming_settlement.to_pdf(st)).decode(),
        )

    @strawberry.field(description="Drivers: one of your reservations at a roaming partner's station.")
    async def partner_reservation(self, info: strawberry.Info, id: strawberry.ID) -> PartnerReservation:
        user = await require_user(info)
        return await _own_reservation(info, _reservation_pk(id), user.id)

    @strawberry.field(description="Drivers: your reservations at roaming partners' stations still in force.")
    async def my_partner_reservations(self, info: strawberry.Info) -> list[PartnerReservation]:
        user = await require_user(info)
        async with read_session(info.context.platform.sessionmaker) as s:
            rows = await emsp_commands.reservations_in_force(s, user.id)
            return [
                PartnerReservation.of(r, await emsp_commands.last_command(s, reservation_id=r.id))
                for r in rows
            ]

    @strawberry.field(description="Admins: a command sent to a roaming partner, with its result.")
    async def partner_command(self, info: strawberry.Info, id: strawberry.ID) -> PartnerCommand:
        await require_admin(info)
        async with read_session(info.context.platform.sessionmaker) as s:
            return PartnerCommand.of(await emsp_commands.command(s, decode_id(id, "PartnerCommand")))

    @strawberry.field(description="Drivers: one of your sessions at a roaming partner's charger.")
    async def partner_session(self, info: strawberry.Info, id: strawberry.ID) -> PartnerSession:
        user = await require_user(info)
        return await _own(info, _pk(id), user.id)

    @strawberry.field(description="One roaming partner's station (signed in or not), for its detail screen.")
    async def partner_station(self, info: strawberry.Info, id: strawberry.ID) -> PartnerStation:
        pk = decode_id(id, "PartnerStation")
        async with read_session(info.context.platform.sessionmaker) as s:
            found = await roaming_emsp.partner_stations(
                s, None, radius_km=stations.MAX_RADIUS_KM, limit=1, station_id=pk
            )
        if not found:
            raise NotFound("No such partner station.", field="id")
        return PartnerStation.of(found[0])

    @strawberry.field(
        description="Roaming partners' stations for drivers (signed in or not): near a point (within "
        "`radiusKm`, default 50, at most 1000, nearest first) or all; at most `first`."
    )
    async def partner_stations(
        self,
        info: strawberry.Info,
        near: GeoPointInput | None = None,
        radius_km: float | None = None,
        first: int = 20,
    ) -> list[PartnerStation]:
        if not 0 <= first <= MAX_PAGE_SIZE:
            raise InvalidInput(f"first must be between 0 and {MAX_PAGE_SIZE}.", field="first")
        radius = stations.DEFAULT_RADIUS_KM if radius_km is None else radius_km
        if not 0 < radius <= stations.MAX_RADIUS_KM:
            raise InvalidInput("radiusKm is between 0 and 1000.", field="radiusKm")
        center = None if near is None else stations.Point(near.latitude, near.longitude)
        async with read_session(info.context.platform.sessionmaker) as s:
            found = await roaming_emsp.partner_stations(s, center, radius_km=radius, limit=first)
        return [PartnerStation.of(p) for p in found]


@contextlib.asynccontextmanager
async def _sending(info: strawberry.Info) -> AsyncIterator[dict[str, Any]]:
    """What every command to a partner takes: our result URL, how long its result may take, and an
    HTTP client for the call."""
    async with roaming.client() as client:
        yield {"response_base": _responses(info), "client": client, "within": _within(info)}


def _as_our_party(info: strawberry.Info) -> dict[str, Any]:
    """Who we are to the partner when a command carries one of our drivers' tokens."""
    st = info.context.platform.settings
    return {"country_code": st.ocpi_country_code, "party_id": st.ocpi_party_id, "settings": st}


def _station(station_id: strawberry.ID, evse_uid: str) -> int:
    """A partner station's id, once its EVSE's uid is one OCPI allows."""
    if len(evse_uid) > 36:
        raise InvalidInput("evseUid is at most 36 characters.", field="evseUid")
    return decode_id(station_id, "PartnerStation", field="stationId")


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="Drivers: start charging at a partner's EVSE (with your app token; your wallet "
        "must hold the minimum to start). Follow it with partnerSessionUpdated."
    )
    async def start_partner_charging(
        self, info: strawberry.Info, station_id: strawberry.ID, evse_uid: str
    ) -> PartnerSessionPayload:
        user = await require_user(info, write=True)
        platform = info.context.platform

        async def work() -> PartnerSessionPayload:
            station = _station(station_id, evse_uid)
            async with _sending(info) as options:
                pk = await emsp_commands.start(
                    platform.sessionmaker, user.id, station, evse_uid, **options, **_as_our_party(info)
                )
            return PartnerSessionPayload(session=await _own(info, pk, user.id))

        return await payload_or_errors(PartnerSessionPayload, work())

    @strawberry.mutation(description="Drivers: stop your session at a partner's charger.")
    async def stop_partner_charging(self, info: strawberry.Info, id: strawberry.ID) -> PartnerSessionPayload:
        user = await require_user(info, write=True)

        async def work() -> PartnerSessionPayload:
            pk = _pk(id)
            async with _sending(info) as options:
                await emsp_commands.stop(info.context.platform.sessionmaker, user.id, pk, **options)
            return PartnerSessionPayload(session=await _own(info, pk, user.id))

        return await payload_or_errors(PartnerSessionPayload, work())

    @strawberry.mutation(
        description="Drivers: reserve a partner's EVSE for `minutes` (1 to 120, default 15; your wallet "
        "must hold the minimum to start). Follow it with partnerReservationUpdated."
    )
    async def reserve_partner_evse(
        self, info: strawberry.Info, station_id: strawberry.ID, evse_uid: str, minutes: int = 15
    ) -> PartnerReservationPayload:
        user = await require_user(info, write=True)
        platform = info.context.platform

        async def work() -> PartnerReservationPayload:
            station = _station(station_id, evse_uid)
            async with _sending(info) as options:
                pk = await emsp_commands.reserve(
                    platform.sessionmaker,
                    user.id,
                    station,
                    evse_uid,
                    minutes=minutes,
                    **options,
                    **_as_our_party(info),
                )
            return PartnerReservationPayload(reservation=await _own_reservation(info, pk, user.id))

        return await payload_or_errors(PartnerReservationPayload, work())

    @strawberry.mutation(description="Drivers: cancel your reservation at a partner's station.")
    async def cancel_partner_reservation(
        self, info: strawberry.Info, id: strawberry.ID
    ) -> PartnerReservationPayload:
        user = await require_user(info, write=True)

        async def work() -> PartnerReservationPayload:
            pk = _reservation_pk(id)
            async with _sending(info) as options:
                await emsp_commands.cancel_reservation(
                    info.context.platform.sessionmaker, user.id, pk, **options
                )
            return PartnerReservationPayload(reservation=await _own_reservation(info, pk, user.id))

        return await payload_or_errors(PartnerReservationPayload, work())

    @strawberry.mutation(
        description="Admins (help desk): unlock the connector of a driver's session at a partner's "
        "charger (UNLOCK_CONNECTOR); the result follows in partnerCommand."
    )
    async def unlock_partner_connector(
        self, info: strawberry.Info, session_id: strawberry.ID
    ) -> PartnerCommandPayload:
        admin = await require_admin(info, write=True)

        async def work() -> PartnerCommandPayload:
            pk = decode_id(session_id, "PartnerSession", field="sessionId")
            sessions = info.context.platform.sessionmaker
            async with _sending(info) as options:
                cmd = await emsp_commands.unlock(sessions, admin.id, pk, **options)
            async with sessions() as s:
                return PartnerCommandPayload(command=PartnerCommand.of(await emsp_commands.command(s, cmd)))

        return await payload_or_errors(PartnerCommandPayload, work())

    @strawberry.mutation(description="Admins: pull a registered partner's Locations and Tariffs now.")
    async def pull_ocpi_partner(self, info: strawberry.Info, id: strawberry.ID) -> OcpiPullPayload:
        await require_admin(info)

        async def work() -> OcpiPullPayload:
            r = await pull_partner(info, decode_id(id, "OcpiPartner"))
            return OcpiPullPayload(locations=r.locations, tariffs=r.tariffs, pages=r.pages, refused=r.refused)

        return await payload_or_errors(OcpiPullPayload, work())


@strawberry.type
class Subscription:
    @strawberry.subscription(description="Drivers: your session at a partner's charger, live.")
    async def partner_session_updated(
        self, info: strawberry.Info, id: strawberry.ID
    ) -> AsyncGenerator[PartnerSession, None]:
        user = await require_user(info)
        pk = _pk(id)

        async def current(_event: object = None) -> PartnerSession:
            return await _own(info, pk, user.id)

        async for item in stream(info, (emsp_commands.channel(pk),), current, initial=current):
            yield item

    @strawberry.subscription(description="Drivers: your reservation at a partner's station, live.")
    async def partner_reservation_updated(
        self, info: strawberry.Info, id: strawberry.ID
    ) -> AsyncGenerator[PartnerReservation, None]:
        user = await require_user(info)
        pk = _reservation_pk(id)

        async def current(_event: object = None) -> PartnerReservation:
            return await _own_reservation(info, pk, user.id)

        channels = (emsp_commands.reservation_channel(pk),)
        async for item in stream(info, channels, current, initial=current):
            yield item
