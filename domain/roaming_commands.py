"""Our drivers charging at partners' chargers (OCPI 2.2.1, our eMSP role): START_SESSION and
STOP_SESSION sent to the partner's commands receiver on the driver's behalf (with the driver's own
app token, after the prepaid rule), the asynchronous CommandResult the partner posts to our
response_url, and the Sessions the partner sends while charging. Each change is published on the
session's channel (after the commit) for the driver's live screen.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
from decimal import Decimal, InvalidOperation
from typing import Any

import httpx
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from db.models import IdTag, OcpiPartner, OcpiPartnerLocation, OcpiRoamingSession, User
from domain import authorization, idtags, roaming, roaming_emsp
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


def _publish(session: AsyncSession, row: OcpiRoamingSession) -> None:
    publish = getattr(session, "publish", None)
    if publish is not None:  # a unit of work: published after the commit
        publish(channel(row.id), {"id": row.id, "state": row.state})


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
    settings: DomainSettings | None = None,
) -> int:
    """A driver starts charging at a partner's EVSE: the one id-tag rule and the prepaid rule for the
    driver's own app token, one open session at a time, then START_SESSION to the partner (our
    `response_base`/<key> receives the result). Returns the roaming session's id (FAILED when the
    partner refused or could not be reached)."""
    async with sessions() as s, s.begin():
        loc = await s.get(OcpiPartnerLocation, station_id)
        partner = None if loc is None else await s.get(OcpiPartner, loc.partner_id)
        if loc is None or partner is None or partner.state != "REGISTERED":
            raise NotFound("No such partner station.", field="stationId")
        evse = roaming_emsp.location_part(loc, evse_uid, None)
        if not isinstance(evse, dict) or evse.get("status") == "REMOVED":
            raise NotFound("No such EVSE at this station.", field="evseUid")
        url = roaming.endpoint(partner, "commands", "RECEIVER")
        if not url or not partner.outbound_token:
            raise Conflict("This partner does not take remote starts.", field="stationId")
        tag = await idtags.app_tag(s, user_id) or await idtags.create_app_tag(s, user_id)
        info = await authorization.id_tag_info(s, tag.id_tag, check_concurrent=False)
        if info["status"] != authorization.ACCEPTED:
            raise Conflict("Your app token may not charge now.", field="stationId")
        refusal = await authorization.start_refusal(s, user_id, settings)
        if refusal is not None:
            raise BalanceTooLow(field="stationId")
        busy = await s.scalar(
            select(OcpiRoamingSession.id).where(
                OcpiRoamingSession.user_id == user_id, OcpiRoamingSession.state.in_(OPEN)
            )
        )
        if busy is not None:
            raise Conflict("You already have a session at a partner's charger.", field="stationId")
        user = await s.get_one(User, user_id)
        row = OcpiRoamingSession(
            partner_id=partner.id,
            user_id=user_id,
            location_id=loc.location_id,
            evse_uid=str(evse.get("uid"))[:36].upper(),
            token_uid=tag.id_tag,
            state="REQUESTED",
            authorization_reference=secrets.token_hex(16),
            response_key=secrets.token_urlsafe(32),
        )
        s.add(row)
        await s.flush()
        body = {
            "response_url": f"{response_base.rstrip('/')}/START_SESSION/{row.response_key}",
            "token": roaming_emsp.our_token(tag, user, country_code, party_id),
            "location_id": str(json.loads(loc.body).get("id", loc.location_id)),
            "evse_uid": str(evse.get("uid")),
            "authorization_reference": row.authorization_reference,
        }
        token, row_id = partner.outbound_token, row.id
    try:
        result, _ = await _response(client, url.rstrip("/") + "/START_SESSION", token, body)
    except roaming.PartnerUnreachable:
        result = "FAILED"
    async with sessions() as s, s.begin():
        row = await s.get_one(OcpiRoamingSession, row_id)
        row.start_response = result
        if result != "ACCEPTED" and row.state == "REQUESTED":
            row.state = "FAILED"
        _publish(s, row)
    return row_id


async def stop(
    sessions: async_sessionmaker[AsyncSession],
    user_id: int,
    session_id: int,
    *,
    response_base: str,
    client: httpx.AsyncClient,
) -> None:
    """The driver stops their session at a partner: STOP_SESSION with the partner's session id."""
    async with sessions() as s:
        row = await get_own(s, session_id, user_id)
        partner = await s.get_one(OcpiPartner, row.partner_id)
        url = roaming.endpoint(partner, "commands", "RECEIVER")
        if row.state not in ("PENDING", "ACTIVE") or not row.session_id:
            raise Conflict("This session is not running at the partner yet.", field="id")
        if not url or not partner.outbound_token:
            raise Conflict("This partner does not take remote stops.", field="id")
        body = {
            "response_url": f"{response_base.rstrip('/')}/STOP_SESSION/{row.response_key}",
            "session_id": row.session_id,
        }
        token = partner.outbound_token
    try:
        result, _ = await _response(client, url.rstrip("/") + "/STOP_SESSION", token, body)
    except roaming.PartnerUnreachable:
        result = "FAILED"
    async with sessions() as s, s.begin():
        row = await s.get_one(OcpiRoamingSession, session_id)
        row.stop_response = result
        _publish(s, row)


async def command_result(
    session: AsyncSession, partner: OcpiPartner, command: str, key: str, body: dict[str, Any]
) -> bool:
    """The partner posts a CommandResult to our response_url; False when the URL is not one of this
    partner's sessions."""
    result = body.get("result")
    if not isinstance(result, str) or not result:
        raise InvalidInput("CommandResult.result is missing.", field="result")
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
