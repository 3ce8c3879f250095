"""The money housekeeping every node runs (plagsini.runtime): platform-bound sessions, due
memberships renewed, expired reservations closed, and a failing job logged without stopping the loop."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from typing import Any

import pytest
from sqlalchemy import select, update

from db.models import Charger, Membership, Reservation, utcnow
from domain import ledger, memberships
from domain.uow import UnitOfWork
from plagsini.platform import Platform
from tests.helpers.auth import make_user
from tests.money.conftest import assert_ledger_ok, credit_wallet


async def _rounds(hk: Any, n: int) -> None:
    """Wait (bounded) until the housekeeping has completed `n` more full rounds."""
    target = hk.rounds + n
    async with asyncio.timeout(10):
        while hk.rounds < target:
            hk.ran.clear()
            await hk.ran.wait()


async def test_housekeeping_renews_expires_and_survives_failures(
    server_factory: Any, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    server = await server_factory(housekeeping_interval=0.05)
    platform: Platform = server.platform
    hk = platform.money_housekeeping
    assert hk is not None
    assert hk.interval == 0.05
    async with platform.sessionmaker() as s:
        # The platform's sessions deliver their effects to it (no attaching step at start-up).
        assert isinstance(s, UnitOfWork) and s.outlets is platform

    driver, _token = await make_user(platform)
    await credit_wallet(platform, driver.id, 5000, "hk")
    async with platform.sessionmaker() as s, s.begin():
        plan = await memberships.create_plan(s, {"name": "Monthly", "monthly_price_sen": 1000})
        m = await memberships.subscribe(s, driver.id, plan.id, idempotency_key="hk")
        mid = m.id
        charger = Charger(charge_point_id="CP-HK", approved=True, registration_status="Accepted")
        s.add(charger)
        await s.flush()
        r = Reservation(
            charger_id=charger.id,
            connector_id=1,
            user_id=driver.id,
            id_tag="HKTAG",
            expires_at=utcnow() - dt.timedelta(minutes=1),
            status="Accepted",
            fee_sen=0,
        )
        s.add(r)
        await s.flush()
        rid = r.id

    # A failing job is logged; the other jobs still run and the loop goes on.
    async def broken(_platform: Any) -> None:
        raise RuntimeError("renewals are down")

    monkeypatch.setattr(memberships, "renew_due", broken)
    await _rounds(hk, 2)  # the second of these rounds started after the patch
    # The period ends (as if a month had passed).
    async with platform.sessionmaker() as s, s.begin():
        now = utcnow()
        await s.execute(
            update(Membership)
            .where(Membership.id == mid)
            .values(period_start=now - dt.timedelta(days=31), period_end=now - dt.timedelta(minutes=1))
        )
    with caplog.at_level(logging.ERROR, logger="plagsini.runtime"):
        await _rounds(hk, 2)
    assert any("renew memberships failed" in rec.getMessage() for rec in caplog.records)
    assert hk.task is not None and not hk.task.done()
    async with platform.sessionmaker() as s:
        assert (await s.get(Reservation, rid)).status == "Expired"  # type: ignore[union-attr]
        assert await ledger.wallet_balance(s, driver.id) == 4000

    monkeypatch.undo()
    await _rounds(hk, 2)
    async with platform.sessionmaker() as s:
        renewed = (await s.execute(select(Membership).where(Membership.id == mid))).scalar_one()
        assert renewed.status == "active" and renewed.period_end > utcnow()
        assert await ledger.wallet_balance(s, driver.id) == 3000  # charged once for the new month
    await _rounds(hk, 2)
    async with platform.sessionmaker() as s:
        assert await ledger.wallet_balance(s, driver.id) == 3000
    await assert_ledger_ok(platform)


async def test_stop_services_cancels_the_housekeeping(server_factory: Any) -> None:
    from plagsini.runtime import stop_services

    server = await server_factory(housekeeping_interval=0.05)
    hk = server.platform.money_housekeeping
    await _rounds(hk, 1)
    task = hk.task
    await stop_services(server.platform)
    assert task.done() and server.platform.money_housekeeping is None
