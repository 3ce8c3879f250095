"""What outbound OCPP commands leave behind: the configuration cache, reservations, charging profiles,
firmware and diagnostics jobs, the local list version, availability.

`prepare()` runs before a command is sent (it may create the row whose id goes into the payload, e.g.
the reservationId); `apply()` stores the charger's answer; `failed()` records that it never arrived.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import (
    Charger,
    ChargerConfiguration,
    ChargingProfile,
    DiagnosticsJob,
    FirmwareJob,
    Reservation,
    utcnow,
)
from domain import authorization, chargers, ocpp_secrets
from domain.errors import InvalidInput, NotFound
from domain.timestamps import parse_timestamp


@dataclass
class Prepared:
    payload: dict[str, Any]
    row: Any = None
    extra: dict[str, Any] = field(default_factory=dict)


def _ts(value: str | None) -> dt.datetime | None:
    return parse_timestamp(value) if value else None


async def prepare(
    session: AsyncSession, charger: Charger, action: str, payload: dict[str, Any], user_id: int | None
) -> Prepared:
    payload = dict(payload)
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
            charger_id=charger.id,
            location=ocpp_secrets.mask(payload["location"]),  # no URL password stored
            retrieve_at=_ts(payload["retrieveDate"]) or utcnow(),
            retries=payload.get("retries"),
            retry_interval=payload.get("retryInterval"),
            status="Requested",
            status_history=[],
            requested_by_id=user_id,
        )
        session.add(job)
        await session.flush()
        return Prepared(payload, job)
    if action == "GetDiagnostics":
        djob = DiagnosticsJob(
            charger_id=charger.id,
            location=ocpp_secrets.mask(payload["location"]),  # no URL password stored
            start_time=_ts(payload.get("startTime")),
            stop_time=_ts(payload.get("stopTime")),
            retries=payload.get("retries"),
            retry_interval=payload.get("retryInterval"),
            status="Requested",
            status_history=[],
            requested_by_id=user_id,
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
            payload["localAuthorizationList"] = entries
        payload.setdefault("listVersion", charger.local_list_version + 1)
        return Prepared(payload)
    return Prepared(payload)


def _history(job: Any, status: str) -> None:
    job.status_history = list(job.status_history or []) + [{"status": status, "at": utcnow().isoformat()}]


async def apply(
    session: AsyncSession, charger: Charger, action: str, prep: Prepared, result: dict[str, Any]
) -> None:
    payload = prep.payload
    status = result.get("status")
    if action == "GetConfiguration":
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
        await session.execute(q.values(status="Cleared"))
    elif action in ("UpdateFirmware", "GetDiagnostics"):
        if action == "GetDiagnostics":
            prep.row.file_name = result.get("fileName")
        if prep.row.status == "Requested":  # a status notification may have come first: it stays
            prep.row.status = "Accepted"
        _history(prep.row, "Accepted")
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
    if action == "ReserveNow":
        row.status = "Rejected"
    elif action == "SetChargingProfile":
        row.status = "Failed"
    elif action in ("UpdateFirmware", "GetDiagnostics"):
        row.status = "Failed"
        _history(row, "Failed")
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
