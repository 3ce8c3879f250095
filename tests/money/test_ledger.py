"""Ledger invariants under concurrency, on SQLite and MariaDB."""

from __future__ import annotations

import asyncio

import pytest

from domain import ledger
from domain.ledger import InsufficientFunds
from tests.money.conftest import MoneyDB, create_user


async def _credit(db: MoneyDB, user_id: int, amount: int, key: str) -> None:
    async def fn(s):  # type: ignore[no-untyped-def]
        wallet = await ledger.wallet_account(s, user_id)
        gateway = await ledger.system_account(s, ledger.GATEWAY)
        await ledger.post(
            s, idempotency_key=key, kind="topup", entries=[(wallet, amount), (gateway, -amount)]
        )

    await ledger.in_transaction(db.sessionmaker, fn)


async def test_100_concurrent_debits_exactly_10_succeed(money_db: MoneyDB) -> None:
    user_id = await create_user(money_db.sessionmaker)
    await _credit(money_db, user_id, 10 * 250, "seed")

    async def debit(i: int) -> bool:
        async def fn(s):  # type: ignore[no-untyped-def]
            wallet = await ledger.wallet_account(s, user_id)
            revenue = await ledger.system_account(s, ledger.REVENUE)
            tax = await ledger.system_account(s, ledger.TAX)
            await ledger.post(
                s,
                idempotency_key=f"debit:{i}",
                kind="charge",
                entries=[(wallet, -250), (revenue, 230), (tax, 20)],
            )

        try:
            await ledger.in_transaction(money_db.sessionmaker, fn)
            return True
        except InsufficientFunds:
            return False

    results = await asyncio.gather(*(debit(i) for i in range(100)))
    assert sum(results) == 10
    async with money_db.sessionmaker() as s:
        assert await ledger.wallet_balance(s, user_id) == 0
        check = await ledger.check_ledger(s)
        assert check.ok, check


async def test_same_key_posts_once(money_db: MoneyDB) -> None:
    user_id = await create_user(money_db.sessionmaker)
    await asyncio.gather(*(_credit(money_db, user_id, 500, "once") for _ in range(1)))
    for _ in range(3):
        await _credit(money_db, user_id, 500, "once")
    async with money_db.sessionmaker() as s:
        assert await ledger.wallet_balance(s, user_id) == 500
        assert (await ledger.check_ledger(s)).ok


async def test_unbalanced_posting_is_refused(money_db: MoneyDB) -> None:
    user_id = await create_user(money_db.sessionmaker)

    async def fn(s):  # type: ignore[no-untyped-def]
        wallet = await ledger.wallet_account(s, user_id)
        gateway = await ledger.system_account(s, ledger.GATEWAY)
        await ledger.post(s, idempotency_key="bad", kind="topup", entries=[(wallet, 100), (gateway, -99)])

    with pytest.raises(ledger.UnbalancedPosting):
        await ledger.in_transaction(money_db.sessionmaker, fn)
