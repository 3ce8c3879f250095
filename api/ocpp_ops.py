"""Admin mutations, one per outbound OCPP 1.6 command. Each returns the charger's answer (`status` and
the full `response`) or a typed error: ChargerOfflineError, CommandTimeoutError, CommandRejectedError
(the charger's CALLERROR), InvalidCommandError, NotFoundError. Side effects are stored (configuration
cache, reservations, profiles, firmware/diagnostics jobs, local list version)."""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Any

import strawberry
from strawberry.scalars import JSON

from api.errors import UserError, payload_or_errors
from api.ocpp_types import ChargingProfile, ConfigurationKey, DiagnosticsJob, FirmwareJob, Reservation
from api.permissions import require_admin
from api.relay import decode_id
from db import models as m
from domain import audit, commands, ocpp_secrets
from domain.errors import DomainError, InvalidInput


def _iso(t: dt.datetime) -> str:
    if t.tzinfo is None:
        t = t.replace(tzinfo=dt.UTC)
    return t.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


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


async def _run(info: strawberry.Info, charger_id: strawberry.ID, action: str, payload: dict[str, Any]) -> Any:
    admin = await require_admin(info)
    viewer = await info.context.get_viewer()
    api_key = viewer.api_key if viewer is not None else None

    async def work() -> OcppCommandPayload:
        cid = decode_id(charger_id, "Charger", field="chargerId")
        out = await commands.execute(
            info.context.platform,
            cid,
            action,
            payload,
            user_id=admin.id,
            origin="api_key" if api_key is not None else "admin",
            api_key_id=api_key.id if api_key is not None else None,
        )
        result = ocpp_secrets.mask(out.result)  # what is shown never holds a secret in clear
        p = OcppCommandPayload(status=result.get("status"), response=result)
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


def _clean(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v is not None}


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


@strawberry.type
class Mutation:
    @strawberry.mutation(description="Admins: RemoteStartTransaction.")
    async def remote_start_transaction(
        self, info: strawberry.Info, input: RemoteStartTransactionInput
    ) -> OcppCommandPayload:
        payload = _clean(
            {
                "idTag": input.id_tag,
                "connectorId": input.connector_id,
                "chargingProfile": input.charging_profile,
            }
        )
        return await _run(info, input.charger_id, "RemoteStartTransaction", payload)  # type: ignore[no-any-return]

    @strawberry.mutation(description="Admins: RemoteStopTransaction.")
    async def remote_stop_transaction(
        self, info: strawberry.Info, input: RemoteStopTransactionInput
    ) -> OcppCommandPayload:
        return await _run(  # type: ignore[no-any-return]
            info, input.charger_id, "RemoteStopTransaction", {"transactionId": input.transaction_id}
        )

    @strawberry.mutation(description="Admins: ChangeAvailability (connector 0 = the whole charger).")
    async def change_availability(
        self, info: strawberry.Info, input: ChangeAvailabilityInput
    ) -> OcppCommandPayload:
        payload = {"connectorId": input.connector_id, "type": input.type.value}
        return await _run(info, input.charger_id, "ChangeAvailability", payload)  # type: ignore[no-any-return]

    @strawberry.mutation(description="Admins: ChangeConfiguration (the configuration cache is updated).")
    async def change_configuration(
        self, info: strawberry.Info, input: ChangeConfigurationInput
    ) -> OcppCommandPayload:
        payload = {"key": input.key, "value": input.value}
        return await _run(info, input.charger_id, "ChangeConfiguration", payload)  # type: ignore[no-any-return]

    @strawberry.mutation(description="Admins: GetConfiguration (all keys, or the given ones); cached.")
    async def get_configuration(
        self, info: strawberry.Info, input: GetConfigurationInput
    ) -> OcppCommandPayload:
        payload = _clean({"key": input.keys})
        return await _run(info, input.charger_id, "GetConfiguration", payload)  # type: ignore[no-any-return]

    @strawberry.mutation(description="Admins: ClearCache (the charger's authorization cache).")
    async def clear_cache(self, info: strawberry.Info, input: ChargerCommandInput) -> OcppCommandPayload:
        return await _run(info, input.charger_id, "ClearCache", {})  # type: ignore[no-any-return]

    @strawberry.mutation(description="Admins: Reset (Hard or Soft).")
    async def reset_charger(self, info: strawberry.Info, input: ResetChargerInput) -> OcppCommandPayload:
        return await _run(info, input.charger_id, "Reset", {"type": input.type.value})  # type: ignore[no-any-return]

    @strawberry.mutation(description="Admins: UnlockConnector.")
    async def unlock_connector(
        self, info: strawberry.Info, input: UnlockConnectorInput
    ) -> OcppCommandPayload:
        payload = {"connectorId": input.connector_id}
        return await _run(info, input.charger_id, "UnlockConnector", payload)  # type: ignore[no-any-return]

    @strawberry.mutation(description="Admins: GetDiagnostics (a diagnostics job is recorded).")
    async def get_diagnostics(self, info: strawberry.Info, input: GetDiagnosticsInput) -> OcppCommandPayload:
        payload = _clean(
            {
                "location": input.location,
                "retries": input.retries,
                "retryInterval": input.retry_interval,
                "startTime": _iso(input.start_time) if input.start_time else None,
                "stopTime": _iso(input.stop_time) if input.stop_time else None,
            }
        )
        return await _run(info, input.charger_id, "GetDiagnostics", payload)  # type: ignore[no-any-return]

    @strawberry.mutation(description="Admins: UpdateFirmware (a firmware job is recorded).")
    async def update_firmware(self, info: strawberry.Info, input: UpdateFirmwareInput) -> OcppCommandPayload:
        payload = _clean(
            {
                "location": input.location,
                "retrieveDate": _iso(input.retrieve_date),
                "retries": input.retries,
                "retryInterval": input.retry_interval,
            }
        )
        return await _run(info, input.charger_id, "UpdateFirmware", payload)  # type: ignore[no-any-return]

    @strawberry.mutation(
        description="Admins: ReserveNow (the reservation is recorded; its id is the reservationId)."
    )
    async def reserve_now(self, info: strawberry.Info, input: ReserveNowInput) -> OcppCommandPayload:
        payload = _clean(
            {
                "connectorId": input.connector_id,
                "idTag": input.id_tag,
                "expiryDate": _iso(input.expiry_date),
                "parentIdTag": input.parent_id_tag,
            }
        )
        return await _run(info, input.charger_id, "ReserveNow", payload)  # type: ignore[no-any-return]

    @strawberry.mutation(description="Admins: CancelReservation.")
    async def cancel_charger_reservation(
        self, info: strawberry.Info, input: CancelReservationInput
    ) -> OcppCommandPayload:
        payload = {"reservationId": input.reservation_id}
        return await _run(info, input.charger_id, "CancelReservation", payload)  # type: ignore[no-any-return]

    @strawberry.mutation(description="Admins: DataTransfer to the charger.")
    async def data_transfer(self, info: strawberry.Info, input: DataTransferInput) -> OcppCommandPayload:
        payload = _clean({"vendorId": input.vendor_id, "messageId": input.message_id, "data": input.data})
        return await _run(info, input.charger_id, "DataTransfer", payload)  # type: ignore[no-any-return]

    @strawberry.mutation(description="Admins: GetLocalListVersion.")
    async def get_local_list_version(
        self, info: strawberry.Info, input: ChargerCommandInput
    ) -> OcppCommandPayload:
        return await _run(info, input.charger_id, "GetLocalListVersion", {})  # type: ignore[no-any-return]

    @strawberry.mutation(description="Admins: SendLocalList built from the id tags in the database.")
    async def send_local_list(self, info: strawberry.Info, input: SendLocalListInput) -> OcppCommandPayload:
        payload: dict[str, Any] = {"updateType": input.update_type.value}
        if input.list_version is not None:
            payload["listVersion"] = input.list_version
        if input.id_tags is not None:
            payload["_idTags"] = input.id_tags
        if input.changed_since is not None:
            payload["_since"] = _iso(input.changed_since)
        return await _run(info, input.charger_id, "SendLocalList", payload)  # type: ignore[no-any-return]

    @strawberry.mutation(description="Admins: TriggerMessage.")
    async def trigger_message(self, info: strawberry.Info, input: TriggerMessageInput) -> OcppCommandPayload:
        payload = _clean(
            {"requestedMessage": input.requested_message.value, "connectorId": input.connector_id}
        )
        return await _run(info, input.charger_id, "TriggerMessage", payload)  # type: ignore[no-any-return]

    @strawberry.mutation(description="Admins: GetCompositeSchedule.")
    async def get_composite_schedule(
        self, info: strawberry.Info, input: GetCompositeScheduleInput
    ) -> OcppCommandPayload:
        payload = _clean(
            {
                "connectorId": input.connector_id,
                "duration": input.duration,
                "chargingRateUnit": input.charging_rate_unit.value if input.charging_rate_unit else None,
            }
        )
        return await _run(info, input.charger_id, "GetCompositeSchedule", payload)  # type: ignore[no-any-return]

    @strawberry.mutation(
        description="Admins: ClearChargingProfile (matching stored profiles are marked Cleared)."
    )
    async def clear_charging_profile(
        self, info: strawberry.Info, input: ClearChargingProfileInput
    ) -> OcppCommandPayload:
        payload = _clean(
            {
                "id": input.id,
                "connectorId": input.connector_id,
                "chargingProfilePurpose": input.charging_profile_purpose,
                "stackLevel": input.stack_level,
            }
        )
        return await _run(info, input.charger_id, "ClearChargingProfile", payload)  # type: ignore[no-any-return]

    @strawberry.mutation(description="Admins: SetChargingProfile (the profile is recorded with its status).")
    async def set_charging_profile(
        self, info: strawberry.Info, input: SetChargingProfileInput
    ) -> OcppCommandPayload:
        payload = {"connectorId": input.connector_id, "csChargingProfiles": input.cs_charging_profiles}
        return await _run(info, input.charger_id, "SetChargingProfile", payload)  # type: ignore[no-any-return]

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
                async with info.context.platform.sessionmaker() as s, s.begin():
                    audit.record(
                        s,
                        actor_user_id=admin.id,
                        action="ocpp.raw_command",
                        target_type="Charger",
                        target_id=cid,
                        details={
                            "action": input.action,
                            "payload": ocpp_secrets.mask(input.payload),  # never a key in clear
                            "outcome": outcome,
                        },
                    )

        return await payload_or_errors(OcppCommandPayload, work())
