"""Charger security messages, for OCPP 1.6 (the security extension, "Improved security for OCPP
1.6-J") and OCPP 2.0.1 (blocks A, M, N) alike: the messages have the same shape in both, and the same
domain (`domain/charger_security.py`, the platform's charger CA in `domain/charger_pki.py`) does the
work.

Inbound: SecurityEventNotification (stored; alerting ones open a fault), SignCertificate (checked and
signed; the chain follows as CertificateSigned once the answer is sent), LogStatusNotification (a
GetLog's progress), SignedFirmwareStatusNotification (1.6 only: a SignedUpdateFirmware's progress).
Outbound, for 2.0.1 stations: the domain's commands in their 1.6 names and shapes as 2.0.1 CALLs
(`outbound201`); a 1.6 charger's SignedUpdateFirmware is made in `dialect.py`.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from db.models import utcnow
from domain import charger_pki, charger_security, events, faults
from domain.gateway_errors import CommandError
from ocpp_server import handlers as h16
from ocpp_server.dialect import Outbound

if TYPE_CHECKING:
    from ocpp_server.connection import ChargerConnection, Handler

log = logging.getLogger(__name__)


async def security_event_notification(conn: ChargerConnection, payload: dict[str, Any]) -> dict[str, Any]:
    at = h16.parse_ts(payload["timestamp"], "timestamp")
    async with conn.server.platform.sessionmaker() as s, s.begin():
        recorded = await charger_security.record_event(
            s, conn.charger_id, payload["type"], at, payload.get("techInfo")
        )
        fault_event = faults.event(recorded.fault, conn.cpid) if recorded.fault is not None else None
    event: events.ChargerStatusEvent = {
        "type": "security_event",
        "charge_point_id": conn.cpid,
        "status": payload["type"],
        "info": payload.get("techInfo"),
        "timestamp": at.isoformat(),
    }
    conn.outbox.publish(events.charger_status(conn.cpid), event)
    if fault_event is not None:
        conn.outbox.publish(events.FAULTS, fault_event)
    return {}


async def sign_certificate(conn: ChargerConnection, payload: dict[str, Any]) -> dict[str, Any]:
    platform = conn.server.platform
    ca: charger_pki.ChargerCA | None = platform.charger_ca
    certificate_type = payload.get("certificateType", charger_security.STATION_CERTIFICATE)
    if ca is None:
        log.warning("%s: SignCertificate refused: this node has no charger CA", conn.cpid)
        return {"status": "Rejected"}
    async with platform.sessionmaker() as s, s.begin():
        outcome = await charger_security.sign_certificate(
            s,
            conn.charger_id,
            conn.cpid,
            ca,
            payload["csr"],
            certificate_type=certificate_type,
            days=platform.settings.charger_cert_days,
        )
    if outcome.signed is None:
        log.info("%s: CSR refused: %s", conn.cpid, outcome.refusal)
        return {"status": "Rejected"}
    signed = outcome.signed
    charger_id, cpid = conn.charger_id, conn.cpid

    async def deliver() -> None:
        # After the answer (OCPP 2.0.1 A02.FR.11 / the 1.6 whitepaper: Accepted, then CertificateSigned).
        try:
            answer = await platform.gateway.send_command(
                cpid, "CertificateSigned", {"certificateChain": signed.chain_pem}
            )
        except CommandError as e:
            log.warning("%s: CertificateSigned not delivered: %s", cpid, e)
            return
        if answer.get("status") == "Accepted":
            async with platform.sessionmaker() as s, s.begin():
                await charger_security.certificate_accepted(s, charger_id, signed)

    conn.after_answer.append(deliver)
    return {"status": "Accepted"}


async def log_status_notification(conn: ChargerConnection, payload: dict[str, Any]) -> dict[str, Any]:
    async with conn.server.platform.sessionmaker() as s, s.begin():
        row = await charger_security.log_status(
            s, conn.charger_id, payload["status"], payload.get("requestId")
        )
        job_id = row.id if row is not None else None
    if job_id is not None:
        event: events.ChargerStatusEvent = {
            "type": "log",
            "charge_point_id": conn.cpid,
            "status": payload["status"],
            "job_id": job_id,
            "timestamp": utcnow().isoformat(),
        }
        conn.outbox.publish(events.charger_status(conn.cpid), event)
    return {}


async def signed_firmware_status_notification(
    conn: ChargerConnection, payload: dict[str, Any]
) -> dict[str, Any]:
    """The 1.6 security extension's firmware progress (after SignedUpdateFirmware): the firmware job of
    its requestId (else the latest) moves on in the platform's terms, as a 2.0.1 station's
    FirmwareStatusNotification does, and a fleet rollout with it; the charger's word is kept."""
    reported = payload["status"]
    await h16.firmware_status(conn, h16.SIGNED_FIRMWARE_STATUS[reported], reported, payload.get("requestId"))
    return {}


#: The security extension's inbound messages only OCPP 1.6 has (2.0.1 has them in its core).
HANDLERS_16: dict[str, Handler] = {"SignedFirmwareStatusNotification": signed_firmware_status_notification}

#: The inbound security messages, the same handler for both versions.
HANDLERS: dict[str, Handler] = {
    "SecurityEventNotification": security_event_notification,
    "SignCertificate": sign_certificate,
    "LogStatusNotification": log_status_notification,
}


# ---------------------------------------------------------------------------- OCPP 2.0.1 outbound

#: 1.6 CertificateUse → 2.0.1 certificate use.
CERTIFICATE_USE_201 = {"CentralSystemRootCertificate": "CSMSRootCertificate"}
CERTIFICATE_USE_16 = {v: k for k, v in CERTIFICATE_USE_201.items()}

#: 1.6 ExtendedTriggerMessage's requestedMessage → 2.0.1 TriggerMessage's.
TRIGGER_201 = {"SignChargePointCertificate": "SignChargingStationCertificate"}


def _same(result: dict[str, Any]) -> dict[str, Any]:
    return result


def _installed_ids(result: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"status": result.get("status", "NotFound")}
    chain = [c["certificateHashData"] for c in result.get("certificateHashDataChain") or []]
    if chain:
        out["certificateHashData"] = chain
    return out


def outbound201(action: str, payload: dict[str, Any]) -> Outbound | None:
    """A security command of the domain as its OCPP 2.0.1 CALL (None: not a security command)."""
    if action == "CertificateSigned":
        return Outbound(
            "CertificateSigned",
            {**payload, "certificateType": charger_security.STATION_CERTIFICATE},
            _same,
        )
    if action == "InstallCertificate":
        use = CERTIFICATE_USE_201.get(payload["certificateType"], payload["certificateType"])
        return Outbound("InstallCertificate", {**payload, "certificateType": use}, _same)
    if action == "GetInstalledCertificateIds":
        use = CERTIFICATE_USE_201.get(payload["certificateType"], payload["certificateType"])
        return Outbound("GetInstalledCertificateIds", {"certificateType": [use]}, _installed_ids)
    if action in ("DeleteCertificate", "GetLog"):
        return Outbound(action, payload, _same)
    if action == "ExtendedTriggerMessage":
        requested = payload["requestedMessage"]
        trigger: dict[str, Any] = {"requestedMessage": TRIGGER_201.get(requested, requested)}
        if payload.get("connectorId"):
            trigger["evse"] = {"id": payload["connectorId"]}
        return Outbound("TriggerMessage", trigger, _same)
    return None
