"""The device model of OCPP 2.0.1 charging stations: the variables their NotifyReports describe (one
row per variable attribute) and the report requests that fetched them (GetBaseReport, GetReport)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Boolean, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base
from db.models.columns import (
    UTCDateTime,
    charger_fk,
    created_column,
    enum_check,
    nullable_enum_check,
    pk,
    updated_column,
    user_fk,
)

__all__ = [
    "ATTRIBUTE_TYPES",
    "MUTABILITIES",
    "REPORT_KINDS",
    "REPORT_STATUSES",
    "DeviceModelVariable",
    "DeviceModelReport",
]

#: OCPP 2.0.1 AttributeEnumType.
ATTRIBUTE_TYPES = ("Actual", "Target", "MinSet", "MaxSet")
#: OCPP 2.0.1 MutabilityEnumType.
MUTABILITIES = ("ReadOnly", "WriteOnly", "ReadWrite")
#: device_model_reports.kind: GetBaseReport's reportBase, or Criteria for a GetReport.
REPORT_KINDS = ("FullInventory", "ConfigurationInventory", "SummaryInventory", "Criteria")
#: device_model_reports.status: Requested (sent), the station's answer (Accepted, Rejected,
#: NotSupported, EmptyResultSet), Receiving (parts arriving), Complete (the part with tbc false),
#: Failed (never answered).
REPORT_STATUSES = (
    "Requested",
    "Accepted",
    "Rejected",
    "NotSupported",
    "EmptyResultSet",
    "Receiving",
    "Complete",
    "Failed",
)


class DeviceModelVariable(Base):
    """One attribute of one variable of one component of a station, as its last report (or an accepted
    SetVariables) said. ``key`` names the row within its charger (component, instance, EVSE, connector,
    variable, instance, attribute type)."""

    __tablename__ = "device_model_variables"
    __table_args__ = (
        UniqueConstraint("charger_id", "key"),
        enum_check("attribute_type", ATTRIBUTE_TYPES),
        nullable_enum_check("mutability", MUTABILITIES),
    )

    id: Mapped[int] = pk()
    charger_id: Mapped[int] = charger_fk()
    key: Mapped[str] = mapped_column(String(255), nullable=False)
    component: Mapped[str] = mapped_column(String(50), nullable=False)
    component_instance: Mapped[str | None] = mapped_column(String(50))
    evse_id: Mapped[int | None] = mapped_column(Integer)
    connector_id: Mapped[int | None] = mapped_column(Integer)
    variable: Mapped[str] = mapped_column(String(50), nullable=False)
    variable_instance: Mapped[str | None] = mapped_column(String(50))
    attribute_type: Mapped[str] = mapped_column(String(8), nullable=False, default="Actual")
    value: Mapped[str | None] = mapped_column(String(2500))
    mutability: Mapped[str | None] = mapped_column(String(10))
    persistent: Mapped[bool | None] = mapped_column(Boolean)
    constant: Mapped[bool | None] = mapped_column(Boolean)
    #: The variable's characteristics as reported: {"dataType", "unit", "minLimit", "maxLimit",
    #: "valuesList", "supportsMonitoring"}.
    characteristics: Mapped[Any] = mapped_column(JSON, nullable=True)
    updated_at: Mapped[dt.datetime] = updated_column()


class DeviceModelReport(Base):
    """A report the platform asked a station for; its id is the requestId the NotifyReports carry."""

    __tablename__ = "device_model_reports"
    __table_args__ = (
        enum_check("kind", REPORT_KINDS),
        enum_check("status", REPORT_STATUSES),
        Index(None, "charger_id", "created_at"),
    )

    id: Mapped[int] = pk()
    charger_id: Mapped[int] = charger_fk()
    kind: Mapped[str] = mapped_column(String(24), nullable=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="Requested")
    #: How many NotifyReport parts arrived, and the highest seqNo among them.
    parts: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    last_seq_no: Mapped[int | None] = mapped_column(Integer)
    requested_by_id: Mapped[int | None] = user_fk("SET NULL", index=False)
    created_at: Mapped[dt.datetime] = created_column()
    completed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
