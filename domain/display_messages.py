"""Messages on OCPP 2.0.1 stations' displays (the Advanced User Interface): SetDisplayMessage records
the message before it is sent (its row id is the message's id on the station, unless the operator
replaces a message by its id), the answer is its status; NotifyDisplayMessages (the answer to
GetDisplayMessages) stores what the station shows; ClearDisplayMessage Accepted marks it cleared."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import Charger, DisplayMessage, utcnow
from domain import station_requests
from domain.timestamps import parse_timestamp

COMMANDS = frozenset({"SetDisplayMessage", "GetDisplayMessages", "ClearDisplayMessage"})


async def _by_message_id(session: AsyncSession, charger_id: int, message_id: int) -> DisplayMessage | None:
    return await session.scalar(
        select(DisplayMessage).where(
            DisplayMessage.charger_id == charger_id, DisplayMessage.message_id == message_id
        )
    )


def _fill(row: DisplayMessage, info: dict[str, Any]) -> None:
    content = info["message"]
    row.priority = info["priority"]
    row.state = info.get("state")
    row.start_at = parse_timestamp(info["startDateTime"]) if info.get("startDateTime") else None
    row.end_at = parse_timestamp(info["endDateTime"]) if info.get("endDateTime") else None
    row.transaction_id = info.get("transactionId")
    row.format = content["format"]
    row.language = content.get("language")
    row.content = content["content"][:512]


async def prepare(
    session: AsyncSession, charger: Charger, action: str, payload: dict[str, Any], user_id: int | None
) -> DisplayMessage | None:
    """SetDisplayMessage: the message recorded (a new one, or the one its `id` replaces), its id set.
    (GetDisplayMessages is a `station_requests` request.)"""
    if action != "SetDisplayMessage":
        return None
    info = payload["message"] = dict(payload["message"])
    row = None
    if info.get("id") is not None:
        row = await _by_message_id(session, charger.id, info["id"])
    if row is None:
        if info.get("id") is None:
            # The next id on this station (ids the station reported itself included).
            highest = await session.scalar(
                select(func.max(DisplayMessage.message_id)).where(DisplayMessage.charger_id == charger.id)
            )
            info["id"] = (highest or 0) + 1
        row = DisplayMessage(charger_id=charger.id, message_id=info["id"], requested_by_id=user_id)
        session.add(row)
    _fill(row, info)
    row.status = "Requested"
    await session.flush()
    return row


async def apply(
    session: AsyncSession,
    charger: Charger,
    action: str,
    payload: dict[str, Any],
    row: Any,
    result: dict[str, Any],
) -> None:
    status = result.get("status")
    if action == "SetDisplayMessage" and row is not None:
        row.status = status or "Rejected"
    elif action == "ClearDisplayMessage" and status == "Accepted":
        found = await _by_message_id(session, charger.id, payload["id"])
        if found is not None:
            found.status = "Cleared"


def failed(row: DisplayMessage) -> None:
    if row.status == "Requested":
        row.status = "Failed"


async def store_notified(session: AsyncSession, charger_id: int, payload: dict[str, Any]) -> None:
    """NotifyDisplayMessages: each message the station has is stored as it says (a message the platform
    set keeps its status, Accepted; one the platform did not know is Reported); the part counts
    towards its GetDisplayMessages request."""
    await station_requests.part(session, charger_id, "GetDisplayMessages", payload)
    for info in payload.get("messageInfo") or []:
        row = await _by_message_id(session, charger_id, info["id"])
        if row is None:
            row = DisplayMessage(charger_id=charger_id, message_id=info["id"], status="Reported")
            session.add(row)
        elif row.status in ("Cleared", "Failed", "Requested"):
            row.status = "Reported"
        _fill(row, info)
        row.updated_at = utcnow()
    await session.flush()


async def messages(session: AsyncSession, charger_id: int, limit: int = 200) -> list[DisplayMessage]:
    q = (
        select(DisplayMessage)
        .where(DisplayMessage.charger_id == charger_id)
        .order_by(DisplayMessage.updated_at.desc(), DisplayMessage.id.desc())
        .limit(limit)
    )
    return list((await session.scalars(q)).all())
