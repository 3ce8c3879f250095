"""Support: drivers' messages to the operator and the replies; problems drivers report at a charger;
drivers' Web Push subscriptions and the notifications staged for them."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import JSON, Index, Integer, LargeBinary, String, Text
from sqlalchemy.dialects import mysql
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from db.base import Base
from db.models.columns import (
    UTCDateTime,
    charger_fk,
    created_column,
    email_type,
    enum_check,
    nullable_enum_check,
    pk,
    user_fk,
)

if TYPE_CHECKING:
    from db.models.chargers import Charger

__all__ = [
    "PROBLEM_CATEGORIES",
    "PROBLEM_PHOTO_TYPES",
    "PROBLEM_STATUSES",
    "PUSH_KINDS",
    "SUPPORT_STATUSES",
    "ProblemReport",
    "ChargerWatch",
    "PushNotification",
    "PushSubscription",
    "SupportMessage",
]


SUPPORT_STATUSES = ("open", "replied", "closed")
PROBLEM_STATUSES = ("open", "closed")
PROBLEM_CATEGORIES = ("wont_start", "stopped", "damaged", "cable", "screen", "blocked", "payment", "other")
PROBLEM_PHOTO_TYPES = ("image/jpeg", "image/png", "image/webp")
PUSH_KINDS = ("session_started", "session_stopped", "low_balance", "charger_free", "idle_fee_starting")


class SupportMessage(Base):
    __tablename__ = "support_messages"
    __table_args__ = (enum_check("status", SUPPORT_STATUSES),)

    id: Mapped[int] = pk()
    user_id: Mapped[int | None] = user_fk("SET NULL")
    email: Mapped[str] = mapped_column(email_type(), nullable=False)
    name: Mapped[str | None] = mapped_column(String(120))
    subject: Mapped[str] = mapped_column(String(200), nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False)
    status: Mapped[str] = mapped_column(String(16), default="open", nullable=False, index=True)
    reply: Mapped[str | None] = mapped_column(Text)
    replied_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    replied_by_id: Mapped[int | None] = user_fk("SET NULL", index=False)
    created_at: Mapped[dt.datetime] = created_column()


#: Up to 5 MB of photo: MEDIUMBLOB (16 MiB) on MariaDB, where a plain BLOB holds 64 KiB.
PhotoBytes = LargeBinary().with_variant(mysql.MEDIUMBLOB(), "mysql", "mariadb")


class ProblemReport(Base):
    """A problem a driver reported at a charger: a case the operator sees next to the charger's faults."""

    __tablename__ = "problem_reports"
    __table_args__ = (
        enum_check("status", PROBLEM_STATUSES),
        enum_check("category", PROBLEM_CATEGORIES),
        nullable_enum_check("photo_type", PROBLEM_PHOTO_TYPES),
        Index(None, "charger_id", "status"),
    )

    id: Mapped[int] = pk()
    user_id: Mapped[int | None] = user_fk("SET NULL")
    charger_id: Mapped[int] = charger_fk()
    connector_id: Mapped[int | None] = mapped_column(Integer)
    category: Mapped[str] = mapped_column(String(16), nullable=False)
    note: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="open", nullable=False)
    photo_type: Mapped[str | None] = mapped_column(String(16))
    photo_size: Mapped[int | None] = mapped_column(Integer)
    photo: Mapped[bytes | None] = deferred(mapped_column(PhotoBytes))
    created_at: Mapped[dt.datetime] = created_column()
    closed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    closed_by_id: Mapped[int | None] = user_fk("SET NULL", index=False)
    resolution: Mapped[str | None] = mapped_column(Text)

    #: Loaded with the report where it is shown (`domain.problem_reports`); never lazily.
    charger: Mapped[Charger] = relationship(lazy="raise")


class PushSubscription(Base):
    """A browser's Web Push subscription of a driver (the endpoint and the keys to encrypt for it)."""

    __tablename__ = "push_subscriptions"

    id: Mapped[int] = pk()
    user_id: Mapped[int] = user_fk("CASCADE", nullable=False)
    endpoint: Mapped[str] = mapped_column(String(1000), nullable=False)
    #: SHA-256 of the endpoint (unique: an endpoint is one browser).
    endpoint_key: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    p256dh: Mapped[str] = mapped_column(String(100), nullable=False)
    auth: Mapped[str] = mapped_column(String(32), nullable=False)
    created_at: Mapped[dt.datetime] = created_column()


class PushNotification(Base):
    """A notification staged for a driver in the transaction of what it tells; sent after the commit."""

    __tablename__ = "push_notifications"
    __table_args__ = (enum_check("kind", PUSH_KINDS), Index(None, "sent_at", "id"))

    id: Mapped[int] = pk()
    user_id: Mapped[int] = user_fk("CASCADE", nullable=False)
    kind: Mapped[str] = mapped_column(String(24), nullable=False)
    params: Mapped[dict[str, object] | None] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = created_column()
    claimed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    attempts: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    sent_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())


class ChargerWatch(Base):
    """A driver waiting for a busy charger (any connector, or one) to become free; fires once."""

    __tablename__ = "charger_watches"
    __table_args__ = (Index(None, "charger_id", "notified_at"),)

    id: Mapped[int] = pk()
    user_id: Mapped[int] = user_fk("CASCADE", nullable=False)
    charger_id: Mapped[int] = charger_fk()
    connector_id: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = created_column()
    expires_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), nullable=False)
    notified_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    freed_connector_id: Mapped[int | None] = mapped_column(Integer)

    #: Loaded where the watch is shown (`domain.watches`); never lazily.
    charger: Mapped[Charger] = relationship(lazy="raise")
