"""What a driver reads on a receipt: the PDF and the mail show times in the platform's TIME_ZONE
(default Asia/Kuala_Lumpur) and quantities as a person writes them; a refused start that delivered no
energy costs nothing and gets no receipt. Through a real WebSocket charger, the served PDF and the
mail received by a real SMTP server."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import threading
import zlib
from decimal import Decimal
from email.header import decode_header, make_header
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from ocpp.v16 import call
from sqlalchemy import select

from api.relay import encode_id
from db.models import ChargingSession, Receipt, User
from domain import idtags, tariffs
from tests.helpers.auth import make_user
from tests.money.conftest import assert_ledger_ok, credit_wallet
from tests.ocpp.conftest import connect, register

RECEIPT = """query($id: ID!) { receipt(id: $id) { number pdfUrl lines { quantityText } } }"""
CSV = """query($from: DateTime!, $to: DateTime!) { completedSessionsCsv(from: $from, to: $to) { content } }"""
SESSIONS = """{ completedSessions(first: 20) { nodes { transactionId receiptId cost { amount } } } }"""
KL = ZoneInfo("Asia/Kuala_Lumpur")


def ts(t: dt.datetime) -> str:
    return t.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


def pdf_text(pdf: bytes) -> str:
    """The text shown by a PDF's content streams (fpdf2 writes `(text) Tj`, zlib-compressed)."""
    out: list[str] = []
    for m in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.S):
        try:
            content = zlib.decompress(m.group(1))
        except zlib.error:
            content = m.group(1)
        for t in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", content):
            raw = re.sub(rb"\\([()\\])", rb"\1", t.group(1))
            out.append(raw.decode("latin-1"))
    return "\n".join(out)


async def _tariff(server: Any) -> None:
    async with server.platform.sessionmaker() as s, s.begin():
        await tariffs.create_tariff(
            s,
            {
                "name": "Night AC",
                "price_per_kwh_sen": Decimal("8"),
                "session_fee_sen": 100,
                "tax_rate": Decimal("0.08"),
            },
            is_default=True,
        )


async def test_receipt_pdf_and_mail_in_local_time_with_plain_quantities(
    server_factory: Any, smtp_server: Any
) -> None:
    server = await server_factory(smtp_host=smtp_server.host, smtp_port=smtp_server.port, smtp_tls="none")
    await _tariff(server)
    driver, token = await make_user(server.platform)
    async with server.platform.sessionmaker() as s, s.begin():
        await idtags.add_rfid(s, driver.id, "CARDTZ01")
    await credit_wallet(server.platform, driver.id, 5000, f"tz-{driver.id}")
    key = await register(server.platform, "CP-TZ")
    # Kuala Lumpur is 8 hours ahead of UTC: a receipt in UTC shows other hours.
    t0 = (dt.datetime.now(dt.UTC) - dt.timedelta(hours=2)).replace(microsecond=0)
    t1 = t0 + dt.timedelta(minutes=30, seconds=7)
    async with connect(server.ocpp_url, "CP-TZ", key) as cp:
        await cp.call(
            call.StatusNotification(connector_id=1, error_code="NoError", status="Available"), suppress=False
        )
        st = await cp.call(
            call.StartTransaction(connector_id=1, id_tag="CARDTZ01", meter_start=500, timestamp=ts(t0)),
            suppress=False,
        )
        assert st.id_tag_info["status"] == "Accepted"
        await cp.call(
            call.StopTransaction(meter_stop=12_845, timestamp=ts(t1), transaction_id=st.transaction_id),
            suppress=False,
        )

    async with server.platform.sessionmaker() as s:
        receipt = (
            await s.execute(select(Receipt).where(Receipt.session_id == st.transaction_id))
        ).scalar_one()
    number = receipt.number
    start_local = t0.astimezone(KL).strftime("%Y-%m-%d %H:%M:%S") + " (UTC+08:00)"
    stop_local = t1.astimezone(KL).strftime("%Y-%m-%d %H:%M:%S") + " (UTC+08:00)"
    # 12.345 kWh x RM 0.08 = 98.76 sen + RM 1.00 fee = 198.76 sen; +8% = 214.66 -> RM 2.15
    expected_lines = ["12.345 kWh × RM 0.08/kWh", "1 session", "8%"]

    # The PDF, fetched through its signed link like the driver app does.
    r = await server.graphql(RECEIPT, {"id": encode_id("Receipt", receipt.id)}, token=token)
    # The API gives the same text to the apps (the driver app's receipt, the console's cost lines).
    assert [line["quantityText"] for line in r["data"]["receipt"]["lines"]] == expected_lines
    pdf = await server.http.get(r["data"]["receipt"]["pdfUrl"])
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    text = pdf_text(pdf.content)
    assert number in text
    assert start_local in text and stop_local in text, text
    assert "UTC)" not in text and " UTC" not in text, text
    for q in expected_lines:
        assert q in text, (q, text)
    assert "1.0000" not in text and "0.0800" not in text and "12.3450" not in text, text
    assert "RM 2.15" in text, text

    # The mail the driver receives, through a real SMTP server.
    msg = await smtp_server.wait_for_message(to=driver.email)
    assert number in msg["Subject"]
    parts = {
        p.get_content_type(): p.get_payload(decode=True).decode() for p in msg.walk() if not p.is_multipart()
    }
    for body in (parts["text/plain"], parts["text/html"]):
        assert start_local in body and stop_local in body, body
        for q in expected_lines:
            assert q in body, (q, body)
        assert "1.0000" not in body and "0.0800" not in body, body
        assert "RM 2.15" in body

    # The operator's CSV export writes the same instants in local time, with the offset.
    _, admin = await make_user(server.platform, role="admin")
    window = {
        "from": ts(t0 - dt.timedelta(hours=1)),
        "to": ts(dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)),
    }
    content = (await server.graphql(CSV, window, token=admin))["data"]["completedSessionsCsv"]["content"]
    row = next(csv.DictReader(io.StringIO(content)))
    assert row["receipt_number"] == number
    assert row["started_at"] == t0.astimezone(KL).isoformat(timespec="seconds")
    assert row["stopped_at"] == t1.astimezone(KL).isoformat(timespec="seconds")
    assert row["started_at"].endswith("+08:00")
    await assert_ledger_ok(server.platform)


async def test_refused_zero_energy_session_costs_nothing_and_gets_no_receipt(
    server_factory: Any, smtp_server: Any
) -> None:
    server = await server_factory(smtp_host=smtp_server.host, smtp_port=smtp_server.port, smtp_tls="none")
    await _tariff(server)
    _, admin = await make_user(server.platform, role="admin")
    broke, _ = await make_user(server.platform)
    async with server.platform.sessionmaker() as s, s.begin():
        await idtags.add_rfid(s, broke.id, "CARDBROKE")
    key = await register(server.platform, "CP-REFUSED")
    t0 = (dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5)).replace(microsecond=0)
    async with connect(server.ocpp_url, "CP-REFUSED", key) as cp:
        await cp.call(
            call.StatusNotification(connector_id=1, error_code="NoError", status="Available"), suppress=False
        )
        refused = []
        # An unknown card, and a driver's card without credit: the charger records both and stops.
        for tag in ("NOSUCHCARD", "CARDBROKE"):
            st = await cp.call(
                call.StartTransaction(connector_id=1, id_tag=tag, meter_start=700, timestamp=ts(t0)),
                suppress=False,
            )
            assert st.id_tag_info["status"] != "Accepted"
            await cp.call(
                call.StopTransaction(
                    meter_stop=700,
                    timestamp=ts(t0 + dt.timedelta(seconds=20)),
                    transaction_id=st.transaction_id,
                    reason="DeAuthorized",
                ),
                suppress=False,
            )
            refused.append(st.transaction_id)

    async with server.platform.sessionmaker() as s:
        rows = (
            (await s.execute(select(ChargingSession).where(ChargingSession.id.in_(refused)))).scalars().all()
        )
        assert [(tx.billed, tx.total_cost_sen) for tx in rows] == [(True, 0), (True, 0)]
        assert (await s.execute(select(Receipt))).scalars().all() == []
    nodes = (await server.graphql(SESSIONS, token=admin))["data"]["completedSessions"]["nodes"]
    seen = {n["transactionId"]: n for n in nodes}
    for tx_id in refused:
        assert seen[tx_id]["receiptId"] is None and seen[tx_id]["cost"]["amount"] == "0.00"
    assert not any(broke.email in (m.get("To") or "") for m in smtp_server.messages)
    await assert_ledger_ok(server.platform)


async def test_receipt_mail_in_the_drivers_language(
    server_factory: Any, smtp_server: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A driver whose profile says Bahasa Malaysia gets the receipt mail in Malay (labels, line names,
    the count of sessions), through a real charger and a real SMTP server; the numbers are the same."""
    server = await server_factory(smtp_host=smtp_server.host, smtp_port=smtp_server.port, smtp_tls="none")
    await _tariff(server)
    driver, token = await make_user(server.platform)
    async with server.platform.sessionmaker() as s, s.begin():
        await idtags.add_rfid(s, driver.id, "CARDMS01")
        (await s.get(User, driver.id)).locale = "ms"  # type: ignore[union-attr]
    await credit_wallet(server.platform, driver.id, 5000, f"ms-{driver.id}")
    key = await register(server.platform, "CP-MS")
    t0 = (dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)).replace(microsecond=0)
    async with connect(server.ocpp_url, "CP-MS", key) as cp:
        await cp.call(
            call.StatusNotification(connector_id=1, error_code="NoError", status="Available"), suppress=False
        )
        st = await cp.call(
            call.StartTransaction(connector_id=1, id_tag="CARDMS01", meter_start=500, timestamp=ts(t0)),
            suppress=False,
        )
        await cp.call(
            call.StopTransaction(
                meter_stop=12_845,
                timestamp=ts(t0 + dt.timedelta(minutes=30)),
                transaction_id=st.transaction_id,
            ),
            suppress=False,
        )
    msg = await smtp_server.wait_for_message(to=driver.email)
    subject = str(make_header(decode_header(msg["Subject"])))
    assert subject.startswith("Resit PlagSini anda PS-"), subject
    parts = {
        p.get_content_type(): p.get_payload(decode=True).decode() for p in msg.walk() if not p.is_multipart()
    }
    for body in (parts["text/plain"], parts["text/html"]):
        for malay in (
            "No. resit",
            "Pelanggan",
            "Pengecas",
            "Tenaga",
            "Yuran sesi",
            "Cukai perkhidmatan",
            "1 sesi",
            "Jumlah kecil",
            "Terima kasih kerana mengecas",
        ):
            assert malay in body, (malay, body)
        for english in ("Receipt no.", "Customer", "Session fee", "Subtotal", "1 session", "Thank you"):
            assert english not in body, (english, body)
        assert "12.345 kWh × RM 0.08/kWh" in body and "RM 2.15" in body, body
    assert parts["text/plain"].startswith("Resit pengecasan PlagSini")
    assert 'lang="ms"' in parts["text/html"]

    # The receipt's PDF, fetched through its signed link like the driver app does, is in Malay too:
    # labels, column heads, the date with its Malay month; the amounts the same.
    async with server.platform.sessionmaker() as s:
        receipt = (
            await s.execute(select(Receipt).where(Receipt.session_id == st.transaction_id))
        ).scalar_one()
    r = await server.graphql(RECEIPT, {"id": encode_id("Receipt", receipt.id)}, token=token)
    pdf = await server.http.get(r["data"]["receipt"]["pdfUrl"])
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    text = pdf_text(pdf.content)
    started = t0.astimezone(KL)
    malay_month = ("Jan", "Feb", "Mac", "Apr", "Mei", "Jun", "Jul", "Ogo", "Sep", "Okt", "Nov", "Dis")
    malay_day = f"{started.day} {malay_month[started.month - 1]} {started.year}"
    malay_start = f"{malay_day} {started:%H:%M:%S} (UTC+08:00)"
    for malay in (
        "Resit pengecasan PlagSini",
        "No. resit",
        "Pelanggan",
        "Bermula",
        "Butiran",
        "Kuantiti",
        "Amaun",
        "Yuran sesi",
        "1 sesi",
        "Jumlah kecil",
        "Dibayar daripada dompet PlagSini anda",
        malay_start,
    ):
        assert malay in text, (malay, text)
    for english in ("Receipt no.", "Customer", "Item", "Quantity", "Session fee", "Subtotal", "Paid from"):
        assert english not in text, (english, text)
    assert "12.345 kWh × RM 0.08/kWh" in text and "RM 2.15" in text, text

    # In Chinese, the PDF embeds the Chinese font installed from Debian's fonts-wqy-microhei (its text is
    # glyph ids, so the check is the embedded font and the document's language).
    async with server.platform.sessionmaker() as s, s.begin():
        (await s.get(User, driver.id)).locale = "zh"  # type: ignore[union-attr]
    # Laying out the PDF (for Chinese, embedding the font's glyphs) is CPU work that runs in a worker
    # thread: the node's event loop keeps serving chargers and clients meanwhile.
    import fpdf

    loop_thread = threading.get_ident()
    output_threads: list[int] = []
    real_output = fpdf.FPDF.output

    def recording_output(self: Any, *args: Any, **kwargs: Any) -> Any:
        output_threads.append(threading.get_ident())
        return real_output(self, *args, **kwargs)

    monkeypatch.setattr(fpdf.FPDF, "output", recording_output)
    zh = await server.http.get(r["data"]["receipt"]["pdfUrl"])
    assert zh.status_code == 200 and zh.content.startswith(b"%PDF")
    assert b"WenQuanYi" in zh.content and b"zh-Hans" in zh.content
    assert output_threads and loop_thread not in output_threads
