"""The platform itself: runtime settings, the node registry and the audit log."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base
from db.models.columns import BigId, UTCDateTime, enum_check, pk, updated_column, user_fk, utcnow

__all__ = [
    "NODE_ROLES",
    "PlatformSetting",
    "Node",
    "AuditLog",
]


NODE_ROLES = ("all", "api", "ocpp")


class PlatformSetting(Base):
    __tablename__ = "platform_settings"

    key: Mapped[str] = mapped_column(String(191), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON, nullable=True)
    updated_by_id: Mapped[int | None] = user_fk("SET NULL", index=False)
    updated_at: Mapped[dt.datetime] = updated_column()


class Node(Base):
    """Registry of running platform nodes (which node holds which charger: chargers.node_id)."""

    __tablename__ = "nodes"
    __table_args__ = (enum_check("role", NODE_ROLES),)

    node_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    role: Mapped[str] = mapped_column(String(8), nullable=False)
    hostname: Mapped[str | None] = mapped_column(String(255))
    pid: Mapped[int | None] = mapped_column(Integer)
    version: Mapped[str | None] = mapped_column(String(32))
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)
    last_seen_at: Mapped[dt.datetime] = mapped_column(
        UTCDateTime(), default=utcnow, nullable=False, index=True
    )


class AuditLog(Base):
    __tablename__ = "audit_log"
    __table_args__ = (Index(None, "target_type", "target_id"),)

    id: Mapped[int] = pk()
    actor_id: Mapped[int | None] = user_fk("SET NULL")
    api_key_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("api_keys.id", ondelete="SET NULL"))
    action: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    target_type: Mapped[str | None] = mapped_column(String(64))
    target_id: Mapped[str | None] = mapped_column(String(64))
    details: Mapped[Any] = mapped_column(JSON, nullable=True)
    ip_address: Mapped[str | None] = mapped_column(String(45))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False, index=True)
