"""Outbound commands with their side effects stored: prepare rows (reservation, profile, job), send the
command through the command bus, store the answer. Used by the admin GraphQL mutations."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from db.models import Charger
from domain import chargers, commands
from domain.errors import NotFound
from ocpp_server import protocol
from ocpp_server.command_bus import send_command
from ocpp_server.errors import CommandError, InvalidCommand
from plagsini.platform import Platform


@dataclass
class Outcome:
    charger: Charger
    payload: dict[str, Any]
    result: dict[str, Any]
    row: Any = None


async def execute(
    platform: Platform,
    charger_id: int,
    action: str,
    payload: dict[str, Any],
    *,
    user_id: int | None = None,
    timeout: float | None = None,
) -> Outcome:
    """Send `action` to the charger with id `charger_id`; raise a CommandError/DomainError on failure."""
    _prevalidate(action, payload)
    async with platform.sessionmaker() as s, s.begin():
        charger = await s.get(Charger, charger_id)
        if charger is None:
            raise NotFound("No such charger.")
        prep = await commands.prepare(s, charger, action, payload, user_id)
        cpid = charger.charge_point_id
    try:
        result = await send_command(platform, cpid, action, prep.payload, timeout, user_id=user_id)
    except CommandError:
        if prep.row is not None:
            async with platform.sessionmaker() as s, s.begin():
                if prep.row is not None:
                    prep.row = await s.merge(prep.row)
                await commands.failed(s, action, prep)
        raise
    async with platform.sessionmaker() as s, s.begin():
        charger = await chargers.get(s, charger_id)
        if prep.row is not None:
            prep.row = await s.merge(prep.row)
        await commands.apply(s, charger, action, prep, result)
    return Outcome(charger, prep.payload, result, prep.row)


def _prevalidate(action: str, payload: dict[str, Any]) -> None:
    """Check the payload against the OCPP 1.6 schema before any row is prepared for it."""
    if action == "SendLocalList":
        return  # built from the database in prepare(); validated when sent
    check = dict(payload)
    if action == "ReserveNow":
        check.setdefault("reservationId", 0)  # assigned by prepare()
    try:
        protocol.validate(action, protocol.CALL, check)
    except protocol.OcppError as e:
        raise InvalidCommand(f"{action}: {e.description}") from None
