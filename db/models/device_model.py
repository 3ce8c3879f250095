"""OCPP 2.0.1 stations' own data: the device model (the variables their NotifyReports describe, one
row per variable attribute, and the report requests that fetched them), display messages, device
events (NotifyEvent) and variable monitors."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Boolean, Double, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base
from db.models.columns import (
    Timestamps,
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
    "VariableRef",
    "DeviceModelVariable",
    "DeviceModelReport",
    "MESSAGE_PRIORITIES",
    "MESSAGE_STATES",
    "MESSAGE_FORMATS",
    "DISPLAY_MESSAGE_STATUSES",
    "MONITOR_TYPES",
    "DisplayMessage",
    "ChargerDeviceEvent",
    "VariableMonitor",
    "STATION_REQUEST_ACTIONS",
    "STATION_REQUEST_STATUSES",
    "StationRequest",
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


class VariableRef:
    """Which variable a row is about: a component (name, instance, EVSE, connector) and one of its
    variables (name, instance), as OCPP 2.0.1 names them."""

    component: Mapped[str] = mapped_column(String(50), nullable=False)
    component_instance: Mapped[str | None] = mapped_column(String(50))
    evse_id: Mapped[int | None] = mapped_column(Integer)
    connector_id: Mapped[int | None] = mapped_column(Integer)
    variable: Mapped[str] = mapped_column(String(50), nullable=False)
    variable_instance: Mapped[str | None] = mapped_column(String(50))


class DeviceModelVariable(VariableRef, Base):
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


#: OCPP 2.0.1 MessagePriorityEnumType, MessageStateEnumType, MessageFormatEnumType.
MESSAGE_PRIORITIES = ("AlwaysFront", "InFront", "NormalCycle")
MESSAGE_STATES = ("Charging", "Faulted", "Idle", "Unavailable")
MESSAGE_FORMATS = ("ASCII", "HTML", "URI", "UTF8")
#: display_messages.status: Requested (sent), the station's answer to SetDisplayMessage (Accepted and
#: its refusals), Reported (a NotifyDisplayMessages listed it), Cleared (ClearDisplayMessage Accepted),
#: Failed (never answered).
DISPLAY_MESSAGE_STATUSES = (
    "Requested",
    "Accepted",
    "NotSupportedMessageFormat",
    "Rejected",
    "NotSupportedPriority",
    "NotSupportedState",
    "UnknownTransaction",
    "Reported",
    "Cleared",
    "Failed",
)
#: OCPP 2.0.1 MonitorEnumType.
MONITOR_TYPES = ("UpperThreshold", "LowerThreshold", "Delta", "Periodic", "PeriodicClockAligned")


class DisplayMessage(Timestamps, Base):
    """A message on a station's display (OCPP 2.0.1 SetDisplayMessage / NotifyDisplayMessages); its
    ``message_id`` is the id on the station (the row's id when the platform set it)."""

    __tablename__ = "display_messages"
    __table_args__ = (
        UniqueConstraint("charger_id", "message_id"),
        enum_check("priority", MESSAGE_PRIORITIES),
        nullable_enum_check("state", MESSAGE_STATES),
        enum_check("format", MESSAGE_FORMATS),
        enum_check("status", DISPLAY_MESSAGE_STATUSES),
    )

    id: Mapped[int] = pk()
    charger_id: Mapped[int] = charger_fk()
    message_id: Mapped[int | None] = mapped_column(Integer)
    priority: Mapped[str] = mapped_column(String(12), nullable=False)
    state: Mapped[str | None] = mapped_column(String(12))
    start_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    end_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    transaction_id: Mapped[str | None] = mapped_column(String(36))
    format: Mapped[str] = mapped_column(String(5), nullable=False)
    language: Mapped[str | None] = mapped_column(String(8))
    content: Mapped[str] = mapped_column(String(512), nullable=False)
    status: Mapped[str] = mapped_column(String(28), nullable=False, default="Requested")
    requested_by_id: Mapped[int | None] = user_fk("SET NULL", index=False)


class ChargerDeviceEvent(VariableRef, Base):
    """One event of a station's NotifyEvent (OCPP 2.0.1): a monitored or hard-wired variable changed."""

    __tablename__ = "charger_device_events"
    __table_args__ = (Index(None, "charger_id", "at"),)

    id: Mapped[int] = pk()
    charger_id: Mapped[int] = charger_fk()
    event_id: Mapped[int] = mapped_column(Integer, nullable=False)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), nullable=False)
    trigger: Mapped[str] = mapped_column(String(8), nullable=False)
    cause: Mapped[int | None] = mapped_column(Integer)
    actual_value: Mapped[str] = mapped_column(String(2500), nullable=False)
    tech_code: Mapped[str | None] = mapped_column(String(50))
    tech_info: Mapped[str | None] = mapped_column(String(500))
    cleared: Mapped[bool | None] = mapped_column(Boolean)
    transaction_id: Mapped[str | None] = mapped_column(String(36))
    variable_monitoring_id: Mapped[int | None] = mapped_column(Integer)
    notification_type: Mapped[str] = mapped_column(String(32), nullable=False)
    created_at: Mapped[dt.datetime] = created_column()


class VariableMonitor(VariableRef, Base):
    """A monitor on a station's variable (SetVariableMonitoring answers, NotifyMonitoringReport)."""

    __tablename__ = "variable_monitors"
    __table_args__ = (UniqueConstraint("charger_id", "monitor_id"), enum_check("type", MONITOR_TYPES))

    id: Mapped[int] = pk()
    charger_id: Mapped[int] = charger_fk()
    monitor_id: Mapped[int] = mapped_column(Integer, nullable=False)
    type: Mapped[str] = mapped_column(String(20), nullable=False)
    value: Mapped[float] = mapped_column(Double, nullable=False)
    severity: Mapped[int] = mapped_column(Integer, nullable=False)
    transaction: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    updated_at: Mapped[dt.datetime] = updated_column()


#: station_requests.action: the requests whose answers come back in parts (requestId, seqNo, tbc).
STATION_REQUEST_ACTIONS = (
    "GetDisplayMessages",
    "GetMonitoringReport",
    "GetChargingProfiles",
    "CustomerInformation",
)
#: station_requests.status: Requested (sent), the station's answer (Accepted; Rejected, NotSupported,
#: EmptyResultSet, Unknown, NoProfiles, Invalid end it), Receiving (parts arriving), Complete (the part
#: with tbc false), Failed (never answered).
STATION_REQUEST_STATUSES = (
    "Requested",
    "Accepted",
    "Rejected",
    "NotSupported",
    "EmptyResultSet",
    "Unknown",
    "NoProfiles",
    "Invalid",
    "Receiving",
    "Complete",
    "Failed",
)


class StationRequest(Base):
    """A request the platform sent a station whose answer comes as Notify* parts; its id is the
    requestId the parts carry (`domain/station_requests.py`)."""

    __tablename__ = "station_requests"
    __table_args__ = (
        enum_check("action", STATION_REQUEST_ACTIONS),
        enum_check("status", STATION_REQUEST_STATUSES),
        Index(None, "charger_id", "action", "id"),
    )

    id: Mapped[int] = pk()
    charger_id: Mapped[int] = charger_fk()
    action: Mapped[str] = mapped_column(String(32), nullable=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="Requested")
    #: What was asked (CustomerInformation: report, clear, and whose data), secrets never.
    criteria: Mapped[Any] = mapped_column(JSON, nullable=True)
    #: How many parts arrived, and the highest seqNo among them.
    parts: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    last_seq_no: Mapped[int | None] = mapped_column(Integer)
    #: CustomerInformation: the parts' data, [{"seqNo", "data", "generatedAt"}] (assembled in seqNo order).
    content: Mapped[Any] = mapped_column(JSON, nullable=True)
    requested_by_id: Mapped[int | None] = user_fk("SET NULL", index=False)
    created_at: Mapped[dt.datetime] = created_column()
    completed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
