"""OCPP transactions (charging sessions): start, stop and meter values, always accepted, flagged when odd.

A charger that gets a CALLERROR for StartTransaction, StopTransaction or MeterValues retries and then
drops the message, and the billing data is gone; so these functions never refuse data. Whatever fails a
sanity check is stored as reported and the session gets a flag for the operator.

Billing hooks: `on_transaction_started` and `on_transaction_stopped` are the call points for the money
side (tariff snapshot, prepaid guard, cost lines and ledger postings). They run inside the same database
transaction as the OCPP write.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from db import bulk
from db.models import ChargingRequest, ChargingSession, MeterValue, Reservation, utcnow
from domain import authorization, faults

#: How far ahead of our clock a charger's timestamp may be before it is flagged.
CLOCK_SKEW = dt.timedelta(minutes=5)
#: Above this average power a reading is implausible for any charger (Wh/kWh mix-up, meter reset).
MAX_PLAUSIBLE_POWER_W = 1_000_000.0

FLAG_FUTURE_TIMESTAMP = "future_timestamp"
FLAG_METER_STOP_LT_START = "meter_stop_lt_start"
FLAG_STOP_BEFORE_START = "stop_before_start"
FLAG_UNIT_MISMATCH = "unit_mismatch_suspected"
FLAG_IMPLAUSIBLE_ENERGY = "implausible_energy"
FLAG_METER_DECREASED = "meter_decreased"
FLAG_ID_TAG_NOT_ACCEPTED = "id_tag_not_accepted"
FLAG_RESERVATION_MISMATCH = "reservation_mismatch"
#: The owner's wallet was below the minimum balance at StartTransaction (an offline or local-list
#: start): recorded and billed as usual, answered with the refusal so the charger stops it.
FLAG_NO_CREDIT = "no_credit"

# Base unit and factor for every unit of OCPP 1.6 (UnitOfMeasure).
_UNITS: dict[str, tuple[str, float]] = {
    "Wh": ("Wh", 1.0),
    "kWh": ("Wh", 1000.0),
    "varh": ("varh", 1.0),
    "kvarh": ("varh", 1000.0),
    "W": ("W", 1.0),
    "kW": ("W", 1000.0),
    "VA": ("VA", 1.0),
    "kVA": ("VA", 1000.0),
    "var": ("var", 1.0),
    "kvar": ("var", 1000.0),
    "A": ("A", 1.0),
    "V": ("V", 1.0),
    "Celsius": ("Celsius", 1.0),
    "Fahrenheit": ("Celsius", 1.0),  # converted below
    "K": ("Celsius", 1.0),  # converted below
    "Percent": ("Percent", 1.0),
}

# Default unit per measurand when the charger leaves it out (OCPP 1.6 §7.31: default Wh for energy).
_DEFAULT_UNITS = {
    "Current.Export": "A",
    "Current.Import": "A",
    "Current.Offered": "A",
    "Frequency": None,
    "Power.Active.Export": "W",
    "Power.Active.Import": "W",
    "Power.Offered": "W",
    "Power.Reactive.Export": "var",
    "Power.Reactive.Import": "var",
    "Power.Factor": None,
    "SoC": "Percent",
    "Temperature": "Celsius",
    "Voltage": "V",
    "RPM": None,
}


def default_unit(measurand: str) -> str | None:
    if measurand.startswith("Energy.Reactive"):
        return "varh"
    if measurand.startswith("Energy."):
        return "Wh"
    return _DEFAULT_UNITS.get(measurand)


def normalise(raw: str, unit: str | None, measurand: str) -> tuple[float | None, str | None]:
    """(value in the base unit, base unit); value None when the raw string is not a number."""
    unit = unit or default_unit(measurand)
    try:
        value = float(raw)
    except (TypeError, ValueError):
        return None, unit
    if value != value or value in (float("inf"), float("-inf")):
        return None, unit
    if unit is None:
        return value, None
    base, factor = _UNITS.get(unit, (unit, 1.0))
    if unit == "Fahrenheit":
        return (value - 32.0) * 5.0 / 9.0, base
    if unit == "K":
        return value - 273.15, base
    return value * factor, base


def parse_timestamp(value: str) -> dt.datetime:
    """OCPP dateTime (RFC 3339) → aware UTC datetime. Raises ValueError."""
    v = value.strip()
    if v.endswith(("Z", "z")):
        v = v[:-1] + "+00:00"
    t = dt.datetime.fromisoformat(v)
    if t.tzinfo is None:
        t = t.replace(tzinfo=dt.UTC)
    return t.astimezone(dt.UTC)


def _add_flag(tx: ChargingSession, flag: str) -> None:
    flags = list(tx.flags or [])
    if flag not in flags:
        flags.append(flag)
        tx.flags = flags


# --------------------------------------------------------------------------------------------------
# Billing hooks (the money engineer fills these in)
# --------------------------------------------------------------------------------------------------


async def on_transaction_started(session: AsyncSession, tx: ChargingSession) -> ChargingRequest | None:
    """Called once per new transaction, in the same DB transaction as its insert. Links the remote-start
    request (if any) to the session; billing (tariff snapshot, prepaid guard) hooks in here."""
    req = (
        await session.execute(
            select(ChargingRequest)
            .where(
                ChargingRequest.charger_id == tx.charger_id,
                ChargingRequest.id_tag == tx.id_tag,
                ChargingRequest.session_id.is_(None),
                ChargingRequest.status.in_(("Requested", "Accepted")),
                ChargingRequest.created_at >= utcnow() - dt.timedelta(minutes=15),
            )
            .order_by(ChargingRequest.id.desc())
            .limit(1)
        )
    ).scalar_one_or_none()
    if req is not None:
        req.session_id = tx.id
        req.status = "Started"
        tx.start_source = "remote"
        if req.vehicle_id and tx.vehicle_id is None:
            tx.vehicle_id = req.vehicle_id
    elif tx.start_source is None:
        tx.start_source = "local"
    from domain import billing

    await billing.on_transaction_started(session, tx)
    return req


async def on_transaction_stopped(session: AsyncSession, tx: ChargingSession) -> None:
    """Called once when a transaction is stopped (StopTransaction), in the same DB transaction.
    Billing (cost lines, ledger postings) hooks in here; it must never raise for bad data."""
    from domain import billing

    await billing.on_transaction_stopped(session, tx)


async def on_meter_values(session: AsyncSession, tx: ChargingSession) -> int | None:
    """Called after a transaction's live reading was updated (prepaid guard hooks in here); returns
    the running cost in sen."""
    from domain import billing

    return await billing.on_meter_values(session, tx)


# --------------------------------------------------------------------------------------------------
# StartTransaction
# --------------------------------------------------------------------------------------------------


@dataclass
class StartResult:
    tx: ChargingSession
    id_tag_info: dict[str, Any]
    created: bool
    reservation: Reservation | None = None
    #: The remote-start request this transaction resolved (see on_transaction_started).
    request: ChargingRequest | None = None
    #: Why the start is refused although the tag is fine (authorization.start_refusal): the OCPP
    #: edge answers with its protocol's status; the transaction is recorded all the same.
    refusal: authorization.StartRefusal | None = None


async def _find_start(
    session: AsyncSession,
    charger_id: int,
    connector_id: int,
    id_tag: str,
    started_at: dt.datetime,
    meter_start: int,
) -> ChargingSession | None:
    return (
        await session.execute(
            select(ChargingSession).where(
                ChargingSession.charger_id == charger_id,
                ChargingSession.connector_id == connector_id,
                ChargingSession.id_tag == id_tag,
                ChargingSession.started_at == started_at,
                ChargingSession.meter_start == meter_start,
            )
        )
    ).scalar_one_or_none()


async def start_transaction(
    session: AsyncSession,
    charger_id: int,
    connector_id: int,
    id_tag: str,
    meter_start: int,
    timestamp: dt.datetime,
    *,
    reservation_id: int | None = None,
    now: dt.datetime | None = None,
    settings: Any = None,
) -> StartResult:
    """Record a StartTransaction; a duplicate of the same start returns the same transaction.

    The minimum-balance rule (authorization.start_refusal) answers it like every other start path,
    but the transaction is recorded whatever the answer: a start the charger already made (offline,
    from its local list) must never lose its billing data."""
    now = now or utcnow()
    # Stored at microsecond precision on every database: compare what was stored.
    existing = await _find_start(session, charger_id, connector_id, id_tag, timestamp, meter_start)
    if existing is not None:
        info = await authorization.id_tag_info(session, id_tag, exclude_transaction_id=existing.id, now=now)
        return StartResult(
            existing, info, created=False, refusal=await _refusal(session, existing, info, settings)
        )

    info = await authorization.id_tag_info(session, id_tag, now=now)
    tx = ChargingSession(
        charger_id=charger_id,
        connector_id=connector_id,
        id_tag=id_tag,
        meter_start=meter_start,
        started_at=timestamp,
        status="Active",
        user_id=await authorization.user_of(session, id_tag),
        last_energy_wh=meter_start,
        last_meter_at=timestamp,
    )
    if timestamp > now + CLOCK_SKEW:
        _add_flag(tx, FLAG_FUTURE_TIMESTAMP)
    if info["status"] != authorization.ACCEPTED:
        _add_flag(tx, FLAG_ID_TAG_NOT_ACCEPTED)
    try:
        async with session.begin_nested():
            session.add(tx)
            await session.flush()
    except IntegrityError:
        # A concurrent duplicate won the UNIQUE key: answer with its transactionId.
        session.expunge(tx) if tx in session else None
        existing = await _find_start(session, charger_id, connector_id, id_tag, timestamp, meter_start)
        if existing is None:
            raise
        info = await authorization.id_tag_info(session, id_tag, exclude_transaction_id=existing.id, now=now)
        return StartResult(
            existing, info, created=False, refusal=await _refusal(session, existing, info, settings)
        )

    refusal = await _refusal(session, tx, info, settings)
    if refusal is not None and tx.user_id is not None:
        _add_flag(tx, FLAG_NO_CREDIT)
        await authorization.record_start_refusal(
            session,
            refusal,
            user_id=tx.user_id,
            stage="start_transaction",
            charger_id=charger_id,
            connector_id=connector_id,
            id_tag=id_tag,
            transaction_id=tx.id,
            currency=getattr(settings, "currency", "MYR"),
        )
    reservation = await _consume_reservation(session, tx, reservation_id, info)
    request = await on_transaction_started(session, tx)
    await session.flush()
    return StartResult(tx, info, created=True, reservation=reservation, request=request, refusal=refusal)


async def _refusal(
    session: AsyncSession, tx: ChargingSession, info: dict[str, Any], settings: Any
) -> authorization.StartRefusal | None:
    if info["status"] != authorization.ACCEPTED:
        return None  # already refused for the tag itself
    return await authorization.start_refusal(session, tx.user_id, settings)


async def _consume_reservation(
    session: AsyncSession, tx: ChargingSession, reservation_id: int | None, info: dict[str, Any]
) -> Reservation | None:
    q = select(Reservation).where(Reservation.charger_id == tx.charger_id, Reservation.status == "Accepted")
    if reservation_id is not None:
        q = q.where(Reservation.id == reservation_id)
    else:
        # A reservation is also consumed when its tag (or group) starts on the reserved connector.
        tags = [tx.id_tag] + ([info["parentIdTag"]] if info.get("parentIdTag") else [])
        q = q.where(Reservation.id_tag.in_(tags), Reservation.connector_id.in_((0, tx.connector_id)))
    reservation = (await session.execute(q.limit(1))).scalar_one_or_none()
    if reservation is None:
        if reservation_id is not None:
            _add_flag(tx, FLAG_RESERVATION_MISMATCH)
        return None
    reservation.status = "Used"
    tx.reservation_id = reservation.id
    return reservation


# --------------------------------------------------------------------------------------------------
# StopTransaction
# --------------------------------------------------------------------------------------------------


@dataclass
class StopResult:
    tx: ChargingSession | None
    id_tag_info: dict[str, Any] | None
    stopped_now: bool
    meter_rows: list[MeterValue] = field(default_factory=list)
    fault: Any = None


async def stop_transaction(
    session: AsyncSession,
    charger_id: int,
    transaction_id: int,
    meter_stop: int,
    timestamp: dt.datetime,
    *,
    reason: str | None = None,
    id_tag: str | None = None,
    transaction_data: list[dict[str, Any]] | None = None,
    now: dt.datetime | None = None,
) -> StopResult:
    now = now or utcnow()
    tx = (
        await session.execute(
            select(ChargingSession).where(
                ChargingSession.id == transaction_id, ChargingSession.charger_id == charger_id
            )
        )
    ).scalar_one_or_none()
    info = (
        await authorization.id_tag_info(session, id_tag, check_concurrent=False, now=now) if id_tag else None
    )
    if tx is None:
        fault = await faults.open_fault(
            session, charger_id, None, faults.UNKNOWN_TRANSACTION, info=f"StopTransaction {transaction_id}"
        )
        rows = await store_meter_values(
            session, charger_id, 0, transaction_id, transaction_data or [], now=now, keep_rows=True
        )
        return StopResult(None, info, stopped_now=False, meter_rows=rows.rows, fault=fault)
    if tx.status == "Completed":
        # A retried StopTransaction: the same answer, nothing changes.
        return StopResult(tx, info, stopped_now=False)

    tx.meter_stop = meter_stop
    tx.stopped_at = timestamp
    tx.stop_reason = reason or "Local"
    tx.status = "Completed"
    tx.transaction_data = transaction_data
    if timestamp > now + CLOCK_SKEW:
        _add_flag(tx, FLAG_FUTURE_TIMESTAMP)
    if timestamp < tx.started_at:
        _add_flag(tx, FLAG_STOP_BEFORE_START)
    energy = meter_stop - tx.meter_start
    if energy < 0:
        _add_flag(tx, FLAG_METER_STOP_LT_START)
        if meter_stop * 1000 >= tx.meter_start:
            _add_flag(tx, FLAG_UNIT_MISMATCH)
        energy = 0
    seconds = max((timestamp - tx.started_at).total_seconds(), 1.0)
    if energy * 3600.0 / seconds > MAX_PLAUSIBLE_POWER_W:
        _add_flag(tx, FLAG_IMPLAUSIBLE_ENERGY)
    tx.energy_wh = energy
    tx.last_energy_wh = meter_stop
    tx.last_meter_at = timestamp
    if tx.charging_ended_at is None:
        tx.charging_ended_at = timestamp
    rows = await store_meter_values(
        session, charger_id, tx.connector_id, tx.id, transaction_data or [], now=now, tx=tx, keep_rows=True
    )
    await on_transaction_stopped(session, tx)
    await session.flush()
    return StopResult(tx, info, stopped_now=True, meter_rows=rows.rows)


# --------------------------------------------------------------------------------------------------
# MeterValues
# --------------------------------------------------------------------------------------------------


#: session.info key: when set (a dict model -> rows), meter rows are queued there instead of inserted;
#: whoever set it (ocpp_server.ingest) inserts them before the transaction commits.
DEFER_INSERTS = "defer_inserts"


@dataclass
class MeterResult:
    rows: list[MeterValue]
    tx: ChargingSession | None
    values: list[dict[str, Any]]
    unknown_transaction: bool = False
    #: The running cost after these readings (sen), for live progress events.
    cost_sen: int | None = None


async def store_meter_values(
    session: AsyncSession,
    charger_id: int,
    connector_id: int,
    transaction_id: int | None,
    meter_value: list[dict[str, Any]],
    *,
    now: dt.datetime | None = None,
    tx: ChargingSession | None = None,
    keep_rows: bool = False,
) -> MeterResult:
    """Store every sampled value (normalised to base units); update the transaction's live reading.

    The rows go in with one core executemany INSERT (no ORM objects on the ingest path);
    ``keep_rows`` also returns them as (transient) MeterValue objects."""
    now = now or utcnow()
    unknown = False
    if tx is None and transaction_id is not None:
        tx = await session.get(ChargingSession, transaction_id)
        if tx is not None and tx.charger_id != charger_id:
            tx = None
        unknown = tx is None
    records: list[dict[str, Any]] = []
    values: list[dict[str, Any]] = []
    live = tx is not None and tx.status == "Active"
    for mv in meter_value:
        ts = parse_timestamp(mv["timestamp"])
        ts_iso = ts.isoformat()
        for sv in mv.get("sampledValue", ()):
            measurand = sv.get("measurand") or "Energy.Active.Import.Register"
            raw = str(sv.get("value", ""))
            value, unit = normalise(raw, sv.get("unit"), measurand)
            phase = sv.get("phase")
            records.append(
                {
                    "charger_id": charger_id,
                    "connector_id": connector_id,
                    "transaction_id": transaction_id,
                    "timestamp": ts,
                    "measurand": measurand,
                    "phase": phase,
                    "unit": unit,
                    "location": sv.get("location"),
                    "context": sv.get("context"),
                    "format": sv.get("format"),
                    "raw_value": raw[:64],
                    "value": value,
                }
            )
            values.append(
                {
                    "timestamp": ts_iso,
                    "measurand": measurand,
                    "phase": phase,
                    "unit": unit,
                    "value": value,
                    "context": records[-1]["context"],
                    "location": records[-1]["location"],
                }
            )
            if tx is not None and value is not None and phase is None:
                if ts > now + CLOCK_SKEW:
                    _add_flag(tx, FLAG_FUTURE_TIMESTAMP)
                if live and tx.last_meter_at is not None and ts < tx.last_meter_at:
                    continue  # a late (queued) reading never rolls the live value back
                if measurand == "Energy.Active.Import.Register":
                    wh = int(round(value))
                    if wh < tx.meter_start:
                        _add_flag(tx, FLAG_METER_DECREASED)
                        if wh * 1000 >= tx.meter_start:
                            _add_flag(tx, FLAG_UNIT_MISMATCH)
                    elif tx.last_energy_wh is not None and wh < tx.last_energy_wh:
                        _add_flag(tx, FLAG_METER_DECREASED)
                    if live:
                        tx.last_energy_wh = wh
                        tx.last_meter_at = ts
                elif measurand == "Power.Active.Import" and live:
                    tx.last_power_w = value
                elif measurand == "SoC" and live:
                    tx.last_soc = value
    if records:
        deferred = session.info.get(DEFER_INSERTS)
        if deferred is not None:  # a group commit inserts every unit's rows at once, before COMMIT
            deferred.setdefault(MeterValue, []).extend(records)
        else:
            await bulk.insert_rows(await session.connection(), MeterValue, records)
    cost_sen = await on_meter_values(session, tx) if tx is not None and live else None
    rows = [MeterValue(**r) for r in records] if keep_rows else []
    return MeterResult(rows, tx, values, unknown_transaction=unknown, cost_sen=cost_sen)


def energy_so_far(tx: ChargingSession) -> int:
    """Wh delivered: the billed figure once stopped, else the latest register minus meterStart."""
    if tx.energy_wh is not None:
        return tx.energy_wh
    return max(0, (tx.last_energy_wh or tx.meter_start) - tx.meter_start)


def session_event(tx: ChargingSession, running_cost_sen: int | None = None) -> dict[str, Any]:
    """The SessionEvent payload (domain.events) for a transaction: its billed cost once billed, else
    the running cost when the caller has it."""
    return {
        "session_id": tx.id,
        "transaction_id": tx.id,
        "user_id": tx.user_id,
        "status": tx.status,
        "energy_wh": energy_so_far(tx),
        "power_w": tx.last_power_w,
        "soc": tx.last_soc,
        "cost_sen": tx.total_cost_sen
        if tx.billed and tx.total_cost_sen is not None
        else running_cost_sen or 0,
        "currency": tx.currency or "MYR",
        "connector_id": tx.connector_id,
        "started_at": tx.started_at.isoformat(),
        "stopped_at": tx.stopped_at.isoformat() if tx.stopped_at else None,
        "flags": list(tx.flags or []),
        "timestamp": (tx.stopped_at or tx.last_meter_at or tx.started_at).isoformat(),
    }


def sampled_event(row: MeterValue) -> dict[str, Any]:
    """A SampledValue (domain.events) for a stored meter value."""
    return {
        "timestamp": row.timestamp.isoformat(),
        "measurand": row.measurand,
        "phase": row.phase,
        "unit": row.unit,
        "value": row.value,
        "context": row.context,
        "location": row.location,
    }


def totals(values: list[dict[str, Any]]) -> dict[str, float]:
    """The MeterEvent convenience totals (energy_wh, power_w, soc) from un-phased sampled values."""
    out: dict[str, float] = {}
    names = {"Energy.Active.Import.Register": "energy_wh", "Power.Active.Import": "power_w", "SoC": "soc"}
    for v in values:
        name = names.get(v["measurand"])
        if name and v.get("phase") is None and v.get("value") is not None:
            out[name] = v["value"]
    return out


async def active_transactions(session: AsyncSession, charger_id: int) -> list[ChargingSession]:
    return list(
        (
            await session.execute(
                select(ChargingSession).where(
                    ChargingSession.charger_id == charger_id, ChargingSession.status == "Active"
                )
            )
        ).scalars()
    )
