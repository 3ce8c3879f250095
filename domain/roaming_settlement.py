"""Settlement with a roaming partner for a period [start, end): both directions, reconciled.

- As eMSP (our drivers at the partner's chargers; we owe the partner): the partner's CDRs that
  ended in the period, their energy and amounts; reconciled against our record of those sessions
  (a CDR flagged or not billed: disputed, listed but not in the totals; a CDR whose energy differs
  from the partner's last Session; a session
  of ours that completed in the period without a CDR).
- As CPO (the partner's drivers at our chargers; the partner owes us): our completed sessions
  started with the partner's tokens, their energy and billed amounts; reconciled against the CDRs we
  sent the partner (a session not billed yet, one billed without a CDR, a CDR whose total or energy
  differs from the bill).

Amounts are integer sen per currency (CDRs in another currency are listed, not added to MYR).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import (
    ChargingSession,
    IdTag,
    OcpiCdr,
    OcpiPartner,
    OcpiRoamingSession,
    OcpiSession,
    OcpiToken,
)
from domain import roaming
from domain.errors import InvalidInput

#: The largest period one settlement covers.
MAX_DAYS = 400
#: Energy that differs by more than this (Wh) between a CDR and its Session is a mismatch.
ENERGY_TOLERANCE_WH = 1


@dataclass
class Totals:
    sessions: int = 0
    energy_wh: int = 0
    amount_sen: int = 0


@dataclass(frozen=True)
class Line:
    #: EMSP (we owe the partner) or CPO (the partner owes us).
    direction: str
    reference: str
    ended_at: dt.datetime | None
    location: str
    energy_wh: int
    amount_sen: int
    currency: str
    status: str


@dataclass(frozen=True)
class Mismatch:
    direction: str
    reference: str
    problem: str


@dataclass
class Settlement:
    partner: str
    start: dt.datetime
    end: dt.datetime
    emsp: Totals = field(default_factory=Totals)
    cpo: Totals = field(default_factory=Totals)
    lines: list[Line] = field(default_factory=list)
    mismatches: list[Mismatch] = field(default_factory=list)

    @property
    def net_sen(self) -> int:
        """What the partner owes us (negative: what we owe the partner), in MYR sen."""
        return self.cpo.amount_sen - self.emsp.amount_sen


async def settle(session: AsyncSession, partner_id: int, start: dt.datetime, end: dt.datetime) -> Settlement:
    if end <= start or end - start > dt.timedelta(days=MAX_DAYS):
        raise InvalidInput(
            f"The period must end after it starts and span at most {MAX_DAYS} days.", field="dateTo"
        )
    partner = await roaming.partner(session, partner_id)
    out = Settlement(partner=partner.name, start=start, end=end)
    await _emsp(session, partner, out)
    await _cpo(session, partner, out)
    out.lines.sort(key=lambda x: (x.direction, x.ended_at or end, x.reference))
    return out


async def _emsp(session: AsyncSession, partner: OcpiPartner, out: Settlement) -> None:
    cdrs = (
        await session.scalars(
            select(OcpiCdr)
            .where(
                OcpiCdr.partner_id == partner.id,
                OcpiCdr.end_date_time >= out.start,
                OcpiCdr.end_date_time < out.end,
            )
            .order_by(OcpiCdr.end_date_time, OcpiCdr.id)
        )
    ).all()
    with_cdr: set[int] = set()
    for c in cdrs:
        ref = f"{c.country_code}*{c.party_id}*{c.cdr_id}"
        out.lines.append(
            Line("EMSP", ref, c.end_date_time, "", c.energy_wh, c.total_sen, c.currency, c.status)
        )
        if c.currency != "MYR":
            out.mismatches.append(Mismatch("EMSP", ref, f"in {c.currency}, not added to the MYR totals"))
        elif c.status == "BILLED":  # a flagged CDR is disputed: listed, not added
            out.emsp.sessions += 1
            out.emsp.energy_wh += c.energy_wh
            out.emsp.amount_sen += c.total_sen
        if c.status != "BILLED" or c.flag:
            out.mismatches.append(Mismatch("EMSP", ref, f"{c.status}: {c.flag or 'not billed'}"))
        if c.roaming_session_id is not None:
            with_cdr.add(c.roaming_session_id)
            rs = await session.get(OcpiRoamingSession, c.roaming_session_id)
            if rs is not None and rs.body is not None:
                session_wh = int(rs.kwh * 1000)
                if abs(session_wh - c.energy_wh) > ENERGY_TOLERANCE_WH:
                    out.mismatches.append(
                        Mismatch("EMSP", ref, f"CDR {c.energy_wh} Wh, the partner's Session {session_wh} Wh")
                    )
    ended = (
        await session.scalars(
            select(OcpiRoamingSession).where(
                OcpiRoamingSession.partner_id == partner.id,
                OcpiRoamingSession.state == "COMPLETED",
                OcpiRoamingSession.last_updated >= out.start,
                OcpiRoamingSession.last_updated < out.end,
            )
        )
    ).all()
    for rs in ended:
        if rs.id not in with_cdr:
            has_cdr = await session.scalar(select(OcpiCdr.id).where(OcpiCdr.roaming_session_id == rs.id))
            if has_cdr is None:
                out.mismatches.append(
                    Mismatch("EMSP", f"session {rs.session_id or rs.id}", "completed without a CDR")
                )


async def _cpo(session: AsyncSession, partner: OcpiPartner, out: Settlement) -> None:
    rows = (
        await session.execute(
            select(ChargingSession, OcpiToken.uid, OcpiSession.cdr)
            .join(IdTag, IdTag.id_tag_key == ChargingSession.id_tag_key)
            .join(OcpiToken, OcpiToken.id_tag_id == IdTag.id)
            .outerjoin(
                OcpiSession,
                (OcpiSession.session_id == ChargingSession.id) & (OcpiSession.partner_id == partner.id),
            )
            .where(
                OcpiToken.partner_id == partner.id,
                ChargingSession.stopped_at >= out.start,
                ChargingSession.stopped_at < out.end,
            )
            .order_by(ChargingSession.stopped_at, ChargingSession.id)
        )
    ).all()
    for cs, uid, cdr in rows:
        ref = f"session {cs.id} ({uid})"
        amount = int(cs.total_cost_sen or 0)
        out.lines.append(
            Line(
                "CPO",
                ref,
                cs.stopped_at,
                f"charger {cs.charger_id}",
                int(cs.energy_wh or 0),
                amount,
                cs.currency or "MYR",
                "BILLED" if cs.billed else "NOT BILLED",
            )
        )
        out.cpo.sessions += 1
        out.cpo.energy_wh += int(cs.energy_wh or 0)
        out.cpo.amount_sen += amount
        if not cs.billed:
            out.mismatches.append(Mismatch("CPO", ref, "not billed yet"))
        elif cdr is None:
            out.mismatches.append(Mismatch("CPO", ref, "billed, but no CDR was sent to the partner"))
        else:
            problem = _cdr_differs(cdr, amount, int(cs.energy_wh or 0))
            if problem:
                out.mismatches.append(Mismatch("CPO", ref, problem))


def _cdr_differs(cdr_json: str, amount_sen: int, energy_wh: int) -> str | None:
    """How the CDR we sent differs from the bill (its total incl. tax, its energy), or None."""
    try:
        cdr = json.loads(cdr_json)
        total = round(Decimal(str(cdr["total_cost"]["incl_vat"])) * 100)
        wh = round(Decimal(str(cdr["total_energy"])) * 1000)
    except (ValueError, KeyError, TypeError, ArithmeticError):
        return "the CDR sent cannot be read"
    if total != amount_sen:
        return f"CDR total {total} sen, the bill {amount_sen} sen"
    if abs(wh - energy_wh) > ENERGY_TOLERANCE_WH:
        return f"CDR {wh} Wh, the session {energy_wh} Wh"
    return None


def _money(sen: int) -> str:
    return str((Decimal(sen) / 100).quantize(Decimal("0.01")))


def _kwh(wh: int) -> str:
    return str((Decimal(wh) / 1000).quantize(Decimal("0.001")))


def _stamp(value: dt.datetime | None) -> str:
    return "" if value is None else value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def to_csv(s: Settlement) -> str:
    """One row per session, then the totals and the mismatches (amounts in ringgit, energy in kWh)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(
        ["direction", "reference", "ended_at", "location", "energy_kwh", "amount", "currency", "status"]
    )
    for x in s.lines:
        w.writerow(
            [
                x.direction,
                x.reference,
                _stamp(x.ended_at),
                x.location,
                _kwh(x.energy_wh),
                _money(x.amount_sen),
                x.currency,
                x.status,
            ]
        )
    for name, t in (("EMSP total (we owe)", s.emsp), ("CPO total (owed to us)", s.cpo)):
        w.writerow(
            [name, f"{t.sessions} sessions", "", "", _kwh(t.energy_wh), _money(t.amount_sen), "MYR", ""]
        )
    w.writerow(["net (owed to us)", "", "", "", "", _money(s.net_sen), "MYR", ""])
    for m in s.mismatches:
        w.writerow(["mismatch", m.reference, "", "", "", "", "", f"{m.direction}: {m.problem}"])
    return buf.getvalue()


def to_pdf(s: Settlement) -> bytes:
    """The settlement as an A4 PDF: the period, the totals each way, the net, the sessions and the
    mismatches."""
    from fpdf import FPDF

    def latin(text: str) -> str:
        return text.encode("latin-1", "replace").decode("latin-1")

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 8, latin(f"Roaming settlement: {s.partner}"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 6, latin(f"Period {_stamp(s.start)} to {_stamp(s.end)} (UTC)"), new_x="LMARGIN", new_y="NEXT")
    for name, t in (
        ("Our drivers at the partner (we owe)", s.emsp),
        ("Partner's drivers at ours (owed to us)", s.cpo),
    ):
        text = f"{name}: {t.sessions} sessions, {_kwh(t.energy_wh)} kWh, RM {_money(t.amount_sen)}"
        pdf.cell(0, 6, latin(text), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 7, latin(f"Net owed to us: RM {_money(s.net_sen)}"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 8)
    for x in s.lines:
        text = (
            f"{x.direction}  {x.reference}  {_stamp(x.ended_at)}  {_kwh(x.energy_wh)} kWh  "
            f"{x.currency} {_money(x.amount_sen)}  {x.status}"
        )
        pdf.cell(0, 5, latin(text[:150]), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 7, latin(f"Mismatches: {len(s.mismatches)}"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 8)
    for m in s.mismatches:
        pdf.cell(
            0, 5, latin(f"{m.direction}  {m.reference}: {m.problem}"[:150]), new_x="LMARGIN", new_y="NEXT"
        )
    return bytes(pdf.output())
