"""The columns the operator's lists can be sorted by, one table per list.

A list's API names its sortable fields (an enum); this module maps each name to the SQL expression it
sorts on. Ties (and NULLs, which sort first ascending on SQLite and MariaDB alike) are broken by the
primary key in the same direction, so pages are stable.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func

from db import models as m


def _columns(model: Any, *names: str, **others: Any) -> dict[str, Any]:
    """Sort keys named like the `model`'s columns they sort on, and `others` (key: expression)."""
    return {**{name: getattr(model, name) for name in names}, **others}


SESSIONS: dict[str, Any] = _columns(
    m.ChargingSession,
    "started_at",
    "stopped_at",
    "status",
    connector=m.ChargingSession.connector_id,
    # A running session has no energy_wh yet: what it has delivered so far.
    energy=func.coalesce(
        m.ChargingSession.energy_wh, m.ChargingSession.last_energy_wh - m.ChargingSession.meter_start
    ),
    cost=m.ChargingSession.total_cost_sen,
)

USERS: dict[str, Any] = _columns(m.User, "email", "name", "role", "created_at", "last_login_at")

CHARGERS: dict[str, Any] = _columns(
    m.Charger, "charge_point_id", "name", "registration_status", "last_heartbeat_at", "created_at", "city"
)

FAULTS: dict[str, Any] = _columns(
    m.Fault, "opened_at", "error_code", "status", connector=m.Fault.connector_id
)

AUDIT: dict[str, Any] = _columns(m.AuditLog, "created_at", "action", "target_type")

#: The commands list's query joins the charger (`command_history.commands`).
COMMANDS: dict[str, Any] = _columns(
    m.OcppCommand, "created_at", "action", "status", charge_point_id=m.Charger.charge_point_id
)

ID_TAGS: dict[str, Any] = _columns(m.IdTag, "id_tag", "status", "expires_at", "created_at")

SITES: dict[str, Any] = _columns(m.Site, "name", "city", "created_at")

CONNECTION_EVENTS: dict[str, Any] = _columns(
    m.ChargerConnectionEvent,
    "charge_point_id",
    "kind",
    "reason",
    "remote_address",
    at=m.ChargerConnectionEvent.created_at,
)

FLEET_JOBS: dict[str, Any] = _columns(m.FleetJob, "created_at", "finished_at", "action", "status")
