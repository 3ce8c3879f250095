"""The console's roaming settlement in Chromium: a partner and a period, the totals both ways and the
net, what does not reconcile against the CDRs, and the CSV and PDF downloads."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from pathlib import Path
from typing import Any

from db.models import OcpiCdr, OcpiPartner
from tests.helpers.auth import make_user

from .test_admin_spa import login, new_page


async def test_settlement_page_shows_totals_mismatches_and_downloads(
    server: Any, browser: Any, artifacts: Path
) -> None:
    driver, _ = await make_user(server.platform)
    ended = dt.datetime(2026, 11, 20, 10, tzinfo=dt.UTC)
    async with server.platform.sessionmaker() as s, s.begin():
        partner = OcpiPartner(
            name="JomCharge",
            state="REGISTERED",
            country_code="MY",
            party_id="JOM",
            roles=json.dumps([{"role": "CPO", "country_code": "MY", "party_id": "JOM"}]),
        )
        s.add(partner)
        await s.flush()
        for cdr_id, status, flag, user in (
            ("C-1", "BILLED", None, driver.id),
            ("C-2", "FLAGGED", "a credit CDR: refund it by hand", driver.id),
        ):
            s.add(
                OcpiCdr(
                    partner_id=partner.id,
                    country_code="MY",
                    party_id="JOM",
                    cdr_id=cdr_id,
                    user_id=user,
                    energy_wh=12345,
                    total_sen=1650,
                    tax_sen=122,
                    currency="MYR",
                    end_date_time=ended,
                    status=status,
                    flag=flag,
                    body="{}",
                )
            )

    ctx, page, console = await new_page(browser)
    await login(page, server.http_url)
    # The settlement is reached from the roaming partners' page.
    await page.goto(f"{server.http_url}/admin/roaming")
    await page.click("[data-testid=roaming-settlement-link]")
    await page.wait_for_url("**/admin/roaming-settlement")
    await page.locator("[data-testid=settlement-partner]").wait_for(timeout=15000)
    await page.fill("[data-testid=settlement-from]", "2026-11-01")
    await page.fill("[data-testid=settlement-to]", "2026-12-01")
    totals = page.locator("[data-testid=settlement-totals]")
    # The page shows the default period's totals first; wait for the chosen period's.
    await totals.filter(has_text="1 sessions").wait_for(timeout=15000)
    text = " ".join((await totals.inner_text()).replace("\u00a0", " ").split())
    assert "Our drivers at JomCharge (we owe) MYR 16.50 1 sessions · 12.345 kWh" in text, text
    assert "MYR -16.50" in (await page.locator("[data-testid=settlement-net]").inner_text()).replace(
        "\u00a0", " "
    )
    mismatch = page.locator("[data-testid=settlement-mismatch]")
    texts = {" ".join(t.split()) for t in await mismatch.all_inner_texts()}
    assert texts == {"FLAGGED: a credit CDR: refund it by hand"}, texts
    await page.screenshot(path=str(artifacts / "roaming-settlement.png"), full_page=True)

    async with page.expect_download() as csv_download:
        await page.click("[data-testid=settlement-csv]")
    csv_path = await (await csv_download.value).path()
    csv_text = await asyncio.to_thread(Path(csv_path).read_text)
    assert csv_text.startswith("direction,reference,ended_at") and "MY*JOM*C-1" in csv_text
    async with page.expect_download() as pdf_download:
        await page.click("[data-testid=settlement-pdf]")
    pdf = await asyncio.to_thread(Path(await (await pdf_download.value).path()).read_bytes)
    assert pdf.startswith(b"%PDF")
    await asyncio.to_thread((artifacts / "roaming-settlement.pdf").write_bytes, pdf)
    assert not console.errors, console.errors
    await ctx.close()
