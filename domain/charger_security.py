"""Charger security, for both OCPP versions on one implementation (OCPP 2.0.1 block A and M's
certificate commands, N's GetLog; the OCPP 1.6 security extension):

- security events a charger reports (SecurityEventNotification), stored per charger; the ones that
  need an operator open a fault;
- certificate signing: a charger's CSR (SignCertificate) checked and signed by the platform's charger
  CA (`domain.charger_pki`), the certificate kept by its hash data and end of validity for the
  console's expiry warnings;
- the certificates installed on a charger (InstallCertificate, DeleteCertificate,
  GetInstalledCertificateIds), kept per charger from the charger's answers;
- log uploads (GetLog) and their progress (LogStatusNotification).

The commands are the domain's OCPP 1.6 names and shapes (`domain/commands.py` calls `prepare` and
`apply` here); a 2.0.1 connection translates them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import Charger, ChargerCertificate, ChargerSecurityEvent, Fault, LogRequest, utcnow
from domain import charger_pki, faults, rows
from domain.errors import InvalidInput

#: Security events the OCPP appendices mark critical (pushed by the charger at once), in the 1.6
#: whitepaper's and 2.0.1's spellings.
CRITICAL_EVENTS = frozenset(
    {
        "FirmwareUpdated",
        "SettingSystemTime",
        "StartupOfTheDevice",
        "ResetOrReboot",
        "SecurityLogWasCleared",
        "MemoryExhaustion",
        "TamperDetectionActivated",
    }
)

#: Events an operator must look at: they open a fault (error code SECURITY_FAULT, the event type as its
#: info; one open at a time per charger, the later ones are in its security events). The critical
#: ones that are not routine (a boot, a reboot, an update, a clock set), and the certificate,
#: firmware-signature and replay events (a misconfiguration or an attack).
ALERT_EVENTS = frozenset(
    {
        "SecurityLogWasCleared",
        "MemoryExhaustion",
        "TamperDetectionActivated",
        "AttemptedReplayAttacks",
        "InvalidFirmwareSignature",
        "InvalidFirmwareSigningCertificate",
        "InvalidChargePointCertificate",
        "InvalidChargingStationCertificate",
        "InvalidCentralSystemCertificate",
        "InvalidCsmsCertificate",
    }
)

SECURITY_FAULT = "SecurityEvent"

#: The event the platform records itself when it refuses a charger's CSR.
CSR_REFUSED = "CsrRefusedByCentralSystem"

#: Commands whose effects this module stores.
COMMANDS = frozenset({"GetLog", "InstallCertificate", "DeleteCertificate", "GetInstalledCertificateIds"})

#: Rows kept per charger (the newest): a charger sending security events or certificate requests
#: without end does not grow the tables without bound.
MAX_EVENTS_PER_CHARGER = 1000
MAX_SIGNED_PER_CHARGER = 20

#: The certificate type of the certificates the CA signs (both versions' name for 1.6's only kind).
STATION_CERTIFICATE = "ChargingStationCertificate"


@dataclass
class RecordedEvent:
    event: ChargerSecurityEvent
    fault: Fault | None


async def record_event(
    session: AsyncSession, charger_id: int, type_: str, occurred_at: dt.datetime, tech_info: str | None
) -> RecordedEvent:
    """Store a security event; an alerting one opens a fault unless the charger has an open one."""
    event = ChargerSecurityEvent(
        charger_id=charger_id,
        type=type_[:50],
        occurred_at=occurred_at,
        tech_info=tech_info[:255] if tech_info else None,
        critical=type_ in CRITICAL_EVENTS,
    )
    session.add(event)
    fault = None
    if type_ in ALERT_EVENTS:
        fault = await faults.open_fault(session, charger_id, None, SECURITY_FAULT, info=type_, at=occurred_at)
    await session.flush()
    await rows.keep_newest(
        session, ChargerSecurityEvent, MAX_EVENTS_PER_CHARGER, ChargerSecurityEvent.charger_id == charger_id
    )
    return RecordedEvent(event, fault)


async def events_of(session: AsyncSession, charger_id: int, limit: int = 100) -> list[ChargerSecurityEvent]:
    """The charger's security events, newest first."""
    result = await session.execute(
        select(ChargerSecurityEvent)
        .where(ChargerSecurityEvent.charger_id == charger_id)
        .order_by(ChargerSecurityEvent.id.desc())
        .limit(limit)
    )
    return list(result.scalars())


# ------------------------------------------------------------------------------- certificate signing


@dataclass
class SignOutcome:
    """The answer to a SignCertificate: Accepted with the chain to send, or Rejected (why)."""

    signed: charger_pki.Signed | None
    refusal: str | None


async def sign_certificate(
    session: AsyncSession,
    charger_id: int,
    charge_point_id: str,
    ca: charger_pki.ChargerCA,
    csr_pem: str,
    *,
    certificate_type: str,
    days: int,
) -> SignOutcome:
    """Check and sign a charger's CSR. A refused one is recorded as a security event of the charger
    (type CSR_REFUSED, the reason as techInfo). The signed certificate is recorded once the charger
    accepts it (`certificate_accepted`)."""
    try:
        if certificate_type != STATION_CERTIFICATE:
            raise charger_pki.CsrRefused(f"{certificate_type[:40]} is not signed by this central system")
        csr = ca.check_csr(csr_pem, charge_point_id)
    except charger_pki.CsrRefused as e:
        await record_event(session, charger_id, CSR_REFUSED, utcnow(), str(e))
        return SignOutcome(None, str(e))
    return SignOutcome(ca.sign(csr, days), None)


async def certificate_accepted(session: AsyncSession, charger_id: int, signed: charger_pki.Signed) -> None:
    """The charger installed the certificate the CA signed for it: the one to watch for expiry."""
    h = signed.hash_data
    session.add(
        ChargerCertificate(
            charger_id=charger_id,
            source="signed",
            certificate_type=STATION_CERTIFICATE,
            hash_algorithm=h.hash_algorithm,
            issuer_name_hash=h.issuer_name_hash,
            issuer_key_hash=h.issuer_key_hash,
            serial_number=h.serial_number,
            subject=signed.subject,
            not_after=signed.not_after,
        )
    )
    await session.flush()
    await rows.keep_newest(
        session,
        ChargerCertificate,
        MAX_SIGNED_PER_CHARGER,
        ChargerCertificate.charger_id == charger_id,
        ChargerCertificate.source == "signed",
    )


async def certificates_of(session: AsyncSession, charger_id: int) -> list[ChargerCertificate]:
    """The charger's certificates: those the CA signed (newest first), then those installed on it."""
    result = await session.execute(
        select(ChargerCertificate)
        .where(ChargerCertificate.charger_id == charger_id)
        .order_by(ChargerCertificate.source.desc(), ChargerCertificate.id.desc())
    )
    return list(result.scalars())


@dataclass(frozen=True)
class Expiring:
    charger_id: int
    charge_point_id: str
    not_after: dt.datetime
    serial_number: str


async def expiring(session: AsyncSession, within_days: int, now: dt.datetime | None = None) -> list[Expiring]:
    """Chargers whose newest certificate signed by the CA ends within `within_days` days (or has
    ended), soonest first."""
    now = now or utcnow()
    newest = (
        select(ChargerCertificate.charger_id, func.max(ChargerCertificate.id).label("id"))
        .where(ChargerCertificate.source == "signed")
        .group_by(ChargerCertificate.charger_id)
        .subquery()
    )
    result = await session.execute(
        select(ChargerCertificate, Charger.charge_point_id)
        .join(newest, newest.c.id == ChargerCertificate.id)
        .join(Charger, Charger.id == ChargerCertificate.charger_id)
        .where(ChargerCertificate.not_after <= now + dt.timedelta(days=within_days))
        .order_by(ChargerCertificate.not_after)
    )
    return [
        Expiring(c.charger_id, cpid, c.not_after, c.serial_number)
        for c, cpid in result.all()
        if c.not_after is not None
    ]


# ----------------------------------------------------------------------- commands and their effects


def _hash_row(charger_id: int, certificate_type: str, h: dict[str, Any], **extra: Any) -> ChargerCertificate:
    return ChargerCertificate(
        charger_id=charger_id,
        source="installed",
        certificate_type=certificate_type[:40],
        hash_algorithm=h["hashAlgorithm"],
        issuer_name_hash=h["issuerNameHash"],
        issuer_key_hash=h["issuerKeyHash"],
        serial_number=h["serialNumber"],
        **extra,
    )


async def prepare(
    session: AsyncSession, charger: Charger, action: str, payload: dict[str, Any], user_id: int | None
) -> tuple[dict[str, Any], Any]:
    """Before a command is sent: a GetLog's request row (its id is the requestId); an
    InstallCertificate's certificate parsed (a PEM certificate, else InvalidInput)."""
    if action == "GetLog":
        log = payload["log"]
        row = LogRequest(
            charger_id=charger.id,
            log_type=payload["logType"],
            location=log["remoteLocation"],
            retries=payload.get("retries"),
            retry_interval=payload.get("retryInterval"),
            status="Requested",
            status_history=[],
            requested_by_id=user_id,
        )
        session.add(row)
        await session.flush()
        return {**payload, "requestId": row.id}, row
    if action == "InstallCertificate":
        try:
            charger_pki.load_certificate(payload["certificate"])
        except ValueError:
            raise InvalidInput("Not a PEM certificate.", field="certificate") from None
    return payload, None


def note_status(job: Any, status: str) -> None:
    """Add a status to a job's history (a log request, a firmware or diagnostics job)."""
    job.status_history = list(job.status_history or []) + [{"status": status, "at": utcnow().isoformat()}]


async def apply(
    session: AsyncSession,
    charger: Charger,
    action: str,
    payload: dict[str, Any],
    row: Any,
    result: dict[str, Any],
) -> None:
    """Store a command's answer."""
    status = result.get("status")
    if action == "GetLog" and isinstance(row, LogRequest):
        row.file_name = result.get("filename")
        if row.status == "Requested":  # a LogStatusNotification may have come first: it stays
            row.status = status or "Rejected"
        note_status(row, status or "Rejected")
    elif action == "InstallCertificate" and status == "Accepted":
        cert = charger_pki.load_certificate(payload["certificate"])
        h = charger_pki.hash_data(cert).as_ocpp()  # a root certificate: its own issuer
        await _forget(session, charger.id, h)
        session.add(
            _hash_row(
                charger.id,
                payload["certificateType"],
                h,
                subject=cert.subject.rfc4514_string()[:255],
                not_after=cert.not_valid_after_utc,
            )
        )
    elif action == "DeleteCertificate" and status in ("Accepted", "NotFound"):
        await _forget(session, charger.id, payload["certificateHashData"])
    elif action == "GetInstalledCertificateIds":
        # The charger's word replaces what was known of this type.
        kind = payload["certificateType"]
        await session.execute(
            delete(ChargerCertificate).where(
                ChargerCertificate.charger_id == charger.id,
                ChargerCertificate.source == "installed",
                ChargerCertificate.certificate_type == kind,
            )
        )
        for h in result.get("certificateHashData") or []:
            session.add(_hash_row(charger.id, kind, h))
    await session.flush()


async def failed(session: AsyncSession, action: str, row: Any) -> None:
    if action == "GetLog" and isinstance(row, LogRequest):
        row.status = "Failed"
        note_status(row, "Failed")
        await session.flush()


async def _forget(session: AsyncSession, charger_id: int, h: dict[str, Any]) -> None:
    await session.execute(
        delete(ChargerCertificate).where(
            ChargerCertificate.charger_id == charger_id,
            ChargerCertificate.source == "installed",
            ChargerCertificate.serial_number == h["serialNumber"],
            ChargerCertificate.issuer_name_hash == h["issuerNameHash"],
        )
    )


async def log_status(
    session: AsyncSession, charger_id: int, status: str, request_id: int | None
) -> LogRequest | None:
    """A LogStatusNotification: the progress of the charger's GetLog with that requestId (without one:
    its newest). Idle is noted in the history only (the charger answers a trigger with it)."""
    q = select(LogRequest).where(LogRequest.charger_id == charger_id)
    if request_id is not None:
        q = q.where(LogRequest.id == request_id)
    row = (
        await session.execute(q.order_by(LogRequest.id.desc()).limit(1).with_for_update())
    ).scalar_one_or_none()
    if row is None:
        return None
    if status != "Idle":
        row.status = status[:24]
    note_status(row, status)
    await session.flush()
    return row


async def log_requests_of(session: AsyncSession, charger_id: int, limit: int = 50) -> list[LogRequest]:
    result = await session.execute(
        select(LogRequest)
        .where(LogRequest.charger_id == charger_id)
        .order_by(LogRequest.id.desc())
        .limit(limit)
    )
    return list(result.scalars())
