"""Our roaming sessions as OCPI 2.2.1 Session and CDR objects (we are the CPO), and the Sessions and
CDRs senders' pull routes (paged, `date_from`/`date_to`; a partner sees its own drivers' sessions).

Money is the session's own bill: a Session carries the running cost priced as billing will price it,
a CDR the billed total to the sen (`excl_vat` the subtotal, `incl_vat` the total with the tariff's
tax), its energy, time, idle (PARKING_TIME) and fixed parts from the bill's lines, each with its share
of the tax (`domain.roaming_sessions.cost_parts`), and the tariff it was billed with.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from db.models import ChargingSession
from domain import billing, roaming_sessions, transactions
from domain.roaming_sessions import RoamingSession
from ocpi import objects, tariffs
from ocpi.objects import stamp

STATUS = {"Active": "ACTIVE", "Completed": "COMPLETED"}


def amount(sen: int) -> float:
    """Sen as an OCPI number of the currency's units (exact to the sen: two decimals)."""
    return float(Decimal(sen) / 100)


def price(excl_sen: int, incl_sen: int | None = None) -> dict[str, float]:
    out = {"excl_vat": amount(excl_sen)}
    if incl_sen is not None:
        out["incl_vat"] = amount(incl_sen)
    return out


def hours(start: dt.datetime, end: dt.datetime | None) -> float:
    if end is None or end <= start:
        return 0.0
    return round((end - start).total_seconds() / 3600, 4)


def evse_uid(rs: RoamingSession) -> str:
    return f"{rs.charger.id}-{rs.tx.connector_id}"


async def session_cost(s: AsyncSession, tx: ChargingSession) -> tuple[int, int]:
    """(subtotal, total) in sen: the bill once billed, else the running cost as billing prices it."""
    if tx.billed and tx.total_cost_sen is not None:
        total = roaming_sessions.cost_parts(tx.cost_lines)["total"]
        return total.excl_sen, total.incl_sen
    cost = await billing.cost_so_far(s, tx)
    return cost.subtotal_sen, cost.total_sen


async def session_object(
    s: AsyncSession, rs: RoamingSession, country_code: str, party_id: str
) -> dict[str, Any]:
    tx, record = rs.tx, rs.record
    excl, incl = await session_cost(s, tx)
    out: dict[str, Any] = {
        "country_code": country_code,
        "party_id": party_id,
        "id": str(tx.id),
        "start_date_time": stamp(tx.started_at),
        "kwh": round(transactions.energy_so_far(tx) / 1000, 4),
        "cdr_token": json.loads(record.cdr_token),
        "auth_method": record.auth_method,
        "location_id": str(rs.charger.id),
        "evse_uid": evse_uid(rs),
        "connector_id": "1",
        "currency": tx.currency or "MYR",
        "total_cost": price(excl, incl),
        "status": STATUS.get(tx.status, "ACTIVE"),
        "last_updated": stamp(record.last_updated),
    }
    if tx.stopped_at is not None:
        out["end_date_time"] = stamp(tx.stopped_at)
    if record.authorization_reference:
        out["authorization_reference"] = record.authorization_reference
    return out


#: What a Session PATCH carries (the fields that change while charging, and last_updated).
PATCHED = ("kwh", "total_cost", "status", "end_date_time", "last_updated")


def session_patch(full: dict[str, Any]) -> dict[str, Any]:
    return {k: full[k] for k in PATCHED if k in full}


#: OCPP measurement contexts → OCPI SignedValue nature.
NATURE = {"Transaction.Begin": "Start", "Transaction.End": "End"}


def signed_data(tx: ChargingSession) -> dict[str, Any] | None:
    """The charger's signed meter values (sampled values of format SignedData in the stop's
    transactionData), if it sent any."""
    values = []
    method = "Unknown"
    for reading in tx.transaction_data or []:
        if not isinstance(reading, dict):
            continue
        for sv in reading.get("sampledValue") or []:
            if not isinstance(sv, dict) or sv.get("format") != "SignedData" or not sv.get("value"):
                continue
            signed = str(sv["value"])
            plain = signed
            if signed.startswith("OCMF|"):
                method = "OCMF"
                plain = signed.split("|")[1] if signed.count("|") >= 2 else signed
            nature = NATURE.get(str(sv.get("context")), "Intermediate")
            values.append({"nature": nature, "plain_data": plain[:512], "signed_data": signed[:5000]})
    if not values:
        return None
    return {"encoding_method": method, "signed_values": values}


def cdr_object(rs: RoamingSession, country_code: str, party_id: str) -> dict[str, Any]:
    """The CDR of a billed roaming session: its costs are the bill's, each excluding and including
    the tax (the parts' taxes add up to the bill's to the sen), and it carries the tariff it was
    billed with (as it was when the session started)."""
    tx, charger = rs.tx, rs.charger
    parts = roaming_sessions.cost_parts(tx.cost_lines)

    def cost(part: str) -> dict[str, float]:
        p = parts.get(part, roaming_sessions.CostPart(0, 0))
        return price(p.excl_sen, p.incl_sen)

    end = tx.stopped_at or tx.last_meter_at or tx.started_at
    charge_end = min(max(tx.charging_ended_at or end, tx.started_at), end)
    kwh = round((tx.energy_wh or 0) / 1000, 4)
    billed = (
        tariffs.billed_tariff(tx.tariff_snapshot, tx.started_at, country_code, party_id)
        if tx.tariff_snapshot
        else None
    )
    tariff_id = billed["id"] if billed is not None else None
    first: dict[str, Any] = {
        "start_date_time": stamp(tx.started_at),
        "dimensions": [
            {"type": "ENERGY", "volume": kwh},
            {"type": "TIME", "volume": hours(tx.started_at, charge_end)},
        ],
    }
    periods = [first]
    if charge_end < end:
        periods.append(
            {
                "start_date_time": stamp(charge_end),
                "dimensions": [{"type": "PARKING_TIME", "volume": hours(charge_end, end)}],
            }
        )
    if tariff_id:
        for p in periods:
            p["tariff_id"] = tariff_id
    conn = next((c for c in charger.connectors if c.connector_id == tx.connector_id), None)
    connector = objects.connector(conn) if conn is not None else None
    base = objects.location(charger, country_code, party_id)
    out: dict[str, Any] = {
        "country_code": country_code,
        "party_id": party_id,
        "id": str(tx.id),
        "start_date_time": stamp(tx.started_at),
        "end_date_time": stamp(end),
        "session_id": str(tx.id),
        "cdr_token": json.loads(rs.record.cdr_token),
        "auth_method": rs.record.auth_method,
        "cdr_location": {
            "id": base["id"],
            "name": base["name"],
            "address": base["address"],
            "city": base["city"],
            "postal_code": base["postal_code"],
            "country": base["country"],
            "coordinates": base["coordinates"],
            "evse_uid": evse_uid(rs),
            "evse_id": f"{country_code}*{party_id}*E{charger.id}*{tx.connector_id}",
            "connector_id": "1",
            "connector_standard": connector["standard"] if connector else "IEC_62196_T2",
            "connector_format": connector["format"] if connector else "SOCKET",
            "connector_power_type": connector["power_type"] if connector else "AC_1_PHASE",
        },
        "currency": tx.currency or "MYR",
        "charging_periods": periods,
        "total_cost": cost("total"),
        "total_energy": kwh,
        "total_energy_cost": cost("energy"),
        "total_time": hours(tx.started_at, end),
        "last_updated": stamp(rs.record.cdr_at or end),
    }
    if out["cdr_location"]["postal_code"] is None:
        del out["cdr_location"]["postal_code"]
    if billed is not None:
        out["tariffs"] = [billed]
    if "fixed" in parts:
        out["total_fixed_cost"] = cost("fixed")
    if "time" in parts:
        out["total_time_cost"] = cost("time")
    if charge_end < end:
        out["total_parking_time"] = hours(charge_end, end)
        out["total_parking_cost"] = cost("parking")
    if rs.record.authorization_reference:
        out["authorization_reference"] = rs.record.authorization_reference
    signed = signed_data(tx)
    if signed is not None:
        out["signed_data"] = signed
    return out


async def issued_cdr(s: AsyncSession, rs: RoamingSession, country_code: str, party_id: str) -> dict[str, Any]:
    """The session's CDR as first issued (stored then; CDRs never change)."""
    return await roaming_sessions.keep_cdr(s, rs.record, cdr_object(rs, country_code, party_id))
