"""The operator's records: maintenance records, the audit log and support messages, filtered for the
console's lists."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import Select, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from db.models import AuditLog, Charger, MaintenanceRecord, SupportMessage


def maintenance_records(*, charger_id: int | None, status: str | None) -> Select[MaintenanceRecord]:
    q = select(MaintenanceRecord)
    if charger_id is not None:
        q = q.where(MaintenanceRecord.charger_id == charger_id)
    if status is not None:
        q = q.where(MaintenanceRecord.status == status)
    return q


async def chargers_by_ids(session: AsyncSession, ids: Iterable[int]) -> dict[int, Charger]:
    """Chargers (with connectors) by id, in one query."""
    wanted = set(ids)
    if not wanted:
        return {}
    q = select(Charger).options(selectinload(Charger.connectors)).where(Charger.id.in_(wanted))
    return {c.id: c for c in (await session.execute(q)).scalars()}


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def audit_log(
    *,
    actor_id: int | None,
    action: str | None,
    target_type: str | None,
    since: dt.datetime | None,
    until: dt.datetime | None,
) -> Select[AuditLog]:
    """The audit log, filtered; an `action` ending in "." is a prefix (e.g. "charger.")."""
    q = select(AuditLog)
    if actor_id is not None:
        q = q.where(AuditLog.actor_id == actor_id)
    if action:
        action = action.strip()
        if action.endswith("."):
            q = q.where(AuditLog.action.like(_escape_like(action) + "%", escape="\\"))
        else:
            q = q.where(AuditLog.action == action)
    if target_type:
        q = q.where(AuditLog.target_type == target_type.strip())
    if since is not None:
        q = q.where(AuditLog.created_at >= since)
    if until is not None:
        q = q.where(AuditLog.created_at < until)
    return q


def support_messages(*, status: str | None, search: str | None) -> Select[SupportMessage]:
    """Support messages, filtered; `search` matches the email, subject and name."""
    q = select(SupportMessage)
    if status is not None:
        q = q.where(SupportMessage.status == status)
    if search:
        like = f"%{search.strip()[:100]}%"
        q = q.where(
            or_(
                SupportMessage.email.ilike(like),
                SupportMessage.subject.ilike(like),
                SupportMessage.name.ilike(like),
            )
        )
    return q
