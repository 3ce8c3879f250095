"""Admin mutations, one per outbound OCPP 1.6 command. Each returns the charger's answer (`status` and
the full `response`) or a typed error: ChargerOfflineError, CommandTimeoutError, CommandRejectedError
(the charger's CALLERROR), InvalidCommandError, NotFoundError. Side effects are stored (configuration
cache, reservations, profiles, firmware/diagnostics jobs, local list version)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Awaitable, Callable, Sequence
from enum import Enum
from typing import Any, TypeVar

import strawberry
from strawberry.scalars import JSON

from api import audited
from api.errors import UserError, payload_or_errors
from api.ocpp_types import ChargingProfile, ConfigurationKey, DiagnosticsJob, FirmwareJob, Reservation
from api.permissions import require_admin
from api.relay import decode_id
from db import models as m
from db.engine import read_session
from domain import commands, ocpp_secrets
from domain.errors import DomainError, InvalidInput
from domain.timestamps import format_timestamp

R = TypeVar("R")
T = TypeVar("T")


@strawberry.enum
class ResetType(Enum):
    HARD = "Hard"
    SOFT = "Soft"


@strawberry.enum
class AvailabilityType(Enum):
    OPERATIVE = "Operative"
    INOPERATIVE = "Inoperative"


@strawberry.enum
class MessageTrigger(Enum):
    BOOT_NOTIFICATION = "BootNotification"
    DIAGNOSTICS_STATUS_NOTIFICATION = "DiagnosticsStatusNotification"
    FIRMWARE_STATUS_NOTIFICATION = "FirmwareStatusNotification"
    HEARTBEAT = "Heartbeat"
    METER_VALUES = "MeterValues"
    STATUS_NOTIFICATION = "StatusNotification"


@strawberry.enum
class LocalListUpdateType(Enum):
    FULL = "Full"
    DIFFERENTIAL = "Differential"


@strawberry.enum
class ChargingRateUnit(Enum):
    W = "W"
    A = "A"


@strawberry.type(description="The charger's answer to a command.")
class OcppCommandPayload:
    status: str | None = strawberry.field(
        default=None, description="The answer's status field, when it has one."
    )
    response: JSON | None = strawberry.field(
        default=None, description="The charger's full answer (OCPP JSON)."
    )
    configuration: list[ConfigurationKey] | None = None
    unknown_keys: list[str] | None = None
    reservation: Reservation | None = None
    charging_profile: ChargingProfile | None = None
    firmware_job: FirmwareJob | None = None
    diagnostics_job: DiagnosticsJob | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type(description="One command of raising a charger's security profile and the charger's answer.")
class SecurityProfileStep:
    action: str = strawberry.field(
        description="The OCPP action sent: ChangeConfiguration (1.6); SetNetworkProfile, then "
        "SetVariables (2.0.1)."
    )
    status: str | None = strawberry.field(
        description="The answer's status (SetVariables: the attributeStatus); null when it had none."
    )


@strawberry.type(description="The steps of raising a charger's security profile, in order.")
class RaiseSecurityProfilePayload:
    status: str | None = strawberry.field(
        default=None, description="The charger's answer to the last step sent."
    )
    steps: list[SecurityProfileStep] = strawberry.field(
        default_factory=list,
        description="Each command sent and the charger's answer; a refused step is the last.",
    )
    errors: list[UserError] = strawberry.field(default_factory=list)


async def admin_sender(info: strawberry.Info) -> dict[str, Any]:
    """Who sends an admin's command (the admin, through an API key or not), as `domain.commands`
    records it; FORBIDDEN for anyone else."""
    admin = await require_admin(info)
    viewer = await info.context.get_viewer()
    api_key = viewer.api_key if viewer is not None else None
    return {
        "user_id": admin.id,
        "origin": "api_key" if api_key is not None else "admin",
        "api_key_id": api_key.id if api_key is not None else None,
    }


async def charger_rows(
    info: strawberry.Info,
    charger_id: strawberry.ID,
    read: Callable[[Any, int], Awaitable[Sequence[R]]],  # (a read session, the charger's key)
    to: Callable[[R], T],
) -> list[T]:
    """Admins: what `read` finds of one charger (`chargerId`, a Charger global ID) in one read
    transaction, each row mapped by `to`: the lists a station reported, on the charger's page."""
    await require_admin(info)
    cid = decode_id(charger_id, "Charger", field="chargerId")
    async with read_session(info.context.platform.sessionmaker) as s:
        rows = await read(s, cid)
    return [to(r) for r in rows]


async def run_command(
    info: strawberry.Info,
    charger_id: strawberry.ID,
    action: str,
    payload: dict[str, Any],
    status_of: Callable[[dict[str, Any]], str | None] | None = None,
) -> Any:
    """An admin's command through `domain.commands.execute`, as an OcppCommandPayload (`status_of`: the
    status of an answer without a `status` field)."""
    sender = await admin_sender(info)

    async def work() -> OcppCommandPayload:
        cid = decode_id(charger_id, "Charger", field="chargerId")
        out = await commands.execute(info.context.platform, cid, action, payload, **sender)
        result = ocpp_secrets.mask(out.result)  # what is shown never holds a secret in clear
        status = status_of(result) if status_of is not None else result.get("status")
        p = OcppCommandPayload(status=status, response=result)
        row = out.row
        if action == "GetConfiguration":
            p.configuration = [
                ConfigurationKey(key=k["key"], value=k.get("value"), readonly=bool(k.get("readonly")))
                for k in result.get("configurationKey") or []
            ]
            p.unknown_keys = list(result.get("unknownKey") or [])
        elif isinstance(row, m.Reservation):
            p.reservation = Reservation.from_model(row)
        elif isinstance(row, m.ChargingProfile):
            p.charging_profile = ChargingProfile.from_model(row)
        elif isinstance(row, m.FirmwareJob):
            p.firmware_job = FirmwareJob.from_model(row)
        elif isinstance(row, m.DiagnosticsJob):
            p.diagnostics_job = DiagnosticsJob.from_model(row)
        return p

    return await payload_or_errors(OcppCommandPayload, work())


@strawberry.input(description="Expert mode: one OCPP 1.6 command as raw JSON.")
class RawOcppCommandInput:
    charger_id: strawberry.ID
    action: str = strawberry.field(
        description="A central-system command of OCPP 1.6, e.g. CancelReservation."
    )
    payload: JSON = strawberry.field(description="Its parameters (a JSON object, camelCase as in OCPP).")


@strawberry.input
class RemoteStartTransactionInput:
    charger_id: strawberry.ID
    id_tag: str
    connector_id: int | None = None
    charging_profile: JSON | None = strawberry.field(
        default=None, description="An OCPP csChargingProfiles object."
    )


@strawberry.input
class RemoteStopTransactionInput:
    charger_id: strawberry.ID
    transaction_id: int


@strawberry.input
class ChangeAvailabilityInput:
    charger_id: strawberry.ID
    connector_id: int
    type: AvailabilityType


@strawberry.input
class ChangeConfigurationInput:
    charger_id: strawberry.ID
    key: str
    value: str


@strawberry.input
class GetConfigurationInput:
    charger_id: strawberry.ID
    keys: list[str] | None = None


@strawberry.input
class ChargerCommandInput:
    charger_id: strawberry.ID


@strawberry.input
class ResetChargerInput:
    charger_id: strawberry.ID
    type: ResetType


@strawberry.input
class UnlockConnectorInput:
    charger_id: strawberry.ID
    connector_id: int


@strawberry.input
class GetDiagnosticsInput:
    charger_id: strawberry.ID
    location: str
    retries: int | None = None
    retry_interval: int | None = None
    start_time: dt.datetime | None = None
    stop_time: dt.datetime | None = None


@strawberry.input
class UpdateFirmwareInput:
    charger_id: strawberry.ID
    location: str
    retrieve_date: dt.datetime
    retries: int | None = None
    retry_interval: int | None = None
    signing_certificate: str | None = strawberry.field(
        default=None,
        description="Signed firmware (OCPP 2.0.1, and 1.6 chargers with the security extension, which "
        "get SignedUpdateFirmware): the PEM certificate that signed it.",
    )
    signature: str | None = strawberry.field(
        default=None, description="Signed firmware: its signature, Base64 (with signingCertificate)."
    )
    install_date: dt.datetime | None = strawberry.field(
        default=None,
        description="When the charger installs the firmware it downloaded (OCPP 2.0.1, and signed "
        "firmware on 1.6); not given: as soon as it can.",
    )


@strawberry.input
class ReserveNowInput:
    charger_id: strawberry.ID
    connector_id: int
    id_tag: str
    expiry_date: dt.datetime
    parent_id_tag: str | None = None


@strawberry.input(name="AdminCancelReservationInput")
class CancelReservationInput:
    charger_id: strawberry.ID
    reservation_id: int


@strawberry.input
class DataTransferInput:
    charger_id: strawberry.ID
    vendor_id: str
    message_id: str | None = None
    data: str | None = None


@strawberry.input
class SendLocalListInput:
    charger_id: strawberry.ID
    update_type: LocalListUpdateType
    id_tags: list[str] | None = strawberry.field(
        default=None, description="Limit to these id tags (tags missing from the database are removed)."
    )
    changed_since: dt.datetime | None = strawberry.field(
        default=None, description="Differential: the tags changed since then."
    )
    list_version: int | None = strawberry.field(default=None, description="Default: the current version + 1.")


@strawberry.input
class TriggerMessageInput:
    charger_id: strawberry.ID
    requested_message: MessageTrigger
    connector_id: int | None = None


@strawberry.input
class GetCompositeScheduleInput:
    charger_id: strawberry.ID
    connector_id: int
    duration: int
    charging_rate_unit: ChargingRateUnit | None = None


@strawberry.input
class ClearChargingProfileInput:
    charger_id: strawberry.ID
    id: int | None = None
    connector_id: int | None = None
    charging_profile_purpose: str | None = None
    stack_level: int | None = None


@strawberry.input
class SetChargingProfileInput:
    charger_id: strawberry.ID
    connector_id: int
    cs_charging_profiles: JSON = strawberry.field(description="The OCPP csChargingProfiles object.")


@strawberry.enum(
    description="What a root certificate installed on a charger is for (OCPP 1.6 names; a 2.0.1 "
    "station gets CSMSRootCertificate for CentralSystemRootCertificate)."
)
class CertificateUse(Enum):
    CENTRAL_SYSTEM_ROOT_CERTIFICATE = "CentralSystemRootCertificate"
    MANUFACTURER_ROOT_CERTIFICATE = "ManufacturerRootCertificate"


@strawberry.enum
class HashAlgorithm(Enum):
    SHA256 = "SHA256"
    SHA384 = "SHA384"
    SHA512 = "SHA512"


@strawberry.enum
class LogType(Enum):
    DIAGNOSTICS_LOG = "DiagnosticsLog"
    SECURITY_LOG = "SecurityLog"


@strawberry.enum(description="What ExtendedTriggerMessage (a 2.0.1 station: TriggerMessage) may ask for.")
class ExtendedMessageTrigger(Enum):
    BOOT_NOTIFICATION = "BootNotification"
    LOG_STATUS_NOTIFICATION = "LogStatusNotification"
    FIRMWARE_STATUS_NOTIFICATION = "FirmwareStatusNotification"
    HEARTBEAT = "Heartbeat"
    METER_VALUES = "MeterValues"
    SIGN_CHARGE_POINT_CERTIFICATE = "SignChargePointCertificate"
    STATUS_NOTIFICATION = "StatusNotification"


@strawberry.input
class InstallCertificateInput:
    charger_id: strawberry.ID
    certificate_type: CertificateUse
    certificate: str = strawberry.field(description="The root certificate, PEM.")


@strawberry.input
class GetInstalledCertificateIdsInput:
    charger_id: strawberry.ID
    certificate_type: CertificateUse


@strawberry.input(description="OCPP CertificateHashData: how a charger names an installed certificate.")
class CertificateHashDataInput:
    hash_algorithm: HashAlgorithm
    issuer_name_hash: str
    issuer_key_hash: str
    serial_number: str


@strawberry.input
class DeleteCertificateInput:
    charger_id: strawberry.ID
    certificate_hash_data: CertificateHashDataInput


@strawberry.input
class ExtendedTriggerMessageInput:
    charger_id: strawberry.ID
    requested_message: ExtendedMessageTrigger
    connector_id: int | None = None


@strawberry.input
class GetLogInput:
    charger_id: strawberry.ID
    log_type: LogType
    remote_location: str = strawberry.field(description="Where the charger uploads the log (a URL).")
    oldest_timestamp: dt.datetime | None = None
    latest_timestamp: dt.datetime | None = None
    retries: int | None = None
    retry_interval: int | None = None


def _delete_certificate(input: DeleteCertificateInput) -> dict[str, Any]:
    return {"certificateHashData": _payload(input.certificate_hash_data)}


def _get_log(input: GetLogInput) -> dict[str, Any]:
    """GetLog: the request id is the log request's, assigned when it is recorded."""
    flat = _payload(input)
    log = {k: flat.pop(k) for k in ("remoteLocation", "oldestTimestamp", "latestTimestamp") if k in flat}
    return {**flat, "log": log}


@strawberry.input(description="OCPP 2.0.1: which of its charging profiles the station reports.")
class GetChargingProfilesInput:
    charger_id: strawberry.ID
    evse_id: int | None = strawberry.field(
        default=None, description="0: the station's own; none: every EVSE's."
    )
    charging_profile_purpose: str | None = strawberry.field(
        default=None, description="ChargingStationMaxProfile, TxDefaultProfile or TxProfile."
    )
    stack_level: int | None = None
    charging_profile_ids: list[int] | None = None
    charging_limit_sources: list[str] | None = strawberry.field(
        default=None, description="EMS, Other, SO, CSO."
    )


def _get_charging_profiles(input: GetChargingProfilesInput) -> dict[str, Any]:
    """GetChargingProfiles' criteria (2.0.1's shape; the requestId is assigned when it is sent)."""
    criteria: dict[str, Any] = {}
    if input.charging_profile_purpose is not None:
        purpose = input.charging_profile_purpose
        criteria["chargingProfilePurpose"] = (
            "ChargingStationMaxProfile" if purpose == "ChargePointMaxProfile" else purpose
        )
    if input.stack_level is not None:
        criteria["stackLevel"] = input.stack_level
    if input.charging_profile_ids is not None:
        criteria["chargingProfileId"] = input.charging_profile_ids
    if input.charging_limit_sources is not None:
        criteria["chargingLimitSource"] = input.charging_limit_sources
    payload: dict[str, Any] = {"chargingProfile": criteria}
    if input.evse_id is not None:
        payload["evseId"] = input.evse_id
    return payload


@strawberry.input(description="OCPP 2.0.1: ask the station about a transaction (or about any).")
class GetTransactionStatusInput:
    charger_id: strawberry.ID
    transaction_id: int | None = strawberry.field(
        default=None, description="The charging session's transactionId; none: whether any messages wait."
    )


def _payload(input: Any) -> dict[str, Any]:
    """The OCPP payload of a command's input: each field but the charger, camelCase, enumerations as
    their values and instants in UTC, the fields not given left out."""
    payload: dict[str, Any] = {}
    for f in dataclasses.fields(input):
        value = getattr(input, f.name)
        if f.name == "charger_id" or value is None:
            continue
        if isinstance(value, Enum):
            value = value.value
        elif isinstance(value, dt.datetime):
            value = format_timestamp(value)
        head, *rest = f.name.split("_")
        payload[head + "".join(p.capitalize() for p in rest)] = value
    return payload


def _send_local_list(input: SendLocalListInput) -> dict[str, Any]:
    """SendLocalList's list is built from the database: its inputs are passed as private keys."""
    payload: dict[str, Any] = {"updateType": input.update_type.value}
    if input.list_version is not None:
        payload["listVersion"] = input.list_version
    if input.id_tags is not None:
        payload["_idTags"] = input.id_tags
    if input.changed_since is not None:
        payload["_since"] = format_timestamp(input.changed_since)
    return payload


def _command(
    action: str, input_type: type, description: str, payload: Callable[[Any], dict[str, Any]] = _payload
) -> Any:
    """The mutation that sends `action` with the payload of its input (`input_type`)."""

    async def send(self: Any, info: strawberry.Info, input: Any) -> OcppCommandPayload:
        return await run_command(info, input.charger_id, action, payload(input))  # type: ignore[no-any-return]

    send.__annotations__ = {
        "self": Any,
        "info": strawberry.Info,
        "input": input_type,
        "return": OcppCommandPayload,
    }
    return strawberry.mutation(send, description=description)


@strawberry.input(
    description="Raise a charger's security profile (OCTT TC_083 for 1.6, TC_A_19 for 2.0.1). A 1.6 "
    "charger gets ChangeConfiguration SecurityProfile; a 2.0.1 station SetNetworkProfile (the slot "
    "and CSMS URL given here) and OCPPCommCtrlr.NetworkConfigurationPriority. Once the charger "
    "accepts, only the new profile is admitted and Reset Hard makes it reconnect."
)
class RaiseSecurityProfileInput:
    charger_id: strawberry.ID
    security_profile: int = strawberry.field(description="1, 2 or 3; above the charger's own.")
    configuration_slot: int | None = strawberry.field(
        default=None, description="2.0.1: the network connection profile slot to write."
    )
    ocpp_csms_url: str | None = strawberry.field(
        default=None,
        description="2.0.1: the endpoint the station connects to on the new profile (ws:// for profile "
        "1, wss:// for 2 and 3), at most 512 characters.",
    )


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="Admins: raise a charger's security profile; `status` is the charger's answer to the "
        "last step sent, `steps` each command and its answer."
    )
    async def raise_security_profile(
        self, info: strawberry.Info, input: RaiseSecurityProfileInput
    ) -> RaiseSecurityProfilePayload:
        sender = await admin_sender(info)

        async def work() -> RaiseSecurityProfilePayload:
            cid = decode_id(input.charger_id, "Charger", field="chargerId")
            steps = await commands.raise_security_profile(
                info.context.platform,
                cid,
                input.security_profile,
                configuration_slot=input.configuration_slot,
                csms_url=input.ocpp_csms_url,
                **sender,
            )
            return RaiseSecurityProfilePayload(
                status=steps[-1][1],
                steps=[SecurityProfileStep(action=a, status=st) for a, st in steps],
            )

        return await payload_or_errors(RaiseSecurityProfilePayload, work())

    remote_start_transaction = _command(
        "RemoteStartTransaction", RemoteStartTransactionInput, "Admins: RemoteStartTransaction."
    )
    remote_stop_transaction = _command(
        "RemoteStopTransaction", RemoteStopTransactionInput, "Admins: RemoteStopTransaction."
    )
    change_availability = _command(
        "ChangeAvailability",
        ChangeAvailabilityInput,
        "Admins: ChangeAvailability (connector 0 = the whole charger).",
    )
    change_configuration = _command(
        "ChangeConfiguration",
        ChangeConfigurationInput,
        "Admins: ChangeConfiguration (the configuration cache is updated).",
    )
    get_configuration = _command(
        "GetConfiguration",
        GetConfigurationInput,
        "Admins: GetConfiguration (all keys, or the given ones); cached.",
        lambda input: {"key": input.keys} if input.keys is not None else {},
    )
    clear_cache = _command(
        "ClearCache", ChargerCommandInput, "Admins: ClearCache (the charger's authorization cache)."
    )
    reset_charger = _command("Reset", ResetChargerInput, "Admins: Reset (Hard or Soft).")
    unlock_connector = _command("UnlockConnector", UnlockConnectorInput, "Admins: UnlockConnector.")
    get_diagnostics = _command(
        "GetDiagnostics", GetDiagnosticsInput, "Admins: GetDiagnostics (a diagnostics job is recorded)."
    )
    update_firmware = _command(
        "UpdateFirmware", UpdateFirmwareInput, "Admins: UpdateFirmware (a firmware job is recorded)."
    )
    reserve_now = _command(
        "ReserveNow",
        ReserveNowInput,
        "Admins: ReserveNow (the reservation is recorded; its id is the reservationId).",
    )
    cancel_charger_reservation = _command(
        "CancelReservation", CancelReservationInput, "Admins: CancelReservation."
    )
    data_transfer = _command("DataTransfer", DataTransferInput, "Admins: DataTransfer to the charger.")
    get_local_list_version = _command(
        "GetLocalListVersion", ChargerCommandInput, "Admins: GetLocalListVersion."
    )
    send_local_list = _command(
        "SendLocalList",
        SendLocalListInput,
        "Admins: SendLocalList built from the id tags in the database.",
        _send_local_list,
    )
    trigger_message = _command("TriggerMessage", TriggerMessageInput, "Admins: TriggerMessage.")
    get_composite_schedule = _command(
        "GetCompositeSchedule", GetCompositeScheduleInput, "Admins: GetCompositeSchedule."
    )
    clear_charging_profile = _command(
        "ClearChargingProfile",
        ClearChargingProfileInput,
        "Admins: ClearChargingProfile (matching stored profiles are marked Cleared).",
    )
    get_charging_profiles = _command(
        "GetChargingProfiles",
        GetChargingProfilesInput,
        "Admins, OCPP 2.0.1: GetChargingProfiles; the station's reports arrive as stationReports "
        "(kind ChargingProfiles) under the requestId in the response.",
        _get_charging_profiles,
    )
    get_transaction_status = _command(
        "GetTransactionStatus",
        GetTransactionStatusInput,
        "Admins, OCPP 2.0.1: GetTransactionStatus (messagesInQueue, ongoingIndicator).",
    )
    set_charging_profile = _command(
        "SetChargingProfile",
        SetChargingProfileInput,
        "Admins: SetChargingProfile (the profile is recorded with its status).",
    )
    install_certificate = _command(
        "InstallCertificate",
        InstallCertificateInput,
        "Admins: InstallCertificate (a root certificate; kept as installed when Accepted).",
    )
    get_installed_certificate_ids = _command(
        "GetInstalledCertificateIds",
        GetInstalledCertificateIdsInput,
        "Admins: GetInstalledCertificateIds (the charger's answer replaces what is kept of that type).",
    )
    delete_certificate = _command(
        "DeleteCertificate", DeleteCertificateInput, "Admins: DeleteCertificate.", _delete_certificate
    )
    extended_trigger_message = _command(
        "ExtendedTriggerMessage",
        ExtendedTriggerMessageInput,
        "Admins: ExtendedTriggerMessage (SignChargePointCertificate renews the charger's certificate).",
    )
    get_log = _command(
        "GetLog",
        GetLogInput,
        "Admins: GetLog (a diagnostics or security log uploaded to the URL; the request is recorded).",
        _get_log,
    )

    @strawberry.mutation(
        description="Admins, expert mode: send any OCPP 1.6 command with raw JSON parameters, checked "
        "against the action's 1.6 schema only (not the platform's rules). The charger's raw answer is "
        "returned; the command is in the command history and the audit log."
    )
    async def send_raw_ocpp_command(
        self, info: strawberry.Info, input: RawOcppCommandInput
    ) -> OcppCommandPayload:
        admin = await require_admin(info)
        viewer = await info.context.get_viewer()
        api_key = viewer.api_key if viewer is not None else None

        async def work() -> OcppCommandPayload:
            cid = decode_id(input.charger_id, "Charger", field="chargerId")
            if not isinstance(input.payload, dict):
                raise InvalidInput("The parameters are a JSON object.", field="payload")
            outcome = "sent"
            try:
                out = await commands.execute_raw(
                    info.context.platform,
                    cid,
                    input.action,
                    dict(input.payload),
                    user_id=admin.id,
                    origin="api_key" if api_key is not None else "expert",
                    api_key_id=api_key.id if api_key is not None else None,
                )
                result = ocpp_secrets.mask(out.result)
                outcome = str(result.get("status") or "answered")
                return OcppCommandPayload(status=result.get("status"), response=result)
            except DomainError as e:
                outcome = e.code
                raise
            finally:
                await audited.note(
                    info,
                    admin.id,
                    "ocpp.raw_command",
                    "Charger",
                    cid,
                    {
                        "action": input.action,
                        "payload": ocpp_secrets.mask(input.payload),  # never a key in clear
                        "outcome": outcome,
                    },
                )

        return await payload_or_errors(OcppCommandPayload, work())
