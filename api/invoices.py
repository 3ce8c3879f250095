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
from typing import Annotated

import strawberry

from api.accounts_types import Money
from api.permissions import require_admin, require_user
from api.relay import Connection, decode_id, encode_id, paginate, sort_of
from api.sessions import ChargingSession, ChargingSessionOrder, session_node
from db.models import ChargingSession as SessionModel
from db.models import Receipt as ReceiptModel
from domain import list_order, receipts
from domain.localtime import iso_local, quantity_text
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
class ReceiptLine:
    description: str
    quantity: Decimal
    unit: str
    amount: Money
    quantity_text: str = strawberry.field(
        description="The quantity as a person writes it: '12.345 kWh × RM 0.80/kWh', '1 session', '8%'."
    )


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
                ReceiptLine(
                    description=line["description"],
                    quantity=Decimal(line["quantity"]),
                    unit=line["unit"],
                    amount=Money.from_sen(int(line["amount_sen"]), r.currency),
                    quantity_text=quantity_text(line, r.currency),
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
) -> list[tuple[SessionModel, str, ReceiptModel | None]]:
    async with info.context.platform.sessionmaker() as s:
        return await read_sessions.billed_between(s, start, end)


@strawberry.type
class Query:
    @strawberry.field(description="Your receipts, newest first.")
    async def my_receipts(
        self, info: strawberry.Info, first: int | None = 20, after: str | None = None
    ) -> Connection[Receipt]:
        user = await require_user(info)
        secret = info.context.platform.secret_key
        async with info.context.platform.sessionmaker() as s:
            return await paginate(
                s,
                read_money.receipts_of(user.id),
                key=ReceiptModel.id,
                to_node=lambda r: Receipt.from_model(r, secret),
                first=first,
                after=after,
            )

    @strawberry.field(description="A receipt (yours; any, for admins).")
    async def receipt(self, info: strawberry.Info, id: strawberry.ID) -> Receipt:
        user = await require_user(info)
        async with info.context.platform.sessionmaker() as s:
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
        groups: dict[str, list[int]] = {}
        for tx, cpid, receipt in await _completed(info, from_, to):
            key = (
                tx.stopped_at.date().isoformat()
                if group_by is InvoiceGrouping.DAY and tx.stopped_at
                else cpid
            )
            g = groups.setdefault(key, [0, 0, 0, 0])
            g[0] += 1
            g[1] += tx.energy_wh or 0
            g[2] += receipt.subtotal_sen if receipt else (tx.total_cost_sen or 0)
            g[3] += receipt.tax_sen if receipt else 0
        rows = [
            InvoiceSummaryRow(
                key=k,
                sessions=v[0],
                energy_kwh=Decimal(v[1]) / 1000,
                revenue=Money.from_sen(v[2]),
                tax=Money.from_sen(v[3]),
                total=Money.from_sen(v[2] + v[3]),
            )
            for k, v in sorted(groups.items())
        ]
        t = [sum(v[i] for v in groups.values()) for i in range(4)]
        return InvoiceSummary(
            rows=rows,
            sessions=t[0],
            energy_kwh=Decimal(t[1]) / 1000,
            revenue=Money.from_sen(t[2]),
            tax=Money.from_sen(t[3]),
            total=Money.from_sen(t[2] + t[3]),
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
        async with info.context.platform.sessionmaker() as s:
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
        for tx, cpid, receipt in await _completed(info, from_, to):
            total = tx.total_cost_sen or 0
            sub = receipt.subtotal_sen if receipt else total
            tax = receipt.tax_sen if receipt else 0
            w.writerow([
                tx.id, receipt.number if receipt else "", cpid, tx.connector_id, tx.user_id or "",
                iso_local(tx.started_at, tz), iso_local(tx.stopped_at, tz),
                f"{Decimal(tx.energy_wh or 0) / 1000:.3f}", sen_to_ringgit(sub), sen_to_ringgit(tax),
                sen_to_ringgit(total), tx.currency,
            ])  # fmt: skip
        name = f"sessions-{from_.date().isoformat()}-{to.date().isoformat()}.csv"
        return CsvExport(filename=name, content_type="text/csv", content=buf.getvalue())
