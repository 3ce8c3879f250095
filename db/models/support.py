"""Support: drivers' messages to the operator and the replies."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base
from db.models.columns import UTCDateTime, created_column, email_type, enum_check, pk, user_fk

__all__ = [
    "SUPPORT_STATUSES",
    "SupportMessage",
]


SUPPORT_STATUSES = ("open", "replied", "closed")


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
