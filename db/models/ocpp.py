"""OCPP operations: the message log, command history, configuration cache, charging profiles,
firmware and diagnostics jobs."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Double,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base
from db.models.columns import (
    BigId,
    ChargerJob,
    LongText,
    Timestamps,
    UTCDateTime,
    charger_fk,
    created_column,
    enum_check,
    nullable_enum_check,
    pk,
    updated_column,
    user_fk,
    utcnow,
)

__all__ = [
    "MESSAGE_DIRECTIONS",
    "COMMAND_STATUSES",
    "PROFILE_PURPOSES",
    "PROFILE_KINDS",
    "RECURRENCY_KINDS",
    "PROFILE_STATUSES",
    "FIRMWARE_STATUSES",
    "DIAGNOSTICS_STATUSES",
    "OcppMessage",
    "OcppCommand",
    "ChargerConfiguration",
    "ChargingProfile",
    "FirmwareJob",
    "DiagnosticsJob",
    "CONNECTION_EVENT_KINDS",
    "FLEET_JOB_STATUSES",
    "FLEET_TARGET_STATUSES",
    "ChargerConnectionEvent",
    "FleetJob",
    "FleetJobTarget",
    "STATION_REPORT_KINDS",
    "StationReport",
]


MESSAGE_DIRECTIONS = ("in", "out")

COMMAND_STATUSES = ("pending", "sent", "completed", "error", "timeout")

#: charger_connection_events.kind
CONNECTION_EVENT_KINDS = ("connected", "disconnected", "refused")
#: fleet_jobs.status
FLEET_JOB_STATUSES = ("running", "awaiting_go", "completed", "failed", "cancelled")
#: fleet_job_targets.status: waiting for its stage, being sent, answered (the charger's status is in
#: `answer`), failed (offline, timeout, CALLERROR), or for UpdateFirmware the firmware's last status.
FLEET_TARGET_STATUSES = (
    "pending",
    "sending",
    "accepted",
    "rejected",
    "failed",
    "downloading",
    "downloaded",
    "installing",
    "installed",
    "skipped",
)

PROFILE_PURPOSES = ("ChargePointMaxProfile", "TxDefaultProfile", "TxProfile")

PROFILE_KINDS = ("Absolute", "Recurring", "Relative")

RECURRENCY_KINDS = ("Daily", "Weekly")

PROFILE_STATUSES = ("Pending", "Accepted", "Rejected", "NotSupported", "Cleared", "Failed")

FIRMWARE_STATUSES = (
    "Requested",
    "Accepted",
    "Failed",
    "Idle",
    "Downloading",
    "Downloaded",
    "DownloadFailed",
    "Installing",
    "Installed",
    "InstallationFailed",
)

DIAGNOSTICS_STATUSES = ("Requested", "Accepted", "Failed", "Idle", "Uploading", "Uploaded", "UploadFailed")


class OcppMessage(Base):
    """The OCPP message log: every frame in and out."""

    __tablename__ = "ocpp_messages"
    __table_args__ = (
        enum_check("direction", MESSAGE_DIRECTIONS),
        CheckConstraint("message_type IN (2, 3, 4)", name="message_type"),
        Index(None, "charger_id", "created_at"),
    )

    id: Mapped[int] = pk()
    #: The charge point id string (no FK: unknown chargers' frames are logged too).
    charger_id: Mapped[str] = mapped_column(String(64), nullable=False)
    direction: Mapped[str] = mapped_column(String(3), nullable=False)
    #: 2 = CALL, 3 = CALLRESULT, 4 = CALLERROR; NULL for an unparseable frame.
    message_type: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str | None] = mapped_column(String(64), index=True)
    unique_id: Mapped[str | None] = mapped_column(String(64))
    #: The raw frame text.
    payload: Mapped[str] = mapped_column(LongText, nullable=False)
    error_code: Mapped[str | None] = mapped_column(String(32))
    latency_ms: Mapped[float | None] = mapped_column(Double)
    node_id: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False, index=True)


class OcppCommand(Base):
    """History of commands sent to chargers: who sent what, and what came back."""

    __tablename__ = "ocpp_commands"
    __table_args__ = (
        enum_check("status", COMMAND_STATUSES),
        Index(None, "charger_id", "created_at"),
    )

    id: Mapped[int] = pk()
    charger_id: Mapped[int] = charger_fk()
    action: Mapped[str] = mapped_column(String(64), nullable=False)
    unique_id: Mapped[str | None] = mapped_column(String(64))
    request: Mapped[Any] = mapped_column(JSON, nullable=True)
    response: Mapped[Any] = mapped_column(JSON, nullable=True)
    status: Mapped[str] = mapped_column(String(16), default="pending", nullable=False)
    error: Mapped[str | None] = mapped_column(String(255))
    user_id: Mapped[int | None] = user_fk("SET NULL", index=False)
    api_key_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("api_keys.id", ondelete="SET NULL"))
    #: Who asked: "admin" (console, signed in), "api_key" (an admin's API key), "app" (a driver's
    #: app), None (the platform itself).
    origin: Mapped[str | None] = mapped_column(String(16))
    #: RemoteStartTransaction: the session it started (set when the charger's StartTransaction came).
    session_id: Mapped[int | None] = mapped_column(Integer)
    node_id: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = created_column()
    completed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())


class ChargerConfiguration(Base):
    """Cache of a charger's configuration keys (GetConfiguration / ChangeConfiguration)."""

    __tablename__ = "charger_configuration"
    __table_args__ = (UniqueConstraint("charger_id", "key"),)

    id: Mapped[int] = pk()
    charger_id: Mapped[int] = charger_fk()
    key: Mapped[str] = mapped_column(String(50), nullable=False)  # OCPP CiString50
    value: Mapped[str | None] = mapped_column(String(500))  # OCPP CiString500
    readonly: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    updated_at: Mapped[dt.datetime] = updated_column()


class ChargingProfile(Timestamps, Base):
    __tablename__ = "charging_profiles"
    __table_args__ = (
        enum_check("purpose", PROFILE_PURPOSES),
        enum_check("kind", PROFILE_KINDS),
        nullable_enum_check("recurrency_kind", RECURRENCY_KINDS),
        enum_check("status", PROFILE_STATUSES),
        Index(None, "charger_id", "charging_profile_id"),
    )

    id: Mapped[int] = pk()
    charger_id: Mapped[int] = charger_fk()
    connector_id: Mapped[int] = mapped_column(Integer, nullable=False)
    charging_profile_id: Mapped[int] = mapped_column(Integer, nullable=False)
    transaction_id: Mapped[int | None] = mapped_column(Integer)
    stack_level: Mapped[int] = mapped_column(Integer, nullable=False)
    purpose: Mapped[str] = mapped_column(String(32), nullable=False)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    recurrency_kind: Mapped[str | None] = mapped_column(String(16))
    valid_from: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    valid_to: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    #: The OCPP chargingSchedule object.
    schedule: Mapped[Any] = mapped_column(JSON, nullable=False)
    status: Mapped[str] = mapped_column(String(16), default="Pending", nullable=False)
    created_by_id: Mapped[int | None] = user_fk("SET NULL", index=False)


class FirmwareJob(ChargerJob, Base):
    __tablename__ = "firmware_jobs"
    __table_args__ = (enum_check("status", FIRMWARE_STATUSES),)

    id: Mapped[int] = pk()
    charger_id: Mapped[int] = charger_fk(index=True)
    location: Mapped[str] = mapped_column(String(1024), nullable=False)
    retrieve_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), nullable=False)
    retries: Mapped[int | None] = mapped_column(Integer)
    retry_interval: Mapped[int | None] = mapped_column(Integer)


class DiagnosticsJob(ChargerJob, Base):
    __tablename__ = "diagnostics_jobs"
    __table_args__ = (enum_check("status", DIAGNOSTICS_STATUSES),)

    id: Mapped[int] = pk()
    charger_id: Mapped[int] = charger_fk(index=True)
    location: Mapped[str] = mapped_column(String(1024), nullable=False)
    start_time: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    stop_time: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    retries: Mapped[int | None] = mapped_column(Integer)
    retry_interval: Mapped[int | None] = mapped_column(Integer)
    file_name: Mapped[str | None] = mapped_column(String(255))


class ChargerConnectionEvent(Base):
    """A charger's connection: admitted, ended (and why), or refused (and why). Bounded: the newest
    CONNECTION_LOG_PER_CHARGER rows per charger and CONNECTION_LOG_UNKNOWN rows for ids that are not
    registered chargers are kept (`domain.connection_log`)."""

    __tablename__ = "charger_connection_events"
    __table_args__ = (
        enum_check("kind", CONNECTION_EVENT_KINDS),
        Index(None, "charger_id", "id"),
        Index(None, "charge_point_id", "id"),
    )

    id: Mapped[int] = pk()
    #: None: the id is not a registered charger (unknown id, or not a valid charge point id).
    charger_id: Mapped[int | None] = charger_fk(nullable=True)
    charge_point_id: Mapped[str] = mapped_column(String(64), nullable=False)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    #: A code (`domain.connection_log.REASONS`); None for "connected".
    reason: Mapped[str | None] = mapped_column(String(32))
    detail: Mapped[str | None] = mapped_column(String(255))
    remote_address: Mapped[str | None] = mapped_column(String(64))
    #: The WebSocket close code of a disconnect, the HTTP status of a refusal.
    code: Mapped[int | None] = mapped_column(Integer)
    node_id: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = created_column()


class FleetJob(Base):
    """One command sent to many chargers (e.g. a staged firmware rollout); its targets are
    fleet_job_targets."""

    __tablename__ = "fleet_jobs"
    __table_args__ = (enum_check("status", FLEET_JOB_STATUSES),)

    id: Mapped[int] = pk()
    action: Mapped[str] = mapped_column(String(64), nullable=False)
    #: The OCPP payload sent to every target (secrets masked).
    payload: Mapped[Any] = mapped_column(JSON, nullable=True)
    #: How the chargers were chosen (the filter, or the selection), for the record.
    selection: Mapped[Any] = mapped_column(JSON, nullable=True)
    status: Mapped[str] = mapped_column(String(16), default="running", nullable=False)
    #: Chargers in the first stage (None: one stage).
    stage_size: Mapped[int | None] = mapped_column(Integer)
    #: The stage being sent (1 or 2).
    stage: Mapped[int] = mapped_column(Integer, default=1, nullable=False)
    #: Start the second stage by itself once every first-stage charger succeeded.
    auto_continue: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    created_by_id: Mapped[int | None] = user_fk("SET NULL", index=False)
    created_at: Mapped[dt.datetime] = created_column()
    finished_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())


class FleetJobTarget(Base):
    __tablename__ = "fleet_job_targets"
    __table_args__ = (
        enum_check("status", FLEET_TARGET_STATUSES),
        UniqueConstraint("job_id", "charger_id"),
    )

    id: Mapped[int] = pk()
    job_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("fleet_jobs.id", ondelete="CASCADE"), nullable=False
    )
    charger_id: Mapped[int] = charger_fk(index=True)
    stage: Mapped[int] = mapped_column(Integer, default=1, nullable=False)
    status: Mapped[str] = mapped_column(String(16), default="pending", nullable=False)
    #: The charger's answer (OCPP JSON, secrets masked).
    answer: Mapped[Any] = mapped_column(JSON, nullable=True)
    error: Mapped[str | None] = mapped_column(String(255))
    latency_ms: Mapped[int | None] = mapped_column(Integer)
    #: UpdateFirmware: the firmware job whose FirmwareStatusNotifications this target follows.
    firmware_job_id: Mapped[int | None] = mapped_column(
        BigId, ForeignKey("firmware_jobs.id", ondelete="SET NULL")
    )
    updated_at: Mapped[dt.datetime] = updated_column()


#: station_reports.kind: what an OCPP 2.0.1 station reported about smart charging.
STATION_REPORT_KINDS = ("ChargingProfiles", "ChargingLimit", "EVChargingNeeds")


class StationReport(Base):
    """A smart-charging report of an OCPP 2.0.1 station, as received: the charging profiles it holds
    (ReportChargingProfiles, the answer to GetChargingProfiles), an external charging limit
    (NotifyChargingLimit) or an EV's charging needs (NotifyEVChargingNeeds). The newest rows of each
    charger are kept (`domain.station_reports.KEEP_PER_CHARGER`)."""

    __tablename__ = "station_reports"
    __table_args__ = (enum_check("kind", STATION_REPORT_KINDS), Index(None, "charger_id", "id"))

    id: Mapped[int] = pk()
    charger_id: Mapped[int] = charger_fk()
    kind: Mapped[str] = mapped_column(String(24), nullable=False)
    evse_id: Mapped[int | None] = mapped_column(Integer)
    #: GetChargingProfiles' requestId (ReportChargingProfiles).
    request_id: Mapped[int | None] = mapped_column(Integer)
    #: The platform's charging session the report is about (an EV's needs), when known.
    transaction_id: Mapped[int | None] = mapped_column(Integer, index=True)
    #: The station's message (its payload, OCPP 2.0.1 JSON).
    payload: Mapped[Any] = mapped_column(JSON, nullable=False)
    received_at: Mapped[dt.datetime] = created_column()
