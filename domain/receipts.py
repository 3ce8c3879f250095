"""Receipts: a gapless number per year, issued in the billing transaction, rendered as PDF (fpdf2).

The number comes from ``receipt_counters`` (one row per year) incremented by a relative UPDATE in the
same transaction that bills the session: if billing rolls back, so does the number, so there are no
gaps; concurrent billings queue on the counter row (MariaDB row lock, SQLite BEGIN IMMEDIATE).
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import Charger, ChargingSession, Receipt, ReceiptCounter, User, utcnow
from domain import mail
from domain.errors import NotFound
from domain.localtime import DEFAULT_TIME_ZONE, format_local, plain_number, quantity_text
from domain.mail import Mail
from domain.money import format_sen

PREFIX = "PS"


async def next_number(session: AsyncSession, year: int) -> int:
    """The next receipt sequence number for ``year`` (gapless; call inside the billing transaction)."""
    for _ in range(3):
        bumped = await session.execute(
            update(ReceiptCounter)
            .where(ReceiptCounter.year == year)
            .values(last_number=ReceiptCounter.last_number + 1)
            .execution_options(synchronize_session=False)
        )
        if bumped.rowcount == 1:  # type: ignore[attr-defined]
            value = (
                await session.execute(select(ReceiptCounter.last_number).where(ReceiptCounter.year == year))
            ).scalar_one()
            return int(value)
        try:
            async with session.begin_nested():
                session.add(ReceiptCounter(year=year, last_number=1))
                await session.flush()
            return 1
        except IntegrityError:
            continue  # another transaction created the year's row: bump it instead
    raise RuntimeError("could not allocate a receipt number")


def due(energy_wh: int, total_sen: int) -> bool:
    """Whether a billed session gets a receipt: not when it delivered nothing and cost nothing (a start
    the platform or the charger refused, a plug-in that never charged)."""
    return energy_wh > 0 or total_sen != 0


def format_number(year: int, seq: int) -> str:
    return f"{PREFIX}-{year}-{seq:06d}"


async def issue(
    session: AsyncSession,
    *,
    charging_session: ChargingSession | None,
    lines: list[dict[str, Any]],
    subtotal_sen: int,
    tax_sen: int,
    total_sen: int,
    currency: str,
    issued_at: dt.datetime | None = None,
    user_id: int | None = None,
) -> Receipt:
    """The receipt of a charging session (issued once), or, without one, of a driver's (`user_id`)
    charge billed elsewhere (a session at a roaming partner's charger; its caller issues it once)."""
    if charging_session is not None:
        existing = (
            await session.execute(select(Receipt).where(Receipt.session_id == charging_session.id))
        ).scalar_one_or_none()
        if existing is not None:
            return existing
    issued_at = issued_at or utcnow()
    seq = await next_number(session, issued_at.year)
    receipt = Receipt(
        year=issued_at.year,
        seq=seq,
        number=format_number(issued_at.year, seq),
        session_id=None if charging_session is None else charging_session.id,
        user_id=user_id if charging_session is None else charging_session.user_id,
        lines=lines,
        subtotal_sen=subtotal_sen,
        tax_sen=tax_sen,
        total_sen=total_sen,
        currency=currency,
        issued_at=issued_at,
    )
    session.add(receipt)
    await session.flush()
    return receipt


async def get(session: AsyncSession, receipt_id: int, user_id: int | None = None) -> Receipt:
    receipt = await session.get(Receipt, receipt_id)
    if receipt is None or (user_id is not None and receipt.user_id != user_id):
        raise NotFound("Receipt not found.")
    return receipt


def _latin1(text: str) -> str:
    return text.encode("latin-1", "replace").decode("latin-1")


@dataclass(frozen=True)
class ReceiptView:
    """What a receipt says, as a person reads it (local times, plain quantities): for its PDF and mail."""

    number: str
    customer: str
    meta: list[tuple[str, str]]
    #: (description, quantity text, amount text) per line.
    lines: list[tuple[str, str, str]]
    totals: list[tuple[str, str]]


#: Lines named by their code in every language: their billed text ("Service tax 8%") only repeats the
#: quantity shown beside it ("8%").
NAMED_BY_CODE = frozenset({"tax"})


def line_description(line: dict[str, Any], locale: str | None) -> str:
    """A receipt line's description in `locale`: English keeps the billed text (with its plan name or
    grace period) except for the lines `NAMED_BY_CODE`; other languages name the line by its code (the
    stored text when the code is unknown)."""
    loc = mail.locale_or_default(locale)
    key = f"receipt.line.{line.get('code', '')}"
    if line.get("code") in NAMED_BY_CODE and key in mail.TEXTS[loc]:
        return mail.text(loc, key)
    if loc == mail.DEFAULT_LOCALE or key not in mail.TEXTS[loc]:
        return str(line.get("description", ""))
    return mail.text(loc, key)


def line_quantity(line: dict[str, Any], currency: str, locale: str | None) -> str:
    """A receipt line's quantity as a person writes it, the count of sessions in `locale`'s words."""
    if str(line.get("unit") or "") == "session" and mail.locale_or_default(locale) != mail.DEFAULT_LOCALE:
        return mail.text(
            locale, "receipt.sessions", n=plain_number(Decimal(str(line.get("quantity") or 0)), max_places=0)
        )
    return quantity_text(line, currency)


async def view(
    session: AsyncSession, receipt: Receipt, *, tz: str = DEFAULT_TIME_ZONE, locale: str | None = None
) -> ReceiptView:
    """The receipt's text in `locale` (English by default), times in the zone `tz` (the TIME_ZONE setting)."""
    cs = await session.get(ChargingSession, receipt.session_id) if receipt.session_id else None
    charger = await session.get(Charger, cs.charger_id) if cs is not None else None
    user = await session.get(User, receipt.user_id) if receipt.user_id else None
    customer = (user.name or user.email or "") if user else "-"

    def label(key: str) -> str:
        return mail.text(locale, f"receipt.{key}")

    meta = [
        (label("meta.number"), receipt.number),
        (label("meta.issued"), format_local(receipt.issued_at, tz, locale=locale)),
        (label("meta.customer"), customer),
    ]
    if cs is not None:
        meta += [
            (label("meta.session"), str(cs.id)),
            (
                label("meta.charger"),
                (charger.name or charger.charge_point_id) if charger else str(cs.charger_id),
            ),
            (label("meta.connector"), str(cs.connector_id)),
            (label("meta.started"), format_local(cs.started_at, tz, seconds=True, locale=locale)),
            (label("meta.stopped"), format_local(cs.stopped_at, tz, seconds=True, locale=locale)),
            (label("meta.energy"), f"{plain_number(Decimal(cs.energy_wh or 0) / 1000)} kWh"),
        ]
    lines = [
        (
            line_description(line, locale),
            line_quantity(line, receipt.currency, locale),
            format_sen(int(line.get("amount_sen", 0)), receipt.currency),
        )
        for line in receipt.lines or []
    ]
    totals = [
        (label("subtotal"), format_sen(receipt.subtotal_sen, receipt.currency)),
        (label("tax"), format_sen(receipt.tax_sen, receipt.currency)),
        (label("total"), format_sen(receipt.total_sen, receipt.currency)),
    ]
    return ReceiptView(number=receipt.number, customer=customer, meta=meta, lines=lines, totals=totals)


#: The font of Chinese receipts: WenQuanYi Micro Hei, from the Debian package fonts-wqy-microhei
#: (scripts/install_services.sh installs it). fpdf2 embeds the glyphs a receipt uses. Where the file
#: is missing, a Chinese receipt's PDF is written in English (its mail is in Chinese all the same).
CJK_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")


def pdf_locale(locale: str | None) -> str:
    """The language a receipt's PDF is written in: the driver's, except Chinese without its font."""
    loc = mail.locale_or_default(locale)
    if loc == "zh" and not CJK_FONT.is_file():
        return mail.DEFAULT_LOCALE
    return loc


async def render_pdf(session: AsyncSession, receipt: Receipt, *, tz: str = DEFAULT_TIME_ZONE) -> bytes:
    """The receipt as a PDF document in its driver's language (`users.locale`), times in the zone `tz`.

    The layout (and, for Chinese, embedding the CJK font's glyphs) takes tens of milliseconds of CPU:
    it runs in a worker thread, so the node's event loop keeps serving chargers and clients."""
    user = await session.get(User, receipt.user_id) if receipt.user_id else None
    loc = pdf_locale(user.locale if user else None)
    v = await view(session, receipt, tz=tz, locale=loc)
    return await asyncio.to_thread(_layout_pdf, v, loc)


def _layout_pdf(v: ReceiptView, loc: str) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    if loc == "zh":
        # One face: the PDF's bold and italic are the regular glyphs (the font has no other style).
        for style in ("", "B", "I"):
            pdf.add_font("cjk", style, str(CJK_FONT))
    family = "cjk" if loc == "zh" else "Helvetica"
    # The core font Helvetica writes Latin-1 only; the embedded Chinese font writes any text.
    enc: Callable[[str], str] = str if loc == "zh" else _latin1

    def t(key: str, **params: object) -> str:
        return enc(mail.text(loc, key, **params))

    pdf.set_title(t("receipt.pdf.title", number=v.number))
    pdf.set_author(mail.BRAND)
    pdf.set_lang({"zh": "zh-Hans"}.get(loc, loc))
    pdf.add_page()
    pdf.set_font(family, "B", 20)
    pdf.cell(0, 12, mail.BRAND, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, "", 11)
    pdf.cell(0, 7, t("receipt.heading"), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for label, value in v.meta:
        pdf.set_font(family, "B", 10)
        pdf.cell(40, 6, enc(label))
        pdf.set_font(family, "", 10)
        pdf.cell(0, 6, enc(value), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font(family, "B", 10)
    pdf.cell(95, 7, t("receipt.pdf.item"), border="B")
    pdf.cell(55, 7, t("receipt.pdf.quantity"), border="B", align="R")
    pdf.cell(0, 7, t("receipt.pdf.amount"), border="B", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, "", 10)
    for description, qty_text, amount in v.lines:
        pdf.cell(95, 7, enc(description))
        pdf.cell(55, 7, enc(qty_text), align="R")
        pdf.cell(0, 7, enc(amount), align="R")
        pdf.ln(7)
    pdf.ln(2)
    for label, amount in v.totals:
        bold = label == v.totals[-1][0]
        pdf.set_font(family, "B" if bold else "", 11 if bold else 10)
        pdf.cell(150, 7, enc(label), align="R")
        pdf.cell(0, 7, enc(amount), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font(family, "I", 8)
    pdf.multi_cell(0, 5, t("receipt.pdf.paid"))
    return bytes(pdf.output())


async def receipt_mail(session: AsyncSession, receipt: Receipt, time_zone: str) -> Mail | None:
    """The mail of a receipt to its driver, in the driver's language (None: no driver with an address)."""
    user = await session.get(User, receipt.user_id) if receipt.user_id else None
    if user is None or not user.email:
        return None
    v = await view(session, receipt, tz=time_zone, locale=user.locale)
    return mail.receipt_mail(user.email, v, user.locale)
