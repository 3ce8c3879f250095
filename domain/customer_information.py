"""Customer information held by OCPP 2.0.1 stations (block N, N09/N10): an operator asks a station for
what it keeps about one customer (an idToken, a customer identifier, or a customer certificate), and
may have it cleared. The request is a `station_requests` row (its id is the requestId); the station's
NotifyCustomerInformation parts (seqNo, tbc, data) are kept with it and read back in seqNo order.

The identifier itself is personal data: it is kept with the request (the operator must see whose data
was asked for) and shown to admins only; the audit entry names its kind, never its value.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from db.models import StationRequest
from domain import station_requests
from domain.errors import InvalidInput
from domain.timestamps import parse_timestamp

ACTION = "CustomerInformation"
COMMANDS = frozenset({ACTION})
#: Parts kept per request (512 characters each at most): a station cannot grow a row without bound.
MAX_PARTS = 200
#: The ways a customer is named in CustomerInformation.
SUBJECTS = ("idToken", "customerIdentifier", "customerCertificate")


def check(payload: dict[str, Any]) -> None:
    """Exactly one customer, and something to do (a report, a clearing, or both)."""
    named = [name for name in SUBJECTS if payload.get(name)]
    if len(named) != 1:
        raise InvalidInput(
            "Name the customer by exactly one of an idToken, a customer identifier or a certificate.",
            field="idToken",
        )
    if not payload.get("report") and not payload.get("clear"):
        raise InvalidInput("Ask for a report, a clearing, or both.", field="report")


def subject_of(payload: dict[str, Any]) -> str:
    return next((name for name in SUBJECTS if payload.get(name)), "")


def local_list_removal(payload: dict[str, Any]) -> dict[str, Any]:
    """The SendLocalList (the domain's, 1.6-shaped) that removes the request's idToken from the
    station's local authorization list: a Differential update whose entry has no idTagInfo."""
    token = (payload.get("idToken") or {}).get("idToken")
    if not token:
        raise InvalidInput("Only an idToken is kept in a local list.", field="idToken")
    return {"updateType": "Differential", "localAuthorizationList": [{"idTag": token}]}


def criteria(payload: dict[str, Any]) -> dict[str, Any]:
    """What the request asks, as kept with it."""
    kept: dict[str, Any] = {"report": bool(payload.get("report")), "clear": bool(payload.get("clear"))}
    for name in SUBJECTS:
        if payload.get(name):
            kept[name] = payload[name]
    return kept


async def store_part(
    session: AsyncSession, charger_id: int, payload: dict[str, Any]
) -> StationRequest | None:
    """One NotifyCustomerInformation part, kept with its request (a part of a request the platform did
    not make is answered and dropped: there is nothing to show it with)."""
    row = await station_requests.part(session, charger_id, ACTION, payload)
    if row is None:
        return None
    parts = list(row.content or [])
    if len(parts) < MAX_PARTS:
        parts.append(
            {"seqNo": payload["seqNo"], "data": payload["data"], "generatedAt": payload["generatedAt"]}
        )
        row.content = parts
    await session.flush()
    return row


@dataclass(frozen=True)
class Report:
    """One CustomerInformation request, its progress and the data assembled so far."""

    id: int
    status: str
    report: bool
    clear: bool
    subject: str
    criteria: dict[str, Any]
    data: str
    parts: int
    generated_at: dt.datetime | None
    requested_at: dt.datetime
    completed_at: dt.datetime | None


def report_of(row: StationRequest) -> Report:
    parts = sorted(row.content or [], key=lambda p: int(p["seqNo"]))
    crit = dict(row.criteria or {})
    return Report(
        id=row.id,
        status=row.status,
        report=bool(crit.get("report")),
        clear=bool(crit.get("clear")),
        subject=subject_of(crit),
        criteria=crit,
        data="".join(str(p["data"]) for p in parts),
        parts=row.parts,
        generated_at=parse_timestamp(parts[-1]["generatedAt"]) if parts else None,
        requested_at=row.created_at,
        completed_at=row.completed_at,
    )


async def reports(session: AsyncSession, charger_id: int) -> list[Report]:
    """A charger's CustomerInformation requests, newest first."""
    return [report_of(r) for r in await station_requests.latest(session, charger_id, ACTION)]
