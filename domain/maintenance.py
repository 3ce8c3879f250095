"""Maintenance records of chargers: what was (or will be) done, by whom, when, and its status."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from db.models import MAINTENANCE_KINDS, MAINTENANCE_STATUSES, Charger, MaintenanceRecord, utcnow
from domain import rows
from domain.errors import InvalidInput, NotFound

FIELDS = ("kind", "technician", "scheduled_at", "started_at", "completed_at", "notes", "status")
MAX_NOTES = 10_000


def _clean(values: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key not in FIELDS:
            raise InvalidInput(f"Unknown field {key!r}.", field=key)
        if key == "kind" and value not in MAINTENANCE_KINDS:
            raise InvalidInput(f"Kind must be one of {', '.join(MAINTENANCE_KINDS)}.", field=key)
        if key == "status" and value not in MAINTENANCE_STATUSES:
            raise InvalidInput(f"Status must be one of {', '.join(MAINTENANCE_STATUSES)}.", field=key)
        if key == "technician" and value is not None:
            value = str(value).strip()[:100] or None
        if key == "notes" and value is not None:
            if len(value) > MAX_NOTES:
                raise InvalidInput("Notes are too long.", field=key)
            value = value.strip() or None
        out[key] = value
    return out


def _check_dates(r: MaintenanceRecord) -> None:
    if r.started_at and r.completed_at and r.completed_at < r.started_at:
        raise InvalidInput("Completion cannot be before the start.", field="completed_at")


async def create(
    session: AsyncSession, *, charger_id: int, values: Mapping[str, Any], user_id: int | None
) -> MaintenanceRecord:
    if await session.get(Charger, charger_id) is None:
        raise NotFound("No such charger.", field="charger_id")
    clean = _clean(values)
    clean.setdefault("status", "scheduled")
    if clean["status"] == "completed" and not clean.get("completed_at"):
        clean["completed_at"] = utcnow()
    record = MaintenanceRecord(charger_id=charger_id, created_by_id=user_id, **clean)
    _check_dates(record)
    session.add(record)
    await session.flush()
    return record


async def update(session: AsyncSession, record_id: int, values: Mapping[str, Any]) -> MaintenanceRecord:
    record = await rows.get(session, MaintenanceRecord, record_id, "No such maintenance record.")
    clean = _clean(values)
    for key, value in clean.items():
        setattr(record, key, value)
    now = utcnow()
    if clean.get("status") == "in_progress" and record.started_at is None:
        record.started_at = now
    if clean.get("status") == "completed" and record.completed_at is None:
        record.completed_at = now
    _check_dates(record)
    record.updated_at = now
    await session.flush()
    return record


async def delete(session: AsyncSession, record_id: int) -> None:
    record = await rows.get(session, MaintenanceRecord, record_id, "No such maintenance record.")
    await session.delete(record)
    await session.flush()


def is_due(record: MaintenanceRecord, now: dt.datetime | None = None) -> bool:
    """Scheduled and its date has passed."""
    return (
        record.status == "scheduled"
        and record.scheduled_at is not None
        and record.scheduled_at <= (now or utcnow())
    )
