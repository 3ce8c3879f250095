"""GraphQL types of the charger/OCPP area: chargers, connectors, meter values, the message log, faults,
the configuration cache, reservations, charging profiles, firmware and diagnostics jobs; and the typed
errors of outbound commands."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import Enum
from typing import Any

import strawberry
from strawberry.scalars import JSON

from api.errors import UserError, register_error_type
from api.mapped import mapped
from api.relay import decode_id, encode_id
from db import models as m
from db.engine import read_session
from db.models.columns import ChargerJob
from domain import gateway_errors as oe
from domain.errors import NotFound
from domain.read_models import chargers as read_chargers


@strawberry.enum(description="OCPP 1.6 security profile of a charger.")
class SecurityProfile(Enum):
    NONE = 0
    BASIC_AUTH = 1
    TLS_BASIC_AUTH = 2
    TLS_CLIENT_CERT = 3


@strawberry.type
class Connector:
    id: strawberry.ID
    connector_id: int = strawberry.field(description="The OCPP connectorId (0 = the charge point).")
    status: str
    error_code: str
    info: str | None
    vendor_error_code: str | None
    connector_type: str | None
    max_power_kw: Decimal | None
    phases: int | None = strawberry.field(description="1 or 3 (AC plugs), when registered.")
    status_at: dt.datetime | None

    @classmethod
    def from_model(cls, c: m.Connector) -> Connector:
        return mapped(cls, c, id=encode_id("Connector", c.id), status_at=c.status_timestamp)


@strawberry.input(description="Only the fields given are changed.")
class PlaceChanges:
    """The changes of a place's description and position, shared by a site's and a charger's update
    (not in the schema by itself)."""

    id: strawberry.ID
    name: str | None = strawberry.UNSET
    description: str | None = strawberry.UNSET
    address: str | None = strawberry.UNSET
    city: str | None = strawberry.UNSET
    state: str | None = strawberry.UNSET
    postcode: str | None = strawberry.UNSET
    latitude: Decimal | None = strawberry.UNSET
    longitude: Decimal | None = strawberry.UNSET

    def given(self, names: tuple[str, ...]) -> dict[str, Any]:
        """The fields of `names` this update gives (UNSET: left alone), by name."""
        return {n: getattr(self, n) for n in names if getattr(self, n) is not strawberry.UNSET}


@strawberry.type
class Charger:
    id: strawberry.ID
    charge_point_id: str
    name: str | None
    description: str | None
    vendor: str | None
    model: str | None
    serial_number: str | None
    firmware_version: str | None
    latitude: Decimal | None
    longitude: Decimal | None
    address: str | None
    city: str | None
    state: str | None
    postcode: str | None
    security_profile: int
    ocpp_version: str | None = strawberry.field(
        description='The OCPP version of its latest connection: "1.6" or "2.0.1" (null: never connected).'
    )
    registration_status: str
    approved: bool
    is_public: bool
    availability: str
    online: bool
    node_id: str | None = strawberry.field(description="The node holding the charger's socket.")
    last_heartbeat_at: dt.datetime | None
    last_boot_at: dt.datetime | None
    connected_at: dt.datetime | None
    local_list_version: int
    max_power_kw: Decimal | None
    tariff_id: strawberry.ID | None = strawberry.field(
        description="The charger's own tariff (none: drivers pay the default tariff)."
    )
    site_id: strawberry.ID | None = strawberry.field(description="The site it stands at.")
    created_at: dt.datetime
    connectors: list[Connector]

    @classmethod
    def from_model(cls, c: m.Charger, connectors: list[m.Connector] | None = None) -> Charger:
        conns = connectors if connectors is not None else list(c.__dict__.get("connectors") or [])
        return mapped(
            cls,
            c,
            id=encode_id("Charger", c.id),
            tariff_id=encode_id("Tariff", c.tariff_id) if c.tariff_id is not None else None,
            site_id=encode_id("Site", c.site_id) if c.site_id is not None else None,
            connectors=[Connector.from_model(x) for x in conns],
        )


@strawberry.type
class MeterValue:
    id: strawberry.ID
    connector_id: int
    transaction_id: int | None
    timestamp: dt.datetime
    measurand: str
    phase: str | None
    unit: str | None = strawberry.field(description="The base unit (Wh, W, A, V, ...), after normalisation.")
    location: str | None
    context: str | None
    raw_value: str
    value: float | None

    @classmethod
    def from_model(cls, v: m.MeterValue) -> MeterValue:
        return mapped(cls, v, id=encode_id("MeterValue", v.id))


@strawberry.type
class OcppMessage:
    id: strawberry.ID
    charge_point_id: str
    direction: str = strawberry.field(description="in (charger → us) or out.")
    message_type: int | None = strawberry.field(
        description="2 CALL, 3 CALLRESULT, 4 CALLERROR; null if unparseable."
    )
    action: str | None
    unique_id: str | None
    payload: str = strawberry.field(
        description="The raw frame, secrets masked; in a row with errorCode NotStored, the summary of "
        "this charger's frames over its message log budget (counted, not stored)."
    )
    error_code: str | None
    latency_ms: float | None
    node_id: str | None
    created_at: dt.datetime

    @classmethod
    def from_model(cls, r: m.OcppMessage) -> OcppMessage:
        return mapped(cls, r, id=encode_id("OcppMessage", r.id), charge_point_id=r.charger_id)


@strawberry.type
class Fault:
    id: strawberry.ID
    charger_id: strawberry.ID
    connector_id: int | None
    error_code: str
    info: str | None
    vendor_error_code: str | None
    status: str
    opened_at: dt.datetime
    acknowledged_at: dt.datetime | None
    resolved_at: dt.datetime | None
    notes: str | None

    @strawberry.field(description="The charger at fault.")
    async def charger(self, info: strawberry.Info) -> Charger:
        cid = decode_id(self.charger_id, "Charger")
        async with read_session(info.context.platform.sessionmaker) as s:
            c = await read_chargers.charger(s, cid)
        if c is None:
            raise NotFound("No such charger.")
        return Charger.from_model(c)

    @classmethod
    def from_model(cls, f: m.Fault) -> Fault:
        return mapped(cls, f, id=encode_id("Fault", f.id), charger_id=encode_id("Charger", f.charger_id))


@strawberry.type
class ConfigurationKey:
    key: str
    value: str | None
    readonly: bool
    updated_at: dt.datetime | None = None

    @classmethod
    def from_model(cls, c: m.ChargerConfiguration) -> ConfigurationKey:
        return cls(key=c.key, value=c.value, readonly=c.readonly, updated_at=c.updated_at)


@strawberry.type(
    name="ChargerReservation", description="A connector reservation as sent to the charger (admins)."
)
class Reservation:
    id: strawberry.ID
    reservation_id: int = strawberry.field(description="The OCPP reservationId.")
    charger_id: strawberry.ID
    connector_id: int
    id_tag: str
    expires_at: dt.datetime
    status: str
    created_at: dt.datetime

    @classmethod
    def from_model(cls, r: m.Reservation) -> Reservation:
        return mapped(
            cls,
            r,
            id=encode_id("Reservation", r.id),
            reservation_id=r.id,
            charger_id=encode_id("Charger", r.charger_id),
        )


@strawberry.type
class ChargingProfile:
    id: strawberry.ID
    charger_id: strawberry.ID
    connector_id: int
    charging_profile_id: int
    transaction_id: int | None
    stack_level: int
    purpose: str
    kind: str
    recurrency_kind: str | None
    valid_from: dt.datetime | None
    valid_to: dt.datetime | None
    schedule: JSON
    status: str
    created_at: dt.datetime

    @classmethod
    def from_model(cls, p: m.ChargingProfile) -> ChargingProfile:
        return mapped(
            cls, p, id=encode_id("ChargingProfile", p.id), charger_id=encode_id("Charger", p.charger_id)
        )


@strawberry.type
class JobStatusChange:
    status: str
    at: str

    @classmethod
    def history(cls, job: ChargerJob) -> list[JobStatusChange]:
        return [cls(status=h["status"], at=h["at"]) for h in job.status_history or []]


@strawberry.type
class FirmwareJob:
    id: strawberry.ID
    charger_id: strawberry.ID
    location: str
    retrieve_at: dt.datetime
    status: str
    history: list[JobStatusChange]
    created_at: dt.datetime

    @classmethod
    def from_model(cls, j: m.FirmwareJob) -> FirmwareJob:
        return mapped(
            cls,
            j,
            id=encode_id("FirmwareJob", j.id),
            charger_id=encode_id("Charger", j.charger_id),
            history=JobStatusChange.history(j),
        )


@strawberry.type
class DiagnosticsJob:
    id: strawberry.ID
    charger_id: strawberry.ID
    location: str
    file_name: str | None
    status: str
    history: list[JobStatusChange]
    created_at: dt.datetime

    @classmethod
    def from_model(cls, j: m.DiagnosticsJob) -> DiagnosticsJob:
        return mapped(
            cls,
            j,
            id=encode_id("DiagnosticsJob", j.id),
            charger_id=encode_id("Charger", j.charger_id),
            history=JobStatusChange.history(j),
        )


# ------------------------------------------------------------------ typed command errors


@strawberry.type(description="The charger is not connected to any node.")
class ChargerOfflineError(UserError):
    pass


@strawberry.type(description="The charger did not answer in time.")
class CommandTimeoutError(UserError):
    pass


@strawberry.type(description="The charger answered with a CALLERROR (`errorCode` is the OCPP error code).")
class CommandRejectedError(UserError):
    error_code: str
    description: str


@strawberry.type(description="The command is not valid OCPP 1.6; nothing was sent.")
class InvalidCommandError(UserError):
    pass


register_error_type(oe.ChargerOffline, ChargerOfflineError)
register_error_type(oe.CommandTimeout, CommandTimeoutError)
register_error_type(oe.CommandRejected, CommandRejectedError)
register_error_type(oe.InvalidCommand, InvalidCommandError)


@strawberry.type(description="A smart-charging report of an OCPP 2.0.1 station, as it came.")
class StationReport:
    id: strawberry.ID
    kind: str = strawberry.field(
        description="ChargingProfiles (ReportChargingProfiles, the answer to getChargingProfiles), "
        "ChargingLimit (NotifyChargingLimit / ClearedChargingLimit) or EVChargingNeeds."
    )
    evse_id: int | None
    request_id: int | None = strawberry.field(description="getChargingProfiles' requestId.")
    transaction_id: int | None = strawberry.field(description="The charging session it concerns.")
    payload: JSON = strawberry.field(description="The station's message (OCPP 2.0.1 JSON).")
    received_at: dt.datetime

    @classmethod
    def from_model(cls, r: m.StationReport) -> StationReport:
        return mapped(cls, r, id=encode_id("StationReport", r.id))


@strawberry.type(description="What an EV asked for at the start of its session (OCPP 2.0.1, ISO 15118).")
class EvChargingNeeds:
    requested_energy_transfer: str
    departure_time: dt.datetime | None
    energy_amount_wh: int | None
    received_at: dt.datetime
