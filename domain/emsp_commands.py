"""Our drivers charging at partners' chargers (OCPI 2.2.1, our eMSP role): START_SESSION,
STOP_SESSION, RESERVE_NOW and CANCEL_RESERVATION sent to the partner's commands receiver on the
driver's behalf (with the driver's own app token, after the prepaid rule), UNLOCK_CONNECTOR for the
help desk, the asynchronous CommandResult the partner posts to our response_url, and the Sessions the
partner sends while charging. Every command is a row (`OcpiEmspCommand`) with a deadline: a result
that has not come by then is taken as lost (TIMEOUT, `expire`), and one that comes later is still
recorded. Each change is published on the session's (or reservation's) channel after the commit
for the driver's live screen.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import secrets
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

import httpx
from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from db.models import (
    IdTag,
    OcpiCdr,
    OcpiEmspCommand,
    OcpiPartner,
    OcpiPartnerLocation,
    OcpiRoamingReservation,
    OcpiRoamingSession,
    Receipt,
    User,
)
from domain import authorization, billing, idtags, ledger, push, receipts, roaming, roaming_emsp, uow
from domain.errors import BalanceTooLow, Conflict, InvalidInput, NotFound
from domain.ports import DomainSettings

#: Session states in which a driver's session at a partner is still open.
OPEN = ("REQUESTED", "PENDING", "ACTIVE")
SESSION_STATUSES = ("ACTIVE", "COMPLETED", "INVALID", "PENDING", "RESERVATION")
NOT_FOUND = "No such session at a partner."


def commands_url(base_url: str) -> str:
    """Where partners post our commands' results (`base_url`: the platform's address; the ocpi
    edge serves it)."""
    return f"{base_url.rstrip('/')}/ocpi/{roaming.VERSION}/emsp/commands"


def channel(session_id: int) -> str:
    """The bus channel of one roaming session (the driver's live screen)."""
    return f"roaming.session.{session_id}"


def reservation_channel(reservation_id: int) -> str:
    """The bus channel of one reservation at a partner."""
    return f"roaming.reservation.{reservation_id}"


def _publish(session: AsyncSession, row: OcpiRoamingSession | OcpiRoamingReservation) -> None:
    publish = getattr(session, "publish", None)
    if publish is None:  # not a unit of work: nobody to tell
        return
    if isinstance(row, OcpiRoamingSession):
        publish(channel(row.id), {"id": row.id, "state": row.state})
    else:
        publish(reservation_channel(row.id), {"id": row.id, "state": row.state})


async def get_own(session: AsyncSession, session_id: int, user_id: int) -> OcpiRoamingSession:
    """One roaming session of this driver (someone else's is not found, like a missing one)."""
    row = await session.get(OcpiRoamingSession, session_id)
    if row is None or row.user_id != user_id:
        raise NotFound(NOT_FOUND, field="id")
    return row


async def _response(client: httpx.AsyncClient, url: str, token: str, body: dict[str, Any]) -> tuple[str, int]:
    """POST a command; its CommandResponse (result, timeout). Some partners wrap it in a list."""
    data, _ = await roaming.call(client, "POST", url, token, body)
    if isinstance(data, list) and len(data) == 1:
        data = data[0]
    if not isinstance(data, dict) or not isinstance(data.get("result"), str):
        raise roaming.PartnerUnreachable("The partner's CommandResponse carries no result.")
    timeout = data.get("timeout")
    return str(data["result"])[:24], int(timeout) if isinstance(timeout, int) else 0


async def start(
    sessions: async_sessionmaker[AsyncSession],
    user_id: int,
    station_id: int,
    evse_uid: str,
    *,
    response_base: str,
    country_code: str,
    party_id: str,
    client: httpx.AsyncClient,
    within: dt.timedelta,
    settings: DomainSettings | None = None,
) -> int:
    """A driver starts charging at a partner's EVSE: the one id-tag rule and the prepaid rule for the
    driver's own app token, one open session at a time, then START_SESSION to the partner (our
    `response_base`/<key> receives the result, expected `within`). Returns the roaming session's id
    (FAILED when the partner refused or could not be reached)."""
    async with sessions() as s, s.begin():
        at = await _driver_at_evse(s, user_id, station_id, evse_uid, settings)
        busy = await s.scalar(
            select(OcpiRoamingSession.id).where(
                OcpiRoamingSession.user_id == user_id, OcpiRoamingSession.state.in_(OPEN)
            )
        )
        if busy is not None:
            raise Conflict("You already have a session at a partner's charger.", field="stationId")
        row = OcpiRoamingSession(
            partner_id=at.partner.id,
            user_id=user_id,
            location_id=at.loc.location_id,
            evse_uid=at.evse_uid,
            token_uid=at.tag.id_tag,
            state="REQUESTED",
            authorization_reference=secrets.token_hex(16),
            response_key=secrets.token_urlsafe(32),
        )
        s.add(row)
        await s.flush()
        cmd, body = at.command(
            s,
            "START_SESSION",
            within,
            response_base=response_base,
            country_code=country_code,
            party_id=party_id,
            roaming_session_id=row.id,
            fields={"authorization_reference": row.authorization_reference},
        )
        row_id = row.id
    await _send(sessions, cmd, at.url, at.token, body, client)
    return row_id


async def stop(
    sessions: async_sessionmaker[AsyncSession],
    user_id: int,
    session_id: int,
    *,
    response_base: str,
    client: httpx.AsyncClient,
    within: dt.timedelta,
) -> None:
    """The driver stops their session at a partner: STOP_SESSION with the partner's session id."""
    async with sessions() as s, s.begin():
        row = await get_own(s, session_id, user_id)
        partner = await s.get_one(OcpiPartner, row.partner_id)
        url = roaming.endpoint(partner, "commands", "RECEIVER")
        if row.state not in ("PENDING", "ACTIVE") or not row.session_id:
            raise Conflict("This session is not running at the partner yet.", field="id")
        if not url or not partner.outbound_token:
            raise Conflict("This partner does not take remote stops.", field="id")
        cmd = _new_command(s, partner.id, "STOP_SESSION", within, user_id, roaming_session_id=row.id)
        row.stop_response, row.stop_result = None, None
        body = {"response_url": response_url(response_base, cmd), "session_id": row.session_id}
        token = partner.outbound_token
    await _send(sessions, cmd, url, token, body, client)


#: The commands we send as eMSP, and the CommandResult values OCPI 2.2.1 defines.
COMMANDS = ("START_SESSION", "STOP_SESSION", "RESERVE_NOW", "CANCEL_RESERVATION", "UNLOCK_CONNECTOR")
RESULTS = (
    "ACCEPTED",
    "CANCELED_RESERVATION",
    "EVSE_OCCUPIED",
    "EVSE_INOPERATIVE",
    "FAILED",
    "NOT_SUPPORTED",
    "REJECTED",
    "TIMEOUT",
    "UNKNOWN_RESERVATION",
)
#: A command's state when its result has not come by its deadline (and the result it stands for).
TIMEOUT = "TIMEOUT"
#: Published after the commit of a transaction that sends a command: every node's watch of deadlines
#: looks again at the earliest one (so no node polls while no command is waiting).
SENT = "ocpi.emsp.command.sent"


def _new_command(
    session: AsyncSession,
    partner_id: int,
    command: str,
    within: dt.timedelta,
    requested_by: int | None,
    *,
    roaming_session_id: int | None = None,
    reservation_id: int | None = None,
) -> OcpiEmspCommand:
    """A command about to be sent (its response_url's key, its deadline)."""
    uow.unit_of(session).publish(SENT, {"command": command})
    cmd = OcpiEmspCommand(
        partner_id=partner_id,
        command=command,
        roaming_session_id=roaming_session_id,
        reservation_id=reservation_id,
        requested_by=requested_by,
        response_key=secrets.token_urlsafe(32),
        state="SENT",
        deadline_at=roaming.now() + within,
    )
    session.add(cmd)
    return cmd


def response_url(base: str, cmd: OcpiEmspCommand) -> str:
    return f"{base.rstrip('/')}/{cmd.command}/{cmd.response_key}"


async def _send(
    sessions: async_sessionmaker[AsyncSession],
    cmd: OcpiEmspCommand,
    url: str,
    token: str,
    body: dict[str, Any],
    client: httpx.AsyncClient,
) -> str:
    """POST the command (after its row is committed, so a quick result finds it) and keep the
    partner's CommandResponse; a refusal or an unreachable partner ends the command at once."""
    try:
        response, _ = await _response(client, url.rstrip("/") + "/" + cmd.command, token, body)
    except roaming.PartnerUnreachable:
        response = "FAILED"
    async with sessions() as s, s.begin():
        row = await s.get_one(OcpiEmspCommand, cmd.id)
        row.response = response
        if response != "ACCEPTED" and row.state == "SENT":
            row.state = "FAILED"
            await _apply(s, row, response, sync=True)
        else:
            await _apply(s, row, None, sync=True)
    return response


async def _apply(
    session: AsyncSession, cmd: OcpiEmspCommand, result: str | None, *, sync: bool = False
) -> None:
    """What a command's answer (None: the CommandResponse ACCEPTED; TIMEOUT: no result in time) means
    for the driver's session or reservation, published for the driver's screen."""
    if cmd.roaming_session_id is not None:
        row = await session.get_one(OcpiRoamingSession, cmd.roaming_session_id)
        if cmd.command == "START_SESSION":
            if sync:
                row.start_response = cmd.response
            if result is not None and not sync:
                row.start_result = result
            if result is not None and result != "ACCEPTED" and row.state in ("REQUESTED", TIMEOUT):
                # The partner's Session, should it come after all, is still matched to this row.
                row.state = TIMEOUT if result == TIMEOUT else "FAILED"
            elif result == "ACCEPTED" and row.state == TIMEOUT:
                row.state = "REQUESTED"  # a late ACCEPTED: the Session is on its way
        elif cmd.command == "STOP_SESSION":
            if sync:
                row.stop_response = cmd.response
            if result is not None and not sync:
                row.stop_result = result
        _publish(session, row)
    if cmd.reservation_id is not None:
        res = await session.get_one(OcpiRoamingReservation, cmd.reservation_id)
        if cmd.command == "RESERVE_NOW" and result is not None:
            if result == "CANCELED_RESERVATION":
                res.state = "CANCELED_BY_CPO"
            elif res.state in ("REQUESTED", TIMEOUT):
                res.state = {"ACCEPTED": "RESERVED", TIMEOUT: TIMEOUT}.get(result, "FAILED")
        elif cmd.command == "CANCEL_RESERVATION" and result in ("ACCEPTED", "UNKNOWN_RESERVATION"):
            if not sync and res.state in ("REQUESTED", "RESERVED", TIMEOUT):
                res.state = "CANCELLED"
        _publish(session, res)


async def command_result(
    session: AsyncSession, partner: OcpiPartner, command: str, key: str, body: dict[str, Any]
) -> bool:
    """The partner posts a CommandResult to our response_url; False when the URL is not one of this
    partner's commands. A result after the command's deadline (TIMEOUT) is recorded all the same."""
    result = body.get("result")
    if not isinstance(result, str) or not result:
        raise InvalidInput("CommandResult.result is missing.", field="result")
    if result not in RESULTS:
        raise InvalidInput("CommandResult.result is not an OCPI CommandResultType.", field="result")
    cmd = await session.scalar(select(OcpiEmspCommand).where(OcpiEmspCommand.response_key == key))
    if cmd is not None:
        if cmd.partner_id != partner.id or cmd.command != command:
            return False
        cmd.result, cmd.result_at = result, roaming.now()
        if cmd.state in ("SENT", TIMEOUT):
            cmd.state = "ANSWERED"
        await _apply(session, cmd, result)
        return True
    # A session started before commands had their own rows: its key is the session's.
    row = await session.scalar(select(OcpiRoamingSession).where(OcpiRoamingSession.response_key == key))
    if row is None or row.partner_id != partner.id or command not in ("START_SESSION", "STOP_SESSION"):
        return False
    if command == "START_SESSION":
        row.start_result = result[:24]
        if result != "ACCEPTED" and row.state == "REQUESTED":
            row.state = "FAILED"
    else:
        row.stop_result = result[:24]
    _publish(session, row)
    return True


RESERVATION_NOT_FOUND = "No such reservation at a partner."
#: Reservations at partners last as long as ours (domain.reservations): 1 to 120 minutes.
RESERVE_MINUTES = (1, 120)
#: Reservation states that still hold (or may yet hold) the EVSE for the driver.
HOLDING = ("REQUESTED", "RESERVED", TIMEOUT)


async def _drivers_token(s: AsyncSession, user_id: int, settings: DomainSettings | None) -> IdTag:
    """The driver's own app token a command at a partner runs on, after the one id-tag rule and the
    prepaid rule (as a start at our chargers)."""
    tag = await idtags.app_tag(s, user_id) or await idtags.create_app_tag(s, user_id)
    info = await authorization.id_tag_info(s, tag.id_tag, check_concurrent=False)
    if info["status"] != authorization.ACCEPTED:
        raise Conflict("Your app token may not charge now.", field="stationId")
    if await authorization.start_refusal(s, user_id, settings) is not None:
        raise BalanceTooLow(field="stationId")
    return tag


def _where(loc: OcpiPartnerLocation, evse: dict[str, Any]) -> dict[str, str]:
    """A command's location_id and evse_uid, as the partner spells them."""
    return {
        "location_id": str(json.loads(loc.body).get("id", loc.location_id)),
        "evse_uid": str(evse.get("uid")),
    }


async def _partner_evse(
    s: AsyncSession, station_id: int, evse_uid: str
) -> tuple[OcpiPartnerLocation, OcpiPartner, dict[str, Any], str, str]:
    """A registered partner's station, one of its EVSEs, the partner's commands receiver and our
    token for it."""
    loc = await s.get(OcpiPartnerLocation, station_id)
    partner = None if loc is None else await s.get(OcpiPartner, loc.partner_id)
    if loc is None or partner is None or partner.state != "REGISTERED":
        raise NotFound("No such partner station.", field="stationId")
    evse = roaming_emsp.location_part(loc, evse_uid, None)
    if not isinstance(evse, dict) or evse.get("status") == "REMOVED":
        raise NotFound("No such EVSE at this station.", field="evseUid")
    url = roaming.endpoint(partner, "commands", "RECEIVER")
    if not url or not partner.outbound_token:
        raise Conflict("This partner does not take remote commands.", field="stationId")
    return loc, partner, evse, url, partner.outbound_token


@dataclasses.dataclass(frozen=True)
class _DriverAtEvse:
    """A driver's own token at a partner's EVSE: what a command carrying it (START_SESSION,
    RESERVE_NOW) is built from."""

    loc: OcpiPartnerLocation
    partner: OcpiPartner
    evse: dict[str, Any]
    url: str = dataclasses.field(repr=False)  # the partner's commands receiver
    token: str = dataclasses.field(repr=False)  # our token for it
    tag: IdTag
    user: User

    @property
    def evse_uid(self) -> str:
        """The EVSE's uid as our rows keep it."""
        return str(self.evse.get("uid"))[:36].upper()

    def command(
        self,
        s: AsyncSession,
        command: str,
        within: dt.timedelta,
        *,
        response_base: str,
        country_code: str,
        party_id: str,
        roaming_session_id: int | None = None,
        reservation_id: int | None = None,
        fields: dict[str, str],
    ) -> tuple[OcpiEmspCommand, dict[str, Any]]:
        """The command's row (about the roaming session or reservation) and its body: the response
        URL, the driver's token, the location and EVSE, and the command's own `fields`."""
        cmd = _new_command(
            s,
            self.partner.id,
            command,
            within,
            self.user.id,
            roaming_session_id=roaming_session_id,
            reservation_id=reservation_id,
        )
        body: dict[str, Any] = {
            "response_url": response_url(response_base, cmd),
            "token": roaming_emsp.our_token(self.tag, self.user, country_code, party_id),
            **_where(self.loc, self.evse),
            **fields,
        }
        return cmd, body


async def _driver_at_evse(
    s: AsyncSession,
    user_id: int,
    station_id: int,
    evse_uid: str,
    settings: DomainSettings | None,
    *,
    evse_check: Callable[[dict[str, Any]], None] | None = None,
) -> _DriverAtEvse:
    """The partner's EVSE (checked by `evse_check` first) and the driver's token after the id-tag
    and prepaid rules."""
    loc, partner, evse, url, token = await _partner_evse(s, station_id, evse_uid)
    if evse_check is not None:
        evse_check(evse)
    tag = await _drivers_token(s, user_id, settings)
    user = await s.get_one(User, user_id)
    return _DriverAtEvse(loc=loc, partner=partner, evse=evse, url=url, token=token, tag=tag, user=user)


def _reservable(evse: dict[str, Any]) -> None:
    if "RESERVABLE" not in (evse.get("capabilities") or []):
        raise Conflict("This EVSE cannot be reserved.", field="evseUid")


async def reservations_in_force(session: AsyncSession, user_id: int) -> list[OcpiRoamingReservation]:
    """The driver's reservations at partners that still hold (or may yet hold), soonest to expire
    first (a driver holds one at a time; bounded all the same)."""
    q = (
        select(OcpiRoamingReservation)
        .where(
            OcpiRoamingReservation.user_id == user_id,
            OcpiRoamingReservation.state.in_(HOLDING),
            OcpiRoamingReservation.expires_at > roaming.now(),
        )
        .order_by(OcpiRoamingReservation.expires_at)
        .limit(20)
    )
    return list((await session.scalars(q)).all())


async def get_own_reservation(session: AsyncSession, pk: int, user_id: int) -> OcpiRoamingReservation:
    """One reservation at a partner of this driver (someone else's is not found, like a missing one)."""
    row = await session.get(OcpiRoamingReservation, pk)
    if row is None or row.user_id != user_id:
        raise NotFound(RESERVATION_NOT_FOUND, field="id")
    return row


async def reserve(
    sessions: async_sessionmaker[AsyncSession],
    user_id: int,
    station_id: int,
    evse_uid: str,
    *,
    minutes: int,
    response_base: str,
    country_code: str,
    party_id: str,
    client: httpx.AsyncClient,
    within: dt.timedelta,
    settings: DomainSettings | None = None,
) -> int:
    """A driver reserves a partner's EVSE for `minutes` (the same bounds as at our chargers): the
    id-tag and prepaid rules for their app token, one reservation at a partner at a time, then
    RESERVE_NOW. Returns the reservation's id (FAILED when the partner refused or is unreachable)."""
    low, high = RESERVE_MINUTES
    if not low <= minutes <= high:
        raise InvalidInput(f"Reservations last {low} to {high} minutes.", field="minutes")
    async with sessions() as s, s.begin():
        at = await _driver_at_evse(s, user_id, station_id, evse_uid, settings, evse_check=_reservable)
        held = await s.scalar(
            select(OcpiRoamingReservation.id).where(
                OcpiRoamingReservation.user_id == user_id,
                OcpiRoamingReservation.state.in_(HOLDING),
                OcpiRoamingReservation.expires_at > roaming.now(),
            )
        )
        if held is not None:
            raise Conflict("You already hold a reservation at a partner's charger.", field="stationId")
        expires = roaming.now().replace(microsecond=0) + dt.timedelta(minutes=minutes)
        res = OcpiRoamingReservation(
            partner_id=at.partner.id,
            user_id=user_id,
            location_id=at.loc.location_id,
            evse_uid=at.evse_uid,
            reservation_id=secrets.token_hex(16),
            state="REQUESTED",
            expires_at=expires,
        )
        s.add(res)
        await s.flush()
        cmd, body = at.command(
            s,
            "RESERVE_NOW",
            within,
            response_base=response_base,
            country_code=country_code,
            party_id=party_id,
            reservation_id=res.id,
            fields={
                "expiry_date": expires.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "reservation_id": res.reservation_id,
            },
        )
        res_id = res.id
    await _send(sessions, cmd, at.url, at.token, body, client)
    return res_id


async def cancel_reservation(
    sessions: async_sessionmaker[AsyncSession],
    user_id: int,
    pk: int,
    *,
    response_base: str,
    client: httpx.AsyncClient,
    within: dt.timedelta,
) -> None:
    """The driver cancels their reservation at a partner: CANCEL_RESERVATION; it is CANCELLED once
    the partner's result says so."""
    async with sessions() as s, s.begin():
        res = await get_own_reservation(s, pk, user_id)
        if res.state not in HOLDING:
            raise Conflict("This reservation is not held any more.", field="id")
        partner = await s.get_one(OcpiPartner, res.partner_id)
        url = roaming.endpoint(partner, "commands", "RECEIVER")
        if not url or not partner.outbound_token:
            raise Conflict("This partner does not take remote commands.", field="id")
        cmd = _new_command(s, partner.id, "CANCEL_RESERVATION", within, user_id, reservation_id=res.id)
        body = {"response_url": response_url(response_base, cmd), "reservation_id": res.reservation_id}
        token = partner.outbound_token
    await _send(sessions, cmd, url, token, body, client)


async def unlock(
    sessions: async_sessionmaker[AsyncSession],
    operator_id: int,
    session_id: int,
    *,
    response_base: str,
    client: httpx.AsyncClient,
    within: dt.timedelta,
) -> int:
    """The help desk unlocks the connector of a driver's session at a partner (UNLOCK_CONNECTOR, on
    the connector the partner's Session names). Returns the command's id."""
    async with sessions() as s, s.begin():
        row = await s.get(OcpiRoamingSession, session_id)
        if row is None:
            raise NotFound(NOT_FOUND, field="sessionId")
        connector = None if row.body is None else json.loads(row.body).get("connector_id")
        if not row.evse_uid or not isinstance(connector, str):
            raise Conflict("The partner has not said which connector this session uses.", field="sessionId")
        partner = await s.get_one(OcpiPartner, row.partner_id)
        url = roaming.endpoint(partner, "commands", "RECEIVER")
        if not url or not partner.outbound_token:
            raise Conflict("This partner does not take remote commands.", field="sessionId")
        cmd = _new_command(s, partner.id, "UNLOCK_CONNECTOR", within, operator_id, roaming_session_id=row.id)
        body = {
            "response_url": response_url(response_base, cmd),
            "location_id": row.location_id,
            "evse_uid": row.evse_uid,
            "connector_id": connector,
        }
        token = partner.outbound_token
    await _send(sessions, cmd, url, token, body, client)
    return cmd.id


async def last_command(
    session: AsyncSession, *, roaming_session_id: int | None = None, reservation_id: int | None = None
) -> OcpiEmspCommand | None:
    """The newest command about a session or a reservation (what the screens show of it)."""
    q = select(OcpiEmspCommand).order_by(OcpiEmspCommand.id.desc()).limit(1)
    if roaming_session_id is not None:
        q = q.where(OcpiEmspCommand.roaming_session_id == roaming_session_id)
    else:
        q = q.where(OcpiEmspCommand.reservation_id == reservation_id)
    return await session.scalar(q)


async def command(session: AsyncSession, pk: int) -> OcpiEmspCommand:
    row = await session.get(OcpiEmspCommand, pk)
    if row is None:
        raise NotFound("No such command.", field="id")
    return row


#: Commands whose deadline passed, ended per round (the rest wait for the next round).
EXPIRE_BATCH = 200


async def next_deadline(session: AsyncSession) -> dt.datetime | None:
    """The earliest deadline of the commands still waiting for their result, if any."""
    return await session.scalar(
        select(func.min(OcpiEmspCommand.deadline_at)).where(OcpiEmspCommand.state == "SENT")
    )


async def expire(sessions: async_sessionmaker[AsyncSession]) -> int:
    """Commands still waiting for their result past their deadline are TIMEOUT (each by a
    conditional update, so with several nodes one ends it); the driver's screen is told. Returns how
    many were ended."""
    ended = 0
    async with sessions() as s, s.begin():
        due = (
            await s.scalars(
                select(OcpiEmspCommand.id)
                .where(OcpiEmspCommand.state == "SENT", OcpiEmspCommand.deadline_at <= roaming.now())
                .order_by(OcpiEmspCommand.deadline_at)
                .limit(EXPIRE_BATCH)
            )
        ).all()
        for cmd_id in due:
            won = await s.execute(
                update(OcpiEmspCommand)
                .where(OcpiEmspCommand.id == cmd_id, OcpiEmspCommand.state == "SENT")
                .values(state=TIMEOUT)
                .execution_options(synchronize_session=False)
            )
            if getattr(won, "rowcount", 0) != 1:
                continue
            cmd = await s.get_one(OcpiEmspCommand, cmd_id)
            await s.refresh(cmd)
            await _apply(s, cmd, TIMEOUT)
            ended += 1
    return ended


async def cdr_billed(session: AsyncSession, cdr: OcpiCdr, settings: DomainSettings | None) -> None:
    """A partner's CDR has just billed one of our drivers (`domain.roaming_cdrs.receive` answered
    CREATED with the CDR BILLED): the driver gets what a session at our chargers gives once billed,
    in the same transaction, so once: the receipt by mail, "charging stopped" on the phone (the driver
    stopped it if our STOP_SESSION was accepted, else the charger did), and "low balance" when the
    wallet no longer holds the minimum to start."""
    if cdr.status != "BILLED" or cdr.user_id is None:
        return
    if cdr.receipt_id is not None:
        receipt = await session.get_one(Receipt, cdr.receipt_id)
        message = await receipts.receipt_mail(session, receipt, billing.time_zone(settings))
        if message is not None:
            uow.unit_of(session).send_mail(message)
    row = (
        None
        if cdr.roaming_session_id is None
        else await session.get(OcpiRoamingSession, cdr.roaming_session_id)
    )
    where = json.loads(cdr.body).get("cdr_location") or {}
    stopped_by_driver = row is not None and "ACCEPTED" in (row.stop_response, row.stop_result)
    push.notify(
        session,
        cdr.user_id,
        "session_stopped",
        charger=str(where.get("name") or where.get("id") or "")[:60],
        url="/history" if row is None else f"/partner-charging/{row.id}",
        tag=f"roaming-cdr-{cdr.id}",
        reason="driver" if stopped_by_driver else "charger",
    )
    minimum = await authorization.required_start_balance(session, settings)
    balance = await ledger.wallet_balance(session, cdr.user_id)
    await push.balance_check(session, cdr.user_id, balance, minimum, cdr.currency)


def _kwh(value: Any) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise InvalidInput("Session.kwh is missing or not a number.", field="kwh")
    try:
        kwh = Decimal(str(value))
    except InvalidOperation as e:
        raise InvalidInput("Session.kwh is not a number.", field="kwh") from e
    if not kwh.is_finite() or kwh < 0 or kwh >= 10**8:
        raise InvalidInput("Session.kwh is out of range.", field="kwh")
    return kwh.quantize(Decimal("0.0001"))


def check_session(body: Any) -> dt.datetime:
    """The fields OCPI 2.2.1 requires of a Session; its last_updated."""
    if not isinstance(body, dict):
        raise InvalidInput("The body must be a JSON object.", field="body")
    for key in ("country_code", "party_id", "id", "auth_method", "location_id", "evse_uid", "connector_id"):
        if not isinstance(body.get(key), str) or not body[key]:
            raise InvalidInput(f"Session.{key} is missing or of the wrong type.", field=key)
    if roaming.parse_stamp(body.get("start_date_time")) is None:
        raise InvalidInput("Session.start_date_time is not an OCPI DateTime.", field="start_date_time")
    if body.get("status") not in SESSION_STATUSES:
        raise InvalidInput("Session.status is invalid.", field="status")
    token = body.get("cdr_token")
    if not isinstance(token, dict) or not isinstance(token.get("uid"), str):
        raise InvalidInput("Session.cdr_token is missing.", field="cdr_token")
    if not isinstance(body.get("currency"), str) or len(body["currency"]) != 3:
        raise InvalidInput("Session.currency is an ISO 4217 code.", field="currency")
    _kwh(body.get("kwh"))
    when = roaming.parse_stamp(body.get("last_updated"))
    if when is None:
        raise InvalidInput("Session.last_updated is not an OCPI DateTime.", field="last_updated")
    return when


async def _find(session: AsyncSession, partner: OcpiPartner, session_id: str) -> OcpiRoamingSession | None:
    return await session.scalar(
        select(OcpiRoamingSession).where(
            OcpiRoamingSession.partner_id == partner.id, OcpiRoamingSession.session_id == session_id
        )
    )


async def session_body(session: AsyncSession, partner: OcpiPartner, session_id: str) -> Any:
    row = await _find(session, partner, session_id.upper())
    return None if row is None or row.body is None else json.loads(row.body)


async def store_session(
    session: AsyncSession,
    partner: OcpiPartner,
    ids: tuple[str, str, str],
    body: Any,
    *,
    patch: bool,
) -> bool | None:
    """The partner PUTs (or PATCHes) a Session of one of our drivers. A new one is matched to our
    START_SESSION by its authorization_reference, else it is a session the driver started at the
    charger with a card or app token of ours (the token tells whose). PATCHed charging_periods are
    appended (OCPI). True when new; None for a PATCH of an unknown session. Raises InvalidInput for
    a token that is not ours."""
    cc, pid, sid = ids[0].upper(), ids[1].upper(), ids[2].upper()
    if (cc, pid) not in roaming_emsp.parties(partner):
        raise InvalidInput("The country_code/party_id is not the partner's.", field="party_id")
    if not isinstance(body, dict):
        raise InvalidInput("The body must be a JSON object.", field="body")
    row = await _find(session, partner, sid)
    if patch:
        if row is None or row.body is None:
            return None
        old = json.loads(row.body)
        periods = old.get("charging_periods") or []
        if isinstance(body.get("charging_periods"), list):
            periods = periods + body["charging_periods"]
        body = {**old, **body, "charging_periods": periods}
    when = check_session(body)
    if str(body["id"]).upper() != sid or (
        str(body["country_code"]).upper(),
        str(body["party_id"]).upper(),
    ) != (
        cc,
        pid,
    ):
        raise InvalidInput("The Session's ids differ from the URL's.", field="id")
    created = row is None
    if row is None:
        ref = body.get("authorization_reference")
        if isinstance(ref, str) and ref:
            row = await session.scalar(
                select(OcpiRoamingSession).where(
                    OcpiRoamingSession.authorization_reference == ref,
                    OcpiRoamingSession.partner_id == partner.id,
                    OcpiRoamingSession.session_id.is_(None),
                )
            )
        if row is None:
            uid = str(body["cdr_token"]["uid"])
            tag = await session.scalar(
                select(IdTag).where(IdTag.id_tag_key == idtags.ci_key(uid), IdTag.user_id.is_not(None))
            )
            if tag is None or tag.user_id is None:
                raise InvalidInput("The session's token is not one of ours.", field="cdr_token")
            row = OcpiRoamingSession(
                partner_id=partner.id,
                user_id=tag.user_id,
                location_id=str(body["location_id"])[:36].upper(),
                evse_uid=str(body["evse_uid"])[:36].upper(),
                token_uid=tag.id_tag,
                state="PENDING",
                authorization_reference=str(ref)[:36]
                if isinstance(ref, str) and ref
                else secrets.token_hex(16),
                response_key=secrets.token_urlsafe(32),
            )
            session.add(row)
        row.session_id = sid
    elif row.last_updated is not None and when < row.last_updated:
        return False  # an older update arriving late changes nothing
    row.state = str(body["status"])
    row.kwh = _kwh(body["kwh"])
    row.body = json.dumps(body)
    row.last_updated = when
    await session.flush()
    _publish(session, row)
    return created
