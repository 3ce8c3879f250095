"""What outbound OCPP commands leave behind: the configuration cache, reservations, charging profiles,
firmware and diagnostics jobs, the local list version, availability.

`execute()` sends an admin's command through the charger gateway with its side effects stored:
`prepare()` runs before a command is sent (it may create the row whose id goes into the payload, e.g.
the reservationId); `apply()` stores the charger's answer; `failed()` records that it never arrived.
`after_approval()` brings a just-approved charger into service.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from db.engine import read_session
from db.models import (
    Charger,
    ChargerConfiguration,
    ChargingProfile,
    DiagnosticsJob,
    FirmwareJob,
    Reservation,
    utcnow,
)
from domain import (
    authorization,
    charger_security,
    chargers,
    cost_display,
    customer_information,
    device_model,
    display_messages,
    idtags,
    monitoring,
    ocpp_secrets,
    rows,
    station_requests,
    uow,
)
from domain.errors import InvalidInput, NotFound
from domain.gateway_errors import (
    ChargerNotAccepted,
    ChargerOffline,
    CommandError,
    CommandRejected,
    CommandTimeout,
    InvalidCommand,
)
from domain.ports import ChargerGateway, DomainPlatform
from domain.timestamps import parse_timestamp

#: UpdateFirmware's signed-firmware fields (OCPP 2.0.1 only), and their most characters.
FIRMWARE_SIGNING = {"signingCertificate": 5500, "signature": 800}
#: An OCPP 2.0.1 station's refusals of UpdateFirmware (the job fails; a fleet target is rejected).
FIRMWARE_REFUSED = ("Rejected", "InvalidCertificate", "RevokedCertificate")

#: The commands that exist in OCPP 2.0.1 only (InvalidCommand for a 1.6 charger): the one list the
#: checks here and the OCPP edge use. Their payloads are 2.0.1's, sent as they are, except that
#: GetTransactionStatus names the platform's charging session (the 2.0.1 edge puts the station's
#: transactionId in its place).
OCPP201_ONLY = (
    device_model.COMMANDS
    | display_messages.COMMANDS
    | monitoring.COMMANDS
    | cost_display.COMMANDS
    | customer_information.COMMANDS
    | {"GetChargingProfiles", "GetTransactionStatus"}
)


def is_signed_firmware(payload: dict[str, Any]) -> bool:
    """An UpdateFirmware of signed firmware (its signing certificate and signature given)."""
    return any(payload.get(name) for name in FIRMWARE_SIGNING)


def check_firmware_16(payload: dict[str, Any]) -> None:
    """Signed firmware for an OCPP 1.6 charger goes as the security extension's SignedUpdateFirmware,
    which needs both the signing certificate and the signature; 1.6's own UpdateFirmware has no
    install time."""
    if is_signed_firmware(payload):
        for name in FIRMWARE_SIGNING:
            if not payload.get(name):
                raise InvalidInput(
                    "Signed firmware for an OCPP 1.6 charger needs the signing certificate and the "
                    "signature.",
                    field=name,
                )
    elif payload.get("installDate"):
        raise InvalidInput(
            "An OCPP 1.6 charger takes an install time with signed firmware only.", field="installDate"
        )


@dataclass
class Prepared:
    payload: dict[str, Any]
    row: Any = None
    extra: dict[str, Any] = field(default_factory=dict)


def _ts(value: str | None) -> dt.datetime | None:
    return parse_timestamp(value) if value else None


def _job_fields(charger_id: int, payload: dict[str, Any], user_id: int | None) -> dict[str, Any]:
    """What a firmware and a diagnostics job record of their command (the URL without its password)."""
    return {
        "charger_id": charger_id,
        "location": ocpp_secrets.mask(payload["location"]),
        "retries": payload.get("retries"),
        "retry_interval": payload.get("retryInterval"),
        "status": "Requested",
        "status_history": [],
        "requested_by_id": user_id,
    }


async def prepare(
    session: AsyncSession, charger: Charger, action: str, payload: dict[str, Any], user_id: int | None
) -> Prepared:
    payload = dict(payload)
    if action in charger_security.COMMANDS:
        payload, row = await charger_security.prepare(session, charger, action, payload, user_id)
        return Prepared(payload, row)
    if action in device_model.REPORT_ACTIONS:
        return Prepared(
            payload, await device_model.prepare_report(session, charger, action, payload, user_id)
        )
    if action in station_requests.REQUEST_ACTIONS:
        criteria = customer_information.criteria(payload) if action == "CustomerInformation" else None
        return Prepared(
            payload, await station_requests.open_request(session, charger, action, payload, user_id, criteria)
        )
    if action in display_messages.COMMANDS:
        return Prepared(payload, await display_messages.prepare(session, charger, action, payload, user_id))
    if action == "ReserveNow":
        expiry = _ts(payload.get("expiryDate"))
        if expiry is None or expiry <= utcnow():
            raise InvalidInput("The expiry date must be in the future.", field="expiryDate")
        r = Reservation(
            charger_id=charger.id,
            connector_id=payload["connectorId"],
            id_tag=payload["idTag"],
            expires_at=expiry,
            user_id=user_id,
            status="Requested",
        )
        session.add(r)
        await session.flush()
        payload["reservationId"] = r.id
        return Prepared(payload, r)
    if action == "CancelReservation":
        found = await session.get(Reservation, payload["reservationId"])
        if found is None or found.charger_id != charger.id:
            raise NotFound("No such reservation on this charger.", field="reservationId")
        return Prepared(payload, found)
    if action == "SetChargingProfile":
        prof = payload["csChargingProfiles"]
        row = ChargingProfile(
            charger_id=charger.id,
            connector_id=payload["connectorId"],
            charging_profile_id=prof["chargingProfileId"],
            transaction_id=prof.get("transactionId"),
            stack_level=prof["stackLevel"],
            purpose=prof["chargingProfilePurpose"],
            kind=prof["chargingProfileKind"],
            recurrency_kind=prof.get("recurrencyKind"),
            valid_from=_ts(prof.get("validFrom")),
            valid_to=_ts(prof.get("validTo")),
            schedule=prof["chargingSchedule"],
            status="Pending",
            created_by_id=user_id,
        )
        session.add(row)
        await session.flush()
        return Prepared(payload, row)
    if action == "UpdateFirmware":
        job = FirmwareJob(
            **_job_fields(charger.id, payload, user_id),
            retrieve_at=_ts(payload["retrieveDate"]) or utcnow(),
        )
        session.add(job)
        await session.flush()
        if charger.ocpp_version == "2.0.1" or is_signed_firmware(payload):
            # Its (Signed)FirmwareStatusNotifications name the job.
            payload["requestId"] = job.id
        return Prepared(payload, job)
    if action == "GetDiagnostics":
        djob = DiagnosticsJob(
            **_job_fields(charger.id, payload, user_id),
            start_time=_ts(payload.get("startTime")),
            stop_time=_ts(payload.get("stopTime")),
        )
        session.add(djob)
        await session.flush()
        return Prepared(payload, djob)
    if action == "SendLocalList":
        # Built from the id tags in the database: all of them (Full) or the given/changed ones (Differential).
        if "localAuthorizationList" not in payload:
            ids = payload.pop("_idTags", None)
            since = _ts(payload.pop("_since", None))
            if payload["updateType"] == "Full":
                entries = await authorization.local_list_entries(session, id_tags=ids)
            else:
                entries = await authorization.local_list_entries(session, id_tags=ids, since=since)
            if charger.ocpp_version != "2.0.1":
                entries = idtags.fit_for_16(entries)
            payload["localAuthorizationList"] = entries
        payload.setdefault("listVersion", charger.local_list_version + 1)
        return Prepared(payload)
    return Prepared(payload)


def _history(job: Any, status: str) -> None:
    charger_security.note_status(job, status)


async def apply(
    session: AsyncSession, charger: Charger, action: str, prep: Prepared, result: dict[str, Any]
) -> None:
    payload = prep.payload
    status = result.get("status")
    if action in charger_security.COMMANDS:
        await charger_security.apply(session, charger, action, payload, prep.row, result)
    elif action == "GetConfiguration":
        for item in result.get("configurationKey") or []:
            await upsert_config(
                session, charger.id, item["key"], item.get("value"), bool(item.get("readonly"))
            )
    elif action == "ChangeConfiguration" and status in ("Accepted", "RebootRequired"):
        await upsert_config(session, charger.id, payload["key"], payload["value"], None)
        if payload["key"] == "AuthorizationKey" and charger.security_profile in (0, 1, 2):
            # The charger took a new password (OCPP 1.6 security whitepaper, OCTT TC_073): it
            # reconnects with it, so it is the one the platform checks from now on.
            charger.auth_key_hash = chargers.hash_auth_key(payload["value"])
        if payload["key"] == SECURITY_PROFILE:
            # OCTT TC_083: the charger takes the higher profile at its next connection; from now on
            # only that profile is admitted (a connection on the old one is refused), and the hard
            # reset that makes it reconnect is sent once this is committed.
            charger.security_profile = int(payload["value"])
            uow.unit_of(session).send_command(charger.charge_point_id, "Reset", {"type": "Hard"})
    elif action == "ReserveNow":
        prep.row.status = status or "Rejected"
    elif action == "CancelReservation" and status == "Accepted":
        prep.row.status = "Cancelled"
    elif action == "SetChargingProfile":
        prep.row.status = status or "Rejected"
        if status == "Accepted":
            # A profile with the same id (or the same purpose and stack level) is replaced on the charger.
            await session.execute(
                update(ChargingProfile)
                .where(
                    ChargingProfile.charger_id == charger.id,
                    ChargingProfile.id != prep.row.id,
                    ChargingProfile.status == "Accepted",
                    (ChargingProfile.charging_profile_id == prep.row.charging_profile_id)
                    | (
                        (ChargingProfile.purpose == prep.row.purpose)
                        & (ChargingProfile.stack_level == prep.row.stack_level)
                        & (ChargingProfile.connector_id == prep.row.connector_id)
                    ),
                )
                .values(status="Cleared")
                .execution_options(synchronize_session=PROFILES_SYNC)
            )
    elif action == "ClearChargingProfile" and status == "Accepted":
        q = update(ChargingProfile).where(
            ChargingProfile.charger_id == charger.id, ChargingProfile.status == "Accepted"
        )
        if payload.get("id") is not None:
            q = q.where(ChargingProfile.charging_profile_id == payload["id"])
        if payload.get("connectorId") is not None:
            q = q.where(ChargingProfile.connector_id == payload["connectorId"])
        if payload.get("chargingProfilePurpose") is not None:
            q = q.where(ChargingProfile.purpose == payload["chargingProfilePurpose"])
        if payload.get("stackLevel") is not None:
            q = q.where(ChargingProfile.stack_level == payload["stackLevel"])
        await session.execute(q.values(status="Cleared").execution_options(synchronize_session=PROFILES_SYNC))
    elif action == "UpdateFirmware" and status in FIRMWARE_REFUSED:
        prep.row.status = "Failed"
        _history(prep.row, status)
    elif action in ("UpdateFirmware", "GetDiagnostics"):
        if action == "GetDiagnostics":
            prep.row.file_name = result.get("fileName")
        if prep.row.status == "Requested":  # a status notification may have come first: it stays
            prep.row.status = "Accepted"
        _history(prep.row, "Accepted")
    elif action in device_model.REPORT_ACTIONS:
        device_model.report_answered(prep.row, status)
    elif action in station_requests.REQUEST_ACTIONS:
        station_requests.answered(prep.row, status)
        if action == "CustomerInformation" and not payload.get("report"):
            station_requests.finished(prep.row)  # no report follows
    elif action == "SetVariables":
        await device_model.applied_set_variables(session, charger.id, payload, result)
    elif action in display_messages.COMMANDS:
        await display_messages.apply(session, charger, action, payload, prep.row, result)
    elif action in monitoring.COMMANDS:
        await monitoring.apply(session, charger, action, payload, result)
    elif action == "SendLocalList" and status == "Accepted":
        charger.local_list_version = payload["listVersion"]
    elif action == "GetLocalListVersion":
        version = result.get("listVersion")
        if isinstance(version, int) and version >= 0:
            charger.local_list_version = version
    elif (
        action == "ChangeAvailability" and status in ("Accepted", "Scheduled") and payload["connectorId"] == 0
    ):
        charger.availability = payload["type"]
    await session.flush()


async def failed(session: AsyncSession, action: str, prep: Prepared) -> None:
    """The command was not answered (offline, timeout, CALLERROR): mark the prepared row."""
    row = prep.row
    if row is None:
        return
    if action in charger_security.COMMANDS:
        await charger_security.failed(session, action, row)
    elif action == "ReserveNow":
        row.status = "Rejected"
    elif action == "SetChargingProfile":
        row.status = "Failed"
    elif action in ("UpdateFirmware", "GetDiagnostics"):
        row.status = "Failed"
        _history(row, "Failed")
    elif action in device_model.REPORT_ACTIONS:
        device_model.report_failed(row)
    elif action in station_requests.REQUEST_ACTIONS:
        station_requests.failed(row)
    elif action == "SetDisplayMessage":
        display_messages.failed(row)
    await session.flush()


async def upsert_config(
    session: AsyncSession, charger_id: int, key: str, value: str | None, readonly: bool | None
) -> None:
    row = (
        await session.execute(
            select(ChargerConfiguration).where(
                ChargerConfiguration.charger_id == charger_id, ChargerConfiguration.key == key
            )
        )
    ).scalar_one_or_none()
    if row is None:
        row = ChargerConfiguration(charger_id=charger_id, key=key[:50], readonly=bool(readonly))
        session.add(row)
    value = ocpp_secrets.mask_value(key, value)  # a secret is never cached in clear
    row.value = value[:500] if value is not None else None
    if readonly is not None:
        row.readonly = readonly
    row.updated_at = utcnow()


# ------------------------------------------------------------------------------ sending (admins)


@dataclass
class Outcome:
    charger: Charger
    payload: dict[str, Any]
    result: dict[str, Any]
    row: Any = None


async def execute(
    platform: DomainPlatform,
    charger_id: int,
    action: str,
    payload: dict[str, Any],
    *,
    user_id: int | None = None,
    timeout: float | None = None,
    origin: str | None = None,
    api_key_id: int | None = None,
) -> Outcome:
    """Send `action` to the charger with id `charger_id`; raise a CommandError/DomainError on failure."""
    if action == "GetConfiguration" and len(payload.get("key") or []) > 1:
        batched = await _get_variables_in_batches(
            platform,
            charger_id,
            payload,
            user_id=user_id,
            timeout=timeout,
            origin=origin,
            api_key_id=api_key_id,
        )
        if batched is not None:
            return batched
    validate_payload(platform.gateway, action, payload)
    async with platform.sessionmaker() as s, s.begin():
        charger = await rows.get(s, Charger, charger_id, "No such charger.")
        if not chargers.may_receive(
            action, approved=charger.approved, registration_status=charger.registration_status
        ):
            raise ChargerNotAccepted()  # before any row (a reservation) is prepared for it
        if charger.ocpp_version != "2.0.1" and action in OCPP201_ONLY:
            raise InvalidCommand(f"{action} is a command for OCPP 2.0.1 chargers.")
        if action == "UpdateFirmware" and charger.ocpp_version != "2.0.1":
            check_firmware_16(payload)
        if action == "ChangeConfiguration" and payload.get("key") == SECURITY_PROFILE:
            check_profile_raise(charger, payload.get("value"))
        prep = await prepare(s, charger, action, payload, user_id)
        cpid = charger.charge_point_id
    try:
        result = await platform.gateway.send_command(
            cpid,
            action,
            prep.payload,
            timeout=timeout,
            user_id=user_id,
            origin=origin,
            api_key_id=api_key_id,
        )
    except CommandError:
        if prep.row is not None:
            async with platform.sessionmaker() as s, s.begin():
                prep.row = await _fresh(s, prep.row)
                await failed(s, action, prep)
        raise
    async with platform.sessionmaker() as s, s.begin():
        charger = await chargers.get(s, charger_id)
        if prep.row is not None:
            prep.row = await _fresh(s, prep.row)
        await apply(s, charger, action, prep, result)
    return Outcome(charger, prep.payload, result, prep.row)


async def _get_variables_in_batches(
    platform: DomainPlatform, charger_id: int, payload: dict[str, Any], **options: Any
) -> Outcome | None:
    """A 2.0.1 station's GetConfiguration (GetVariables) split to stay within its
    DeviceDataCtrlr.ItemsPerMessage/BytesPerMessage[GetVariables] (OCTT TC_B_08): one command per
    batch, in order, the answers merged; None when one request fits (or the limits are unknown)."""
    async with read_session(platform.sessionmaker) as s:
        charger = await rows.get(s, Charger, charger_id, "No such charger.")
        if charger.ocpp_version != "2.0.1":
            return None
        items, size = await device_model.message_limits(s, charger_id, "GetVariables")
    parts = device_model.batches(list(payload["key"]), items, size)
    if len(parts) < 2:
        return None
    found: list[Any] = []
    unknown: list[Any] = []
    out: Outcome | None = None
    for keys in parts:
        out = await execute(platform, charger_id, "GetConfiguration", {**payload, "key": keys}, **options)
        found += out.result.get("configurationKey") or []
        unknown += out.result.get("unknownKey") or []
    assert out is not None
    result: dict[str, Any] = {"configurationKey": found}
    if unknown:
        result["unknownKey"] = unknown
    return Outcome(out.charger, payload, result)


async def _fresh(session: AsyncSession, row: Any) -> Any:
    """The prepared row as it is now in the database, locked until the answer is stored. Not `merge()`:
    that would write the copy read before the command back over what the charger reported meanwhile (a
    FirmwareStatusNotification sent right after its answer to UpdateFirmware); and not an unlocked
    read, which a notification committing between the read and the write would be lost to."""
    fresh = await session.get(type(row), row.id, with_for_update=True, populate_existing=True)
    return fresh if fresh is not None else await session.merge(row)


async def execute_raw(
    platform: DomainPlatform,
    charger_id: int,
    action: str,
    payload: dict[str, Any],
    *,
    user_id: int | None = None,
    origin: str | None = None,
    api_key_id: int | None = None,
) -> Outcome:
    """Expert mode: send any command a central system sends, with the payload as given, checked
    against the action's schema only (no platform rule: e.g. CancelReservation of an id the platform
    does not know). Recorded in the command history like every command; nothing else is stored. A
    command carrying drivers' idTags still needs an approved charger (the gateway checks)."""
    if action == "ChangeConfiguration" and payload.get("key") == "AuthorizationKey":
        chargers.check_auth_key(str(payload.get("value") or ""))
    platform.gateway.check_command(action, payload)
    async with read_session(platform.sessionmaker) as s:
        charger = await chargers.get(s, charger_id)
    result = await platform.gateway.send_command(
        charger.charge_point_id, action, payload, user_id=user_id, origin=origin, api_key_id=api_key_id
    )
    return Outcome(charger=charger, payload=payload, result=result)


#: How the profiles an accepted SetChargingProfile or ClearChargingProfile clears are brought up to
#: date in the session: only the rows the UPDATE matched (RETURNING, or a SELECT first where the
#: database has no UPDATE ... RETURNING), not by testing every object the session holds against its
#: criteria ("evaluate"), which made a load-management round that stores 500 answers in one
#: transaction quadratic.
PROFILES_SYNC = "fetch"

#: The OCPP 1.6 security extension's configuration key of a charger's security profile.
SECURITY_PROFILE = "SecurityProfile"


def check_profile_raise(charger: Charger, value: Any) -> None:
    """ChangeConfiguration SecurityProfile (OCTT TC_083) is for 1.6 chargers; see `check_profile_level`."""
    if charger.ocpp_version == "2.0.1":
        raise InvalidCommand(
            "A 2.0.1 station moves to another security profile with SetNetworkProfile and a Reset."
        )
    check_profile_level(charger, value)


def check_profile_level(charger: Charger, value: Any) -> None:
    """A security profile is only raised over OCPP (never lowered), to one the charger can
    authenticate on: profiles 1 and 2 need its password (AuthorizationKey, BasicAuthPassword)."""
    text = str(value or "")
    if text not in ("1", "2", "3"):
        raise InvalidInput("The security profile is 1, 2 or 3.", field="value")
    if int(text) <= charger.security_profile:
        raise InvalidInput(
            f"The charger uses security profile {charger.security_profile}; over OCPP a profile is"
            " only raised.",
            field="value",
        )
    if int(text) in (1, 2) and not charger.auth_key_hash:
        raise InvalidInput(
            "Set the charger's AuthorizationKey first: profiles 1 and 2 authenticate with it.",
            field="value",
        )


#: The most characters of a CSMS URL given to a 2.0.1 station (its connectionData's ocppCsmsUrl).
CSMS_URL_MAX = 512


async def raise_security_profile(
    platform: DomainPlatform,
    charger_id: int,
    profile: int,
    *,
    configuration_slot: int | None = None,
    csms_url: str | None = None,
    **sender: Any,
) -> list[tuple[str, str | None]]:
    """Raise a charger's security profile, as OCTT TC_083 (1.6) and TC_A_19 (2.0.1) do it; each
    command and the charger's answer, in order. A 1.6 charger: ChangeConfiguration SecurityProfile
    (`apply` keeps the profile and sends Reset Hard). A 2.0.1 station: SetNetworkProfile with the new
    profile in `configuration_slot`, then OCPPCommCtrlr.NetworkConfigurationPriority naming that
    slot; once both are accepted the profile is the station's (a connection on the old one is refused
    from then on) and Reset Hard (Immediate) is sent after the commit. A step the charger refuses ends
    it, nothing stored."""
    async with read_session(platform.sessionmaker) as s:
        charger = await rows.get(s, Charger, charger_id, "No such charger.")
    if charger.ocpp_version != "2.0.1":
        payload = {"key": SECURITY_PROFILE, "value": str(profile)}
        out = await execute(platform, charger_id, "ChangeConfiguration", payload, **sender)
        return [("ChangeConfiguration", out.result.get("status"))]
    check_profile_level(charger, profile)
    if configuration_slot is None or configuration_slot < 0:
        raise InvalidInput("Name the connection profile slot to write.", field="configurationSlot")
    scheme = "ws://" if profile == 1 else "wss://"
    if not csms_url or not csms_url.startswith(scheme) or len(csms_url) > CSMS_URL_MAX:
        raise InvalidInput(
            f"Profile {profile} connects to a {scheme} URL of at most {CSMS_URL_MAX} characters.",
            field="ocppCsmsUrl",
        )
    network = {
        "configurationSlot": configuration_slot,
        "connectionData": {
            "ocppVersion": "OCPP20",
            "ocppTransport": "JSON",
            "ocppCsmsUrl": csms_url,
            "messageTimeout": 30,
            "securityProfile": profile,
            "ocppInterface": "Wired0",
        },
    }
    out = await execute(platform, charger_id, "SetNetworkProfile", network, **sender)
    steps: list[tuple[str, str | None]] = [("SetNetworkProfile", out.result.get("status"))]
    if steps[-1][1] != "Accepted":
        return steps
    priority = {
        "component": {"name": "OCPPCommCtrlr"},
        "variable": {"name": "NetworkConfigurationPriority"},
        "attributeValue": str(configuration_slot),
    }
    out = await execute(platform, charger_id, "SetVariables", {"setVariableData": [priority]}, **sender)
    status = (out.result.get("setVariableResult") or [{}])[0].get("attributeStatus")
    steps.append(("SetVariables", status))
    if status not in ("Accepted", "RebootRequired"):
        return steps
    async with platform.sessionmaker() as s, s.begin():
        charger = await rows.get(s, Charger, charger_id, "No such charger.")
        charger.security_profile = profile
        uow.unit_of(s).send_command(charger.charge_point_id, "Reset", {"type": "Hard"})
    return steps


def validate_payload(gateway: ChargerGateway, action: str, payload: dict[str, Any]) -> None:
    """Check the payload against the charger protocol before any row is prepared for it."""
    if action == "SendLocalList":
        return  # built from the database in prepare(); validated when sent
    if action == "ChangeConfiguration" and payload.get("key") == "AuthorizationKey":
        # A key no 1.6 charger can hold (or that the platform could not check) is never sent.
        chargers.check_auth_key(str(payload.get("value") or ""))
    if action == "SetVariables":
        device_model.check_set_variables(payload)
    check = dict(payload)
    if action == "UpdateFirmware":
        for name, most in FIRMWARE_SIGNING.items():
            value = check.pop(name, None)
            if value is not None and not 0 < len(str(value)) <= most:
                raise InvalidInput(f"At most {most} characters.", field=name)
        install = check.pop("installDate", None)
        if install is not None:
            try:
                parse_timestamp(str(install))
            except ValueError:
                raise InvalidInput("Not a date and time.", field="installDate") from None
    if action == "ReserveNow":
        check.setdefault("reservationId", 0)  # assigned by prepare()
    if action == "GetLog":
        check.setdefault("requestId", 0)  # the log request's id, assigned by prepare()
    if action in device_model.REPORT_ACTIONS or action in station_requests.REQUEST_ACTIONS:
        check["requestId"] = 0  # assigned by prepare()
    if action == "CustomerInformation":
        customer_information.check(payload)
    if action == "SetDisplayMessage" and isinstance(check.get("message"), dict):
        check["message"] = {"id": 0, **check["message"]}  # assigned by prepare()
    gateway.check_command(action, check)


@dataclass
class ApprovalNotice:
    """What the platform told a charger it just approved."""

    #: The charger's answer to ChangeConfiguration AuthorizationKey (Accepted: it reconnects with the
    #: key by itself), or why it was not delivered (Offline, Timeout, CALLERROR code); None: no new key.
    key_delivery: str | None = None
    #: Whether a connection admitted without credentials was closed (it must reconnect with the key).
    closed_unauthenticated: bool = False
    #: The charger's answer to TriggerMessage BootNotification; None when not sent.
    boot_trigger: str | None = None


async def after_approval(
    platform: DomainPlatform, cpid: str, profile: int, key: str | None, *, user_id: int | None = None
) -> ApprovalNotice:
    """Bring a just-approved charger into service without waiting for its retry intervals.

    - With a new AuthorizationKey: send it (ChangeConfiguration AuthorizationKey, hex digits, as the
      OCPP 1.6 security whitepaper defines; a conforming charger answers Accepted, disconnects and
      reconnects with the new password), then close any connection of the charger that was admitted
      without credentials: from now on it must authenticate.
    - Without one (the charger already authenticates): TriggerMessage BootNotification, so it boots
      now and is Accepted instead of waiting for its boot retry interval."""
    notice = ApprovalNotice()

    def outcome(e: CommandError) -> str:
        if isinstance(e, CommandRejected):
            return e.error_code
        if isinstance(e, ChargerOffline):
            return "Offline"
        if isinstance(e, CommandTimeout):
            return "Timeout"
        return e.code

    async with read_session(platform.sessionmaker) as s:
        found = await chargers.node_of(s, cpid)
    online = found is not None and found[1] is not None
    if key is not None:
        if online:
            try:
                # Not recorded in the command history: the payload is the secret itself.
                answer = await platform.gateway.send_command(
                    cpid,
                    "ChangeConfiguration",
                    {"key": "AuthorizationKey", "value": chargers.auth_key_hex(key)},
                    user_id=user_id,
                    record=False,
                )
                notice.key_delivery = str(answer.get("status") or "Rejected")
            except CommandError as e:
                notice.key_delivery = outcome(e)
        else:
            notice.key_delivery = "Offline"
        notice.closed_unauthenticated = await platform.gateway.close_below_profile(cpid, profile)
        return notice
    # A connection admitted below the new profile (e.g. approved straight onto client certificates)
    # is closed, not triggered (its BootNotification would not be Accepted anyway).
    notice.closed_unauthenticated = await platform.gateway.close_below_profile(cpid, profile)
    if online and not notice.closed_unauthenticated:
        try:
            answer = await platform.gateway.send_command(
                cpid, "TriggerMessage", {"requestedMessage": "BootNotification"}, user_id=user_id
            )
            notice.boot_trigger = str(answer.get("status") or "Rejected")
        except CommandError as e:
            notice.boot_trigger = outcome(e)
    return notice
