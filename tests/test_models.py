"""Constraints that guard correctness live in the schema: checked on SQLite and MariaDB."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from db.models import (
    Charger,
    ChargingSession,
    Connector,
    LedgerAccount,
    LedgerEntry,
    LedgerPosting,
    Payment,
    PaymentGatewayEvent,
    Receipt,
    RewardItem,
    RewardPointMovement,
    Tariff,
    User,
    is_constraint_violation,
    utcnow,
)


async def _add(sm: async_sessionmaker[AsyncSession], *objs: Any) -> None:
    async with sm() as s, s.begin():
        s.add_all(objs)


async def _rejected(sm: async_sessionmaker[AsyncSession], *objs: Any) -> None:
    with pytest.raises(DBAPIError) as e:
        await _add(sm, *objs)
    assert is_constraint_violation(e.value), e.value


async def _user(sm: async_sessionmaker[AsyncSession], email: str = "d@example.com") -> User:
    u = User(email=email, name="Driver", password_hash="x")
    await _add(sm, u)
    return u


async def _charger(sm: async_sessionmaker[AsyncSession], cp: str = "CP-1") -> Charger:
    c = Charger(charge_point_id=cp, security_profile=1)
    await _add(sm, c)
    return c


async def test_duplicate_start_transaction_rejected_and_ids_assigned(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    charger = await _charger(sessions)
    start = dt.datetime(2025, 1, 2, 3, 4, 5, 123456, tzinfo=dt.UTC)

    def tx(meter_start: int = 1000) -> ChargingSession:
        return ChargingSession(
            charger_id=charger.id, connector_id=1, id_tag="TAG1", started_at=start, meter_start=meter_start
        )

    first, second = tx(1000), tx(2000)
    await _add(sessions, first)
    await _add(sessions, second)
    assert isinstance(first.id, int) and first.id > 0
    assert second.id > first.id
    assert first.transaction_id == first.id
    await _rejected(sessions, tx(1000))

    async with sessions() as s:
        got = (await s.execute(select(ChargingSession).where(ChargingSession.id == first.id))).scalar_one()
        # Timestamps come back aware, in UTC, to the microsecond.
        assert got.started_at == start and got.started_at.tzinfo is not None
        assert got.status == "Active" and got.billed is False


async def test_connector_unique_per_charger(sessions: async_sessionmaker[AsyncSession]) -> None:
    charger = await _charger(sessions)
    await _add(sessions, Connector(charger_id=charger.id, connector_id=1, connector_type="CCS2"))
    await _rejected(sessions, Connector(charger_id=charger.id, connector_id=1))
    await _rejected(sessions, Connector(charger_id=charger.id, connector_id=2, status="Sleeping"))
    await _rejected(sessions, Connector(charger_id=charger.id, connector_id=3, connector_type="Schuko"))


async def test_charger_checks(sessions: async_sessionmaker[AsyncSession]) -> None:
    await _rejected(sessions, Charger(charge_point_id="CP-X", security_profile=4))
    await _rejected(sessions, Charger(charge_point_id="CP-Y", registration_status="Maybe"))
    await _charger(sessions, "CP-Z")
    await _rejected(sessions, Charger(charge_point_id="CP-Z"))


async def test_ledger_posting_idempotency_key_unique(sessions: async_sessionmaker[AsyncSession]) -> None:
    user = await _user(sessions)
    wallet = LedgerAccount(code=f"wallet:{user.id}", kind="driver_wallet", user_id=user.id)
    clearing = LedgerAccount(code="gateway_clearing", kind="gateway_clearing")
    await _add(sessions, wallet, clearing)

    def posting() -> LedgerPosting:
        p = LedgerPosting(idempotency_key="topup:1", kind="topup")
        p.entries = [
            LedgerEntry(account_id=wallet.id, amount_sen=500),
            LedgerEntry(account_id=clearing.id, amount_sen=-500),
        ]
        return p

    await _add(sessions, posting())
    await _rejected(sessions, posting())
    await _rejected(sessions, LedgerAccount(code="x", kind="piggy_bank"))
    zero = LedgerPosting(idempotency_key="zero", kind="adjustment")
    zero.entries = [LedgerEntry(account_id=wallet.id, amount_sen=0)]
    await _rejected(sessions, zero)


async def test_topup_idempotency_and_amount(sessions: async_sessionmaker[AsyncSession]) -> None:
    a = await _user(sessions, "a@example.com")
    b = await _user(sessions, "b@example.com")

    def topup(user: User, key: str = "k1", amount: int = 1000) -> Payment:
        return Payment(
            user_id=user.id, amount_sen=amount, method="fpx", provider="sandbox", idempotency_key=key
        )

    await _add(sessions, topup(a))
    await _add(sessions, topup(b))  # same key, other user: fine
    await _rejected(sessions, topup(a))
    await _rejected(sessions, topup(a, "k2", 0))
    await _rejected(sessions, topup(a, "k3", -5))

    await _add(sessions, PaymentGatewayEvent(event_id="evt_1", provider="sandbox", signature_ok=True))
    await _rejected(sessions, PaymentGatewayEvent(event_id="evt_1", provider="sandbox"))


async def test_rewards_points_and_stock_never_negative(sessions: async_sessionmaker[AsyncSession]) -> None:
    user = await _user(sessions)
    await _rejected(sessions, RewardItem(name="Mug", points=100, kind="merch", stock=-1))
    await _add(
        sessions, RewardItem(name="Free kWh", points=100, kind="free_kwh", value=Decimal("5"), stock=0)
    )
    await _add(
        sessions, RewardPointMovement(user_id=user.id, points=50, reason="session", idempotency_key="pts:1")
    )
    await _rejected(
        sessions, RewardPointMovement(user_id=user.id, points=50, reason="session", idempotency_key="pts:1")
    )
    async with sessions() as s, s.begin():
        u = await s.get(User, user.id)
        assert u is not None
        u.points_balance = -1
        with pytest.raises(DBAPIError) as e:
            await s.flush()
        assert is_constraint_violation(e.value)


async def test_receipt_numbers_unique_per_year(sessions: async_sessionmaker[AsyncSession]) -> None:
    def receipt(year: int, seq: int) -> Receipt:
        return Receipt(
            year=year, seq=seq, number=f"PS-{year}-{seq:06d}", lines=[], subtotal_sen=100, total_sen=108
        )

    await _add(sessions, receipt(2025, 1), receipt(2026, 1))
    await _rejected(
        sessions, Receipt(year=2025, seq=1, number="other", lines=[], subtotal_sen=1, total_sen=1)
    )


async def test_tariff_sub_sen_prices(sessions: async_sessionmaker[AsyncSession]) -> None:
    t = Tariff(
        name="Default", is_default=True, price_per_kwh_sen=Decimal("85.5025"), tax_rate=Decimal("0.08")
    )
    await _add(sessions, t)
    async with sessions() as s:
        got = await s.get(Tariff, t.id)
        assert got is not None
        assert got.price_per_kwh_sen == Decimal("85.5025")
        assert got.tax_rate == Decimal("0.0800")
        assert got.created_at <= utcnow()
    await _rejected(sessions, Tariff(name="Bad", tax_rate=Decimal("1.5")))
