"""The operator's records: maintenance records, the audit log and support messages, filtered for the
console's lists."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from db.models import AuditLog, Charger, MaintenanceRecord, SupportMessage
from domain.read_models import chargers, contains_any


def maintenance_records(*, charger_id: int | None, status: str | None) -> Select[MaintenanceRecord]:
    """Maintenance records, of one charger and in one status when given."""
    return chargers.owned(MaintenanceRecord, charger_id, status)


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
        q = q.where(contains_any(search, SupportMessage.email, SupportMessage.subject, SupportMessage.name))
    return q
