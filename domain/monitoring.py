"""Monitoring of OCPP 2.0.1 stations: the events they notify (NotifyEvent, stored per charger, the
newest `MAX_EVENTS` kept), the monitors set on their variables (SetVariableMonitoring answers,
NotifyMonitoringReport, ClearVariableMonitoring, SetMonitoringBase), and the operator's commands
(SetMonitoringLevel, GetMonitoringReport)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import Charger, ChargerDeviceEvent, VariableMonitor, utcnow
from domain import rows, station_requests
from domain.timestamps import parse_timestamp

COMMANDS = frozenset(
    {
        "SetVariableMonitoring",
        "SetMonitoringBase",
        "ClearVariableMonitoring",
        "SetMonitoringLevel",
        "GetMonitoringReport",
    }
)

#: Device events kept per charger (the oldest go first).
MAX_EVENTS = 1000


def _where(component: dict[str, Any], variable: dict[str, Any]) -> dict[str, Any]:
    evse = component.get("evse") or {}
    return {
        "component": component["name"][:50],
        "component_instance": component.get("instance"),
        "evse_id": evse.get("id"),
        "connector_id": evse.get("connectorId"),
        "variable": variable["name"][:50],
        "variable_instance": variable.get("instance"),
    }


async def _upsert_monitor(session: AsyncSession, charger_id: int, values: dict[str, Any]) -> None:
    row = await session.scalar(
        select(VariableMonitor).where(
            VariableMonitor.charger_id == charger_id, VariableMonitor.monitor_id == values["monitor_id"]
        )
    )
    if row is None:
        row = VariableMonitor(charger_id=charger_id, **values)
        session.add(row)
    else:
        for name, value in values.items():
            setattr(row, name, value)
    row.updated_at = utcnow()


async def apply(
    session: AsyncSession, charger: Charger, action: str, payload: dict[str, Any], result: dict[str, Any]
) -> None:
    """Store what the station accepted."""
    if action == "SetVariableMonitoring":
        sent = payload.get("setMonitoringData") or []
        for n, r in enumerate(result.get("setMonitoringResult") or []):
            if r.get("status") != "Accepted" or r.get("id") is None or n >= len(sent):
                continue
            await _upsert_monitor(
                session,
                charger.id,
                {
                    "monitor_id": r["id"],
                    **_where(r["component"], r["variable"]),
                    "type": r["type"],
                    "value": float(sent[n]["value"]),
                    "severity": r["severity"],
                    "transaction": bool(sent[n].get("transaction")),
                },
            )
    elif action == "ClearVariableMonitoring":
        cleared = [
            r["id"] for r in result.get("clearMonitoringResult") or [] if r.get("status") == "Accepted"
        ]
        if cleared:
            await session.execute(
                delete(VariableMonitor).where(
                    VariableMonitor.charger_id == charger.id, VariableMonitor.monitor_id.in_(cleared)
                )
            )
    elif action == "SetMonitoringBase" and result.get("status") == "Accepted":
        # The station's monitors are now its base's: what was stored is stale (GetMonitoringReport).
        await session.execute(delete(VariableMonitor).where(VariableMonitor.charger_id == charger.id))
    await session.flush()


async def store_monitoring_report(session: AsyncSession, charger_id: int, payload: dict[str, Any]) -> None:
    """NotifyMonitoringReport: each monitor the station reports; the part counts towards its
    GetMonitoringReport request."""
    await station_requests.part(session, charger_id, "GetMonitoringReport", payload)
    for item in payload.get("monitor") or []:
        where = _where(item["component"], item["variable"])
        for mon in item.get("variableMonitoring") or []:
            await _upsert_monitor(
                session,
                charger_id,
                {
                    "monitor_id": mon["id"],
                    **where,
                    "type": mon["type"],
                    "value": float(mon["value"]),
                    "severity": mon["severity"],
                    "transaction": bool(mon["transaction"]),
                },
            )
    await session.flush()


async def store_events(session: AsyncSession, charger_id: int, payload: dict[str, Any]) -> None:
    """NotifyEvent: each event stored; the charger keeps its newest `MAX_EVENTS`."""
    for e in payload.get("eventData") or []:
        session.add(
            ChargerDeviceEvent(
                charger_id=charger_id,
                event_id=e["eventId"],
                at=parse_timestamp(e["timestamp"]),
                trigger=e["trigger"],
                cause=e.get("cause"),
                actual_value=e["actualValue"][:2500],
                tech_code=e.get("techCode"),
                tech_info=e.get("techInfo"),
                cleared=e.get("cleared"),
                transaction_id=e.get("transactionId"),
                variable_monitoring_id=e.get("variableMonitoringId"),
                notification_type=e["eventNotificationType"],
                **_where(e["component"], e["variable"]),
            )
        )
    await session.flush()
    await rows.keep_newest(
        session, ChargerDeviceEvent, MAX_EVENTS, ChargerDeviceEvent.charger_id == charger_id
    )


async def events(session: AsyncSession, charger_id: int, limit: int = 200) -> list[ChargerDeviceEvent]:
    q = (
        select(ChargerDeviceEvent)
        .where(ChargerDeviceEvent.charger_id == charger_id)
        .order_by(ChargerDeviceEvent.id.desc())
        .limit(limit)
    )
    return list((await session.scalars(q)).all())


async def monitors(session: AsyncSession, charger_id: int) -> list[VariableMonitor]:
    q = (
        select(VariableMonitor)
        .where(VariableMonitor.charger_id == charger_id)
        .order_by(VariableMonitor.component, VariableMonitor.variable, VariableMonitor.monitor_id)
    )
    return list((await session.scalars(q)).all())
