"""Partners' tokens beyond what they push (OCPI 2.2.1, we are the CPO): real-time authorization of a
token our chargers present that we do not know (POST {their tokens}/{uid}/authorize, with a short
timeout), and pulling a partner's tokens (paged GETs following `Link`). A token a partner allows, or
that it lists, is kept like a pushed one (backed by an idTag). `authorize` is a charger's Authorize
with the real-time step, for both OCPP versions."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from typing import Any

import httpx
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from db.engine import read_session
from db.models import Charger, OcpiPartner
from domain import authorization, roaming
from domain.errors import DomainError, InvalidInput
from domain.ports import DomainPlatform
from domain.timestamps import parse_timestamp

log = logging.getLogger(__name__)

REQUIRED: dict[str, type] = {
    "country_code": str,
    "party_id": str,
    "uid": str,
    "type": str,
    "contract_id": str,
    "issuer": str,
    "valid": bool,
    "whitelist": str,
    "last_updated": str,
}
TYPES = ("AD_HOC_USER", "APP_USER", "OTHER", "RFID")
WHITELISTS = ("ALWAYS", "ALLOWED", "ALLOWED_OFFLINE", "NEVER")


def checked(body: Any) -> dt.datetime:
    """A Token object's required fields, its enumerations and its last_updated (returned); InvalidInput
    otherwise."""
    if not isinstance(body, dict):
        raise InvalidInput("A Token must be an object.", field="token")
    for key, kind in REQUIRED.items():
        if not isinstance(body.get(key), kind):
            raise InvalidInput(f"Token.{key} is missing or of the wrong type.", field=key)
    if len(body["uid"]) > 36 or body["type"] not in TYPES or body["whitelist"] not in WHITELISTS:
        raise InvalidInput("Token.uid, type or whitelist is invalid.", field="uid")
    try:
        return parse_timestamp(body["last_updated"])
    except ValueError as e:
        raise InvalidInput("Token.last_updated is not an OCPI DateTime.", field="last_updated") from e


def _one(data: Any) -> Any:
    """`data` as one object: some libraries wrap a single object in a list."""
    return data[0] if isinstance(data, list) and len(data) == 1 else data


async def _ask(
    client: httpx.AsyncClient, partner: tuple[int, str, str], uid: str, location: dict[str, Any]
) -> tuple[int, dict[str, Any]] | None:
    partner_id, url, token = partner
    try:
        info = _one(
            await roaming.post(client, f"{url.rstrip('/')}/{uid}/authorize?type=RFID", token, location)
        )
    except roaming.PartnerUnreachable as e:  # unknown there (404 / 2004), or unreachable
        log.info("real-time authorization of %s at partner %s: %s", uid, partner_id, e)
        return None
    if (
        not isinstance(info, dict)
        or info.get("allowed") != "ALLOWED"
        or not isinstance(info.get("token"), dict)
    ):
        return None
    return partner_id, info


async def authorize(
    platform: DomainPlatform, id_tag: str, charger_id: int | None
) -> tuple[dict[str, Any], authorization.StartRefusal | None]:
    """A charger's Authorize, whatever its OCPP version: the one id-tag rule; a tag we do not know is
    asked of the partners in real time (within OCPI_AUTHORIZE_TIMEOUT_SECONDS), and one a partner
    allows is known from then on and authorized again by the same rule. The edge turns the answer
    into its protocol's."""
    settings = platform.settings

    async def local() -> tuple[dict[str, Any], authorization.StartRefusal | None]:
        async with platform.sessionmaker() as s, s.begin():
            return await authorization.authorize(s, id_tag, charger_id=charger_id, settings=settings)

    info, refusal = await local()
    if info.get("status") == authorization.INVALID and await realtime(
        platform, id_tag, charger_id, settings.ocpi_authorize_timeout_seconds
    ):
        info, refusal = await local()
    return info, refusal


async def realtime(platform: DomainPlatform, uid: str, charger_id: int | None, timeout: float) -> bool:
    """Ask every registered partner with a tokens sender whether it allows `uid` at this charger; the
    first that does has its token kept (so the charger's Authorize and StartTransaction accept it).
    True when one allowed it."""
    async with read_session(platform.sessionmaker) as s:
        askable = [
            (p.id, url, p.outbound_token)
            for p in await roaming.partners(s)
            if p.state == "REGISTERED"
            and p.outbound_token
            and (url := roaming.endpoint(p, "tokens", "SENDER"))
        ]
        charger = await s.get(Charger, charger_id) if charger_id is not None else None
    if not askable or len(uid) > roaming.ID_TAG_MAX:
        return False
    location = {"location_id": str(charger.id)} if charger is not None else {}
    async with roaming.client(timeout) as client:
        try:
            async with asyncio.timeout(timeout):
                answers = await asyncio.gather(*(_ask(client, p, uid, location) for p in askable))
        except TimeoutError:
            return False
    for found in answers:
        if found is None:
            continue
        partner_id, info = found
        token = {**info["token"], "valid": True}
        try:
            stamp = checked(token)
            async with platform.sessionmaker() as s, s.begin():
                partner = await roaming.partner(s, partner_id)
                if (token["country_code"].upper(), token["party_id"].upper()) != (
                    partner.country_code,
                    partner.party_id,
                ) or token["uid"].upper() != uid.upper():
                    raise InvalidInput(
                        "The partner allowed another party's or another uid's token.", field="uid"
                    )
                await roaming.store_token(s, partner, token, stamp)
        except DomainError as e:
            log.warning("real-time authorization of %s at partner %s: %s", uid, partner_id, e)
            continue
        return True
    return False


async def pull(session: AsyncSession, partner: OcpiPartner, client: httpx.AsyncClient) -> int:
    """GET every page of the partner's tokens (following `Link`) and keep each valid one of theirs; how
    many were kept."""
    url = roaming.endpoint(partner, "tokens", "SENDER")
    if not url or partner.state != "REGISTERED" or not partner.outbound_token:
        raise InvalidInput("The partner offers no tokens to pull.", field="id")
    kept = 0
    next_url: str | None = url
    pages = 0
    while next_url and pages < 1000:
        pages += 1
        data, link = await roaming.get_page(client, next_url, partner.outbound_token)
        for body in data if isinstance(data, list) else []:
            try:
                stamp = checked(body)
                if (str(body["country_code"]).upper(), str(body["party_id"]).upper()) != (
                    partner.country_code,
                    partner.party_id,
                ):
                    raise InvalidInput("Another party's token.", field="party_id")
                async with session.begin_nested():
                    await roaming.store_token(session, partner, body, stamp)
                kept += 1
            except DomainError as e:
                log.warning("a pulled token of partner %s was skipped: %s", partner.id, e)
        next_url = link
    return kept


async def pull_partner(
    sessions: async_sessionmaker[AsyncSession], partner_id: int, client: httpx.AsyncClient
) -> int:
    """Pull the partner's tokens in one transaction (`pull`); how many were kept."""
    async with sessions() as s, s.begin():
        return await pull(s, await roaming.partner(s, partner_id), client)
