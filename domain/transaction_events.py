"""OCPP 2.0.1 transactions on the platform's charging sessions.

A 2.0.1 charger names its transactions itself (a string of up to 36 characters) and numbers each
transaction's TransactionEvents (seqNo). The session keeps both; everything else (start, readings,
stop, billing, receipts) is the same code as for OCPP 1.6 (`domain.transactions`).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import ChargingSession
from domain import transactions


async def find(session: AsyncSession, charger_id: int, ocpp_transaction_id: str) -> ChargingSession | None:
    """The session of a 2.0.1 charger's transactionId, or None."""
    found: ChargingSession | None = await session.scalar(
        select(ChargingSession).where(
            ChargingSession.charger_id == charger_id,
            ChargingSession.ocpp_transaction_id == ocpp_transaction_id,
        )
    )
    return found


async def ocpp_transaction_id(session: AsyncSession, charger_id: int, session_id: int) -> str | None:
    """The 2.0.1 transactionId of a session (what RequestStopTransaction names), or None."""
    found: str | None = await session.scalar(
        select(ChargingSession.ocpp_transaction_id).where(
            ChargingSession.id == session_id, ChargingSession.charger_id == charger_id
        )
    )
    return found


def link(tx: ChargingSession, ocpp_transaction_id: str, seq_no: int) -> None:
    """Name a session by the charger's transactionId (once) and keep the highest seqNo seen."""
    if tx.ocpp_transaction_id is None:
        tx.ocpp_transaction_id = ocpp_transaction_id
    note_seq_no(tx, seq_no)


def note_seq_no(tx: ChargingSession, seq_no: int) -> None:
    """Keep the highest seqNo; an event beyond the next expected one flags the session (seq_no_gap):
    a station sends its queued events in order, so a skipped number is an event that was lost. Retries
    and late events (a number already passed) change nothing."""
    if tx.ocpp_seq_no is not None and seq_no > tx.ocpp_seq_no + 1:
        transactions.add_flag(tx, transactions.FLAG_SEQ_NO_GAP)
    if tx.ocpp_seq_no is None or seq_no > tx.ocpp_seq_no:
        tx.ocpp_seq_no = seq_no


def meter_start_unknown(tx: ChargingSession) -> bool:
    return transactions.FLAG_METER_START_UNKNOWN in (tx.flags or [])


def settle_meter_start(tx: ChargingSession, energy_wh: int) -> None:
    """A session recorded without a start reading takes its first energy register reading as
    meterStart: the driver pays from there on, never for the meter's whole register."""
    if not meter_start_unknown(tx):
        return
    tx.flags = [f for f in (tx.flags or []) if f != transactions.FLAG_METER_START_UNKNOWN]
    transactions.add_flag(tx, transactions.FLAG_METER_START_LATE)
    tx.meter_start = energy_wh
    tx.last_energy_wh = energy_wh
