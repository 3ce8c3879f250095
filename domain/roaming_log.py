"""The OCPI log: every call to and from roaming partners, with its outcome (like the OCPP message log,
bounded: the newest KEEP rows are kept).

A call is noted in memory as it happens (`note`, cheap and never failing the call), and written in
batches (`flush`, run by each node's outbox worker); an outbound call is tied to its partner by the
token it was made with.
"""

from __future__ import annotations

import collections
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import OcpiCall, OcpiPartner, utcnow

#: The most rows the log keeps (all partners together).
KEEP = 5000
#: The most calls noted and not yet written (the oldest are dropped beyond).
BACKLOG = 10_000


@dataclass(frozen=True)
class Noted:
    direction: str
    method: str
    url: str
    http_status: int | None
    ocpi_status: int | None
    message: str | None
    duration_ms: int
    at: dt.datetime
    partner_id: int | None = None
    #: Outbound: the token the call was made with (never stored; it names the partner).
    token: str | None = None


_noted: collections.deque[Noted] = collections.deque(maxlen=BACKLOG)


def note(
    direction: str,
    method: str,
    url: str,
    *,
    http_status: int | None,
    ocpi_status: int | None,
    message: str | None,
    duration_ms: float,
    partner_id: int | None = None,
    token: str | None = None,
) -> None:
    _noted.append(
        Noted(
            direction,
            method[:8],
            url[:255],
            http_status,
            ocpi_status,
            message[:300] if message else None,
            int(duration_ms),
            utcnow(),
            partner_id,
            token,
        )
    )


async def flush(session: AsyncSession) -> int:
    """Write the calls noted so far; drop the oldest rows beyond KEEP. How many were written."""
    batch = []
    while _noted:
        batch.append(_noted.popleft())
    if not batch:
        return 0
    by_token = {
        p.outbound_token: p.id
        for p in (await session.scalars(select(OcpiPartner).where(OcpiPartner.outbound_token.is_not(None))))
    }
    for n in batch:
        partner_id = n.partner_id if n.partner_id is not None else by_token.get(n.token or "")
        session.add(
            OcpiCall(
                partner_id=partner_id,
                direction=n.direction,
                method=n.method,
                url=n.url,
                http_status=n.http_status,
                ocpi_status=n.ocpi_status,
                message=n.message,
                duration_ms=n.duration_ms,
                at=n.at,
            )
        )
    await session.flush()
    newest = int(await session.scalar(select(func.max(OcpiCall.id))) or 0)
    if newest > KEEP:
        await session.execute(delete(OcpiCall).where(OcpiCall.id <= newest - KEEP))
    return len(batch)


async def recent(session: AsyncSession, partner_id: int, limit: int) -> list[OcpiCall]:
    """A partner's last calls, newest first."""
    q = select(OcpiCall).where(OcpiCall.partner_id == partner_id).order_by(OcpiCall.id.desc()).limit(limit)
    return list((await session.scalars(q)).all())
