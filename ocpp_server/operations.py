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
from ocpp_server.errors import ChargerNotAccepted, CommandError, InvalidCommand
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
    origin: str | None = None,
    api_key_id: int | None = None,
) -> Outcome:
    """Send `action` to the charger with id `charger_id`; raise a CommandError/DomainError on failure."""
    _prevalidate(action, payload)
    async with platform.sessionmaker() as s, s.begin():
        charger = await s.get(Charger, charger_id)
        if charger is None:
            raise NotFound("No such charger.")
        if not chargers.may_receive(
            action, approved=charger.approved, registration_status=charger.registration_status
        ):
            raise ChargerNotAccepted()  # before any row (a reservation) is prepared for it
        prep = await commands.prepare(s, charger, action, payload, user_id)
        cpid = charger.charge_point_id
    try:
        result = await send_command(
            platform,
            cpid,
            action,
            prep.payload,
            timeout,
            user_id=user_id,
            origin=origin,
            api_key_id=api_key_id,
        )
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
    if action == "ChangeConfiguration" and payload.get("key") == "AuthorizationKey":
        # A key no 1.6 charger can hold (or that the platform could not check) is never sent.
        chargers.check_auth_key(str(payload.get("value") or ""))
    check = dict(payload)
    if action == "ReserveNow":
        check.setdefault("reservationId", 0)  # assigned by prepare()
    try:
        protocol.validate(action, protocol.CALL, check)
    except protocol.OcppError as e:
        raise InvalidCommand(f"{action}: {e.description}") from None


@dataclass
class ApprovalNotice:
    """What the platform told a charger it just approved."""

    #: The charger's answer to ChangeConfiguration AuthorizationKey (Accepted: it reconnects with the
    #: key by itself), or why it was not delivered (Offline, Timeout, CALLERROR code); None: no new key.
    key_delivery: str | None = None
    #: Whether a connection admitted without credentials was closed (it must reconnect with the key).
    closed_unauthenticated: bool = False
    #: The charger's answer to TriggerMessage BootNotification; None when not sent.
    boot_trigger: str | None = None


async def after_approval(
    platform: Platform, cpid: str, profile: int, key: str | None, *, user_id: int | None = None
) -> ApprovalNotice:
    """Bring a just-approved charger into service without waiting for its retry intervals.

    - With a new AuthorizationKey: send it (ChangeConfiguration AuthorizationKey, hex digits, as the
      OCPP 1.6 security whitepaper defines; a conforming charger answers Accepted, disconnects and
      reconnects with the new password), then close any connection of the charger that was admitted
      without credentials: from now on it must authenticate.
    - Without one (the charger already authenticates): TriggerMessage BootNotification, so it boots
      now and is Accepted instead of waiting for its boot retry interval."""
    from ocpp_server.errors import ChargerOffline, CommandRejected, CommandTimeout

    notice = ApprovalNotice()

    def outcome(e: CommandError) -> str:
        if isinstance(e, CommandRejected):
            return e.error_code
        if isinstance(e, ChargerOffline):
            return "Offline"
        if isinstance(e, CommandTimeout):
            return "Timeout"
        return e.code

    async with platform.sessionmaker() as s:
        found = await chargers.node_of(s, cpid)
    online = found is not None and found[1] is not None
    if key is not None:
        if online:
            try:
                # Not recorded in the command history: the payload is the secret itself.
                answer = await send_command(
                    platform,
                    cpid,
                    "ChangeConfiguration",
                    {"key": "AuthorizationKey", "value": chargers.auth_key_hex(key)},
                    user_id=user_id,
                    record=False,
                )
                notice.key_delivery = str(answer.get("status") or "Rejected")
            except CommandError as e:
                notice.key_delivery = outcome(e)
        else:
            notice.key_delivery = "Offline"
        notice.closed_unauthenticated = await close_below_profile(platform, cpid, profile)
        return notice
    # A connection admitted below the new profile (e.g. approved straight onto client certificates)
    # is closed, not triggered (its BootNotification would not be Accepted anyway).
    notice.closed_unauthenticated = await close_below_profile(platform, cpid, profile)
    if online and not notice.closed_unauthenticated:
        try:
            answer = await send_command(
                platform, cpid, "TriggerMessage", {"requestedMessage": "BootNotification"}, user_id=user_id
            )
            notice.boot_trigger = str(answer.get("status") or "Rejected")
        except CommandError as e:
            notice.boot_trigger = outcome(e)
    return notice


async def close_below_profile(platform: Platform, cpid: str, profile: int) -> bool:
    """Close the charger's connection (on whichever node holds it) if it was admitted on a lower
    security profile than `profile`."""
    ocpp = platform.ocpp
    if ocpp is not None and ocpp.get(cpid) is not None:
        return bool(await ocpp.close_below_profile(cpid, profile))
    async with platform.sessionmaker() as s:
        found = await chargers.node_of(s, cpid)
    if found is None or found[1] is None or found[1] == platform.node_id:
        return False
    from domain import events

    await platform.bus.publish(
        events.node_commands(found[1]),
        {"type": "close_below_profile", "charge_point_id": cpid, "profile": profile},
    )
    return True
