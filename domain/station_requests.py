"""Requests to OCPP 2.0.1 stations whose answers come back in parts: the platform sends a request with
a requestId, the station answers it (Accepted, or why not), then sends Notify* messages carrying that
requestId, a seqNo and `tbc` (to be continued) until the last part (tbc false).

One shape, written once here, for every such request:

- `open_request()` records the request before it is sent; the row's id is the payload's requestId.
- `answered()` / `failed()` store the station's answer, or that none came.
- `part_arrived()` counts a part and moves the request to Receiving, or Complete with the last one.
  A part may come before the answer is stored: the answer then leaves the progress as it is.

The device model's reports (`domain/device_model.py`, rows of their own) use the same progress rules;
GetDisplayMessages, GetMonitoringReport, GetChargingProfiles and CustomerInformation are rows of
`station_requests` (`REQUEST_ACTIONS`). What each part says is stored by the module of its area.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import STATION_REQUEST_ACTIONS, STATION_REQUEST_STATUSES, Charger, StationRequest, utcnow
from domain import rows

#: The commands recorded as `station_requests` rows (their requestId is the row's id).
REQUEST_ACTIONS = frozenset(STATION_REQUEST_ACTIONS)
#: The station's answers that end a request at once (Accepted waits for the parts).
ANSWERS = tuple(
    s for s in STATION_REQUEST_STATUSES if s not in ("Requested", "Receiving", "Complete", "Failed")
)
#: Requests kept per charger and action (the oldest go first).
KEEP_PER_ACTION = 50


class Progress(Protocol):
    """A request's progress, as both `StationRequest` and `DeviceModelReport` keep it."""

    status: str
    parts: int
    last_seq_no: int | None
    completed_at: dt.datetime | None


async def open_request(
    session: AsyncSession,
    charger: Charger,
    action: str,
    payload: dict[str, Any],
    user_id: int | None,
    criteria: dict[str, Any] | None = None,
) -> StationRequest:
    """Record `action` before it is sent; its id becomes `payload["requestId"]`. A charger keeps its
    newest `KEEP_PER_ACTION` requests of each action."""
    row = StationRequest(
        charger_id=charger.id,
        action=action,
        status="Requested",
        criteria=criteria,
        parts=0,
        requested_by_id=user_id,
    )
    session.add(row)
    await session.flush()
    payload["requestId"] = row.id
    await rows.keep_newest(
        session,
        StationRequest,
        KEEP_PER_ACTION,
        StationRequest.charger_id == charger.id,
        StationRequest.action == action,
    )
    return row


def answered(row: Progress, status: str | None, allowed: tuple[str, ...] = ANSWERS) -> None:
    """The station's answer to the request: Accepted waits for the parts, any other ends it (a status
    not in `allowed` counts as Rejected); parts that arrived before the answer keep their status."""
    if row.status == "Requested":
        row.status = status if status in allowed else "Rejected"
        if row.status != "Accepted":
            row.completed_at = utcnow()


def finished(row: Progress) -> None:
    """An Accepted request that no part will follow (e.g. CustomerInformation without a report)."""
    if row.status == "Accepted":
        row.status = "Complete"
        row.completed_at = utcnow()


def failed(row: Progress) -> None:
    """The request was never answered (offline, timeout, CALLERROR)."""
    if row.status == "Requested":
        row.status = "Failed"
        row.completed_at = utcnow()


def part_arrived(row: Progress, seq_no: int, tbc: bool) -> None:
    """One Notify* part of the request: counted, Receiving while more follow, Complete with the last
    (an earlier part that arrives after the last one leaves it Complete)."""
    row.parts += 1
    late = seq_no < (row.last_seq_no or 0)
    row.last_seq_no = max(row.last_seq_no or 0, seq_no)
    if not tbc:
        row.status = "Complete"
        row.completed_at = utcnow()
    elif not (row.status == "Complete" and late):
        row.status = "Receiving"


async def part(
    session: AsyncSession, charger_id: int, action: str, payload: dict[str, Any]
) -> StationRequest | None:
    """A Notify* part of one of this charger's `action` requests (its requestId, seqNo, tbc), counted;
    None when the platform did not ask (the caller still stores what it says)."""
    request_id = payload.get("requestId")
    if request_id is None:
        return None
    row = await session.scalar(
        select(StationRequest)
        .where(
            StationRequest.id == request_id,
            StationRequest.charger_id == charger_id,
            StationRequest.action == action,
        )
        .with_for_update()
    )
    if row is not None:
        part_arrived(row, int(payload.get("seqNo") or 0), bool(payload.get("tbc")))
    return row


async def latest(
    session: AsyncSession, charger_id: int, action: str, limit: int = KEEP_PER_ACTION
) -> list[StationRequest]:
    """A charger's newest requests of `action`, newest first."""
    q = (
        select(StationRequest)
        .where(StationRequest.charger_id == charger_id, StationRequest.action == action)
        .order_by(StationRequest.id.desc())
        .limit(limit)
    )
    return list((await session.scalars(q)).all())
