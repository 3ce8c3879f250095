"""The PlagSini data model: typed SQLAlchemy 2 models, one module per area of the platform.

``from db.models import X`` works for every public name of every module below; importing this
package registers every table on ``Base.metadata`` (Alembic's ``env.py`` relies on that).

- ``columns``: column types and helpers shared by all modules (``UTCDateTime``, ``BigId``,
  ``SenPrice``, ``enum_check``, ``utcnow``, ``ci_string_key``, ``is_constraint_violation`` ...),
  and the conventions every model follows (money in sen, UTC timestamps, CHECKed enumerations).
- ``accounts``: users, e-mailed one-time codes, refresh tokens, API keys, idTags, vehicles.
- ``money``: the double-entry ledger (accounts, postings, entries), gateway payments and their
  events, receipts and their gapless numbering.
- ``pricing``: tariffs, membership plans and drivers' memberships.
- ``rewards``: the reward catalog, redemptions, the points ledger, referrals.
- ``chargers``: charge points, connectors, faults, maintenance records.
- ``sessions``: charging requests (remote starts), refused starts, charging sessions (OCPP
  transactions), meter values, reservations.
- ``ocpp``: the OCPP message log, command history, configuration cache, charging profiles,
  firmware and diagnostics jobs.
- ``support``: drivers' support messages.
- ``system``: runtime settings, the node registry, the audit log.

Each module holds the allowed values of its enumerated columns as module-level tuples.
Relationships between modules name their target class by string or under ``TYPE_CHECKING``,
so the modules import each other only for those tuples.
"""

from __future__ import annotations

from db.base import Base
from db.models.accounts import (
    API_KEY_SCOPES,
    ID_TAG_KINDS,
    ID_TAG_STATUSES,
    OTP_PURPOSES,
    USER_ROLES,
    ApiKey,
    EmailVerification,
    IdTag,
    RefreshToken,
    User,
    Vehicle,
)
from db.models.chargers import (
    CHARGER_AVAILABILITY,
    CONNECTOR_STATUSES,
    CONNECTOR_TYPES,
    FAULT_STATUSES,
    MAINTENANCE_KINDS,
    MAINTENANCE_STATUSES,
    REGISTRATION_STATUSES,
    Charger,
    Connector,
    Fault,
    MaintenanceRecord,
)
from db.models.columns import (
    EMAIL_COLLATION,
    BigId,
    CiKey,
    LongText,
    SenPrice,
    UTCDateTime,
    ci_string_key,
    email_type,
    enum_check,
    is_constraint_violation,
    nullable_enum_check,
    utcnow,
)
from db.models.money import (
    CURRENCIES,
    LEDGER_ACCOUNT_KINDS,
    LEDGER_POSTING_KINDS,
    PAYMENT_METHODS,
    PAYMENT_STATUSES,
    LedgerAccount,
    LedgerEntry,
    LedgerPosting,
    Payment,
    PaymentGatewayEvent,
    Receipt,
    ReceiptCounter,
)
from db.models.ocpp import (
    COMMAND_STATUSES,
    DIAGNOSTICS_STATUSES,
    FIRMWARE_STATUSES,
    MESSAGE_DIRECTIONS,
    PROFILE_KINDS,
    PROFILE_PURPOSES,
    PROFILE_STATUSES,
    RECURRENCY_KINDS,
    ChargerConfiguration,
    ChargingProfile,
    DiagnosticsJob,
    FirmwareJob,
    OcppCommand,
    OcppMessage,
)
from db.models.pricing import (
    MEMBERSHIP_STATUSES,
    Membership,
    MembershipPlan,
    Tariff,
)
from db.models.rewards import (
    POINT_REASONS,
    REDEMPTION_STATUSES,
    REFERRAL_STATUSES,
    REWARD_KINDS,
    Referral,
    RewardItem,
    RewardPointMovement,
    RewardRedemption,
)
from db.models.sessions import (
    CHARGING_REQUEST_STATUSES,
    RESERVATION_STATUSES,
    SESSION_STATUSES,
    ChargingRequest,
    ChargingSession,
    MeterValue,
    Reservation,
    StartRefusal,
)
from db.models.support import (
    SUPPORT_STATUSES,
    SupportMessage,
)
from db.models.system import (
    NODE_ROLES,
    AuditLog,
    Node,
    PlatformSetting,
)

__all__ = [
    "Base",
    "EMAIL_COLLATION",
    "BigId",
    "CiKey",
    "LongText",
    "SenPrice",
    "UTCDateTime",
    "ci_string_key",
    "email_type",
    "enum_check",
    "is_constraint_violation",
    "nullable_enum_check",
    "utcnow",
    "USER_ROLES",
    "OTP_PURPOSES",
    "API_KEY_SCOPES",
    "ID_TAG_KINDS",
    "ID_TAG_STATUSES",
    "User",
    "EmailVerification",
    "RefreshToken",
    "ApiKey",
    "IdTag",
    "Vehicle",
    "CURRENCIES",
    "LEDGER_ACCOUNT_KINDS",
    "LEDGER_POSTING_KINDS",
    "PAYMENT_METHODS",
    "PAYMENT_STATUSES",
    "LedgerAccount",
    "LedgerPosting",
    "LedgerEntry",
    "Payment",
    "PaymentGatewayEvent",
    "ReceiptCounter",
    "Receipt",
    "MEMBERSHIP_STATUSES",
    "Tariff",
    "MembershipPlan",
    "Membership",
    "REWARD_KINDS",
    "REDEMPTION_STATUSES",
    "POINT_REASONS",
    "REFERRAL_STATUSES",
    "RewardItem",
    "RewardRedemption",
    "RewardPointMovement",
    "Referral",
    "REGISTRATION_STATUSES",
    "CHARGER_AVAILABILITY",
    "CONNECTOR_TYPES",
    "CONNECTOR_STATUSES",
    "FAULT_STATUSES",
    "MAINTENANCE_KINDS",
    "MAINTENANCE_STATUSES",
    "Charger",
    "Connector",
    "Fault",
    "MaintenanceRecord",
    "CHARGING_REQUEST_STATUSES",
    "SESSION_STATUSES",
    "RESERVATION_STATUSES",
    "ChargingRequest",
    "StartRefusal",
    "ChargingSession",
    "MeterValue",
    "Reservation",
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
    "SUPPORT_STATUSES",
    "SupportMessage",
    "NODE_ROLES",
    "PlatformSetting",
    "Node",
    "AuditLog",
]
