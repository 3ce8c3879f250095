"""Support: drivers' messages to the operator and the replies; problems drivers report at a charger."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.dialects import mysql
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from db.base import Base
from db.models.columns import (
    BigId,
    UTCDateTime,
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
    "SUPPORT_STATUSES",
    "ProblemReport",
    "SupportMessage",
]


SUPPORT_STATUSES = ("open", "replied", "closed")
PROBLEM_STATUSES = ("open", "closed")
PROBLEM_CATEGORIES = ("wont_start", "stopped", "damaged", "cable", "screen", "blocked", "payment", "other")
PROBLEM_PHOTO_TYPES = ("image/jpeg", "image/png", "image/webp")


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
    charger_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("chargers.id", ondelete="CASCADE"), nullable=False
    )
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
