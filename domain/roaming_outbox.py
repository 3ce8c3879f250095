"""The durable outbox of pushes to roaming partners (OCPI 2.2.1 as CPO).

A push is staged in the transaction of the change that causes it (a session started, a meter
reading, a bill, a connector's status), so it is never lost; an edge worker delivers it later,
retrying with exponential backoff while the partner is down. One row per (partner, idempotency key):
a change to an object whose push is still pending raises the row's version instead of adding a
row, so a partner gets an object's latest state once, and a CDR (key `cdr:<id>`) is posted once.

As eMSP, our drivers' tokens go the same way (`token:<uid>`, staged by `stage_token` wherever an
app token or RFID card is created, blocked, unblocked or changed, and when its owner's account is
disabled or deleted); with no partner nothing is staged and nothing is looked at. Our tariffs too
(`tariff:<id>`, staged by `domain.tariffs` when one is created, changed, made the default or
deactivated): PUT while active, DELETEd once deactivated.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import IdTag, OcpiOutbox, utcnow
from domain import uow

#: How long a worker holds a row it claimed before another may try it; a worker renews it while its
#: delivery is under way (`renew`), so a slow partner is never sent the same push twice at once.
LEASE = dt.timedelta(seconds=60)
#: Published after the commit of a transaction that staged a push: every node's worker looks at once
#: (so none needs to poll an idle outbox).
DUE = "ocpi.outbox.due"


async def stage(session: AsyncSession, partner_id: int, key: str, kind: str, ref: str) -> None:
    """Mark (partner, key) as to be delivered: a new row, or the existing one pending again with a
    raised version (its backoff is kept while it is failing)."""
    uow.unit_of(session).publish(DUE, {"key": key})
    now = utcnow()
    raised = await session.execute(
        update(OcpiOutbox)
        .where(OcpiOutbox.partner_id == partner_id, OcpiOutbox.key == key)
        .values(version=OcpiOutbox.version + 1, pending=True, updated_at=now)
        .execution_options(synchronize_session=False)
    )
    if raised.rowcount:  # type: ignore[attr-defined]
        return
    try:
        async with session.begin_nested():
            session.add(
                OcpiOutbox(partner_id=partner_id, key=key, kind=kind, ref=ref, next_attempt_at=now, version=1)
            )
    except IntegrityError:  # another transaction added it meanwhile: raise that one
        await session.execute(
            update(OcpiOutbox)
            .where(OcpiOutbox.partner_id == partner_id, OcpiOutbox.key == key)
            .values(version=OcpiOutbox.version + 1, pending=True, updated_at=now)
            .execution_options(synchronize_session=False)
        )


@dataclass(frozen=True)
class Claimed:
    id: int
    partner_id: int
    key: str
    kind: str
    ref: str
    version: int
    delivered_once: bool
    attempts: int


async def claim_due(session: AsyncSession, limit: int) -> list[Claimed]:
    """Up to `limit` pending rows that are due, oldest first, each leased to the caller (a row another
    worker leased meanwhile is skipped)."""
    now = utcnow()
    rows = (
        await session.execute(
            select(OcpiOutbox)
            .where(OcpiOutbox.pending.is_(True), OcpiOutbox.next_attempt_at <= now)
            .order_by(OcpiOutbox.next_attempt_at, OcpiOutbox.id)
            .limit(limit)
        )
    ).scalars()
    out = []
    for row in list(rows):
        leased = await session.execute(
            update(OcpiOutbox)
            .where(OcpiOutbox.id == row.id, OcpiOutbox.next_attempt_at == row.next_attempt_at)
            .values(next_attempt_at=now + LEASE)
            .execution_options(synchronize_session=False)
        )
        if leased.rowcount == 1:  # type: ignore[attr-defined]
            out.append(
                Claimed(
                    row.id,
                    row.partner_id,
                    row.key,
                    row.kind,
                    row.ref,
                    row.version,
                    row.delivered_once,
                    row.attempts,
                )
            )
    return out


async def renew(session: AsyncSession, claimed: Claimed) -> None:
    """The delivery of a claimed row is still under way: hold it for another LEASE."""
    await session.execute(
        update(OcpiOutbox)
        .where(OcpiOutbox.id == claimed.id, OcpiOutbox.pending.is_(True))
        .values(next_attempt_at=utcnow() + LEASE)
        .execution_options(synchronize_session=False)
    )


async def delivered(session: AsyncSession, claimed: Claimed) -> None:
    """The partner took the object: done, unless it changed since it was read (then deliver again)."""
    now = utcnow()
    values = {"delivered_once": True, "attempts": 0, "last_error": None, "delivered_at": now}
    done = await session.execute(
        update(OcpiOutbox)
        .where(OcpiOutbox.id == claimed.id, OcpiOutbox.version == claimed.version)
        .values(pending=False, next_attempt_at=now, **values)
        .execution_options(synchronize_session=False)
    )
    if not done.rowcount:  # type: ignore[attr-defined]
        await session.execute(
            update(OcpiOutbox).where(OcpiOutbox.id == claimed.id).values(next_attempt_at=now, **values)
        )


async def next_due(session: AsyncSession) -> dt.datetime | None:
    """When the earliest pending row is due (a retry, or a lease running out), if any is pending."""
    q = select(func.min(OcpiOutbox.next_attempt_at)).where(OcpiOutbox.pending.is_(True))
    return await session.scalar(q)


def backoff(attempts: int, base: float, ceiling: float) -> dt.timedelta:
    """The wait after the `attempts`-th failure in a row: base, 2 base, 4 base ... up to ceiling."""
    return dt.timedelta(seconds=min(ceiling, base * 2 ** min(attempts - 1, 30)))


async def failed(session: AsyncSession, claimed: Claimed, error: str, base: float, ceiling: float) -> None:
    """The partner did not take it: retry after the backoff, keeping the error."""
    attempts = claimed.attempts + 1
    await session.execute(
        update(OcpiOutbox)
        .where(OcpiOutbox.id == claimed.id)
        .values(
            attempts=attempts,
            next_attempt_at=utcnow() + backoff(attempts, base, ceiling),
            last_error=error[:500],
        )
    )


async def dropped(session: AsyncSession, claimed: Claimed, why: str) -> None:
    """Nothing can be delivered (the partner unregistered, the object is gone): stop, keep why."""
    await session.execute(
        update(OcpiOutbox).where(OcpiOutbox.id == claimed.id).values(pending=False, last_error=why[:500])
    )


async def rows(session: AsyncSession, partner_id: int) -> list[OcpiOutbox]:
    """A partner's outbox, oldest first (the console and the tests read it)."""
    q = select(OcpiOutbox).where(OcpiOutbox.partner_id == partner_id).order_by(OcpiOutbox.id)
    return list((await session.execute(q)).scalars())


async def stage_for_receivers(session: AsyncSession, module: str, key: str, kind: str, ref: str) -> int:
    """Stage (key) for every registered partner that has a receiver of `module`; how many."""
    from domain import roaming

    n = 0
    for partner in await roaming.partners(session):
        if partner.state == "REGISTERED" and roaming.endpoint(partner, module, "RECEIVER"):
            await stage(session, partner.id, key, kind, ref)
            n += 1
    return n


#: The idTag kinds of our drivers that are OCPI Tokens at partners (the app token, RFID cards).
DRIVER_TOKEN_KINDS = ("app", "rfid")


async def stage_token(session: AsyncSession, tag: IdTag, *, had_owner: bool = False) -> int:
    """One of our drivers' tokens changed: stage its PUT (`token:<uid>`, the token as it is when
    delivered) for every partner with a tokens receiver. A tag without an owner is a partner's token
    or an operator's card and is not ours to send, unless it `had_owner` until this change (then the
    partners hear that it is no longer valid)."""
    if tag.kind not in DRIVER_TOKEN_KINDS or (tag.user_id is None and not had_owner):
        return 0
    await session.flush()  # the tag's id, for a new one
    return await stage_for_receivers(session, "tokens", f"token:{tag.id_tag}", "token", str(tag.id))


async def stage_tokens_of(session: AsyncSession, user_id: int) -> int:
    """Every token of a driver whose account changed (disabled, enabled, deleted)."""
    tags = await session.scalars(select(IdTag).where(IdTag.user_id == user_id))
    return sum([await stage_token(session, tag) for tag in list(tags)])


async def stage_tariff(session: AsyncSession, tariff_id: int) -> int:
    """One of our tariffs was created, changed or deactivated: stage its PUT (or, once it is no longer
    active, its DELETE) for every partner with a tariffs receiver."""
    return await stage_for_receivers(session, "tariffs", f"tariff:{tariff_id}", "tariff", str(tariff_id))
