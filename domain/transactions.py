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
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from db import bulk
from db.models import ChargingRequest, ChargingSession, MeterValue, OcppCommand, Reservation, utcnow
from domain import authorization, events, faults, push, uow
from domain.errors import Conflict, InvalidInput, NotFound
from domain.idtags import ci_key
from domain.ports import DomainSettings
from domain.timestamps import parse_timestamp

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
#: Closed by an operator: the charger never ended it (replaced, dead); billed on its last reading.
FLAG_CLOSED_BY_OPERATOR = "closed_by_operator"
#: OCPP 2.0.1: a TransactionEvent arrived with a seqNo beyond the next one (an event may be lost).
FLAG_SEQ_NO_GAP = "seq_no_gap"
#: OCPP 2.0.1: the transaction's first events carried no energy register reading; until one comes,
#: meterStart is unknown (0 is stored). The first reading becomes meterStart (FLAG_METER_START_LATE):
#: energy before it is not billed, never more.
FLAG_METER_START_UNKNOWN = "meter_start_unknown"
FLAG_METER_START_LATE = "meter_start_late"

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


def add_flag(tx: ChargingSession, flag: str) -> None:
    """Mark a session for an operator's look (a sanity problem); the charger is answered all the same."""
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
    # The charger's few open requests, matched by idTag case-insensitively (a CiString).
    open_requests = (
        await session.execute(
            select(ChargingRequest)
            .where(
                ChargingRequest.charger_id == tx.charger_id,
                ChargingRequest.session_id.is_(None),
                ChargingRequest.status.in_(("Requested", "Accepted")),
                ChargingRequest.created_at >= utcnow() - dt.timedelta(minutes=15),
            )
            .order_by(ChargingRequest.id.desc())
        )
    ).scalars()
    req = next((r for r in open_requests if ci_key(r.id_tag) == tx.id_tag_key), None)
    if req is not None:
        req.session_id = tx.id
        req.status = "Started"
        tx.start_source = START_APP
        tx.started_by_user_id = req.user_id
        if req.vehicle_id and tx.vehicle_id is None:
            tx.vehicle_id = req.vehicle_id
    elif tx.start_source is None:
        command = await _remote_start_command(session, tx)
        if command is not None:
            command.session_id = tx.id
            tx.start_source = START_API_KEY if command.origin == "api_key" else START_ADMIN
            tx.started_by_user_id = command.user_id
            tx.started_by_api_key_id = command.api_key_id
        else:
            tx.start_source = START_LOCAL
    from domain import billing, roaming_sessions

    await billing.on_transaction_started(session, tx)
    await roaming_sessions.on_started(session, tx)
    return req


#: ChargingSession.start_source: who started the session.
START_APP = "app"
START_ADMIN = "admin"
START_API_KEY = "api_key"
START_LOCAL = "local"
#: How long after an admin's RemoteStartTransaction the charger's StartTransaction is attributed to it.
REMOTE_START_WINDOW = dt.timedelta(minutes=15)


async def _remote_start_command(session: AsyncSession, tx: ChargingSession) -> OcppCommand | None:
    """The admin's (or API key's) RemoteStartTransaction this transaction answers: sent to this
    charger within the window, accepted (or not answered yet), for the same idTag (CiString: any
    case) and connector, not yet matched to a session; the newest first."""
    rows = (
        await session.execute(
            select(OcppCommand)
            .where(
                OcppCommand.charger_id == tx.charger_id,
                OcppCommand.action == "RemoteStartTransaction",
                OcppCommand.origin.in_(("admin", "api_key")),
                # "sent": the charger's StartTransaction may come before its answer is recorded.
                OcppCommand.status.in_(("sent", "completed")),
                OcppCommand.session_id.is_(None),
                OcppCommand.created_at >= utcnow() - REMOTE_START_WINDOW,
            )
            .order_by(OcppCommand.id.desc())
            .limit(20)
        )
    ).scalars()
    for command in rows:
        request = command.request if isinstance(command.request, dict) else {}
        response = command.response if isinstance(command.response, dict) else {}
        tag = request.get("idTag")
        connector = request.get("connectorId")
        if (
            isinstance(tag, str)
            and ci_key(tag) == tx.id_tag_key
            and (command.status == "sent" or response.get("status") == "Accepted")
            and (connector is None or connector == tx.connector_id)
        ):
            return command
    return None


async def on_transaction_stopped(session: AsyncSession, tx: ChargingSession) -> None:
    """Called once when a transaction is stopped (StopTransaction), in the same DB transaction.
    Billing (cost lines, ledger postings) hooks in here; it must never raise for bad data."""
    from domain import billing, roaming_sessions

    await billing.on_transaction_stopped(session, tx)
    await roaming_sessions.changed(session, tx)


async def on_meter_values(session: AsyncSession, tx: ChargingSession) -> int | None:
    """Called after a transaction's live reading was updated (prepaid guard hooks in here); returns
    the running cost in sen."""
    from domain import billing, roaming_sessions

    await roaming_sessions.changed(session, tx)
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
    settings: DomainSettings | None = None,
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
        add_flag(tx, FLAG_FUTURE_TIMESTAMP)
    if info["status"] != authorization.ACCEPTED:
        add_flag(tx, FLAG_ID_TAG_NOT_ACCEPTED)
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
        add_flag(tx, FLAG_NO_CREDIT)
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
    if refusal is None:
        await push.session_started(session, tx)
    await session.flush()
    return StartResult(tx, info, created=True, reservation=reservation, request=request, refusal=refusal)


async def _refusal(
    session: AsyncSession, tx: ChargingSession, info: dict[str, Any], settings: DomainSettings | None
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
        # Matched by idTag (or group) case-insensitively among the charger's few open reservations.
        tags = {ci_key(tx.id_tag)} | ({ci_key(info["parentIdTag"])} if info.get("parentIdTag") else set())
        q = q.where(Reservation.connector_id.in_((0, tx.connector_id)))
    candidates = (await session.execute(q.order_by(Reservation.id))).scalars()
    reservation = next(
        (r for r in candidates if reservation_id is not None or ci_key(r.id_tag) in tags), None
    )
    if reservation is None:
        if reservation_id is not None:
            add_flag(tx, FLAG_RESERVATION_MISMATCH)
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
        add_flag(tx, FLAG_FUTURE_TIMESTAMP)
    if timestamp < tx.started_at:
        add_flag(tx, FLAG_STOP_BEFORE_START)
    energy = meter_stop - tx.meter_start
    if energy < 0:
        add_flag(tx, FLAG_METER_STOP_LT_START)
        if meter_stop * 1000 >= tx.meter_start:
            add_flag(tx, FLAG_UNIT_MISMATCH)
        energy = 0
    seconds = max((timestamp - tx.started_at).total_seconds(), 1.0)
    if energy * 3600.0 / seconds > MAX_PLAUSIBLE_POWER_W:
        add_flag(tx, FLAG_IMPLAUSIBLE_ENERGY)
    tx.energy_wh = energy
    tx.last_energy_wh = meter_stop
    tx.last_meter_at = timestamp
    if tx.charging_ended_at is None:
        tx.charging_ended_at = timestamp
    rows = await store_meter_values(
        session, charger_id, tx.connector_id, tx.id, transaction_data or [], now=now, tx=tx, keep_rows=True
    )
    await push.session_stopped(session, tx)
    await on_transaction_stopped(session, tx)
    await session.flush()
    return StopResult(tx, info, stopped_now=True, meter_rows=rows.rows)


#: The longest reason an operator gives for closing a session.
MAX_CLOSE_REASON = 500


async def close_abandoned(
    session: AsyncSession, session_id: int, reason: str, *, now: dt.datetime | None = None
) -> ChargingSession:
    """Close an active session its charger will never end (the charger was replaced or is dead), as
    if the charger had sent StopTransaction with its last reading: meterStop is the last energy
    register received (else meterStart) at the time of that reading (else the start), so the driver
    pays only for energy the platform saw, billed as any other stop (once: a StopTransaction the
    charger sends later is answered as a retry and changes nothing). The operator's `reason` is
    for the audit log; the session's stop reason is OCPP's "Other", flagged closed_by_operator."""
    reason = (reason or "").strip()
    if not 3 <= len(reason) <= MAX_CLOSE_REASON:
        raise InvalidInput(f"Give a reason of 3 to {MAX_CLOSE_REASON} characters.", field="reason")
    tx = await session.scalar(
        select(ChargingSession).where(ChargingSession.id == session_id).with_for_update()
    )
    if tx is None:
        raise NotFound("No such charging session.")
    if tx.status != "Active":
        raise Conflict("The session is not active.", field="id")
    meter_stop = tx.last_energy_wh if tx.last_energy_wh is not None else tx.meter_start
    stopped_at = tx.last_meter_at if tx.last_meter_at is not None else tx.started_at
    add_flag(tx, FLAG_CLOSED_BY_OPERATOR)
    result = await stop_transaction(
        session, tx.charger_id, tx.id, meter_stop, stopped_at, reason="Other", now=now
    )
    assert result.tx is not None
    return result.tx


# --------------------------------------------------------------------------------------------------
# MeterValues
# --------------------------------------------------------------------------------------------------


@dataclass
class MeterResult:
    rows: list[MeterValue]
    tx: ChargingSession | None
    values: list[events.SampledValue]
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
    values: list[events.SampledValue] = []
    readings: list[_Reading] = []
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
            if tx is not None and value is not None:
                readings.append(
                    _Reading(
                        ts,
                        _CONTEXT_ORDER.get(sv.get("context"), 1),
                        measurand,
                        phase,
                        sv.get("location"),
                        unit,
                        value,
                    )
                )
    if tx is not None and readings:
        _apply_readings(tx, readings, live=live, now=now)
    if records:
        deferred = uow.deferred_rows(session)
        if deferred is not None:  # a group commit inserts every unit's rows at once, before COMMIT
            deferred.setdefault(MeterValue, []).extend(records)
        else:
            await bulk.insert_rows(await session.connection(), MeterValue, records)
    cost_sen = await on_meter_values(session, tx) if tx is not None and live else None
    rows = [MeterValue(**r) for r in records] if keep_rows else []
    return MeterResult(rows, tx, values, unknown_transaction=unknown, cost_sen=cost_sen)


#: Readings with the same timestamp: the transaction's begin first, its end last.
_CONTEXT_ORDER = {"Transaction.Begin": 0, "Transaction.End": 2}
_MAIN_REGISTER = "Energy.Active.Import.Register"
POWER = "Power.Active.Import"
#: Phases whose Power.Active.Import values add up to the charger's total (line to neutral).
_LINE_PHASES = frozenset({"L1", "L2", "L3", "L1-N", "L2-N", "L3-N"})


@dataclass(frozen=True, slots=True)
class _Reading:
    ts: dt.datetime
    order: int
    measurand: str
    phase: str | None
    location: str | None
    unit: str | None
    value: float

    @property
    def series(self) -> tuple[str, str | None, str, str | None]:
        """Readings compared with each other: same measurand, phase, location and (base) unit."""
        return (self.measurand, self.phase, self.location or "Outlet", self.unit)

    @property
    def is_main_register(self) -> bool:
        """The connector's energy register in Wh, the one meterStart/meterStop report."""
        return (
            self.measurand == _MAIN_REGISTER
            and self.phase is None
            and (self.location or "Outlet") == "Outlet"
            and self.unit == "Wh"
        )


def _apply_readings(tx: ChargingSession, readings: list[_Reading], *, live: bool, now: dt.datetime) -> None:
    """Sanity flags and the live reading, from the readings taken in time order (not in the order they
    were sent: a StopTransaction's transactionData often starts with the Transaction.Begin reading).

    A register (Energy.*.Register) is only compared with earlier readings of the same series, with
    meterStart (a reading taken after the start, main register only) and with meterStop (a reading
    taken before the stop of a stopped transaction). A late reading (older than the live one) never
    rolls the live value back."""
    readings.sort(key=lambda r: (r.ts, r.order))
    previous: dict[tuple[str, str | None, str, str | None], float] = {}
    power_at: dict[dt.datetime, list[tuple[str, str | None, float]]] = {}
    for r in readings:
        if r.phase is None and r.ts > now + CLOCK_SKEW:
            add_flag(tx, FLAG_FUTURE_TIMESTAMP)
        late = live and tx.last_meter_at is not None and r.ts < tx.last_meter_at
        if r.measurand.endswith(".Register"):
            before = previous.get(r.series)
            if before is not None and r.value < before:
                add_flag(tx, FLAG_METER_DECREASED)
            previous[r.series] = r.value
            if r.is_main_register:
                wh = int(round(r.value))
                if r.ts >= tx.started_at and wh < tx.meter_start:
                    add_flag(tx, FLAG_METER_DECREASED)
                    if wh * 1000 >= tx.meter_start:
                        add_flag(tx, FLAG_UNIT_MISMATCH)
                if live and not late and tx.last_energy_wh is not None and wh < tx.last_energy_wh:
                    add_flag(tx, FLAG_METER_DECREASED)
                if (
                    not live
                    and tx.stopped_at is not None
                    and tx.meter_stop is not None
                    and r.ts <= tx.stopped_at
                    and wh > tx.meter_stop
                ):
                    add_flag(tx, FLAG_METER_DECREASED)
        if not live or late:
            continue
        if r.measurand == POWER:
            power_at.setdefault(r.ts, []).append((r.measurand, r.phase, r.value))
        if r.phase is not None:
            continue
        if r.is_main_register:
            tx.last_energy_wh = int(round(r.value))
            tx.last_meter_at = r.ts
        elif r.measurand == "SoC":
            tx.last_soc = r.value
    if power_at:
        latest = power_at[max(power_at)]
        power = total_power_w(latest)
        if power is not None:
            tx.last_power_w = power


def energy_so_far(tx: ChargingSession) -> int:
    """Wh delivered: the billed figure once stopped, else the latest register minus meterStart."""
    if tx.energy_wh is not None:
        return tx.energy_wh
    return max(0, (tx.last_energy_wh or tx.meter_start) - tx.meter_start)


def session_event(tx: ChargingSession, running_cost_sen: int | None = None) -> events.SessionEvent:
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


def sampled_event(row: MeterValue) -> events.SampledValue:
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


def total_power_w(values: Iterable[tuple[str, str | None, float | None]]) -> float | None:
    """ "Power now" of one sample, from its (measurand, phase, value) triples: the total
    (phase-less) Power.Active.Import when the charger sends one, else the sum of its per-phase values
    (a three-phase charger may report L1, L2 and L3 only); None when it sent no power."""
    total: float | None = None
    phases: float | None = None
    for measurand, phase, value in values:
        if measurand != POWER or value is None:
            continue
        if phase is None or phase == "":
            total = float(value)
        elif phase in _LINE_PHASES:
            phases = float(value) if phases is None else phases + float(value)
    return total if total is not None else phases


def totals(values: list[events.SampledValue]) -> events.MeterTotals:
    """The MeterEvent convenience totals (energy_wh, power_w, soc) from sampled values: energy and SoC
    un-phased, power as `total_power_w`."""
    out: events.MeterTotals = {}
    for v in values:
        value = v.get("value")
        if v.get("phase") is not None or value is None:
            continue
        measurand = v.get("measurand")
        if measurand == "Energy.Active.Import.Register":
            out["energy_wh"] = value
        elif measurand == "SoC":
            out["soc"] = value
    power = total_power_w((v.get("measurand", ""), v.get("phase"), v.get("value")) for v in values)
    if power is not None:
        out["power_w"] = power
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
