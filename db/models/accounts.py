"""Accounts: users, e-mailed codes, refresh tokens, API keys, idTags and vehicles."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from db.base import Base
from db.models.chargers import CONNECTOR_TYPES
from db.models.columns import (
    BigId,
    CiKey,
    Timestamps,
    UTCDateTime,
    ci_key_default,
    ci_string_key,
    created_column,
    email_type,
    enum_check,
    nullable_enum_check,
    pk,
    updated_column,
    user_fk,
    utcnow,
)

__all__ = [
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
]


USER_ROLES = ("driver", "admin")

OTP_PURPOSES = ("register", "reset")

API_KEY_SCOPES = ("read", "read_write")

ID_TAG_KINDS = ("rfid", "app")

ID_TAG_STATUSES = ("Accepted", "Blocked", "Expired", "Invalid")


class User(Base):
    __tablename__ = "users"
    __table_args__ = (
        enum_check("role", USER_ROLES),
        CheckConstraint("points_balance >= 0", name="points_balance_nonneg"),
    )

    id: Mapped[int] = pk()
    # Nullable so that an anonymised (deleted) account frees its e-mail; UNIQUE ignores NULLs.
    email: Mapped[str | None] = mapped_column(email_type(), unique=True)
    password_hash: Mapped[str | None] = mapped_column(String(255))
    name: Mapped[str] = mapped_column(String(120), default="", nullable=False)
    phone: Mapped[str | None] = mapped_column(String(32))
    role: Mapped[str] = mapped_column(String(16), default="driver", server_default="driver", nullable=False)
    disabled: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false(), nullable=False)
    email_verified: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=false(), nullable=False
    )
    referral_code: Mapped[str | None] = mapped_column(String(32), unique=True)
    referred_by_id: Mapped[int | None] = user_fk("SET NULL")
    #: Cached reward points balance (the movements in reward_point_movements are the record).
    points_balance: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0", nullable=False)
    last_login_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    password_changed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[dt.datetime] = created_column()
    updated_at: Mapped[dt.datetime] = updated_column()
    #: Set when the user deleted their account: personal data erased, ledger history kept.
    deleted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    #: The language of the app and of the mails the user receives (en, ms, zh); NULL: not chosen yet.
    locale: Mapped[str | None] = mapped_column(String(8))

    referred_by: Mapped[User | None] = relationship(remote_side=[id], foreign_keys=[referred_by_id])
    id_tags: Mapped[list[IdTag]] = relationship(back_populates="user")
    vehicles: Mapped[list[Vehicle]] = relationship(back_populates="user")


class EmailVerification(Base):
    """An e-mailed one-time code (registration or password reset). One row per code sent."""

    __tablename__ = "email_verifications"
    __table_args__ = (
        enum_check("purpose", OTP_PURPOSES),
        CheckConstraint("attempts >= 0", name="attempts_nonneg"),
        Index(None, "email", "purpose", "created_at"),
    )

    id: Mapped[int] = pk()
    email: Mapped[str] = mapped_column(email_type(), nullable=False)
    purpose: Mapped[str] = mapped_column(String(16), nullable=False)
    code_hash: Mapped[str] = mapped_column(String(255), nullable=False)
    expires_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), nullable=False)
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0", nullable=False)
    used_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    #: Set when verified (for a registration that requires a verified address).
    verified_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    #: Rate limiting: how many times a code was sent for this email+purpose in the current window,
    #: when that window began, and the last send (resend at most once a minute, 5 per hour).
    sent_count: Mapped[int] = mapped_column(Integer, default=1, server_default="1", nullable=False)
    window_started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)
    last_sent_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)
    created_at: Mapped[dt.datetime] = created_column()


class RefreshToken(Base):
    __tablename__ = "refresh_tokens"

    id: Mapped[int] = pk()
    token_hash: Mapped[str] = mapped_column(String(128), unique=True, nullable=False)
    family_id: Mapped[str] = mapped_column(String(64), index=True, nullable=False)
    user_id: Mapped[int] = user_fk("CASCADE", nullable=False)
    expires_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), nullable=False)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    replaced_by_id: Mapped[int | None] = mapped_column(
        BigId, ForeignKey("refresh_tokens.id", ondelete="SET NULL"), index=True
    )
    user_agent: Mapped[str | None] = mapped_column(String(255))
    ip_address: Mapped[str | None] = mapped_column(String(45))
    created_at: Mapped[dt.datetime] = created_column()

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None


class ApiKey(Base):
    __tablename__ = "api_keys"
    __table_args__ = (enum_check("scope", API_KEY_SCOPES),)

    id: Mapped[int] = pk()
    prefix: Mapped[str] = mapped_column(String(16), index=True, nullable=False)
    key_hash: Mapped[str] = mapped_column(String(128), unique=True, nullable=False)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    scope: Mapped[str] = mapped_column(String(16), default="read", nullable=False)
    user_id: Mapped[int] = user_fk("CASCADE", nullable=False)
    created_by_id: Mapped[int | None] = user_fk("SET NULL")
    created_at: Mapped[dt.datetime] = created_column()
    last_used_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    revoked_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())


class IdTag(Timestamps, Base):
    __tablename__ = "id_tags"
    __table_args__ = (
        enum_check("kind", ID_TAG_KINDS),
        enum_check("status", ID_TAG_STATUSES),
    )

    id: Mapped[int] = pk()
    id_tag: Mapped[str] = mapped_column(String(36), unique=True, nullable=False)  # 2.0.1 IdToken (1.6: 20)
    #: ci_string_key(id_tag): the OCPP side looks tags up by it (CiString: case-insensitive).
    id_tag_key: Mapped[str] = mapped_column(
        CiKey, unique=True, nullable=False, default=ci_key_default("id_tag")
    )
    kind: Mapped[str] = mapped_column(String(8), nullable=False)
    status: Mapped[str] = mapped_column(String(16), default="Accepted", nullable=False)
    expires_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    parent_id_tag: Mapped[str | None] = mapped_column(String(36), index=True)
    user_id: Mapped[int | None] = user_fk("SET NULL")
    label: Mapped[str | None] = mapped_column(String(100))
    #: Blocked by an operator: only an operator may unblock it.
    blocked_by_admin: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=false(), nullable=False
    )

    user: Mapped[User | None] = relationship(back_populates="id_tags")

    @validates("id_tag")
    def _set_key(self, _key: str, value: str) -> str:
        self.id_tag_key = ci_string_key(value)
        return value


class Vehicle(Timestamps, Base):
    __tablename__ = "vehicles"
    __table_args__ = (
        nullable_enum_check("connector_type", CONNECTOR_TYPES),
        CheckConstraint("battery_kwh IS NULL OR battery_kwh > 0", name="battery_kwh_positive"),
    )

    id: Mapped[int] = pk()
    user_id: Mapped[int] = user_fk("CASCADE", nullable=False)
    brand: Mapped[str] = mapped_column(String(60), nullable=False)
    model: Mapped[str] = mapped_column(String(60), nullable=False)
    battery_kwh: Mapped[Decimal | None] = mapped_column(Numeric(8, 2))
    connector_type: Mapped[str | None] = mapped_column(String(16))
    nickname: Mapped[str | None] = mapped_column(String(60))
    plate_number: Mapped[str | None] = mapped_column(String(20))

    user: Mapped[User] = relationship(back_populates="vehicles")
