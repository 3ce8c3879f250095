"""Money as drivers and the console read it: wallet movements, top-ups and receipts."""

from __future__ import annotations

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import LedgerAccount, LedgerEntry, LedgerPosting, Payment, Receipt


def wallet_entries(user_id: int | None) -> Select[LedgerEntry]:
    """Entries on drivers' wallets and debts (one driver's, or everyone's)."""
    q = (
        select(LedgerEntry)
        .join(LedgerAccount, LedgerAccount.id == LedgerEntry.account_id)
        .where(LedgerAccount.kind.in_(("driver_wallet", "debts")))
    )
    if user_id is not None:
        q = q.where(LedgerAccount.user_id == user_id)
    return q


async def postings(session: AsyncSession, ids: set[int]) -> dict[int, LedgerPosting]:
    """Ledger postings by id, in one query."""
    if not ids:
        return {}
    return {
        p.id: p
        for p in (await session.execute(select(LedgerPosting).where(LedgerPosting.id.in_(ids)))).scalars()
    }


def top_ups_of(user_id: int) -> Select[Payment]:
    return select(Payment).where(Payment.user_id == user_id)


def receipts_of(user_id: int) -> Select[Receipt]:
    return select(Receipt).where(Receipt.user_id == user_id)
