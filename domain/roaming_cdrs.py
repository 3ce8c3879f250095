"""A partner's CDRs for our drivers' sessions at its chargers (OCPI 2.2.1, our eMSP role): each one
bills the driver's wallet exactly once — a balanced posting in integer sen whose idempotency key
names the CDR, the unpaid remainder on the driver's debt account as for our own sessions — with a
receipt like our own and reward points as for our sessions.

A CDR is immutable: the same id again with the same content changes nothing; with other content it
changes nothing either and the stored CDR is flagged "conflict". A CDR that cannot be billed
automatically (a token not ours, a second CDR for a session already billed, another currency, a
credit CDR, a negative total) is stored FLAGGED for the operator.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import IdTag, LedgerAccount, OcpiCdr, OcpiPartner, OcpiRoamingSession
from domain import idtags, ledger, platform_settings, receipts, rewards, roaming, roaming_emsp
from domain.errors import InvalidInput
from domain.ports import DomainSettings

CREATED, SAME, CONFLICT = "created", "same", "conflict"


def _number(obj: Any, key: str, where: str) -> Decimal:
    value = obj.get(key) if isinstance(obj, dict) else None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise InvalidInput(f"{where}.{key} is missing or not a number.", field=key)
    try:
        d = Decimal(str(value))
    except InvalidOperation as e:
        raise InvalidInput(f"{where}.{key} is not a number.", field=key) from e
    if not d.is_finite() or abs(d) >= 10**9:
        raise InvalidInput(f"{where}.{key} is out of range.", field=key)
    return d


def _stamp(body: dict[str, Any], key: str) -> dt.datetime:
    when = roaming.parse_stamp(body.get(key))
    if when is None:
        raise InvalidInput(f"CDR.{key} is not an OCPI DateTime.", field=key)
    return when


def _sen(amount: Decimal) -> int:
    return int((amount * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def check_cdr(body: Any) -> dict[str, Any]:
    """The fields OCPI 2.2.1 requires of a CDR; its totals (energy Wh, total and tax sen, end)."""
    if not isinstance(body, dict):
        raise InvalidInput("The body must be a JSON object.", field="body")
    for key in ("country_code", "party_id", "id", "auth_method", "currency"):
        if not isinstance(body.get(key), str) or not body[key]:
            raise InvalidInput(f"CDR.{key} is missing or of the wrong type.", field=key)
    if len(body["id"]) > 39 or len(body["currency"]) != 3:
        raise InvalidInput("CDR.id or CDR.currency is invalid.", field="id")
    token = body.get("cdr_token")
    if not isinstance(token, dict) or not isinstance(token.get("uid"), str):
        raise InvalidInput("CDR.cdr_token is missing.", field="cdr_token")
    if not isinstance(body.get("cdr_location"), dict):
        raise InvalidInput("CDR.cdr_location is missing.", field="cdr_location")
    periods = body.get("charging_periods")
    if not isinstance(periods, list) or not periods:
        raise InvalidInput("CDR.charging_periods needs at least one period.", field="charging_periods")
    cost = body.get("total_cost")
    excl = _number(cost, "excl_vat", "CDR.total_cost")
    incl = (
        _number(cost, "incl_vat", "CDR.total_cost") if isinstance(cost, dict) and "incl_vat" in cost else excl
    )
    energy = _number(body, "total_energy", "CDR")
    _number(body, "total_time", "CDR")
    start, end = _stamp(body, "start_date_time"), _stamp(body, "end_date_time")
    _stamp(body, "last_updated")
    if end < start:
        raise InvalidInput("CDR.end_date_time is before its start.", field="end_date_time")
    return {
        "energy_wh": int((energy * 1000).quantize(Decimal(1), rounding=ROUND_HALF_UP)),
        "total_sen": _sen(incl),
        "tax_sen": _sen(incl) - _sen(excl),
        "end": end,
    }


def _canonical(body: dict[str, Any]) -> str:
    return json.dumps(body, sort_keys=True, separators=(",", ":"))


async def receive(
    session: AsyncSession, partner: OcpiPartner, body: Any, settings: DomainSettings | None = None
) -> tuple[OcpiCdr, str]:
    """Store (and bill, once) a partner's CDR; the stored row and CREATED, SAME or CONFLICT."""
    totals = check_cdr(body)
    cc, pid = str(body["country_code"]).upper(), str(body["party_id"]).upper()
    if (cc, pid) not in roaming_emsp.parties(partner):
        raise InvalidInput("The country_code/party_id is not the partner's.", field="party_id")
    cdr_id = str(body["id"]).upper()
    existing = await session.scalar(
        select(OcpiCdr).where(
            OcpiCdr.partner_id == partner.id,
            OcpiCdr.country_code == cc,
            OcpiCdr.party_id == pid,
            OcpiCdr.cdr_id == cdr_id,
        )
    )
    if existing is not None:
        if _canonical(json.loads(existing.body)) == _canonical(body):
            return existing, SAME
        existing.flag = "conflict: the partner sent this CDR id again with other content"
        await session.flush()
        return existing, CONFLICT
    row = OcpiCdr(
        partner_id=partner.id,
        country_code=cc,
        party_id=pid,
        cdr_id=cdr_id,
        energy_wh=totals["energy_wh"],
        total_sen=totals["total_sen"],
        tax_sen=totals["tax_sen"],
        currency=str(body["currency"]).upper(),
        end_date_time=totals["end"],
        status="FLAGGED",
        body=json.dumps(body),
    )
    session.add(row)
    ref = body.get("authorization_reference")
    roaming_session = None
    if isinstance(ref, str) and ref:
        roaming_session = await session.scalar(
            select(OcpiRoamingSession).where(
                OcpiRoamingSession.authorization_reference == ref, OcpiRoamingSession.partner_id == partner.id
            )
        )
    if roaming_session is None and isinstance(body.get("session_id"), str):
        roaming_session = await session.scalar(
            select(OcpiRoamingSession).where(
                OcpiRoamingSession.partner_id == partner.id,
                OcpiRoamingSession.session_id == str(body["session_id"]).upper(),
            )
        )
    tag = await session.scalar(
        select(IdTag).where(
            IdTag.id_tag_key == idtags.ci_key(str(body["cdr_token"]["uid"])), IdTag.user_id.is_not(None)
        )
    )
    if roaming_session is not None and (tag is None or roaming_session.user_id != tag.user_id):
        roaming_session = None  # the CDR names a session of another driver: not this one's
    row.roaming_session_id = None if roaming_session is None else roaming_session.id
    row.user_id = None if tag is None else tag.user_id
    billed_before = None
    if roaming_session is not None:
        billed_before = await session.scalar(
            select(OcpiCdr.cdr_id).where(
                OcpiCdr.roaming_session_id == roaming_session.id, OcpiCdr.status == "BILLED"
            )
        )
    if tag is None:
        row.flag = "the CDR's token is not one of our drivers'"
    elif billed_before is not None:
        row.flag = f"the session was already billed by CDR {billed_before}"[:200]
    elif body.get("credit"):
        row.flag = "a credit CDR: refund it by hand"
    elif row.currency != "MYR":
        row.flag = f"charged in {row.currency}: wallets hold MYR"
    elif row.total_sen < 0 or row.tax_sen < 0:
        row.flag = "a negative total"
    await session.flush()
    if row.flag is None and row.user_id is not None:
        await _bill(session, row, partner, body, settings)
        row.status = "BILLED"
    if roaming_session is not None:
        roaming_session.state = "COMPLETED"
    await session.flush()
    return row, CREATED


async def _bill(
    session: AsyncSession,
    row: OcpiCdr,
    partner: OcpiPartner,
    body: dict[str, Any],
    settings: DomainSettings | None,
) -> None:
    """Debit the driver's wallet (the rest as debt) once, award points, issue the receipt."""
    assert row.user_id is not None
    user_id = row.user_id
    wallet = await ledger.wallet_account(session, user_id)
    # Lock the wallet row (MariaDB) before reading the balance that is debited.
    balance = (
        await session.execute(
            select(LedgerAccount.balance_sen).where(LedgerAccount.id == wallet.id).with_for_update()
        )
    ).scalar_one()
    paid = min(max(0, int(balance)), row.total_sen)
    owed = row.total_sen - paid
    where = str(body["cdr_location"].get("name") or body["cdr_location"].get("id") or "")[:60]
    memo = f"Roaming session at {partner.name}" + (f", {where}" if where else "")
    if row.total_sen > 0:
        entries: list[tuple[LedgerAccount, int]] = [
            (await ledger.system_account(session, ledger.REVENUE), row.total_sen - row.tax_sen),
            (await ledger.system_account(session, ledger.TAX), row.tax_sen),
        ]
        if paid:
            entries.append((wallet, -paid))
        if owed:
            entries.append((await ledger.debt_account(session, user_id), -owed))
        await ledger.post(
            session,
            idempotency_key=f"roaming-cdr:{row.id}",
            kind="charge",
            entries=entries,
            memo=memo + (f" ({owed} sen unpaid)" if owed else ""),
        )
    per_kwh = int(await platform_settings.effective(session, "points_per_kwh", settings))
    points = rewards.session_points(row.energy_wh, per_kwh)
    if points > 0:
        await rewards.move_points(
            session,
            user_id=user_id,
            points=points,
            reason="session",
            idempotency_key=f"roaming-cdr:{row.id}",
            memo=memo,
        )
    if receipts.due(row.energy_wh, row.total_sen):
        kwh = (Decimal(row.energy_wh) / 1000).normalize()
        lines = [
            {
                "code": "roaming",
                "description": memo,
                "quantity": str(kwh),
                "unit": "kWh",
                "unit_price_sen": None,
                "exact_sen": str(row.total_sen - row.tax_sen),
                "amount_sen": row.total_sen - row.tax_sen,
            }
        ]
        receipt = await receipts.issue(
            session,
            charging_session=None,
            user_id=user_id,
            lines=lines,
            subtotal_sen=row.total_sen - row.tax_sen,
            tax_sen=row.tax_sen,
            total_sen=row.total_sen,
            currency=row.currency,
        )
        row.receipt_id = receipt.id
