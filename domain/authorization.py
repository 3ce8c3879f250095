"""idTag → OCPP IdTagInfo: the central system's answer to Authorize and StartTransaction/StopTransaction.

Unknown tag → Invalid; a tag whose status is Blocked/Expired/Invalid keeps it; a tag past its expiry →
Expired; a tag whose user account is disabled → Blocked; a tag (or its parent group) already in an active
transaction → ConcurrentTx. The parentIdTag is returned so a charger can match group members.

idTags are OCPP CiStrings: looked up case-insensitively (`idtags.ci_key`, on the key columns).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import ChargingSession, IdTag, User, utcnow
from domain.idtags import ci_key
from domain.ports import DomainSettings

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


# ------------------------------------------------------------------------ the minimum-balance rule

#: Reasons a start is refused that the driver can fix; the OCPP edges map them to their protocol's
#: status (1.6: Invalid, see ocpp_server/handlers.py; 2.0.1 would answer NoCredit).
NO_CREDIT = "no_credit"


@dataclass(frozen=True)
class StartRefusal:
    reason: str
    required_sen: int
    balance_sen: int


async def required_start_balance(session: AsyncSession, settings: Any = None) -> int:
    """The wallet balance (sen) a driver needs to start charging: the platform setting in force."""
    from domain import platform_settings

    return int(await platform_settings.effective(session, "min_balance_sen", settings))


async def start_refusal(
    session: AsyncSession, user_id: int | None, settings: DomainSettings | None = None
) -> StartRefusal | None:
    """THE rule for every way charging starts (the app's remote start, Authorize, StartTransaction,
    a local-list or offline start reported by StartTransaction): the owner's wallet must hold at least
    MIN_BALANCE_SEN (the platform setting in force). None when the start may go ahead.

    A tag without an owner has no wallet to draw on (an operator's service or fleet card issued in
    the console): its sessions are not prepaid and the rule does not apply to it."""
    if user_id is None:
        return None
    from domain import ledger

    required = await required_start_balance(session, settings)
    balance = await ledger.wallet_balance(session, user_id)
    if balance < required:
        return StartRefusal(NO_CREDIT, required, balance)
    return None


#: One notice per driver, charger and stage within this window (a charger retrying Authorize, a
#: driver tapping the card again) is enough.
REFUSAL_NOTICE_WINDOW = dt.timedelta(seconds=60)


async def record_start_refusal(
    session: AsyncSession,
    refusal: StartRefusal,
    *,
    user_id: int,
    stage: str,
    charger_id: int | None,
    connector_id: int | None = None,
    id_tag: str | None = None,
    transaction_id: int | None = None,
    currency: str = "MYR",
) -> None:
    """Tell the driver why a start was refused (shown in the app). A refused start the charger had
    already begun (StartTransaction of an offline start) is always recorded, with its transaction."""
    from db.models import StartRefusal as StartRefusalRow

    if transaction_id is None:
        recent = await session.scalar(
            select(StartRefusalRow.id)
            .where(
                StartRefusalRow.user_id == user_id,
                StartRefusalRow.charger_id == charger_id,
                StartRefusalRow.stage == stage,
                StartRefusalRow.created_at > utcnow() - REFUSAL_NOTICE_WINDOW,
            )
            .limit(1)
        )
        if recent is not None:
            return
    session.add(
        StartRefusalRow(
            user_id=user_id,
            charger_id=charger_id,
            connector_id=connector_id,
            id_tag=id_tag[:20] if id_tag else None,
            stage=stage,
            reason=refusal.reason,
            required_sen=refusal.required_sen,
            balance_sen=refusal.balance_sen,
            currency=currency,
            transaction_id=transaction_id,
        )
    )
    await session.flush()


async def authorize(
    session: AsyncSession, id_tag: str, *, charger_id: int | None, settings: DomainSettings | None = None
) -> tuple[dict[str, Any], StartRefusal | None]:
    """Authorize: the tag's IdTagInfo, and the refusal when the tag is fine but its owner may not start
    (recorded for the driver). The OCPP edge turns the refusal into its protocol's status."""
    info = await id_tag_info(session, id_tag)
    if info["status"] != ACCEPTED:
        return info, None
    user_id = await user_of(session, id_tag)
    refusal = await start_refusal(session, user_id, settings)
    if refusal is not None and user_id is not None:
        await record_start_refusal(
            session,
            refusal,
            user_id=user_id,
            stage="authorize",
            charger_id=charger_id,
            id_tag=id_tag,
            currency=getattr(settings, "currency", "MYR"),
        )
    return info, refusal
