"""Charger security for the console (admins): a charger's security events, its certificates (those the
platform's charger CA signed, with their end of validity, and those installed on it), its log uploads
(GetLog), and the chargers whose certificate ends soon. The commands themselves are in `api/ocpp_ops.py`
(installCertificate, deleteCertificate, getInstalledCertificateIds, extendedTriggerMessage, getLog)."""

from __future__ import annotations

import datetime as dt

import strawberry

from api.mapped import mapped
from api.ocpp_types import JobStatusChange
from api.permissions import require_admin
from api.relay import decode_id, encode_id
from db import models as m
from db.engine import read_session
from domain import charger_security, rows
from domain.charger_security import ALERT_EVENTS


@strawberry.type(description="A security event the charger reported (SecurityEventNotification).")
class ChargerSecurityEvent:
    id: strawberry.ID
    type: str
    occurred_at: dt.datetime
    tech_info: str | None
    critical: bool = strawberry.field(description="Marked critical by OCPP (the charger sends it at once).")
    alert: bool = strawberry.field(description="Opens a fault: an operator should look at it.")
    received_at: dt.datetime

    @classmethod
    def from_model(cls, e: m.ChargerSecurityEvent) -> ChargerSecurityEvent:
        return mapped(cls, e, id=encode_id("ChargerSecurityEvent", e.id), alert=e.type in ALERT_EVENTS)


@strawberry.type(description="A certificate of a charger, by its OCPP certificate hash data.")
class ChargerCertificate:
    id: strawberry.ID
    source: str = strawberry.field(description="signed (by the platform's charger CA) or installed.")
    certificate_type: str
    hash_algorithm: str
    issuer_name_hash: str
    issuer_key_hash: str
    serial_number: str
    subject: str | None
    not_after: dt.datetime | None
    expires_soon: bool = strawberry.field(description="Ends within CHARGER_CERT_WARNING_DAYS (or has ended).")

    @classmethod
    def from_model(cls, c: m.ChargerCertificate, warn_before: dt.datetime) -> ChargerCertificate:
        return mapped(
            cls,
            c,
            id=encode_id("ChargerCertificate", c.id),
            expires_soon=c.not_after is not None and c.not_after <= warn_before,
        )


@strawberry.type(description="A log upload asked of the charger (GetLog) and its progress.")
class LogRequest:
    id: strawberry.ID
    request_id: int = strawberry.field(description="The GetLog requestId.")
    log_type: str
    location: str
    file_name: str | None
    status: str
    history: list[JobStatusChange]
    created_at: dt.datetime

    @classmethod
    def from_model(cls, r: m.LogRequest) -> LogRequest:
        return mapped(
            cls, r, id=encode_id("LogRequest", r.id), request_id=r.id, history=JobStatusChange.history(r)
        )


@strawberry.type
class ChargerSecurity:
    events: list[ChargerSecurityEvent] = strawberry.field(description="Newest first (the last 100).")
    certificates: list[ChargerCertificate]
    log_requests: list[LogRequest] = strawberry.field(description="Newest first (the last 50).")


@strawberry.type(description="A charger whose certificate from the platform's CA ends soon.")
class CertificateExpiry:
    charger_id: strawberry.ID
    charge_point_id: str
    serial_number: str
    not_after: dt.datetime


@strawberry.type
class Query:
    @strawberry.field(description="Admins: a charger's security events, certificates and log uploads.")
    async def charger_security(self, info: strawberry.Info, charger_id: strawberry.ID) -> ChargerSecurity:
        await require_admin(info)
        cid = decode_id(charger_id, "Charger", field="chargerId")
        platform = info.context.platform
        warn_before = m.utcnow() + dt.timedelta(days=platform.settings.charger_cert_warning_days)
        async with read_session(platform.sessionmaker) as s:
            await rows.get(s, m.Charger, cid, "No such charger.")
            return ChargerSecurity(
                events=[ChargerSecurityEvent.from_model(e) for e in await charger_security.events_of(s, cid)],
                certificates=[
                    ChargerCertificate.from_model(c, warn_before)
                    for c in await charger_security.certificates_of(s, cid)
                ],
                log_requests=[
                    LogRequest.from_model(r) for r in await charger_security.log_requests_of(s, cid)
                ],
            )

    @strawberry.field(
        description="Admins: chargers whose newest certificate signed by the platform's charger CA ends "
        "within CHARGER_CERT_WARNING_DAYS (or has ended), soonest first."
    )
    async def expiring_charger_certificates(self, info: strawberry.Info) -> list[CertificateExpiry]:
        await require_admin(info)
        platform = info.context.platform
        async with read_session(platform.sessionmaker) as s:
            found = await charger_security.expiring(s, platform.settings.charger_cert_warning_days)
        return [
            CertificateExpiry(
                charger_id=encode_id("Charger", e.charger_id),
                charge_point_id=e.charge_point_id,
                serial_number=e.serial_number,
                not_after=e.not_after,
            )
            for e in found
        ]

    @strawberry.field(
        description="Admins: the platform's charger CA certificate (PEM): what profile-3 chargers' "
        "certificates are signed by (point OCPP_TLS_CA at it)."
    )
    async def charger_ca_certificate(self, info: strawberry.Info) -> str | None:
        await require_admin(info)
        ca = info.context.platform.charger_ca
        return ca.cert_pem if ca is not None else None
