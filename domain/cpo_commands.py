"""Commands from roaming partners' apps (OCPI 2.2.1 Commands receiver, we are the CPO): START_SESSION,
STOP_SESSION, UNLOCK_CONNECTOR, RESERVE_NOW and CANCEL_RESERVATION become the charger's
RemoteStartTransaction, RemoteStopTransaction, UnlockConnector, ReserveNow and CancelReservation
through the charger gateway (reservations through `domain.commands`, which keeps their rows).
`target()` checks a command and names what to send (the edge answers the partner at once), `send()`
sends it and says the OCPI CommandResult.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import (
    Charger,
    ChargingSession,
    OcpiCommandResult,
    OcpiPartner,
    OcpiReservation,
    OcpiSession,
    Reservation,
)
from domain import commands, roaming, roaming_outbox
from domain.errors import DomainError, InvalidInput
from domain.gateway_errors import ChargerOffline, CommandRejected, CommandTimeout
from domain.ports import DomainPlatform
from domain.timestamps import parse_timestamp

COMMANDS = ("START_SESSION", "STOP_SESSION", "UNLOCK_CONNECTOR", "RESERVE_NOW", "CANCEL_RESERVATION")


class UnknownLocation(DomainError):
    """The command names a location, EVSE or connector we do not publish (OCPI 2003)."""

    code = "UNKNOWN_LOCATION"
    default_message = "Unknown location."


class Refused(DomainError):
    """The command cannot be forwarded: the CommandResponse's result (REJECTED, NOT_SUPPORTED,
    UNKNOWN_SESSION)."""

    code = "COMMAND_REFUSED"

    def __init__(self, result: str, message: str) -> None:
        super().__init__(message)
        self.result = result


@dataclass(frozen=True)
class Target:
    charge_point_id: str
    action: str
    payload: dict[str, Any]
    charger_id: int = 0
    partner_id: int = 0
    #: RESERVE_NOW: the partner's reservation_id (uppercase), kept with the reservation made.
    reference: str | None = None


def _text(body: dict[str, Any], key: str, size: int = 36) -> str:
    value = body.get(key)
    if not isinstance(value, str) or not value or len(value) > size:
        raise InvalidInput(f"{key} is missing or not a string of at most {size} characters.", field=key)
    return value


async def _connector(
    session: AsyncSession, body: dict[str, Any], *, required: bool
) -> tuple[str, int | None, int]:
    """The charge point id and connector named by location_id / evse_uid (our EVSE uid is
    `<charger id>-<connector id>`, one connector each), and the charger's id."""
    charger = await roaming.public_location(session, _text(body, "location_id"))
    if charger is None:
        raise UnknownLocation("Unknown location.", field="location_id")
    evse_uid = body.get("evse_uid")
    if evse_uid is None and not required:
        return charger.charge_point_id, None, charger.id
    uid = _text(body, "evse_uid")
    prefix, _, number = uid.partition("-")
    connector = next(
        (c for c in charger.connectors if prefix == str(charger.id) and number == str(c.connector_id)), None
    )
    if connector is None or connector.connector_id < 1:
        raise UnknownLocation("Unknown EVSE.", field="evse_uid")
    if body.get("connector_id") not in (None, "1"):
        raise UnknownLocation("Unknown connector.", field="connector_id")
    return charger.charge_point_id, connector.connector_id, charger.id


async def target(session: AsyncSession, partner: OcpiPartner, command: str, body: dict[str, Any]) -> Target:
    """Check a partner's command and name the charger command it becomes."""
    if command not in COMMANDS:
        raise InvalidInput("Unknown command.", field="command")
    if command == "CANCEL_RESERVATION":
        reference = _text(body, "reservation_id").upper()
        found = (
            await session.execute(
                select(OcpiReservation, Reservation)
                .join(Reservation, Reservation.id == OcpiReservation.reservation_id)
                .where(OcpiReservation.partner_id == partner.id, OcpiReservation.reference == reference)
            )
        ).first()
        if found is None or found[1].status != "Accepted":
            raise Refused("REJECTED", "No such reservation of yours is in force.")
        charger = await session.get(Charger, found[1].charger_id)
        assert charger is not None
        return Target(
            charger.charge_point_id,
            "CancelReservation",
            {"reservationId": found[1].id},
            charger.id,
            partner.id,
        )
    if command == "STOP_SESSION":
        session_id = _text(body, "session_id")
        record = await session.get(OcpiSession, int(session_id)) if session_id.isdigit() else None
        tx = await session.get(ChargingSession, record.session_id) if record is not None else None
        if record is None or tx is None or record.partner_id != partner.id or tx.status != "Active":
            raise Refused("UNKNOWN_SESSION", "No such session of yours is running.")
        charger = await session.get(Charger, tx.charger_id)
        assert charger is not None  # a session's charger is never deleted (RESTRICT)
        return Target(charger.charge_point_id, "RemoteStopTransaction", {"transactionId": tx.id})
    if command == "UNLOCK_CONNECTOR":
        cpid, connector_id, _ = await _connector(session, body, required=True)
        _text(body, "connector_id")
        return Target(cpid, "UnlockConnector", {"connectorId": connector_id})
    # START_SESSION, RESERVE_NOW: the eMSP vouches for its token (OCPI: the CPO does not check it
    # again); it is kept like a pushed token, so the charger's StartTransaction for it is accepted and
    # becomes its session.
    cpid, connector_id, charger_id = await _connector(session, body, required=False)
    if command == "RESERVE_NOW":
        reference = _text(body, "reservation_id").upper()
        expiry = body.get("expiry_date")
        try:
            expires = parse_timestamp(expiry) if isinstance(expiry, str) else None
        except ValueError:
            expires = None
        if expires is None:
            raise InvalidInput("expiry_date is not an OCPI DateTime.", field="expiry_date")
        taken = await session.scalar(
            select(OcpiReservation.id).where(
                OcpiReservation.partner_id == partner.id, OcpiReservation.reference == reference
            )
        )
        if taken is not None:
            raise Refused("REJECTED", "This reservation_id is taken.")
        uid = await _keep_token(session, partner, body.get("token"))
        payload = {
            "connectorId": connector_id or 0,
            "expiryDate": expires.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "idTag": uid,
        }
        return Target(cpid, "ReserveNow", payload, charger_id, partner.id, reference)
    uid = await _keep_token(session, partner, body.get("token"))
    start: dict[str, Any] = {"idTag": uid}
    if connector_id is not None:
        start["connectorId"] = connector_id
    return Target(cpid, "RemoteStartTransaction", start, charger_id, partner.id)


async def _keep_token(session: AsyncSession, partner: OcpiPartner, token: Any) -> str:
    """Keep the Token a command carries (the caller's, valid, fit for an idTag); its uid as idTag."""
    if not isinstance(token, dict):
        raise InvalidInput("The command needs the token.", field="token")
    uid = _text(token, "uid")
    if (
        str(token.get("country_code", "")).upper() != partner.country_code
        or str(token.get("party_id", "")).upper() != partner.party_id
        or token.get("type") not in ("AD_HOC_USER", "APP_USER", "OTHER", "RFID")
        or not isinstance(token.get("valid"), bool)
        or not isinstance(token.get("contract_id"), str)
    ):
        raise InvalidInput("The token is not a valid Token of the caller.", field="token")
    if not token["valid"] or len(uid) > roaming.ID_TAG_MAX:
        raise Refused("REJECTED", "The token cannot charge here.")
    try:
        last = parse_timestamp(str(token["last_updated"])) if token.get("last_updated") else roaming.now()
    except ValueError:
        last = roaming.now()
    await roaming.store_token(session, partner, {**token, "whitelist": token.get("whitelist", "NEVER")}, last)
    return uid.upper()


#: The charger's answer status → OCPI CommandResult.
RESULT = {
    "Accepted": "ACCEPTED",
    "Rejected": "REJECTED",
    "Unlocked": "ACCEPTED",
    "UnlockFailed": "FAILED",
    "NotSupported": "NOT_SUPPORTED",
    "Occupied": "EVSE_OCCUPIED",
    "Faulted": "EVSE_INOPERATIVE",
    "Unavailable": "EVSE_INOPERATIVE",
}


async def send(platform: DomainPlatform, t: Target, timeout: float | None = None) -> tuple[str, str]:
    """Send the charger command; the OCPI CommandResult (result, message)."""
    try:
        if t.action in ("ReserveNow", "CancelReservation"):
            # The reservation's row is prepared and its status stored by the commands' bookkeeping.
            outcome = await commands.execute(
                platform, t.charger_id, t.action, t.payload, timeout=timeout, origin="ocpi"
            )
            answer = outcome.result
            if t.reference is not None and outcome.row is not None:
                async with platform.sessionmaker() as s, s.begin():
                    s.add(
                        OcpiReservation(
                            partner_id=t.partner_id, reference=t.reference, reservation_id=outcome.row.id
                        )
                    )
        else:
            answer = await platform.gateway.send_command(
                t.charge_point_id, t.action, t.payload, timeout=timeout, origin="ocpi"
            )
    except CommandTimeout:
        return "TIMEOUT", "The charger did not answer in time."
    except ChargerOffline:
        return "EVSE_INOPERATIVE", "The charger is offline."
    except CommandRejected as e:
        return "REJECTED", str(e)[:200]
    except DomainError as e:  # a command error, or the reservation refused (e.g. expired already)
        return "FAILED", str(e)[:200]
    status = str(answer.get("status", ""))
    return RESULT.get(status, "FAILED"), f"The charger answered {status or 'nothing'}."


async def record_result(
    session: AsyncSession, partner_id: int, response_url: str, result: str, message: str
) -> None:
    """Keep a command's CommandResult and stage its POST to the partner's response_url (through the
    outbox, so a partner that is down gets it when it is back)."""
    row = OcpiCommandResult(
        partner_id=partner_id,
        response_url=response_url,
        body=json.dumps({"result": result, "message": [{"language": "en", "text": message[:512]}]}),
    )
    session.add(row)
    await session.flush()
    await roaming_outbox.stage(session, partner_id, f"result:{row.id}", "result", str(row.id))


async def result_call(session: AsyncSession, result_id: int) -> tuple[str, dict[str, Any]] | None:
    """(response_url, CommandResult) of a kept result."""
    row = await session.get(OcpiCommandResult, result_id)
    return (row.response_url, dict(json.loads(row.body))) if row is not None else None
