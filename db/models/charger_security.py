"""Charger security (OCPP 2.0.1 block A, the OCPP 1.6 security extension): the security events a
charger reports, the certificates the platform signed for it and those installed on it, and the log
uploads asked of it (GetLog)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base
from db.models.columns import (
    ChargerJob,
    Timestamps,
    UTCDateTime,
    charger_fk,
    created_column,
    enum_check,
    pk,
)

__all__ = [
    "CERTIFICATE_SOURCES",
    "LOG_TYPES",
    "ChargerSecurityEvent",
    "ChargerCertificate",
    "LogRequest",
]

#: signed: the platform's charger CA signed it (SignCertificate); installed: reported by the charger
#: (GetInstalledCertificateIds) or installed by an operator (InstallCertificate).
CERTIFICATE_SOURCES = ("signed", "installed")
LOG_TYPES = ("DiagnosticsLog", "SecurityLog")


class ChargerSecurityEvent(Base):
    """A SecurityEventNotification (both versions): its type, when it happened, its techInfo."""

    __tablename__ = "charger_security_events"
    __table_args__ = (Index(None, "charger_id", "id"),)

    id: Mapped[int] = pk()
    charger_id: Mapped[int] = charger_fk()
    type: Mapped[str] = mapped_column(String(50), nullable=False)
    occurred_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), nullable=False)
    tech_info: Mapped[str | None] = mapped_column(String(255))
    critical: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    received_at: Mapped[dt.datetime] = created_column()


class ChargerCertificate(Timestamps, Base):
    """A certificate of a charger, named by its OCPP certificate hash data."""

    __tablename__ = "charger_certificates"
    __table_args__ = (enum_check("source", CERTIFICATE_SOURCES), Index(None, "charger_id", "source"))

    id: Mapped[int] = pk()
    charger_id: Mapped[int] = charger_fk()
    source: Mapped[str] = mapped_column(String(16), nullable=False)
    #: ChargingStationCertificate (signed) or the use it was installed for (CentralSystemRootCertificate,
    #: CSMSRootCertificate, ManufacturerRootCertificate, ...).
    certificate_type: Mapped[str] = mapped_column(String(40), nullable=False)
    hash_algorithm: Mapped[str] = mapped_column(String(8), nullable=False)
    issuer_name_hash: Mapped[str] = mapped_column(String(128), nullable=False)
    issuer_key_hash: Mapped[str] = mapped_column(String(128), nullable=False)
    serial_number: Mapped[str] = mapped_column(String(40), nullable=False)
    subject: Mapped[str | None] = mapped_column(String(255))
    not_after: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())


class LogRequest(ChargerJob, Base):
    """A GetLog (both versions): its id is the requestId; LogStatusNotification moves its status."""

    __tablename__ = "charger_log_requests"
    __table_args__ = (enum_check("log_type", LOG_TYPES), Index(None, "charger_id", "id"))

    id: Mapped[int] = pk()
    charger_id: Mapped[int] = charger_fk()
    log_type: Mapped[str] = mapped_column(String(16), nullable=False)
    location: Mapped[str] = mapped_column(String(512), nullable=False)
    retries: Mapped[int | None] = mapped_column(Integer)
    retry_interval: Mapped[int | None] = mapped_column(Integer)
    file_name: Mapped[str | None] = mapped_column(String(255))
