"""Roaming sessions as CPO (OCPI 2.2.1 Sessions and CDRs senders): a session at our charger started
with a partner's token is a roaming session. It is recorded when it starts, and every change (start,
meter reading, stop, bill) stages a Session push to the partner in the same transaction
(`domain.roaming_outbox`); once billed, its CDR is staged too (posted once). The objects themselves
are rendered by the OCPI edge from the session, its bill and the charger.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from sqlalchemy import Select, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from db.models import (
    Charger,
    ChargingSession,
    IdTag,
    OcpiPartner,
    OcpiSession,
    OcpiToken,
    OcppCommand,
    utcnow,
)
from domain import roaming, roaming_outbox
from domain.idtags import ci_key
from domain.money import allocate
from domain.read_models import paging


async def _partner_token(session: AsyncSession, tx: ChargingSession) -> tuple[OcpiToken, OcpiPartner] | None:
    """The registered partner's token behind the session's idTag, if it is one."""
    q = (
        select(OcpiToken, OcpiPartner)
        .join(IdTag, IdTag.id == OcpiToken.id_tag_id)
        .join(OcpiPartner, OcpiPartner.id == OcpiToken.partner_id)
        .where(IdTag.id_tag_key == tx.id_tag_key, OcpiPartner.state == "REGISTERED")
    )
    row = (await session.execute(q)).first()
    return (row[0], row[1]) if row is not None else None


def cdr_token(token: OcpiToken) -> dict[str, Any]:
    body = json.loads(token.body)
    return {
        "country_code": token.country_code,
        "party_id": token.party_id,
        "uid": str(body.get("uid", token.uid)),
        "type": token.type,
        "contract_id": str(body.get("contract_id", token.uid))[:36],
    }


async def _stage(session: AsyncSession, partner: OcpiPartner, kind: str, tx_id: int) -> None:
    module = "sessions" if kind == "session" else "cdrs"
    if partner.state == "REGISTERED" and roaming.endpoint(partner, module, "RECEIVER"):
        await roaming_outbox.stage(session, partner.id, f"{kind}:{tx_id}", kind, str(tx_id))


async def on_started(session: AsyncSession, tx: ChargingSession) -> None:
    """A session started: if its idTag is a registered partner's token, record it as a roaming session
    and stage its Session PUT to the partner."""
    if tx.roaming:
        return
    found = await _partner_token(session, tx)
    if found is None:
        return
    token, partner = found
    tx.roaming = True
    whitelist = str(json.loads(token.body).get("whitelist", "ALLOWED"))
    method = "WHITELIST" if whitelist in ("ALWAYS", "ALLOWED") else "AUTH_REQUEST"
    if await _commanded(session, tx):
        method = "COMMAND"
    session.add(
        OcpiSession(
            session_id=tx.id,
            partner_id=partner.id,
            token_id=token.id,
            cdr_token=json.dumps(cdr_token(token)),
            auth_method=method,
            last_updated=utcnow(),
        )
    )
    await session.flush()
    await _stage(session, partner, "session", tx.id)


#: How long after a partner's START_SESSION the charger's StartTransaction is attributed to it.
COMMAND_WINDOW = dt.timedelta(minutes=15)


async def _commanded(session: AsyncSession, tx: ChargingSession) -> bool:
    """Whether a partner's START_SESSION (a RemoteStartTransaction of origin "ocpi") for this idTag
    was sent to this charger lately."""
    rows = await session.scalars(
        select(OcppCommand)
        .where(
            OcppCommand.charger_id == tx.charger_id,
            OcppCommand.action == "RemoteStartTransaction",
            OcppCommand.origin == "ocpi",
            OcppCommand.created_at >= utcnow() - COMMAND_WINDOW,
        )
        .order_by(OcppCommand.id.desc())
        .limit(20)
    )
    return any(
        isinstance(c.request, dict) and ci_key(str(c.request.get("idTag", ""))) == tx.id_tag_key for c in rows
    )


async def changed(session: AsyncSession, tx: ChargingSession) -> None:
    """A roaming session changed (a reading, its stop): stage the update of its Session. Every meter
    reading of every session comes here: any other session returns at once, without a query."""
    if not tx.roaming:
        return
    row = await session.get(OcpiSession, tx.id)
    if row is None:
        return
    row.last_updated = utcnow()
    partner = await session.get(OcpiPartner, row.partner_id)
    if partner is not None:
        await _stage(session, partner, "session", tx.id)


async def billed(session: AsyncSession, tx: ChargingSession) -> None:
    """A roaming session was billed: its Session carries the final cost, and its CDR is issued (pullable
    from now on, and posted to the partner once)."""
    if not tx.roaming:
        return
    row = await session.get(OcpiSession, tx.id)
    if row is None:
        return
    row.last_updated = row.cdr_at = utcnow()
    partner = await session.get(OcpiPartner, row.partner_id)
    if partner is not None:
        await _stage(session, partner, "session", tx.id)
        await _stage(session, partner, "cdr", tx.id)


@dataclass(frozen=True)
class RoamingSession:
    record: OcpiSession
    tx: ChargingSession
    charger: Charger


def _select() -> Select[OcpiSession, ChargingSession, Charger]:
    return (
        select(OcpiSession, ChargingSession, Charger)
        .join(ChargingSession, ChargingSession.id == OcpiSession.session_id)
        .join(Charger, Charger.id == ChargingSession.charger_id)
        .options(selectinload(Charger.connectors))
    )


async def charger(session: AsyncSession, charger_id: int) -> Charger | None:
    """A charger with its connectors (an EVSE push renders its current status)."""
    q = select(Charger).options(selectinload(Charger.connectors)).where(Charger.id == charger_id)
    return (await session.execute(q)).scalar_one_or_none()


async def one(session: AsyncSession, tx_id: int) -> RoamingSession | None:
    row = (await session.execute(_select().where(OcpiSession.session_id == tx_id))).first()
    return RoamingSession(row[0], row[1], row[2]) if row is not None else None


@dataclass(frozen=True)
class Page:
    items: list[RoamingSession]
    total: int


async def page(
    session: AsyncSession,
    partner_id: int,
    *,
    cdrs: bool,
    date_from: dt.datetime | None,
    date_to: dt.datetime | None,
    offset: int,
    limit: int,
) -> Page:
    """A partner's roaming sessions (`cdrs`: those with a CDR, by the CDR's time), oldest update first,
    then by id, last updated at or after `date_from` and before `date_to`."""
    stamp = OcpiSession.cdr_at if cdrs else OcpiSession.last_updated
    q: Any = _select().where(OcpiSession.partner_id == partner_id)  # three entities: typed as a whole
    if cdrs:
        q = q.where(OcpiSession.cdr_at.is_not(None))
    q = roaming.dated(q, stamp, date_from, date_to)
    total = int(await session.scalar(paging.counting(q)) or 0)
    rows = (
        await session.execute(q.order_by(stamp, OcpiSession.session_id).offset(offset).limit(limit))
    ).all()
    return Page([RoamingSession(r[0], r[1], r[2]) for r in rows], total)


async def keep_cdr(session: AsyncSession, record: OcpiSession, cdr: dict[str, Any]) -> dict[str, Any]:
    """The CDR as first issued: stored on first rendering, returned as stored ever after (immutable)."""
    if record.cdr is None:
        await session.execute(
            update(OcpiSession)
            .where(OcpiSession.session_id == record.session_id, OcpiSession.cdr.is_(None))
            .values(cdr=json.dumps(cdr))
            .execution_options(synchronize_session=False)
        )
        await session.refresh(record, ["cdr"])
    return dict(json.loads(record.cdr or "{}"))


#: The parts of a CDR's cost (OCPI total_*_cost) by the code of the bill's line.
CDR_PARTS = {"energy": "energy", "time": "time", "idle": "parking", "session_fee": "fixed"}


@dataclass(frozen=True)
class CostPart:
    excl_sen: int
    incl_sen: int


def cost_parts(cost_lines: list[dict[str, Any]] | None) -> dict[str, CostPart]:
    """The bill of a session split as a CDR states it: the total (`total`) and each part (energy,
    time, parking, fixed) excluding and including tax, in whole sen. The bill's tax (one line on the
    subtotal, at the tariff's rate: Malaysia's service tax at our locations) is shared out over the
    lines in proportion to their amounts, largest remainder first, so the parts' taxes add up to the
    bill's tax to the sen and the total is the bill's."""
    lines = [line for line in cost_lines or [] if isinstance(line, dict)]
    taxed = [line for line in lines if line.get("code") != "tax"]
    tax = sum(int(line.get("amount_sen", 0)) for line in lines if line.get("code") == "tax")
    amounts = [int(line.get("amount_sen", 0)) for line in taxed]
    subtotal = sum(amounts)
    shares = (
        allocate([Fraction(tax * a, subtotal) for a in amounts], tax) if subtotal > 0 else [0] * len(amounts)
    )
    out = {"total": CostPart(subtotal, subtotal + tax)}
    for line, amount, share in zip(taxed, amounts, shares, strict=True):
        part = CDR_PARTS.get(str(line.get("code")))
        if part is not None:
            had = out.get(part, CostPart(0, 0))
            out[part] = CostPart(had.excl_sen + amount, had.incl_sen + amount + share)
    return out
