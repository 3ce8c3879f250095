"""Chargers: list/search (Relay), one charger, its meter values, the OCPP message log, faults, the
configuration cache, reservations, profiles, firmware/diagnostics jobs; admin register/approve/update/
delete. Drivers see approved public chargers; everything else is for admins."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from decimal import Decimal
from typing import Any, NamedTuple

import strawberry

from api import audited
from api.errors import UserError, payload_or_errors, user_errors
from api.ocpp_types import (
    Charger,
    ChargingProfile,
    ConfigurationKey,
    Connector,
    DiagnosticsJob,
    Fault,
    FirmwareJob,
    MeterValue,
    OcppMessage,
    PlaceChanges,
    Reservation,
    StationReport,
)
from api.permissions import require_admin, require_viewer
from api.relay import Connection, Sort, SortDirection, decode_id, list_page, page_window, sort_of
from api.stations import Station
from db import models as m
from db.engine import read_session
from domain import charger_setup, chargers, commands, events, list_order, station_reports, stations
from domain.errors import InvalidInput, NotFound
from domain.read_models import chargers as read
from domain.tariffs import TariffSnapshot

MAX_METER_VALUES = 5000


async def _charger(info: strawberry.Info, gid: strawberry.ID, *, admin: bool = True) -> m.Charger:
    cid = decode_id(gid, "Charger")
    viewer = await require_viewer(info)
    async with read_session(info.context.platform.sessionmaker) as s:
        c = await read.charger(s, cid)
    if c is None or (not viewer.is_admin and (admin or not stations.visible_to_drivers(c))):
        raise NotFound("No such charger.")
    return c


def _charger_key(charger_id: strawberry.ID | None) -> int | None:
    return None if charger_id is None else decode_id(charger_id, "Charger", field="chargerId")


async def _newest(
    info: strawberry.Info, model: Any, node: Any, charger_id: strawberry.ID | None, status: str | None = None
) -> list[Any]:
    """The newest rows of a charger-owned table, as GraphQL nodes."""
    cid = _charger_key(charger_id)
    async with read_session(info.context.platform.sessionmaker) as s:
        return [node.from_model(r) for r in await read.newest(s, model, cid, status)]


async def _owned_page(
    info: strawberry.Info,
    model: Any,
    node: Any,
    charger_id: strawberry.ID | None,
    status: str | None,
    first: int | None,
    after: str | None,
    order: Sort | None = None,
) -> Any:
    """A page of a charger-owned table (of one charger, in one status, when given), as GraphQL nodes."""
    q = read.owned(model, _charger_key(charger_id), status)
    return await list_page(info, q, to_node=node.from_model, first=first, after=after, order=order)


@strawberry.enum(description="What a list of chargers can be sorted by.")
class ChargerSortField(enum.Enum):
    CHARGE_POINT_ID = "charge_point_id"
    NAME = "name"
    REGISTRATION_STATUS = "registration_status"
    LAST_HEARTBEAT_AT = "last_heartbeat_at"
    CREATED_AT = "created_at"
    CITY = "city"


@strawberry.input(description="The order of a list of chargers.")
class ChargerOrder:
    field: ChargerSortField
    direction: SortDirection = SortDirection.DESC


@strawberry.enum(description="What a list of faults can be sorted by.")
class FaultSortField(enum.Enum):
    OPENED_AT = "opened_at"
    ERROR_CODE = "error_code"
    STATUS = "status"
    CONNECTOR = "connector"


@strawberry.input(description="The order of a list of faults.")
class FaultOrder:
    field: FaultSortField
    direction: SortDirection = SortDirection.DESC


@strawberry.type(description="What drivers see of a charger.")
class DriverPreview:
    station: Station = strawberry.field(description="As the driver API returns it.")
    hidden_because: list[str] = strawberry.field(description="Why drivers do not find it (empty: they do).")
    notes: list[str] = strawberry.field(description="What it still lacks for drivers.")


def driver_preview(c: m.Charger, tariff: TariffSnapshot) -> DriverPreview:
    """What drivers see of a charger (connectors loaded), and why they might not."""
    return DriverPreview(
        station=Station.build(c, tariff),
        hidden_because=charger_setup.hidden_because(c),
        notes=charger_setup.notes_for_drivers(c),
    )


@strawberry.type
class Query:
    @strawberry.field(
        description="Chargers, newest first (or in `orderBy`). Drivers see the chargers of the driver app "
        "(approved, accepted, public); "
        "admins see all. `search` matches the charge point id, name, address and city; "
        "`connectorStatus` keeps chargers with a connector in that OCPP status."
    )
    async def chargers(
        self,
        info: strawberry.Info,
        search: str | None = None,
        online: bool | None = None,
        registration_status: str | None = None,
        city: str | None = None,
        connector_status: str | None = None,
        order_by: ChargerOrder | None = None,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[Charger]:
        viewer = await require_viewer(info)
        q = read.chargers(
            drivers_view=not viewer.is_admin,
            search=search,
            online_only=online,
            registration_status=registration_status,
            city=city,
            connector_status=connector_status,
        )
        return await list_page(
            info,
            q,
            to_node=Charger.from_model,
            **page_window(first, after, last, before),
            order=sort_of(list_order.CHARGERS, order_by),
        )

    @strawberry.field(description="One charger by id (drivers: approved public chargers only).")
    async def charger(self, info: strawberry.Info, id: strawberry.ID) -> Charger:
        return Charger.from_model(await _charger(info, id, admin=False))

    @strawberry.field(
        description="Admins: a charger as the driver app shows it (the same data as `stations`), and "
        "why drivers do not find it, if they do not."
    )
    async def charger_driver_preview(self, info: strawberry.Info, id: strawberry.ID) -> DriverPreview:
        await require_admin(info)
        cid = decode_id(id, "Charger")
        async with read_session(info.context.platform.sessionmaker) as s:
            c = await charger_setup.load(s, cid)
            prices = await stations.tariffs_for(s, [c])
        return driver_preview(c, prices[c.id])

    @strawberry.field(description="One charger by its OCPP charge point id (admins).")
    async def charger_by_charge_point_id(self, info: strawberry.Info, charge_point_id: str) -> Charger | None:
        await require_admin(info)
        async with read_session(info.context.platform.sessionmaker) as s:
            c = await read.charger_by_cpid(s, charge_point_id)
        return Charger.from_model(c) if c else None

    @strawberry.field(description="The connectors of a charger.")
    async def connectors(self, info: strawberry.Info, charger_id: strawberry.ID) -> list[Connector]:
        c = await _charger(info, charger_id, admin=False)
        return [Connector.from_model(x) for x in c.connectors]

    @strawberry.field(
        description="Admins: a charger's meter values in [since, until), oldest first (max 5000)."
    )
    async def meter_values(
        self,
        info: strawberry.Info,
        charger_id: strawberry.ID,
        since: dt.datetime,
        until: dt.datetime | None = None,
        transaction_id: int | None = None,
        measurand: str | None = None,
        limit: int = 1000,
    ) -> list[MeterValue]:
        await require_admin(info)
        cid = decode_id(charger_id, "Charger", field="chargerId")
        if not 0 < limit <= MAX_METER_VALUES:
            raise InvalidInput(f"limit is 1 to {MAX_METER_VALUES}.", field="limit")
        async with read_session(info.context.platform.sessionmaker) as s:
            rows = await read.meter_values(s, cid, since, until, transaction_id, measurand, limit)
        return [MeterValue.from_model(r) for r in rows]

    @strawberry.field(description="Admins: the OCPP message log, newest first.")
    async def ocpp_messages(
        self,
        info: strawberry.Info,
        charge_point_id: str | None = None,
        action: str | None = None,
        direction: str | None = None,
        message_type: int | None = None,
        unique_id: str | None = None,
        errors_only: bool = False,
        since: dt.datetime | None = None,
        until: dt.datetime | None = None,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[OcppMessage]:
        await require_admin(info)
        q = read.ocpp_messages(
            charge_point_id=charge_point_id,
            action=action,
            direction=direction,
            message_type=message_type,
            unique_id=unique_id,
            errors_only=errors_only,
            since=since,
            until=until,
        )
        return await list_page(
            info, q, to_node=OcppMessage.from_model, **page_window(first, after, last, before)
        )

    @strawberry.field(description="Admins: charger faults, newest first (or in `orderBy`).")
    async def faults(
        self,
        info: strawberry.Info,
        charger_id: strawberry.ID | None = None,
        status: str | None = None,
        first: int | None = None,
        after: str | None = None,
        order_by: FaultOrder | None = None,
    ) -> Connection[Fault]:
        await require_admin(info)
        order = sort_of(list_order.FAULTS, order_by)
        return await _owned_page(info, m.Fault, Fault, charger_id, status, first, after, order)

    @strawberry.field(
        description="Admins: the cached configuration keys of a charger (from GetConfiguration)."
    )
    async def charger_configuration(
        self, info: strawberry.Info, charger_id: strawberry.ID
    ) -> list[ConfigurationKey]:
        await require_admin(info)
        cid = decode_id(charger_id, "Charger", field="chargerId")
        async with read_session(info.context.platform.sessionmaker) as s:
            rows = await read.configuration(s, cid)
        return [ConfigurationKey.from_model(r) for r in rows]

    @strawberry.field(description="Admins: reservations, newest first.")
    async def reservations(
        self,
        info: strawberry.Info,
        charger_id: strawberry.ID | None = None,
        status: str | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[Reservation]:
        await require_admin(info)
        return await _owned_page(info, m.Reservation, Reservation, charger_id, status, first, after)

    @strawberry.field(description="Admins: charging profiles sent to chargers, newest first.")
    async def charging_profiles(
        self, info: strawberry.Info, charger_id: strawberry.ID | None = None, status: str | None = None
    ) -> list[ChargingProfile]:
        await require_admin(info)
        return await _newest(info, m.ChargingProfile, ChargingProfile, charger_id, status)

    @strawberry.field(
        description="Admins: an OCPP 2.0.1 station's smart-charging reports (the profiles it holds, "
        "external limits, EVs' charging needs), newest first."
    )
    async def station_reports(
        self, info: strawberry.Info, charger_id: strawberry.ID, kind: str | None = None, first: int = 50
    ) -> list[StationReport]:
        await require_admin(info)
        cid = decode_id(charger_id, "Charger", field="chargerId")
        async with read_session(info.context.platform.sessionmaker) as s:
            rows = await station_reports.latest(s, cid, kind=kind, limit=max(1, min(first, 200)))
        return [StationReport.from_model(r) for r in rows]

    @strawberry.field(description="Admins: firmware update jobs, newest first.")
    async def firmware_jobs(
        self, info: strawberry.Info, charger_id: strawberry.ID | None = None
    ) -> list[FirmwareJob]:
        await require_admin(info)
        return await _newest(info, m.FirmwareJob, FirmwareJob, charger_id)

    @strawberry.field(description="Admins: diagnostics upload jobs, newest first.")
    async def diagnostics_jobs(
        self, info: strawberry.Info, charger_id: strawberry.ID | None = None
    ) -> list[DiagnosticsJob]:
        await require_admin(info)
        return await _newest(info, m.DiagnosticsJob, DiagnosticsJob, charger_id)


# ------------------------------------------------------------------ admin mutations


@strawberry.input(description="A connector as the operator registers it.")
class ConnectorSetupInput:
    connector_id: int = strawberry.field(description="1 to 10 (OCPP connectorId).")
    type: str | None = strawberry.field(default=None, description="CCS2, Type2, CHAdeMO or GB-T.")
    max_power_kw: Decimal | None = None
    phases: int | None = strawberry.field(default=None, description="1 or 3 (AC plugs).")

    def spec(self) -> charger_setup.ConnectorSpec:
        return charger_setup.ConnectorSpec(self.connector_id, self.type, self.max_power_kw, self.phases)


@strawberry.input
class RegisterChargerInput:
    charge_point_id: str
    security_profile: int = 1
    authorization_key: str | None = strawberry.field(
        default=None,
        description=(
            "32 to 40 hex digits (16 to 20 bytes, as the charger's AuthorizationKey holds them) or a"
            " text of 16 to 20 bytes; omit to generate one (20 random bytes as 40 hex digits, returned"
            " once)."
        ),
    )
    name: str | None = None
    address: str | None = None
    city: str | None = None
    latitude: Decimal | None = None
    longitude: Decimal | None = None
    max_power_kw: Decimal | None = None
    description: str | None = None
    state: str | None = None
    postcode: str | None = None
    is_public: bool = True
    tariff_id: strawberry.ID | None = strawberry.field(
        default=None, description="The tariff drivers pay on it (none: the default tariff)."
    )
    site_id: strawberry.ID | None = strawberry.field(default=None, description="The site it stands at.")
    connectors: list[ConnectorSetupInput] = strawberry.field(default_factory=list)


@strawberry.type
class RegisterChargerPayload:
    charger: Charger | None = None
    authorization_key: str | None = strawberry.field(
        default=None,
        description=(
            "The charger's AuthorizationKey, shown once (stored hashed). Enter it as the charger's"
            " AuthorizationKey configuration key (hex digits; a text key: its UTF-8 bytes in hex); the"
            " charger sends the decoded bytes as its HTTP Basic password (user: the charge point id)."
        ),
    )
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class ApproveChargerInput:
    id: strawberry.ID
    approved: bool = True
    security_profile: int | None = strawberry.field(
        default=None,
        description=(
            "Approving: the profile the charger authenticates on from now on (1: Basic auth, 2: Basic"
            " auth over TLS, 3: client certificate); default: its current one, at least 1."
        ),
    )


@strawberry.input(description="Only the fields given are changed.")
class UpdateChargerInput(PlaceChanges):
    is_public: bool | None = strawberry.UNSET
    max_power_kw: Decimal | None = strawberry.UNSET
    tariff_id: strawberry.ID | None = strawberry.field(
        default=strawberry.UNSET, description="The tariff drivers pay on it (null: the default tariff)."
    )
    site_id: strawberry.ID | None = strawberry.field(
        default=strawberry.UNSET, description="The site it stands at (null: none)."
    )
    connectors: list[ConnectorSetupInput] | None = strawberry.field(
        default=strawberry.UNSET,
        description="Type, maximum power and phases of these connectors (others keep theirs).",
    )
    security_profile: int | None = strawberry.UNSET
    rotate_authorization_key: bool = strawberry.field(
        default=False, description="Generate a new AuthorizationKey (returned once)."
    )


@strawberry.type
class ChargerPayload:
    charger: Charger | None = None
    authorization_key: str | None = strawberry.field(
        default=None,
        description=(
            "A new AuthorizationKey, shown once (stored hashed): 40 hex digits (20 bytes). Enter them"
            " as the charger's AuthorizationKey configuration key; the charger sends the decoded 20"
            " bytes as its HTTP Basic password (user: the charge point id)."
        ),
    )
    key_delivery: str | None = strawberry.field(
        default=None,
        description=(
            "Approving with a new key: the charger's answer to ChangeConfiguration AuthorizationKey"
            " (Accepted: it reconnects with the key by itself), or Offline, Timeout, NotSupported,"
            " Rejected...: enter the key on the charger by hand."
        ),
    )
    boot_trigger: str | None = strawberry.field(
        default=None,
        description="Approving: the charger's answer to TriggerMessage BootNotification, when sent.",
    )
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input(description="One charger of a CSV import; numbers as written in the file.")
class ChargerImportRowInput:
    charge_point_id: str
    name: str | None = None
    description: str | None = None
    address: str | None = None
    city: str | None = None
    state: str | None = None
    postcode: str | None = None
    latitude: str | None = None
    longitude: str | None = None
    is_public: bool = True
    security_profile: int = 1
    max_power_kw: str | None = None
    tariff: str | None = strawberry.field(default=None, description="A tariff's name.")
    connectors: list[ConnectorSetupInput] = strawberry.field(default_factory=list)

    def row(self) -> charger_setup.ImportRow:
        same = {
            f.name: getattr(self, f.name)
            for f in dataclasses.fields(charger_setup.ImportRow)
            if f.name not in ("tariff_name", "connectors")
        }
        connectors = tuple(k.spec() for k in self.connectors)
        return charger_setup.ImportRow(**same, tariff_name=self.tariff, connectors=connectors)


@strawberry.input
class ImportChargersInput:
    rows: list[ChargerImportRowInput] = strawberry.field(description="At most 500.")


@strawberry.type(description="A row of an import that is wrong.")
class ImportRowError:
    row: int = strawberry.field(description="The data row, 1 for the first after the header.")
    field: str | None
    message: str


@strawberry.type(description="A registered charger's AuthorizationKey, shown once.")
class ChargerKey:
    charge_point_id: str
    authorization_key: str


@strawberry.type
class ImportChargersPayload:
    chargers: list[Charger] = strawberry.field(default_factory=list)
    keys: list[ChargerKey] = strawberry.field(default_factory=list)
    row_errors: list[ImportRowError] = strawberry.field(
        default_factory=list, description="When given, nothing was imported."
    )
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class DeleteChargerInput:
    id: strawberry.ID


@strawberry.type
class DeleteChargerPayload:
    deleted_id: strawberry.ID | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


async def _reload(info: strawberry.Info, cid: int) -> Charger:
    async with read_session(info.context.platform.sessionmaker) as s:
        return Charger.from_model(await charger_setup.load(s, cid))


def _tariff_id(gid: strawberry.ID | None) -> int | None:
    return None if gid is None else decode_id(gid, "Tariff", field="tariffId")


def _site_id(gid: strawberry.ID | None) -> int | None:
    return None if gid is None else decode_id(gid, "Site", field="siteId")


_DECODE = {"tariff_id": _tariff_id, "site_id": _site_id}


def _detail_changes(input: UpdateChargerInput) -> dict[str, Any]:
    """The charger details an update gives (UNSET: left alone), as domain values."""
    return {
        name: _DECODE[name](value) if name in _DECODE else value
        for name, value in input.given(charger_setup.DETAIL_FIELDS).items()
    }


class _Updated(NamedTuple):
    """A charger as an update left it, with what the update did."""

    charger: m.Charger
    key: str | None  # a new AuthorizationKey, shown once
    was_public: bool
    changes: dict[str, Any]


def _update_details(
    changes: dict[str, Any], input: UpdateChargerInput, new_key: str | None
) -> dict[str, object]:
    """What an update changed, for the audit log (never the key itself)."""
    details: dict[str, object] = {k: str(v) if isinstance(v, Decimal) else v for k, v in changes.items()}
    if input.security_profile is not strawberry.UNSET:
        details["security_profile"] = input.security_profile
    if input.connectors is not strawberry.UNSET and input.connectors is not None:
        details["connectors"] = [c.connector_id for c in input.connectors]
    return details | {"new_key": new_key is not None}


async def _publish_visibility(platform: Any, c: m.Charger) -> None:
    event = events.presence_event(
        "visibility",
        c.charge_point_id,
        online=c.online,
        is_public=c.is_public,
        timestamp=m.utcnow().isoformat(),
    )
    await platform.bus.publish_many(events.status_channels(c.charge_point_id), event)


@strawberry.type
class Mutation:
    @strawberry.mutation(description="Admins: register a charger; its AuthorizationKey is returned once.")
    async def register_charger(
        self, info: strawberry.Info, input: RegisterChargerInput
    ) -> RegisterChargerPayload:
        admin = await require_admin(info)

        async def write(s: Any) -> chargers.Registered:
            specs = [k.spec() for k in input.connectors]
            charger_setup.check_connectors(specs)
            reg = await chargers.register(
                s,
                input.charge_point_id.strip(),
                security_profile=input.security_profile,
                authorization_key=input.authorization_key,
            )
            await charger_setup.update_details(
                s,
                reg.charger,
                {
                    "name": input.name,
                    "description": input.description,
                    "address": input.address,
                    "city": input.city,
                    "state": input.state,
                    "postcode": input.postcode,
                    "latitude": input.latitude,
                    "longitude": input.longitude,
                    "max_power_kw": input.max_power_kw,
                    "is_public": input.is_public,
                    "tariff_id": _tariff_id(input.tariff_id),
                    "site_id": _site_id(input.site_id),
                },
            )
            await charger_setup.set_connectors(s, reg.charger, specs)
            return reg

        async def work() -> RegisterChargerPayload:
            reg = await audited.change(
                info,
                admin.id,
                "charger.register",
                "Charger",
                write,
                details=lambda reg: {"charge_point_id": reg.charger.charge_point_id},
                target_id=lambda reg: reg.charger.id,
            )
            return RegisterChargerPayload(
                charger=await _reload(info, reg.charger.id), authorization_key=reg.authorization_key
            )

        return await payload_or_errors(RegisterChargerPayload, work())

    @strawberry.mutation(
        description="Admins: register many chargers (a CSV file's rows) in one transaction: all, or "
        "none and the rows' errors."
    )
    async def import_chargers(
        self, info: strawberry.Info, input: ImportChargersInput
    ) -> ImportChargersPayload:
        admin = await require_admin(info)

        async def work() -> ImportChargersPayload:
            try:
                done = await audited.change(
                    info,
                    admin.id,
                    "charger.import",
                    "Charger",
                    lambda s: charger_setup.import_chargers(s, [r.row() for r in input.rows]),
                    details=lambda done: {"charge_point_ids": [c.charge_point_id for c in done.chargers]},
                    target_id=lambda _: None,
                )
                ids = [c.id for c in done.chargers]
            except charger_setup.ImportRefused as refused:
                return ImportChargersPayload(
                    row_errors=[
                        ImportRowError(row=e.row, field=e.field, message=e.message) for e in refused.rows
                    ],
                    errors=user_errors(refused),
                )
            async with read_session(info.context.platform.sessionmaker) as s:
                loaded = [Charger.from_model(await charger_setup.load(s, cid)) for cid in ids]
            return ImportChargersPayload(
                chargers=loaded,
                keys=[ChargerKey(charge_point_id=k, authorization_key=v) for k, v in done.keys.items()],
            )

        return await payload_or_errors(ImportChargersPayload, work())

    @strawberry.mutation(
        description="Admins: approve (or reject) a charger; BootNotification answers accordingly."
    )
    async def approve_charger(self, info: strawberry.Info, input: ApproveChargerInput) -> ChargerPayload:
        admin = await require_admin(info)

        async def work() -> ChargerPayload:
            cid = decode_id(input.id, "Charger")

            async def write(s: Any) -> chargers.Approval:
                return await chargers.approve(
                    s,
                    await chargers.get(s, cid),
                    approved=input.approved,
                    security_profile=input.security_profile,
                )

            approval = await audited.change(
                info,
                admin.id,
                "charger.approve" if input.approved else "charger.reject",
                "Charger",
                write,
                details=lambda a: {
                    "security_profile": a.charger.security_profile,
                    "new_key": a.authorization_key is not None,
                },
                target_id=lambda _: cid,
            )
            cpid = approval.charger.charge_point_id
            profile = approval.charger.security_profile
            payload = ChargerPayload(authorization_key=approval.authorization_key)
            if input.approved:
                notice = await commands.after_approval(
                    info.context.platform, cpid, profile, approval.authorization_key, user_id=admin.id
                )
                payload.key_delivery = notice.key_delivery
                payload.boot_trigger = notice.boot_trigger
            payload.charger = await _reload(info, cid)
            return payload

        return await payload_or_errors(ChargerPayload, work())

    @strawberry.mutation(description="Admins: change a charger's details, profile or AuthorizationKey.")
    async def update_charger(self, info: strawberry.Info, input: UpdateChargerInput) -> ChargerPayload:
        admin = await require_admin(info)

        async def work() -> ChargerPayload:
            cid = decode_id(input.id, "Charger")

            async def write(s: Any) -> _Updated:
                key: str | None = None
                c = await chargers.get(s, cid)
                was_public = c.is_public
                changes = _detail_changes(input)
                await charger_setup.update_details(s, c, changes)
                if input.connectors is not strawberry.UNSET and input.connectors is not None:
                    await charger_setup.set_connectors(s, c, [k.spec() for k in input.connectors])
                if input.security_profile is not strawberry.UNSET and input.security_profile is not None:
                    if input.security_profile not in (0, 1, 2, 3):
                        raise InvalidInput("The security profile is 0 to 3.", field="securityProfile")
                    c.security_profile = input.security_profile
                    if input.security_profile in (1, 2) and not c.auth_key_hash:
                        key = await chargers.set_authorization_key(s, c)
                if input.rotate_authorization_key:
                    key = await chargers.set_authorization_key(s, c)
                return _Updated(c, key, was_public, changes)

            c, key, was_public, _ = await audited.change(
                info,
                admin.id,
                "charger.update",
                "Charger",
                write,
                details=lambda done: _update_details(done.changes, input, done.key),
                target_id=lambda _: cid,
            )
            if c.is_public != was_public:  # live availability streams follow the change at once
                await _publish_visibility(info.context.platform, c)
            # A connection admitted on a lower profile than the new one must reconnect with credentials.
            await info.context.platform.gateway.close_below_profile(c.charge_point_id, c.security_profile)
            return ChargerPayload(charger=await _reload(info, cid), authorization_key=key)

        return await payload_or_errors(ChargerPayload, work())

    @strawberry.mutation(description="Admins: delete a charger that has no charging sessions.")
    async def delete_charger(self, info: strawberry.Info, input: DeleteChargerInput) -> DeleteChargerPayload:
        admin = await require_admin(info)

        async def work() -> DeleteChargerPayload:
            cid = decode_id(input.id, "Charger")
            await audited.change(
                info,
                admin.id,
                "charger.delete",
                "Charger",
                lambda s: chargers.delete(s, cid),
                target_id=lambda _: cid,
            )
            return DeleteChargerPayload(deleted_id=input.id)

        return await payload_or_errors(DeleteChargerPayload, work())
