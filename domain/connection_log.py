"""Chargers' connections: admitted, ended (and why), refused (and why), for operators whose charger
does not connect.

Storage is bounded, whatever connects: the newest `per_charger` rows of each registered charger and
the newest `unknown` rows of ids that are not registered chargers (an attacker trying random ids
fills only that share) are kept; `prune()` drops the oldest beyond them after each batch.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from db import bulk
from db.models import Charger, ChargerConnectionEvent
from domain.rows import where_given

CONNECTED = "connected"
DISCONNECTED = "disconnected"
REFUSED = "refused"

#: Why a connection was refused or ended.
REASONS = {
    # refused (before the WebSocket upgrade)
    "invalid_id": "The path is not a valid charge point id.",
    "unknown_id": "No charger is registered with this id (OCPP_UNKNOWN_CHARGERS=reject).",
    "missing_credentials": "The charger sent no HTTP Basic credentials (security profile 1 or 2).",
    "wrong_password": "The charger's password (AuthorizationKey) does not match.",
    "bad_subprotocol": "The charger offered neither the ocpp2.0.1 nor the ocpp1.6 WebSocket subprotocol.",
    "profile_mismatch": "The connection does not match the charger's security profile (ws / wss).",
    "client_certificate": "Security profile 3: no client certificate for this charge point.",
    "tls_failure": "The TLS handshake failed.",
    "server_error": "The platform could not check the charger (database unavailable).",
    # ended
    "closed_by_charger": "The charger closed the connection.",
    "ping_timeout": "The charger stopped answering WebSocket pings.",
    "connection_lost": "The connection dropped without a WebSocket close.",
    "closed_by_server": "The platform closed the connection.",
    "replaced": "The charger connected again; the older connection was closed.",
}


def refusal_reason(status: int, detail: str, *, password_sent: bool) -> str:
    """The reason code of an admission refused with HTTP `status`."""
    if status == 404:
        return "unknown_id"
    if status == 401:
        return "wrong_password" if password_sent else "missing_credentials"
    if status == 403:
        return "client_certificate" if "certificate" in detail else "profile_mismatch"
    if status == 400:
        return "bad_subprotocol" if "subprotocol" in detail else "invalid_id"
    return "server_error"


def close_reason(code: int | None, reason: str, *, by_charger: bool | None) -> str:
    """The reason code of a connection's end from its WebSocket close: who closed it first, and how."""
    if code == 1011 and "ping" in reason:
        return "ping_timeout"
    if by_charger:
        return "closed_by_charger"
    if by_charger is False:
        return "closed_by_server"
    return "connection_lost"


async def insert_batch(session: AsyncSession, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Store a batch of events (keys: the columns but `charger_id`, which is looked up here from
    the charge point id). Returns the rows as stored (with `charger_id`)."""
    if not rows:
        return []
    cpids = {r["charge_point_id"] for r in rows}
    known = dict(
        (
            await session.execute(
                select(Charger.charge_point_id, Charger.id).where(Charger.charge_point_id.in_(cpids))
            )
        ).all()
    )
    stored = [dict(r, charger_id=known.get(r["charge_point_id"])) for r in rows]
    await bulk.insert_rows(await session.connection(), ChargerConnectionEvent, stored)
    return stored


async def prune(
    session: AsyncSession, charger_ids: set[int | None], *, per_charger: int, unknown: int
) -> int:
    """Keep the newest `per_charger` rows of each charger in `charger_ids` (None: the ids that are
    not registered chargers, which share `unknown` rows). Returns the number of rows deleted."""
    deleted = 0
    for cid in charger_ids:
        keep = unknown if cid is None else per_charger
        match = (
            ChargerConnectionEvent.charger_id.is_(None)
            if cid is None
            else ChargerConnectionEvent.charger_id == cid
        )
        oldest_kept = (
            await session.execute(
                select(ChargerConnectionEvent.id)
                .where(match)
                .order_by(ChargerConnectionEvent.id.desc())
                .offset(keep - 1)
                .limit(1)
            )
        ).scalar_one_or_none()
        if oldest_kept is None:
            continue
        result = await session.execute(
            delete(ChargerConnectionEvent).where(match, ChargerConnectionEvent.id < oldest_kept)
        )
        deleted += int(getattr(result, "rowcount", 0) or 0)
    return deleted


async def count(session: AsyncSession, *, charger_id: int | None = None, unknown: bool = False) -> int:
    q = select(func.count()).select_from(ChargerConnectionEvent)
    if charger_id is not None:
        q = q.where(ChargerConnectionEvent.charger_id == charger_id)
    elif unknown:
        q = q.where(ChargerConnectionEvent.charger_id.is_(None))
    return int((await session.execute(q)).scalar_one())


def listing(
    *,
    charger_id: int | None = None,
    kind: str | None = None,
    reason: str | None = None,
    charge_point_id: str | None = None,
) -> Select[ChargerConnectionEvent]:
    """Events (fleet-wide, or of one charger), optionally of one kind, reason or charge point id; the
    console pages and sorts it (`list_order.CONNECTION_EVENTS`)."""
    return where_given(
        select(ChargerConnectionEvent),
        (ChargerConnectionEvent.charger_id, charger_id),
        (ChargerConnectionEvent.charge_point_id, charge_point_id or None),  # "" filters nothing
        (ChargerConnectionEvent.kind, kind),
        (ChargerConnectionEvent.reason, reason),
    )


@dataclass
class ConnectionSummary:
    last_connect: ChargerConnectionEvent | None
    last_disconnect: ChargerConnectionEvent | None
    last_refusal: ChargerConnectionEvent | None


async def summary(session: AsyncSession, charger_id: int) -> ConnectionSummary:
    """A charger's last connect, last disconnect (and why) and last refused connection."""

    async def last(kind: str) -> ChargerConnectionEvent | None:
        return (
            await session.execute(
                select(ChargerConnectionEvent)
                .where(ChargerConnectionEvent.charger_id == charger_id, ChargerConnectionEvent.kind == kind)
                .order_by(ChargerConnectionEvent.id.desc())
                .limit(1)
            )
        ).scalar_one_or_none()

    return ConnectionSummary(await last(CONNECTED), await last(DISCONNECTED), await last(REFUSED))


def event_dict(row: dict[str, Any]) -> dict[str, Any]:
    """The bus event of a stored row (`events.CONNECTIONS`)."""
    created = row.get("created_at")
    return {
        "type": "connection",
        "charger_id": row.get("charger_id"),
        "charge_point_id": row["charge_point_id"],
        "kind": row["kind"],
        "reason": row.get("reason"),
        "detail": row.get("detail"),
        "remote_address": row.get("remote_address"),
        "code": row.get("code"),
        "timestamp": created.isoformat() if isinstance(created, dt.datetime) else None,
    }
