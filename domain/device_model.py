"""The device model of OCPP 2.0.1 stations: what their NotifyReports say (components, variables, each
variable's attributes Actual/Target/MinSet/MaxSet with mutability, and its characteristics), stored per
charger; the report requests (GetBaseReport, GetReport) whose id is the reports' requestId; and the
edits (SetVariables) whose accepted values update the stored ones.

- `prepare_report()` records a request before it is sent (its id becomes the requestId);
  `report_answered()` / `report_failed()` store the station's answer; `store_report()` stores one
  NotifyReport part (a FullInventory's first part replaces what was stored before).
- `applied_set_variables()` stores the values a SetVariables set (attributeStatus Accepted).
- `variables()` / `reports()` read them for the console.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import Charger, DeviceModelReport, DeviceModelVariable, utcnow
from domain import ocpp_secrets, station_requests
from domain.errors import InvalidInput

#: The commands of this module, as OCPP 2.0.1 names them (sent to 2.0.1 stations as they are).
REPORT_ACTIONS = frozenset({"GetBaseReport", "GetReport"})
COMMANDS = REPORT_ACTIONS | {"SetVariables", "SetNetworkProfile"}

#: At most this many rows in one answer to the console.
MAX_ROWS = 2000


def _text(value: Any, size: int) -> str | None:
    return str(value)[:size] if value is not None and value != "" else None


def variable_key(component: dict[str, Any], variable: dict[str, Any], attribute_type: str | None) -> str:
    """The name of one variable attribute within its charger: component[instance]@evse.connector /
    variable[instance] / attribute type (at most 255 characters: each part is at most 50)."""
    evse = component.get("evse") or {}
    where = f"@{evse['id']}.{evse.get('connectorId', '')}" if "id" in evse else ""
    c_inst = f"[{component['instance']}]" if component.get("instance") else ""
    v_inst = f"[{variable['instance']}]" if variable.get("instance") else ""
    return f"{component['name']}{c_inst}{where}/{variable['name']}{v_inst}/{attribute_type or 'Actual'}"


def check_set_variables(payload: dict[str, Any]) -> None:
    """An operator's SetVariables never carries a secret (the Basic-auth password is rotated by the
    charger's key rotation, which keeps the platform's copy in step)."""
    for d in payload.get("setVariableData") or []:
        if ocpp_secrets.is_secret_name(d.get("variable", {}).get("name")):
            raise InvalidInput(
                "A password is not set here: rotate the charger's key instead.", field="variable"
            )


async def prepare_report(
    session: AsyncSession, charger: Charger, action: str, payload: dict[str, Any], user_id: int | None
) -> DeviceModelReport:
    """Record a GetBaseReport/GetReport before it is sent; its id becomes `payload["requestId"]`."""
    kind = payload["reportBase"] if action == "GetBaseReport" else "Criteria"
    row = DeviceModelReport(charger_id=charger.id, kind=kind, status="Requested", requested_by_id=user_id)
    session.add(row)
    await session.flush()
    payload["requestId"] = row.id
    return row


#: The station's answers to GetBaseReport/GetReport.
REPORT_ANSWERS = ("Accepted", "Rejected", "NotSupported", "EmptyResultSet")


def report_answered(row: DeviceModelReport, status: str | None) -> None:
    """The station's answer to the request (`REPORT_ANSWERS`); parts that arrived before the answer
    keep their status (`station_requests.answered`)."""
    station_requests.answered(row, status, REPORT_ANSWERS)


def report_failed(row: DeviceModelReport) -> None:
    station_requests.failed(row)


def _rows_of(charger_id: int, item: dict[str, Any]) -> list[dict[str, Any]]:
    component, variable = item["component"], item["variable"]
    evse = component.get("evse") or {}
    ch = item.get("variableCharacteristics")
    characteristics = (
        {
            k: ch[k]
            for k in ("dataType", "unit", "minLimit", "maxLimit", "valuesList", "supportsMonitoring")
            if k in ch
        }
        if ch
        else None
    )
    out = []
    for attr in item.get("variableAttribute") or []:
        kind = attr.get("type") or "Actual"
        out.append(
            {
                "charger_id": charger_id,
                "key": variable_key(component, variable, kind),
                "component": component["name"][:50],
                "component_instance": _text(component.get("instance"), 50),
                "evse_id": evse.get("id"),
                "connector_id": evse.get("connectorId"),
                "variable": variable["name"][:50],
                "variable_instance": _text(variable.get("instance"), 50),
                "attribute_type": kind,
                # A secret (e.g. a password a station reports back) is never stored in clear.
                "value": ocpp_secrets.mask_value(variable["name"], attr.get("value")),
                "mutability": attr.get("mutability") or "ReadWrite",
                "persistent": attr.get("persistent"),
                "constant": attr.get("constant"),
                "characteristics": characteristics,
            }
        )
    return out


async def _upsert(session: AsyncSession, charger_id: int, values: list[dict[str, Any]]) -> None:
    if not values:
        return
    found = {
        r.key: r
        for r in (
            await session.scalars(
                select(DeviceModelVariable).where(
                    DeviceModelVariable.charger_id == charger_id,
                    DeviceModelVariable.key.in_({v["key"] for v in values}),
                )
            )
        ).all()
    }
    for v in values:
        row = found.get(v["key"])
        if row is None:
            row = found[v["key"]] = DeviceModelVariable(**v)
            session.add(row)
        else:
            for name, value in v.items():
                setattr(row, name, value)
        row.updated_at = utcnow()


async def store_report(session: AsyncSession, charger_id: int, payload: dict[str, Any]) -> None:
    """One NotifyReport part (requestId, seqNo, tbc, reportData). A report the platform did not ask for
    (another requestId) is stored as well: the station describes itself."""
    report = await session.scalar(
        select(DeviceModelReport).where(
            DeviceModelReport.id == payload["requestId"], DeviceModelReport.charger_id == charger_id
        )
    )
    if report is not None and report.kind == "FullInventory" and payload["seqNo"] == 0:
        # The full inventory replaces what the station said before (removed components go).
        await session.execute(delete(DeviceModelVariable).where(DeviceModelVariable.charger_id == charger_id))
    values: dict[str, dict[str, Any]] = {}
    for item in payload.get("reportData") or []:
        for v in _rows_of(charger_id, item):
            values[v["key"]] = v
    await _upsert(session, charger_id, list(values.values()))
    if report is not None:
        station_requests.part_arrived(report, payload["seqNo"], bool(payload.get("tbc")))
    await session.flush()


async def applied_set_variables(
    session: AsyncSession, charger_id: int, payload: dict[str, Any], result: dict[str, Any]
) -> None:
    """Store each value the station accepted (attributeStatus Accepted) as the variable's new value."""
    sent = {
        variable_key(d["component"], d["variable"], d.get("attributeType")): d
        for d in payload.get("setVariableData") or []
    }
    values = []
    for r in result.get("setVariableResult") or []:
        if r.get("attributeStatus") != "Accepted":
            continue
        key = variable_key(r["component"], r["variable"], r.get("attributeType"))
        d = sent.get(key)
        if d is None:
            continue
        existing = await session.scalar(
            select(DeviceModelVariable).where(
                DeviceModelVariable.charger_id == charger_id, DeviceModelVariable.key == key
            )
        )
        if existing is not None:
            existing.value = ocpp_secrets.mask_value(d["variable"]["name"], d["attributeValue"])
            existing.updated_at = utcnow()
        else:
            item = {
                "component": d["component"],
                "variable": d["variable"],
                "variableAttribute": [
                    {"type": d.get("attributeType") or "Actual", "value": d["attributeValue"]}
                ],
            }
            values.extend(_rows_of(charger_id, item))
    await _upsert(session, charger_id, values)
    await session.flush()


def _contains(column: Any, text: str) -> Any:
    """Case-insensitive "contains", the same on every database (LIKE's wildcards taken literally)."""
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return func.lower(column).like(f"%{escaped}%", escape="\\")


async def variables(
    session: AsyncSession,
    charger_id: int,
    *,
    component: str | None = None,
    variable: str | None = None,
    limit: int = MAX_ROWS,
) -> list[DeviceModelVariable]:
    """The stored device model, by component, instance, EVSE, connector, variable, attribute type;
    `component`/`variable` filter by a part of the name (either case)."""
    q = select(DeviceModelVariable).where(DeviceModelVariable.charger_id == charger_id)
    if component:
        q = q.where(
            or_(
                _contains(DeviceModelVariable.component, component),
                _contains(DeviceModelVariable.component_instance, component),
            )
        )
    if variable:
        q = q.where(_contains(DeviceModelVariable.variable, variable))
    q = q.order_by(
        DeviceModelVariable.component,
        DeviceModelVariable.component_instance,
        DeviceModelVariable.evse_id,
        DeviceModelVariable.connector_id,
        DeviceModelVariable.variable,
        DeviceModelVariable.variable_instance,
        DeviceModelVariable.attribute_type,
    ).limit(min(max(limit, 1), MAX_ROWS))
    return list((await session.scalars(q)).all())


async def reports(session: AsyncSession, charger_id: int, limit: int = 10) -> list[DeviceModelReport]:
    """The newest report requests of a charger, newest first."""
    q = (
        select(DeviceModelReport)
        .where(DeviceModelReport.charger_id == charger_id)
        .order_by(DeviceModelReport.created_at.desc(), DeviceModelReport.id.desc())
        .limit(limit)
    )
    return list((await session.scalars(q)).all())


async def has_full_inventory(session: AsyncSession, charger_id: int) -> bool:
    """Whether a full inventory of the charger was asked for and is not known to have failed."""
    found = await session.scalar(
        select(DeviceModelReport.id)
        .where(
            DeviceModelReport.charger_id == charger_id,
            DeviceModelReport.kind == "FullInventory",
            DeviceModelReport.status.in_(("Requested", "Accepted", "Receiving", "Complete")),
        )
        .limit(1)
    )
    return found is not None


#: A GetVariables CALL's own bytes around its items ([2,"<id>","GetVariables",{"getVariableData":[]}]).
_CALL_BYTES = 80
#: An item's bytes beyond its key's ({"component":{"name":…},"variable":{"name":…}}, a comma, and the
#: longest a 1.6 key the edge renames grows by).
_ITEM_BYTES = 65


async def message_limits(
    session: AsyncSession, charger_id: int, request: str
) -> tuple[int | None, int | None]:
    """The station's DeviceDataCtrlr.ItemsPerMessage and BytesPerMessage for `request` (the variable
    instance: GetVariables, SetVariables, GetReport), as its device model says; None when unknown."""
    rows = await session.scalars(
        select(DeviceModelVariable).where(
            DeviceModelVariable.charger_id == charger_id,
            DeviceModelVariable.component == "DeviceDataCtrlr",
            DeviceModelVariable.variable.in_(("ItemsPerMessage", "BytesPerMessage")),
            DeviceModelVariable.variable_instance == request,
            DeviceModelVariable.attribute_type == "Actual",
        )
    )
    found: dict[str, int] = {}
    for row in rows:
        try:
            value = int(str(row.value))
        except ValueError:
            continue
        if value > 0:
            found[row.variable] = value
    return found.get("ItemsPerMessage"), found.get("BytesPerMessage")


def batches(keys: list[str], items: int | None, size: int | None) -> list[list[str]]:
    """`keys` in order, in batches of at most `items` keys whose GetVariables stays within `size`
    bytes (OCTT TC_B_08); one key per batch at least."""
    out: list[list[str]] = []
    batch: list[str] = []
    used = _CALL_BYTES
    for key in keys:
        cost = len(key.encode()) + _ITEM_BYTES
        full = (items is not None and len(batch) >= items) or (size is not None and used + cost > size)
        if batch and full:
            out.append(batch)
            batch, used = [], _CALL_BYTES
        batch.append(key)
        used += cost
    if batch:
        out.append(batch)
    return out
