"""What OCPP 2.0.1 stations report about smart charging, stored for the operator.

- ReportChargingProfiles: the profiles a station holds, the answer to GetChargingProfiles (the
  console's command, a `station_requests` request whose id is the requestId), in parts.
- NotifyChargingLimit: a limit set by something other than the platform (an energy management system,
  the grid operator, a local controller).
- NotifyEVChargingNeeds: an EV's departure time and the energy it asks for (ISO 15118), kept with the
  charging session running on that EVSE and shown on it.

Each is a row of `station_reports` with the station's message as it came; the newest
:data:`KEEP_PER_CHARGER` rows of each charger are kept.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import ChargingSession, StationReport
from domain import rows, station_requests
from domain.timestamps import parse_timestamp

PROFILES = "ChargingProfiles"
LIMIT = "ChargingLimit"
EV_NEEDS = "EVChargingNeeds"

#: Rows kept per charger (the oldest go first).
KEEP_PER_CHARGER = 200


async def _running_session(session: AsyncSession, charger_id: int, evse_id: int | None) -> int | None:
    """The platform's active session on this EVSE, if any."""
    if not evse_id:
        return None
    found: int | None = await session.scalar(
        select(ChargingSession.id)
        .where(
            ChargingSession.charger_id == charger_id,
            ChargingSession.connector_id == evse_id,
            ChargingSession.status == "Active",
        )
        .order_by(ChargingSession.id.desc())
        .limit(1)
    )
    return found


async def record(
    session: AsyncSession,
    charger_id: int,
    kind: str,
    payload: dict[str, Any],
    *,
    evse_id: int | None = None,
    request_id: int | None = None,
) -> StationReport:
    """Store a station's report; an EV's needs and a limit are tied to the session on their EVSE; a
    part of the profiles counts towards its GetChargingProfiles request."""
    if kind == PROFILES:
        await station_requests.part(session, charger_id, "GetChargingProfiles", payload)
    tx = await _running_session(session, charger_id, evse_id) if kind != PROFILES else None
    row = StationReport(
        charger_id=charger_id,
        kind=kind,
        evse_id=evse_id,
        request_id=request_id,
        transaction_id=tx,
        payload=payload,
    )
    session.add(row)
    await session.flush()
    await rows.keep_newest(session, StationReport, KEEP_PER_CHARGER, StationReport.charger_id == charger_id)
    return row


async def latest(
    session: AsyncSession, charger_id: int, *, kind: str | None = None, limit: int = 50
) -> list[StationReport]:
    """A charger's newest reports, newest first."""
    q = select(StationReport).where(StationReport.charger_id == charger_id)
    if kind is not None:
        q = q.where(StationReport.kind == kind)
    return list(await session.scalars(q.order_by(StationReport.id.desc()).limit(limit)))


@dataclass(frozen=True)
class EvNeeds:
    """What the EV of a session asked for (NotifyEVChargingNeeds)."""

    requested_energy_transfer: str
    departure_time: dt.datetime | None
    energy_amount_wh: int | None
    received_at: dt.datetime


def ev_needs_of(report: StationReport) -> EvNeeds:
    needs = report.payload.get("chargingNeeds") or {}
    params = needs.get("acChargingParameters") or needs.get("dcChargingParameters") or {}
    departure = needs.get("departureTime")
    energy = params.get("energyAmount")
    return EvNeeds(
        requested_energy_transfer=str(needs.get("requestedEnergyTransfer") or ""),
        departure_time=parse_timestamp(departure) if departure else None,
        energy_amount_wh=int(energy) if isinstance(energy, int | float) else None,
        received_at=report.received_at,
    )


async def ev_needs(session: AsyncSession, session_ids: list[int]) -> dict[int, EvNeeds]:
    """Per charging session, the latest charging needs its EV reported."""
    if not session_ids:
        return {}
    rows = await session.scalars(
        select(StationReport)
        .where(StationReport.kind == EV_NEEDS, StationReport.transaction_id.in_(session_ids))
        .order_by(StationReport.id)
    )
    out: dict[int, EvNeeds] = {}
    for row in rows:
        assert row.transaction_id is not None
        out[row.transaction_id] = ev_needs_of(row)  # the newest wins
    return out
