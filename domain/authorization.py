"""idTag → OCPP IdTagInfo: the central system's answer to Authorize and StartTransaction/StopTransaction.

Unknown tag → Invalid; a tag whose status is Blocked/Expired/Invalid keeps it; a tag past its expiry →
Expired; a tag whose user account is disabled → Blocked; a tag (or its parent group) already in an active
transaction → ConcurrentTx. The parentIdTag is returned so a charger can match group members.

idTags are OCPP CiStrings: looked up case-insensitively (`idtags.ci_key`, on the key columns).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import ChargingSession, IdTag, User, utcnow
from domain.idtags import ci_key

ACCEPTED = "Accepted"
BLOCKED = "Blocked"
EXPIRED = "Expired"
INVALID = "Invalid"
CONCURRENT_TX = "ConcurrentTx"


def _iso(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


async def id_tag_info(
    session: AsyncSession,
    id_tag: str,
    *,
    check_concurrent: bool = True,
    exclude_transaction_id: int | None = None,
    now: dt.datetime | None = None,
) -> dict[str, Any]:
    """The IdTagInfo object (camelCase, ready for the OCPP answer)."""
    now = now or utcnow()
    row = (
        await session.execute(
            select(IdTag.status, IdTag.expires_at, IdTag.parent_id_tag, User.disabled, User.deleted_at)
            .outerjoin(User, User.id == IdTag.user_id)
            .where(IdTag.id_tag_key == ci_key(id_tag))
        )
    ).first()
    if row is None:
        return {"status": INVALID}
    status, expires_at, parent, disabled, deleted_at = row
    info: dict[str, Any] = {}
    if parent:
        info["parentIdTag"] = parent
    if expires_at is not None:
        info["expiryDate"] = _iso(expires_at)
    if status != ACCEPTED:
        info["status"] = status
        return info
    if disabled or deleted_at is not None:
        info["status"] = BLOCKED
        return info
    if expires_at is not None and expires_at <= now:
        info["status"] = EXPIRED
        return info
    if check_concurrent:
        q = select(ChargingSession.id).where(
            ChargingSession.id_tag_key == ci_key(id_tag), ChargingSession.status == "Active"
        )
        if exclude_transaction_id is not None:
            q = q.where(ChargingSession.id != exclude_transaction_id)
        if (await session.execute(q.limit(1))).first() is not None:
            info["status"] = CONCURRENT_TX
            return info
    info["status"] = ACCEPTED
    return info


async def user_of(session: AsyncSession, id_tag: str) -> int | None:
    return (await session.execute(select(IdTag.user_id).where(IdTag.id_tag_key == ci_key(id_tag)))).scalar()


async def local_list_entries(
    session: AsyncSession, *, id_tags: list[str] | None = None, since: dt.datetime | None = None
) -> list[dict[str, Any]]:
    """Local authorization list entries (SendLocalList) from the id tags in the database."""
    q = select(IdTag).order_by(IdTag.id)
    if id_tags is not None:
        q = q.where(IdTag.id_tag_key.in_({ci_key(t) for t in id_tags}))
    if since is not None:
        q = q.where(IdTag.updated_at > since)
    entries: list[dict[str, Any]] = []
    found: set[str] = set()
    for tag in (await session.execute(q)).scalars():
        found.add(tag.id_tag_key)
        info: dict[str, Any] = {"status": tag.status}
        if tag.expires_at is not None:
            info["expiryDate"] = _iso(tag.expires_at)
        if tag.parent_id_tag:
            info["parentIdTag"] = tag.parent_id_tag
        entries.append({"idTag": tag.id_tag, "idTagInfo": info})
    if id_tags is not None:
        # Tags no longer in the database: a differential update removes them (entry without idTagInfo).
        entries.extend({"idTag": t} for t in id_tags if ci_key(t) not in found)
    return entries
