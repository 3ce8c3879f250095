"""One handler per inbound OCPP 1.6 action (charger → central system).

Each handler gets the validated camelCase payload, does its work through `domain/` in one database
transaction, and returns the CALLRESULT payload; events are published after the answer is sent.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import DiagnosticsJob, FirmwareJob, utcnow
from domain import (
    authorization,
    chargers,
    events,
    fleet,
    fleet_runner,
    platform_settings,
    roaming_tokens,
    timestamps,
    transactions,
)
from domain.load import service as load
from ocpp_server import ingest
from ocpp_server import protocol as p

if TYPE_CHECKING:
    from ocpp_server.connection import ChargerConnection, Handler


def _now_iso() -> str:
    return utcnow().isoformat(timespec="milliseconds").replace("+00:00", "Z")


def parse_ts(value: str, field: str) -> dt.datetime:
    try:
        return timestamps.parse_timestamp(value)
    except (ValueError, TypeError):
        raise p.OcppError(p.TYPE_CONSTRAINT_VIOLATION, f"{field}: not an RFC 3339 date-time") from None


def check_meter_timestamps(meter_value: list[dict[str, Any]]) -> None:
    for i, mv in enumerate(meter_value):
        parse_ts(mv["timestamp"], f"meterValue/{i}/timestamp")


async def boot_notification(conn: ChargerConnection, payload: dict[str, Any]) -> dict[str, Any]:
    platform = conn.server.platform
    charger_id = conn.charger_id

    admitted = conn.security_profile

    async def unit(s: AsyncSession) -> str:
        return await chargers.record_boot(s, charger_id, payload, admitted_profile=admitted)

    # Through the group writer, like the other small writes of a connecting charger.
    status = await ingest.run(platform, unit)
    if status == chargers.NEEDS_CREDENTIALS:
        # Admitted without the credentials the charger now needs (an admin approved it or raised its
        # profile meanwhile): never Accepted on this connection; closed once answered.
        conn.accepted = False
        conn.close_after_answer = (1008, "reconnect with the charger's credentials")
        interval = await platform_settings.effective(platform, "heartbeat_interval")
        return {"status": "Pending", "currentTime": _now_iso(), "interval": interval}
    conn.registration_status = status
    conn.accepted = status == "Accepted"
    event: events.ChargerStatusEvent = {
        "type": "boot",
        "charge_point_id": conn.cpid,
        "status": status,
        "online": True,
        "connector_id": 0,
        "is_public": conn.is_public,
        "vendor": payload.get("chargePointVendor"),
        "model": payload.get("chargePointModel"),
        "firmware_version": payload.get("firmwareVersion"),
        "timestamp": _now_iso(),
    }
    conn.outbox.publish(events.status_channels(conn.cpid), event)
    if conn.accepted:
        load.booted(platform, charger_id)
    interval = await platform_settings.effective(platform, "heartbeat_interval")
    return {"status": status, "currentTime": _now_iso(), "interval": interval}


async def heartbeat(conn: ChargerConnection, payload: dict[str, Any]) -> dict[str, Any]:
    await ingest.record_heartbeat(conn.server.platform, conn.charger_id)
    return {"currentTime": _now_iso()}


async def status_notification(conn: ChargerConnection, payload: dict[str, Any]) -> dict[str, Any]:
    ts = parse_ts(payload["timestamp"], "timestamp") if payload.get("timestamp") else None
    change = await ingest.record_status(
        conn.server.platform,
        conn.charger_id,
        payload["connectorId"],
        payload["status"],
        payload["errorCode"],
        info=payload.get("info"),
        vendor_id=payload.get("vendorId"),
        vendor_error_code=payload.get("vendorErrorCode"),
        timestamp=ts,
    )
    conn.is_public = change.is_public
    event: events.ChargerStatusEvent = {
        "type": "connector",
        "charge_point_id": conn.cpid,
        "connector_id": payload["connectorId"],
        "status": change.status,
        "error_code": change.error_code,
        "info": payload.get("info"),
        "vendor_error_code": payload.get("vendorErrorCode"),
        "is_public": conn.is_public,
        "online": True,
        "timestamp": (ts or utcnow()).isoformat(),
    }
    conn.outbox.publish(events.status_channels(conn.cpid), event)
    for fault in change.fault_events:
        fault["charge_point_id"] = conn.cpid
        conn.outbox.publish(events.FAULTS, fault)
    load.touch(conn.server.platform, conn.charger_id)
    return {}


#: OCPP 1.6 idTagInfo status for each reason the domain refuses a start with a valid tag. Invalid,
#: not Blocked: Blocked says the card itself is barred (chargers show it so, and keep it in their
#: authorization cache and local list as such), while a wallet below the minimum balance is a passing
#: state the driver fixes by topping up; Invalid is 1.6's plain "not allowed to charge now".
#: (OCPP 2.0.1 has NoCredit for exactly this.)
REFUSAL_STATUS_16 = {authorization.NO_CREDIT: authorization.INVALID}


def _refused(info: dict[str, Any], refusal: authorization.StartRefusal | None) -> dict[str, Any]:
    if refusal is None:
        return info
    return {**info, "status": REFUSAL_STATUS_16.get(refusal.reason, authorization.INVALID)}


async def authorize(conn: ChargerConnection, payload: dict[str, Any]) -> dict[str, Any]:
    info, refusal = await roaming_tokens.authorize(conn.server.platform, payload["idTag"], conn.charger_id)
    return {"idTagInfo": _refused(info, refusal)}


async def start_transaction(conn: ChargerConnection, payload: dict[str, Any]) -> dict[str, Any]:
    ts = parse_ts(payload["timestamp"], "timestamp")
    async with conn.server.platform.sessionmaker() as s, s.begin():
        result = await transactions.start_transaction(
            s,
            conn.charger_id,
            payload["connectorId"],
            payload["idTag"],
            payload["meterStart"],
            ts,
            reservation_id=payload.get("reservationId"),
            settings=conn.server.platform.settings,
        )
        publish_started(conn, result)
    load.touch(conn.server.platform, conn.charger_id)
    return {"transactionId": result.tx.id, "idTagInfo": _refused(result.id_tag_info, result.refusal)}


def publish_started(conn: ChargerConnection, result: transactions.StartResult) -> None:
    """Stage the events of a recorded start on the CALL's outbox (both OCPP versions)."""
    tx = result.tx
    event = transactions.session_event(tx)
    event["charge_point_id"] = conn.cpid
    event["connector_id"] = tx.connector_id
    conn.outbox.publish(events.session(tx.id), event)
    if result.request is not None:
        request_event: events.ChargingRequestEvent = {
            "request_id": result.request.id,
            "user_id": result.request.user_id,
            "status": result.request.status,
            "session_id": tx.id,
            "transaction_id": tx.id,
            "error": None,
        }
        conn.outbox.publish(events.charging_request(result.request.id), request_event)
    if tx.start_source in (transactions.START_ADMIN, transactions.START_API_KEY):
        # An admin's RemoteStartTransaction started it: the command history shows what became of it.
        started: events.CommandEvent = {
            "type": "command",
            "command_id": None,
            "charger_id": conn.charger_id,
            "charge_point_id": conn.cpid,
            "action": "RemoteStartTransaction",
            "status": "started",
            "session_id": tx.id,
        }
        conn.outbox.publish(events.COMMANDS, started)


async def stop_transaction(conn: ChargerConnection, payload: dict[str, Any]) -> dict[str, Any]:
    ts = parse_ts(payload["timestamp"], "timestamp")
    data = payload.get("transactionData") or []
    check_meter_timestamps(data)
    async with conn.server.platform.sessionmaker() as s, s.begin():
        result = await transactions.stop_transaction(
            s,
            conn.charger_id,
            payload["transactionId"],
            payload["meterStop"],
            ts,
            reason=payload.get("reason"),
            id_tag=payload.get("idTag"),
            transaction_data=data,
        )
        event = transactions.session_event(result.tx) if result.tx is not None else None
        stop_meter: events.MeterEvent | None = None
        if result.meter_rows:
            stop_meter = {
                "charge_point_id": conn.cpid,
                "connector_id": result.tx.connector_id if result.tx is not None else 0,
                "transaction_id": payload["transactionId"],
                "user_id": result.tx.user_id if result.tx is not None else None,
                "timestamp": payload["timestamp"],
                "values": [transactions.sampled_event(r) for r in result.meter_rows],
            }
        fault_event = None
        if result.fault is not None:
            from domain import faults

            fault_event = faults.event(result.fault, conn.cpid)
    if event is not None and result.tx is not None:
        event["charge_point_id"] = conn.cpid
        event["connector_id"] = result.tx.connector_id
        conn.outbox.publish(events.session(result.tx.id), event)
    if fault_event is not None:
        conn.outbox.publish(events.FAULTS, fault_event)
    if stop_meter is not None:
        conn.outbox.publish(events.charger_meter(conn.cpid), stop_meter)
    load.touch(conn.server.platform, conn.charger_id)
    answer: dict[str, Any] = {}
    if result.id_tag_info is not None:
        answer["idTagInfo"] = result.id_tag_info
    return answer


async def meter_values(conn: ChargerConnection, payload: dict[str, Any]) -> dict[str, Any]:
    mv = payload["meterValue"]
    check_meter_timestamps(mv)
    # Group commit: stored with other chargers' writes in one transaction, answered once committed.
    result, session_event = await ingest.store_meter_values(
        conn.server.platform, conn.charger_id, payload["connectorId"], payload.get("transactionId"), mv
    )
    meter_event: events.MeterEvent = {
        "charge_point_id": conn.cpid,
        "connector_id": payload["connectorId"],
        "transaction_id": payload.get("transactionId"),
        "user_id": result.tx.user_id if result.tx is not None else None,
        "timestamp": mv[-1]["timestamp"] if mv else _now_iso(),
        "values": result.values,
    }
    meter_event.update(transactions.totals(result.values))
    conn.outbox.publish(events.charger_meter(conn.cpid), meter_event)
    if session_event is not None and result.tx is not None:
        session_event["charge_point_id"] = conn.cpid
        session_event["connector_id"] = result.tx.connector_id
        conn.outbox.publish(events.session(result.tx.id), session_event)
    load.measured(conn.server.platform, conn.charger_id, payload["connectorId"], result.values)
    return {}


#: DataTransfer vendors this central system understands (anything else: UnknownVendorId).
KNOWN_VENDORS = {"PlagSini"}


async def data_transfer(conn: ChargerConnection, payload: dict[str, Any]) -> dict[str, Any]:
    # Stored in the message log; no vendor extension is implemented yet.
    if payload["vendorId"] not in KNOWN_VENDORS:
        return {"status": "UnknownVendorId"}
    if payload.get("messageId") == "echo":
        return {"status": "Accepted", "data": payload.get("data")}
    return {"status": "UnknownMessageId"}


async def _job_status(
    conn: ChargerConnection,
    model: Any,
    status: str,
    *,
    reported: str | None = None,
    job_id: int | None = None,
) -> None:
    """The charger's job status notification: its latest job (or the job `job_id`, when it is this
    charger's) takes `status`; the history keeps the status as the charger `reported` it."""
    changed: list[tuple[int, int]] = []
    async with conn.server.platform.sessionmaker() as s, s.begin():
        q = select(model).where(model.charger_id == conn.charger_id)
        job = None
        if job_id is not None:
            # Locked like the answer's writer does, so neither overwrites the other's history.
            job = (await s.execute(q.where(model.id == job_id).with_for_update())).scalar_one_or_none()
        if job is None:
            job = (
                await s.execute(q.order_by(model.id.desc()).limit(1).with_for_update())
            ).scalar_one_or_none()
        if job is None:
            return
        if status != "Idle":
            job.status = status
        job.status_history = list(job.status_history or []) + [
            {"status": reported or status, "at": _now_iso()}
        ]
        if model is FirmwareJob:
            changed = await fleet.firmware_progress(s, job, status)
    if changed:
        # A fleet rollout follows this firmware job: show it, and move the rollout on.
        conn.server.spawn(fleet_runner.on_firmware_status(conn.server.platform, changed, status))
    kind = "firmware" if model is FirmwareJob else "diagnostics"
    event: events.ChargerStatusEvent = {
        "type": kind,
        "charge_point_id": conn.cpid,
        "status": status,
        "job_id": job.id,
        "timestamp": _now_iso(),
    }
    conn.outbox.publish(events.charger_status(conn.cpid), event)


async def firmware_status_notification(conn: ChargerConnection, payload: dict[str, Any]) -> dict[str, Any]:
    await _job_status(conn, FirmwareJob, payload["status"])
    return {}


async def firmware_status(conn: ChargerConnection, status: str, reported: str, job_id: int | None) -> None:
    """A firmware status in the platform's terms (`status`, one of `FIRMWARE_STATUSES`) for the job
    `job_id` (else the latest), kept in its history as the charger `reported` it (OCPP 2.0.1)."""
    await _job_status(conn, FirmwareJob, status, reported=reported, job_id=job_id)


#: The signed firmware's statuses (OCPP 2.0.1 FirmwareStatusEnumType, the same in the 1.6 security
#: extension's SignedFirmwareStatusNotification) → the platform's firmware status (OCPP 1.6's); the
#: job's history keeps the charger's own word.
SIGNED_FIRMWARE_STATUS = {
    "Downloaded": "Downloaded",
    "DownloadFailed": "DownloadFailed",
    "Downloading": "Downloading",
    "DownloadScheduled": "Accepted",
    "DownloadPaused": "Downloading",
    "Idle": "Idle",
    "InstallationFailed": "InstallationFailed",
    "Installing": "Installing",
    "Installed": "Installed",
    "InstallRebooting": "Installing",
    "InstallScheduled": "Downloaded",
    "InstallVerificationFailed": "InstallationFailed",
    "InvalidSignature": "InstallationFailed",
    "SignatureVerified": "Downloaded",
}


async def diagnostics_status_notification(conn: ChargerConnection, payload: dict[str, Any]) -> dict[str, Any]:
    await _job_status(conn, DiagnosticsJob, payload["status"])
    return {}


HANDLERS: dict[str, Handler] = {
    "BootNotification": boot_notification,
    "Heartbeat": heartbeat,
    "StatusNotification": status_notification,
    "Authorize": authorize,
    "StartTransaction": start_transaction,
    "StopTransaction": stop_transaction,
    "MeterValues": meter_values,
    "DataTransfer": data_transfer,
    "FirmwareStatusNotification": firmware_status_notification,
    "DiagnosticsStatusNotification": diagnostics_status_notification,
}
