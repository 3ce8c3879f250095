"""The columns the operator's lists can be sorted by, one table per list.

A list's API names its sortable fields (an enum); this module maps each name to the SQL expression it
sorts on. Ties (and NULLs, which sort first ascending on SQLite and MariaDB alike) are broken by the
primary key in the same direction, so pages are stable.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func

from db import models as m

SESSIONS: dict[str, Any] = {
    "started_at": m.ChargingSession.started_at,
    "stopped_at": m.ChargingSession.stopped_at,
    "status": m.ChargingSession.status,
    "connector": m.ChargingSession.connector_id,
    # A running session has no energy_wh yet: what it has delivered so far.
    "energy": func.coalesce(
        m.ChargingSession.energy_wh, m.ChargingSession.last_energy_wh - m.ChargingSession.meter_start
    ),
    "cost": m.ChargingSession.total_cost_sen,
}

USERS: dict[str, Any] = {
    "email": m.User.email,
    "name": m.User.name,
    "role": m.User.role,
    "created_at": m.User.created_at,
    "last_login_at": m.User.last_login_at,
}

CHARGERS: dict[str, Any] = {
    "charge_point_id": m.Charger.charge_point_id,
    "name": m.Charger.name,
    "registration_status": m.Charger.registration_status,
    "last_heartbeat_at": m.Charger.last_heartbeat_at,
    "created_at": m.Charger.created_at,
    "city": m.Charger.city,
}

FAULTS: dict[str, Any] = {
    "opened_at": m.Fault.opened_at,
    "error_code": m.Fault.error_code,
    "status": m.Fault.status,
    "connector": m.Fault.connector_id,
}

AUDIT: dict[str, Any] = {
    "created_at": m.AuditLog.created_at,
    "action": m.AuditLog.action,
    "target_type": m.AuditLog.target_type,
}

COMMANDS: dict[str, Any] = {
    "created_at": m.OcppCommand.created_at,
    "action": m.OcppCommand.action,
    "status": m.OcppCommand.status,
    # The list's query joins the charger (`command_history.commands`).
    "charge_point_id": m.Charger.charge_point_id,
}

ID_TAGS: dict[str, Any] = {
    "id_tag": m.IdTag.id_tag,
    "status": m.IdTag.status,
    "expires_at": m.IdTag.expires_at,
    "created_at": m.IdTag.created_at,
}

SITES: dict[str, Any] = {
    "name": m.Site.name,
    "city": m.Site.city,
    "created_at": m.Site.created_at,
}

CONNECTION_EVENTS: dict[str, Any] = {
    "at": m.ChargerConnectionEvent.created_at,
    "charge_point_id": m.ChargerConnectionEvent.charge_point_id,
    "kind": m.ChargerConnectionEvent.kind,
    "reason": m.ChargerConnectionEvent.reason,
    "remote_address": m.ChargerConnectionEvent.remote_address,
}

FLEET_JOBS: dict[str, Any] = {
    "created_at": m.FleetJob.created_at,
    "finished_at": m.FleetJob.finished_at,
    "action": m.FleetJob.action,
    "status": m.FleetJob.status,
}
