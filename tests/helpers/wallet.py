"""Money for tests of every area: `await credit_wallet(platform, user.id, 5000)` puts RM 50.00 in a
driver's wallet (a balanced adjustment posting), above the minimum balance that starting needs."""

from __future__ import annotations

import itertools
from typing import Any

from domain import ledger

_keys = itertools.count(1)


async def credit_wallet(platform: Any, user_id: int, amount_sen: int) -> None:
    async with platform.sessionmaker() as s, s.begin():
        await ledger.adjust_wallet(
            s,
            user_id=user_id,
            amount_sen=amount_sen,
            reason="test credit",
            kind="adjustment",
            admin_id=None,
            idempotency_key=f"test-credit-{user_id}-{next(_keys)}",
        )
