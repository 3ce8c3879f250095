"""The wallet ledger: double-entry postings over accounts, with cached balances.

Rules
- A posting is a set of entries whose signed amounts sum to zero. Its ``idempotency_key`` is UNIQUE:
  posting twice with one key returns the first posting and moves no money.
- ``ledger_accounts.balance_sen`` caches the sum of the account's entries. It is only ever changed by
  a relative ``UPDATE ... SET balance_sen = balance_sen + :delta`` in the same transaction that inserts
  the entries, so it cannot disagree with them.
- Driver wallets never go below zero: the debit is a conditional
  ``UPDATE ... WHERE balance_sen + :delta >= 0``. On MariaDB the UPDATE takes the row lock and
  re-reads the committed balance; on SQLite every transaction starts with BEGIN IMMEDIATE. Either way
  concurrent debits from several processes serialise on the database, never on process memory.
- Accounts are locked in id order, so two postings never deadlock on each other.

Sign convention: a positive entry increases the account's balance. A top-up is
``wallet +X, gateway_clearing -X``; a charge is ``wallet -T, revenue +net, tax +tax``. A driver's
unpaid remainder sits on their ``debt:<user_id>`` account as a negative balance (what they owe).
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from sqlalchemy import func, select, update
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from db.models import LedgerAccount, LedgerEntry, LedgerPosting, utcnow
from domain import events
from domain.errors import Conflict, DomainError, InvalidInput
from domain.ports import EventPublisher
from domain.uow import unit_of

T = TypeVar("T")

# System accounts: code → kind.
REVENUE = "revenue"
TAX = "tax"
GATEWAY = "gateway"
REWARDS = "rewards"
MEMBERSHIP_REVENUE = "membership_revenue"
RESERVATION_REVENUE = "reservation_revenue"
REFUNDS = "refunds"
ADJUSTMENTS = "adjustments"
SYSTEM_ACCOUNTS: dict[str, str] = {
    REVENUE: "platform_revenue",
    TAX: "tax_payable",
    GATEWAY: "gateway_clearing",
    REWARDS: "rewards_liability",
    MEMBERSHIP_REVENUE: "membership_revenue",
    RESERVATION_REVENUE: "reservation_revenue",
    REFUNDS: "refunds",
    ADJUSTMENTS: "adjustments",
}
#: Kinds whose balance may never be negative.
NON_NEGATIVE_KINDS = frozenset({"driver_wallet"})


class InsufficientFunds(DomainError):
    code = "INSUFFICIENT_FUNDS"
    default_message = "The wallet balance is too low."


class IdempotencyConflict(Conflict):
    code = "IDEMPOTENCY_CONFLICT"
    default_message = "This idempotency key was already used for a different request."


class UnbalancedPosting(ValueError):
    """Entries of one posting do not sum to zero (a programming error, never a user error)."""


def wallet_code(user_id: int) -> str:
    return f"wallet:{user_id}"


def debt_code(user_id: int) -> str:
    return f"debt:{user_id}"


@dataclass
class PostingResult:
    posting: LedgerPosting
    created: bool
    #: Balance after the posting for each account id touched (only when created).
    balances: dict[int, int] = field(default_factory=dict)
    #: Net movement per account id (only when created).
    deltas: dict[int, int] = field(default_factory=dict)


@dataclass
class WalletChange:
    """A wallet movement to announce on the bus once the transaction has committed."""

    user_id: int
    balance_sen: int
    posting_id: int
    amount_sen: int
    kind: str


# ----------------------------------------------------------------------------------------- accounts


async def get_account(session: AsyncSession, code: str) -> LedgerAccount | None:
    return (
        await session.execute(select(LedgerAccount).where(LedgerAccount.code == code))
    ).scalar_one_or_none()


async def ensure_account(
    session: AsyncSession, code: str, kind: str, *, user_id: int | None = None, currency: str = "MYR"
) -> LedgerAccount:
    """The account with ``code``, created when missing (safe against concurrent creators)."""
    account = await get_account(session, code)
    if account is not None:
        return account
    try:
        async with session.begin_nested():
            account = LedgerAccount(code=code, kind=kind, user_id=user_id, currency=currency, balance_sen=0)
            session.add(account)
            await session.flush()
        return account
    except IntegrityError:
        account = await get_account(session, code)
        if account is None:
            raise
        return account


async def system_account(session: AsyncSession, code: str) -> LedgerAccount:
    return await ensure_account(session, code, SYSTEM_ACCOUNTS[code])


async def wallet_account(session: AsyncSession, user_id: int) -> LedgerAccount:
    return await ensure_account(session, wallet_code(user_id), "driver_wallet", user_id=user_id)


async def debt_account(session: AsyncSession, user_id: int) -> LedgerAccount:
    return await ensure_account(session, debt_code(user_id), "debts", user_id=user_id)


async def balance_of(session: AsyncSession, code: str) -> int:
    value = (
        await session.execute(select(LedgerAccount.balance_sen).where(LedgerAccount.code == code))
    ).scalar_one_or_none()
    return int(value or 0)


async def wallet_balance(session: AsyncSession, user_id: int) -> int:
    return await balance_of(session, wallet_code(user_id))


async def debt_owed(session: AsyncSession, user_id: int) -> int:
    """What the driver owes (a positive number of sen, 0 when nothing)."""
    return max(0, -(await balance_of(session, debt_code(user_id))))


# ----------------------------------------------------------------------------------------- postings


async def find_posting(session: AsyncSession, idempotency_key: str) -> LedgerPosting | None:
    return (
        await session.execute(select(LedgerPosting).where(LedgerPosting.idempotency_key == idempotency_key))
    ).scalar_one_or_none()


async def post(
    session: AsyncSession,
    *,
    idempotency_key: str,
    kind: str,
    entries: Sequence[tuple[LedgerAccount, int]],
    memo: str | None = None,
    reason: str | None = None,
    created_by_id: int | None = None,
    session_id: int | None = None,
    payment_id: int | None = None,
) -> PostingResult:
    """Record one balanced posting in the caller's transaction.

    Raises :class:`InsufficientFunds` when a non-negative account would go below zero (the caller's
    transaction must then be rolled back: nothing of this posting is kept). When a posting with
    ``idempotency_key`` already exists it is returned with ``created=False`` and nothing moves.
    """
    amounts: dict[int, int] = {}
    by_id: dict[int, LedgerAccount] = {}
    for account, amount in entries:
        if isinstance(amount, bool) or not isinstance(amount, int):
            raise TypeError("ledger amounts are integer sen")
        amounts[account.id] = amounts.get(account.id, 0) + amount
        by_id[account.id] = account
    amounts = {k: v for k, v in amounts.items() if v != 0}
    if sum(amounts.values()) != 0:
        raise UnbalancedPosting(f"posting {idempotency_key!r} does not balance: {amounts}")

    existing = await find_posting(session, idempotency_key)
    if existing is not None:
        return PostingResult(existing, created=False)
    posting = LedgerPosting(
        idempotency_key=idempotency_key,
        kind=kind,
        memo=memo,
        reason=reason,
        created_by_id=created_by_id,
        session_id=session_id,
        payment_id=payment_id,
        created_at=utcnow(),
    )
    session.add(posting)
    # The UNIQUE key is claimed first: a concurrent duplicate fails (or waits) here, before any balance moves.
    await session.flush()

    balances: dict[int, int] = {}
    for account_id in sorted(amounts):
        delta = amounts[account_id]
        account = by_id[account_id]
        stmt = update(LedgerAccount).where(LedgerAccount.id == account_id)
        if account.kind in NON_NEGATIVE_KINDS and delta < 0:
            stmt = stmt.where(LedgerAccount.balance_sen + delta >= 0)
        result = await session.execute(
            stmt.values(balance_sen=LedgerAccount.balance_sen + delta, updated_at=utcnow()).execution_options(
                synchronize_session=False
            )
        )
        if result.rowcount != 1:  # type: ignore[attr-defined]
            raise InsufficientFunds()
        new_balance = (
            await session.execute(select(LedgerAccount.balance_sen).where(LedgerAccount.id == account_id))
        ).scalar_one()
        balances[account_id] = int(new_balance)
        session.add(
            LedgerEntry(
                posting_id=posting.id,
                account_id=account_id,
                amount_sen=delta,
                balance_after_sen=int(new_balance),
                created_at=posting.created_at,
            )
        )
    await session.flush()
    unit = unit_of(session)
    for account_id, bal in balances.items():
        acc = by_id[account_id]
        if acc.kind == "driver_wallet" and acc.user_id is not None:
            unit.publish(
                events.wallet(acc.user_id),
                wallet_event(WalletChange(acc.user_id, bal, posting.id, amounts[account_id], kind)),
            )
    return PostingResult(posting, created=True, balances=balances, deltas=amounts)


def wallet_event(c: WalletChange) -> events.WalletEvent:
    """The event announcing a wallet movement on ``wallet.<user_id>`` once it is committed."""
    return {
        "user_id": c.user_id,
        "balance_sen": c.balance_sen,
        "posting_id": c.posting_id,
        "amount_sen": c.amount_sen,
        "kind": c.kind,
    }


# ----------------------------------------------------------------------------------------- checks


@dataclass
class LedgerCheck:
    total_sen: int
    mismatched_accounts: list[tuple[str, int, int]]
    unbalanced_postings: list[int]

    @property
    def ok(self) -> bool:
        return self.total_sen == 0 and not self.mismatched_accounts and not self.unbalanced_postings


async def check_ledger(session: AsyncSession) -> LedgerCheck:
    """Verify the invariants: all entries sum to zero, every posting balances, every cached balance
    equals the sum of its account's entries."""
    total = (await session.execute(select(func.coalesce(func.sum(LedgerEntry.amount_sen), 0)))).scalar_one()
    sums = dict(
        (
            await session.execute(
                select(LedgerEntry.account_id, func.sum(LedgerEntry.amount_sen)).group_by(
                    LedgerEntry.account_id
                )
            )
        ).all()
    )
    mismatched = []
    for acc in (await session.execute(select(LedgerAccount))).scalars():
        expected = int(sums.get(acc.id, 0) or 0)
        if expected != acc.balance_sen:
            mismatched.append((acc.code, acc.balance_sen, expected))
    unbalanced = [
        int(pid)
        for pid, s in (
            await session.execute(
                select(LedgerEntry.posting_id, func.sum(LedgerEntry.amount_sen)).group_by(
                    LedgerEntry.posting_id
                )
            )
        ).all()
        if int(s) != 0
    ]
    return LedgerCheck(int(total), mismatched, unbalanced)


# ----------------------------------------------------------------------------------------- transactions


def _is_retryable(exc: BaseException) -> bool:
    if isinstance(exc, OperationalError | DBAPIError):
        orig = getattr(exc, "orig", None)
        code = orig.args[0] if orig is not None and getattr(orig, "args", None) else None
        if code in (1213, 1205):  # MySQL deadlock / lock wait timeout
            return True
        text = str(exc).lower()
        return "database is locked" in text or "deadlock" in text
    return False


async def in_transaction(
    sessionmaker: async_sessionmaker[AsyncSession],
    fn: Callable[[AsyncSession], Awaitable[T]],
    *,
    bus: EventPublisher | None = None,
    retries: int = 5,
    retry_on_integrity: bool = False,
) -> T:
    """Run ``fn(session)`` in one transaction (one unit of work, :mod:`domain.uow`); retry it on
    deadlocks (and, when asked, on a UNIQUE race, so that the retry finds the row the winner inserted).
    What the unit staged (wallet movements recorded by :func:`post`, ...) is delivered once the
    transaction has committed: on ``bus`` when given, else where the session factory delivers."""
    attempt = 0
    while True:
        attempt += 1
        try:
            async with sessionmaker(**({"publisher": bus} if bus is not None else {})) as session:
                async with session.begin():
                    result = await fn(session)
            return result
        except IntegrityError:
            if not retry_on_integrity or attempt > retries:
                raise
        except (OperationalError, DBAPIError) as e:
            if not _is_retryable(e) or attempt > retries:
                raise
            await asyncio.sleep(0)  # let the winner finish; the database orders the retry


# ----------------------------------------------------------------------------------------- admin


async def adjust_wallet(
    session: AsyncSession,
    *,
    user_id: int,
    amount_sen: int,
    reason: str,
    kind: str,
    admin_id: int | None,
    idempotency_key: str,
    session_id: int | None = None,
) -> PostingResult:
    """Admin refund (``kind='refund'``, credits the wallet from the refunds account) or adjustment
    (``kind='adjustment'``, either sign, against the adjustments account). The reason is mandatory."""
    if not reason or not reason.strip():
        raise InvalidInput("A reason is required.", field="reason")
    if amount_sen == 0:
        raise InvalidInput("Amount must not be zero.", field="amount")
    if kind == "refund" and amount_sen < 0:
        raise InvalidInput("A refund credits the wallet: use a positive amount.", field="amount")
    wallet = await wallet_account(session, user_id)
    counter = await system_account(session, REFUNDS if kind == "refund" else ADJUSTMENTS)
    existing = await find_posting(session, idempotency_key)
    if existing is not None:
        return PostingResult(existing, created=False)
    return await post(
        session,
        idempotency_key=idempotency_key,
        kind=kind,
        entries=[(wallet, amount_sen), (counter, -amount_sen)],
        reason=reason.strip(),
        memo="Refund" if kind == "refund" else "Adjustment",
        created_by_id=admin_id,
        session_id=session_id,
    )


def now() -> dt.datetime:
    return utcnow()
