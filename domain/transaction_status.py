"""OCPP 2.0.1 GetTransactionStatus: whether a station still holds messages of a transaction (it was
offline and queues them) and whether the transaction is still going on there.

An operator closes a session its charger will never end (`transactions.close_abandoned`). For a
2.0.1 station that can still be reached the platform asks it first: with messages of the transaction
in its queue the session is not dead (its events, and the energy to bill, are on their way), and a
transaction still ongoing at the station is not abandoned either. A station that cannot be reached
(offline, no answer) says nothing against closing.
"""

from __future__ import annotations

import logging

from sqlalchemy import select

from db.engine import read_session
from db.models import Charger, ChargingSession
from domain import commands
from domain.errors import Conflict
from domain.gateway_errors import CommandError
from domain.ports import DomainPlatform

log = logging.getLogger("plagsini.transactions")

#: How long the station has to answer before a session is closed without its word (seconds).
ASK_TIMEOUT_S = 10.0


async def ensure_closable(platform: DomainPlatform, session_id: int) -> None:
    """Raise Conflict when the session's OCPP 2.0.1 station says its transaction is not dead: messages
    of it still queued (wait for them), or the transaction still ongoing."""
    async with read_session(platform.sessionmaker) as s:
        row = (
            await s.execute(
                select(ChargingSession.charger_id, ChargingSession.ocpp_transaction_id, Charger.ocpp_version)
                .join(Charger, Charger.id == ChargingSession.charger_id)
                .where(ChargingSession.id == session_id, ChargingSession.status == "Active")
            )
        ).one_or_none()
    if row is None or row.ocpp_version != "2.0.1" or row.ocpp_transaction_id is None:
        return  # not a 2.0.1 transaction (or not active: closing says why)
    try:
        out = await commands.execute(
            platform,
            row.charger_id,
            "GetTransactionStatus",
            {"transactionId": session_id},
            timeout=ASK_TIMEOUT_S,
            origin="platform",
        )
    except CommandError as e:
        log.info("session %s: GetTransactionStatus not answered (%s); closing it", session_id, e.code)
        return
    if out.result.get("messagesInQueue"):
        raise Conflict(
            "The charger still has queued messages of this transaction: wait for them to arrive.",
            field="id",
        )
    if out.result.get("ongoingIndicator"):
        raise Conflict("The charger says this transaction is still going on: stop it instead.", field="id")
