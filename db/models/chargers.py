"""Chargers: charge points, their connectors, faults and maintenance records."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    false,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base
from db.models.columns import (
    BigId,
    Timestamps,
    UTCDateTime,
    charger_fk,
    enum_check,
    nullable_enum_check,
    pk,
    updated_column,
    user_fk,
    utcnow,
)

if TYPE_CHECKING:
    from db.models.pricing import Tariff

__all__ = [
    "REGISTRATION_STATUSES",
    "CHARGER_AVAILABILITY",
    "CONNECTOR_TYPES",
    "CONNECTOR_STATUSES",
    "FAULT_STATUSES",
    "MAINTENANCE_KINDS",
    "MAINTENANCE_STATUSES",
    "Site",
    "Charger",
    "Connector",
    "Fault",
    "MaintenanceRecord",
]


REGISTRATION_STATUSES = ("Accepted", "Pending", "Rejected")

CHARGER_AVAILABILITY = ("Operative", "Inoperative")

CONNECTOR_TYPES = ("CCS2", "Type2", "CHAdeMO", "GB-T")

CONNECTOR_STATUSES = (
    "Available",
    "Preparing",
    "Charging",
    "SuspendedEVSE",
    "SuspendedEV",
    "Finishing",
    "Reserved",
    "Unavailable",
    "Faulted",
)

FAULT_STATUSES = ("open", "acknowledged", "resolved")

MAINTENANCE_KINDS = ("preventive", "corrective", "inspection", "installation", "firmware", "other")

MAINTENANCE_STATUSES = ("scheduled", "in_progress", "completed", "cancelled")


class Site(Timestamps, Base):
    """A place with chargers (a car park, a mall): what the console groups chargers by."""

    __tablename__ = "sites"

    id: Mapped[int] = pk()
    name: Mapped[str] = mapped_column(String(100), unique=True, nullable=False)
    description: Mapped[str | None] = mapped_column(String(500))
    address: Mapped[str | None] = mapped_column(String(255))
    city: Mapped[str | None] = mapped_column(String(100))
    state: Mapped[str | None] = mapped_column(String(100))
    postcode: Mapped[str | None] = mapped_column(String(16))
    latitude: Mapped[Decimal | None] = mapped_column(Numeric(9, 6))
    longitude: Mapped[Decimal | None] = mapped_column(Numeric(9, 6))


class Charger(Timestamps, Base):
    __tablename__ = "chargers"
    __table_args__ = (
        CheckConstraint("security_profile BETWEEN 0 AND 3", name="security_profile_range"),
        enum_check("registration_status", REGISTRATION_STATUSES, name="registration_status"),
        enum_check("availability", CHARGER_AVAILABILITY),
        Index(None, "latitude", "longitude"),
    )

    id: Mapped[int] = pk()
    charge_point_id: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    name: Mapped[str | None] = mapped_column(String(100))
    description: Mapped[str | None] = mapped_column(String(500))
    vendor: Mapped[str | None] = mapped_column(String(50))
    model: Mapped[str | None] = mapped_column(String(50))
    serial_number: Mapped[str | None] = mapped_column(String(50))
    charge_box_serial_number: Mapped[str | None] = mapped_column(String(50))
    firmware_version: Mapped[str | None] = mapped_column(String(50))
    iccid: Mapped[str | None] = mapped_column(String(20))
    imsi: Mapped[str | None] = mapped_column(String(20))
    meter_type: Mapped[str | None] = mapped_column(String(50))
    meter_serial_number: Mapped[str | None] = mapped_column(String(50))
    latitude: Mapped[Decimal | None] = mapped_column(Numeric(9, 6))
    longitude: Mapped[Decimal | None] = mapped_column(Numeric(9, 6))
    address: Mapped[str | None] = mapped_column(String(255))
    city: Mapped[str | None] = mapped_column(String(100), index=True)
    state: Mapped[str | None] = mapped_column(String(100))
    postcode: Mapped[str | None] = mapped_column(String(16))
    security_profile: Mapped[int] = mapped_column(Integer, default=1, server_default="1", nullable=False)
    #: The OCPP version negotiated on the charger's latest connection ("1.6" or "2.0.1"; None: never
    #: connected).
    ocpp_version: Mapped[str | None] = mapped_column(String(8))
    #: Hash of the OCPP AuthorizationKey (Basic auth password, profiles 1 and 2). Write-only.
    auth_key_hash: Mapped[str | None] = mapped_column(String(255))
    registration_status: Mapped[str] = mapped_column(String(16), default="Pending", nullable=False)
    approved: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false(), nullable=False)
    is_public: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true(), nullable=False)
    availability: Mapped[str] = mapped_column(String(16), default="Operative", nullable=False)
    last_heartbeat_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    last_boot_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    online: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false(), nullable=False)
    #: The node that holds this charger's WebSocket (NULL when offline).
    node_id: Mapped[str | None] = mapped_column(String(64), index=True)
    connected_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    local_list_version: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    max_power_kw: Mapped[Decimal | None] = mapped_column(Numeric(8, 2))
    tariff_id: Mapped[int | None] = mapped_column(
        BigId, ForeignKey("tariffs.id", ondelete="SET NULL"), index=True
    )
    site_id: Mapped[int | None] = mapped_column(
        BigId, ForeignKey("sites.id", ondelete="SET NULL"), index=True
    )

    connectors: Mapped[list[Connector]] = relationship(
        back_populates="charger", cascade="all, delete-orphan", order_by="Connector.connector_id"
    )
    tariff: Mapped[Tariff | None] = relationship()


class Connector(Base):
    __tablename__ = "connectors"
    __table_args__ = (
        UniqueConstraint("charger_id", "connector_id"),
        CheckConstraint("connector_id >= 0", name="connector_id_nonneg"),
        enum_check("status", CONNECTOR_STATUSES),
        nullable_enum_check("connector_type", CONNECTOR_TYPES),
    )

    id: Mapped[int] = pk()
    charger_id: Mapped[int] = charger_fk()
    #: The OCPP connectorId (1..n; 0 is the charge point itself).
    connector_id: Mapped[int] = mapped_column(Integer, nullable=False)
    status: Mapped[str] = mapped_column(String(16), default="Unavailable", nullable=False)
    error_code: Mapped[str] = mapped_column(String(32), default="NoError", nullable=False)
    info: Mapped[str | None] = mapped_column(String(50))
    vendor_id: Mapped[str | None] = mapped_column(String(255))
    vendor_error_code: Mapped[str | None] = mapped_column(String(50))
    connector_type: Mapped[str | None] = mapped_column(String(16))
    max_power_kw: Mapped[Decimal | None] = mapped_column(Numeric(8, 2))
    #: 1 or 3 (AC plugs, as the operator registered them); NULL when not given.
    phases: Mapped[int | None] = mapped_column(Integer)
    #: The charger's timestamp of the last StatusNotification.
    status_timestamp: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    updated_at: Mapped[dt.datetime] = updated_column()

    charger: Mapped[Charger] = relationship(back_populates="connectors")


class Fault(Base):
    __tablename__ = "faults"
    __table_args__ = (
        enum_check("status", FAULT_STATUSES),
        Index(None, "charger_id", "status"),
        Index(None, "status", "opened_at"),
    )

    id: Mapped[int] = pk()
    charger_id: Mapped[int] = charger_fk()
    connector_id: Mapped[int | None] = mapped_column(Integer)
    error_code: Mapped[str] = mapped_column(String(32), nullable=False)
    info: Mapped[str | None] = mapped_column(String(50))
    vendor_id: Mapped[str | None] = mapped_column(String(255))
    vendor_error_code: Mapped[str | None] = mapped_column(String(50))
    status: Mapped[str] = mapped_column(String(16), default="open", nullable=False)
    opened_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)
    acknowledged_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    acknowledged_by_id: Mapped[int | None] = user_fk("SET NULL", index=False)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    resolved_by_id: Mapped[int | None] = user_fk("SET NULL", index=False)
    notes: Mapped[str | None] = mapped_column(Text)


class MaintenanceRecord(Timestamps, Base):
    __tablename__ = "maintenance_records"
    __table_args__ = (
        enum_check("kind", MAINTENANCE_KINDS),
        enum_check("status", MAINTENANCE_STATUSES),
    )

    id: Mapped[int] = pk()
    charger_id: Mapped[int] = charger_fk(index=True)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    technician: Mapped[str | None] = mapped_column(String(100))
    scheduled_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    started_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    completed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    notes: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="scheduled", nullable=False)
    created_by_id: Mapped[int | None] = user_fk("SET NULL", index=False)
