"""Receipts (driver), invoice summary and completed sessions with CSV export (admin)."""

from __future__ import annotations

import csv
import datetime as dt
import enum
import hashlib
import hmac
import io
import time
from decimal import Decimal
from typing import Annotated, Any

import strawberry

from api.accounts_types import Money
from api.permissions import require_admin, require_user
from api.relay import Connection, decode_id, encode_id, list_page, paginate, sort_of
from api.sessions import ChargingSession, ChargingSessionOrder, CostLine, session_node
from db.engine import read_session
from db.models import ChargingSession as SessionModel
from db.models import Receipt as ReceiptModel
from domain import list_order, receipts
from domain.localtime import iso_local
from domain.money import sen_to_ringgit
from domain.read_models import money as read_money
from domain.read_models import sessions as read_sessions

PDF_LINK_SECONDS = 3600
CSV_HEADER = [
    "session_id", "receipt_number", "charger", "connector", "user_id", "started_at", "stopped_at",
    "energy_kwh", "subtotal", "tax", "total", "currency",
]  # fmt: skip


def pdf_signature(secret: str, receipt_id: int, expires: int) -> str:
    return hmac.new(secret.encode(), f"receipt:{receipt_id}:{expires}".encode(), hashlib.sha256).hexdigest()


def pdf_url(secret: str, receipt_id: int, now: float | None = None) -> str:
    expires = int((now or time.time()) + PDF_LINK_SECONDS)
    return f"/receipts/{receipt_id}.pdf?expires={expires}&sig={pdf_signature(secret, receipt_id, expires)}"


@strawberry.type
class ReceiptLine(CostLine):
    code: str = strawberry.field(
        description="What the line is: energy, time, idle, session_fee, minimum, maximum, plan_included, "
        "reward_kwh, plan_discount, reward_discount, tax (apps name it in their language)."
    )
    raw: strawberry.Private[dict[str, Any]]
    unit_price: Decimal | None = strawberry.field(
        default=None,
        description="The price of one unit in the currency (0.8 for RM 0.80/kWh); none for fixed lines.",
    )

    @strawberry.field(
        description="The line's name in a language of the driver app (en, ms, zh; English else)."
    )
    def label(self, locale: str | None = None) -> str:
        return receipts.line_description(self.raw, locale)


@strawberry.type
class Receipt:
    id: strawberry.ID
    number: str
    issued_at: dt.datetime
    subtotal: Money
    tax: Money
    total: Money
    lines: list[ReceiptLine]
    session_id: strawberry.ID | None
    pdf_url: str = strawberry.field(description="A signed link to the PDF, valid for an hour.")

    @classmethod
    def from_model(cls, r: ReceiptModel, secret: str) -> Receipt:
        return cls(
            id=encode_id("Receipt", r.id),
            number=r.number,
            issued_at=r.issued_at,
            subtotal=Money.from_sen(r.subtotal_sen, r.currency),
            tax=Money.from_sen(r.tax_sen, r.currency),
            total=Money.from_sen(r.total_sen, r.currency),
            lines=[
                ReceiptLine.of_json(
                    line,
                    r.currency,
                    raw=dict(line),
                    unit_price=None
                    if line.get("unit_price_sen") in (None, "")
                    else Decimal(str(line["unit_price_sen"])) / 100,
                )
                for line in r.lines or []
            ],
            session_id=encode_id("ChargingSession", r.session_id) if r.session_id else None,
            pdf_url=pdf_url(secret, r.id),
        )


@strawberry.enum
class InvoiceGrouping(enum.Enum):
    DAY = "day"
    CHARGER = "charger"


@strawberry.type
class InvoiceSummaryRow:
    key: str = strawberry.field(description="The day (YYYY-MM-DD) or the charge point id.")
    sessions: int
    energy_kwh: Decimal
    revenue: Money = strawberry.field(description="Billed amount before tax.")
    tax: Money
    total: Money


@strawberry.type
class InvoiceSummary:
    rows: list[InvoiceSummaryRow]
    sessions: int
    energy_kwh: Decimal
    revenue: Money
    tax: Money
    total: Money


@strawberry.type
class CsvExport:
    filename: str
    content_type: str
    content: str


async def _completed(
    info: strawberry.Info, start: dt.datetime, end: dt.datetime
) -> list[read_sessions.Billed]:
    async with read_session(info.context.platform.sessionmaker) as s:
        return await read_sessions.billed_between(s, start, end)


def _figures(t: read_sessions.Totals) -> dict[str, Any]:
    return {
        "sessions": t.sessions,
        "energy_kwh": Decimal(t.energy_wh) / 1000,
        "revenue": Money.from_sen(t.revenue_sen),
        "tax": Money.from_sen(t.tax_sen),
        "total": Money.from_sen(t.revenue_sen + t.tax_sen),
    }


@strawberry.type
class Query:
    @strawberry.field(description="Your receipts, newest first.")
    async def my_receipts(
        self, info: strawberry.Info, first: int | None = 20, after: str | None = None
    ) -> Connection[Receipt]:
        user = await require_user(info)
        secret = info.context.platform.secret_key
        return await list_page(
            info,
            read_money.receipts_of(user.id),
            to_node=lambda r: Receipt.from_model(r, secret),
            first=first,
            after=after,
        )

    @strawberry.field(description="A receipt (yours; any, for admins).")
    async def receipt(self, info: strawberry.Info, id: strawberry.ID) -> Receipt:
        user = await require_user(info)
        async with read_session(info.context.platform.sessionmaker) as s:
            r = await receipts.get(s, decode_id(id, "Receipt"), None if user.role == "admin" else user.id)
        return Receipt.from_model(r, info.context.platform.secret_key)

    @strawberry.field(description="Admins: revenue, energy and sessions by day or charger (UTC, [from, to)).")
    async def invoice_summary(
        self,
        info: strawberry.Info,
        from_: Annotated[dt.datetime, strawberry.argument(name="from")],
        to: dt.datetime,
        group_by: InvoiceGrouping = InvoiceGrouping.DAY,
    ) -> InvoiceSummary:
        await require_admin(info)
        by_day = group_by is InvoiceGrouping.DAY
        rows, overall = read_sessions.totals(await _completed(info, from_, to), by_day=by_day)
        return InvoiceSummary(
            rows=[InvoiceSummaryRow(key=r.key, **_figures(r)) for r in rows], **_figures(overall)
        )

    @strawberry.field(
        description="Admins: completed, billed sessions for invoicing, newest first (or in `orderBy`); "
        "those that stopped in [from, to) when given."
    )
    async def completed_sessions(
        self,
        info: strawberry.Info,
        first: int | None = 20,
        after: str | None = None,
        from_: Annotated[dt.datetime | None, strawberry.argument(name="from")] = None,
        to: dt.datetime | None = None,
        order_by: ChargingSessionOrder | None = None,
    ) -> Connection[ChargingSession]:
        await require_admin(info)
        async with read_session(info.context.platform.sessionmaker) as s:
            conn = await paginate(
                s,
                read_sessions.billed(stopped_from=from_, stopped_to=to),
                key=SessionModel.id,
                to_node=lambda tx: tx,
                first=first,
                after=after,
                order=sort_of(list_order.SESSIONS, order_by),
            )
            for edge in conn.edges:
                edge.node = await session_node(s, edge.node)
        return conn  # type: ignore[return-value]

    @strawberry.field(
        description="Admins: completed sessions in [from, to) as CSV (times in the platform's TIME_ZONE)."
    )
    async def completed_sessions_csv(
        self,
        info: strawberry.Info,
        from_: Annotated[dt.datetime, strawberry.argument(name="from")],
        to: dt.datetime,
    ) -> CsvExport:
        await require_admin(info)
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(CSV_HEADER)
        tz = info.context.platform.settings.time_zone
        for b in await _completed(info, from_, to):
            tx, receipt = b.session, b.receipt
            w.writerow([
                tx.id, receipt.number if receipt else "", b.charge_point_id, tx.connector_id,
                tx.user_id or "", iso_local(tx.started_at, tz), iso_local(tx.stopped_at, tz),
                f"{Decimal(tx.energy_wh or 0) / 1000:.3f}", sen_to_ringgit(b.revenue_sen),
                sen_to_ringgit(b.tax_sen), sen_to_ringgit(tx.total_cost_sen or 0), tx.currency,
            ])  # fmt: skip
        name = f"sessions-{from_.date().isoformat()}-{to.date().isoformat()}.csv"
        return CsvExport(filename=name, content_type="text/csv", content=buf.getvalue())
