"""Id tags: the OCPP idTag a charger authorizes. Every user gets an app tag at registration (used
for app-started sessions); RFID cards can be added, blocked and unblocked by their owner or an
admin. The OCPP side reads tags by value: idTag is an OCPP CiString20, compared case-insensitively
(`ci_key`, stored as `id_tags.id_tag_key`, UNIQUE, byte-compared on every database)."""

from __future__ import annotations

import datetime as dt
import re
import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from db.models import IdTag, User, ci_string_key
from domain import roaming_outbox, rows
from domain.errors import Conflict, Forbidden, InvalidInput, NotFound
from domain.read_models import contains_any

APP_PREFIX = "APP"
#: A field an update leaves as it is.
UNCHANGED: object = object()
#: OCPP 2.0.1's IdToken holds 36 characters, 1.6's idTag 20: a longer card works on 2.0.1 chargers only.
RFID_RE = re.compile(r"^[A-Za-z0-9\-_.:]{4,36}$")
MAX_ID_TAG_16 = 20


def ci_key(value: str) -> str:
    """The case-insensitive comparison key of an idTag (OCPP CiString): see db.models.ci_string_key."""
    return ci_string_key(value)


async def find(session: AsyncSession, value: str) -> IdTag | None:
    """The id tag a charger means by `value`, whatever the letter case it sent."""
    return await session.scalar(select(IdTag).where(IdTag.id_tag_key == ci_key(value)))


def new_app_tag_value() -> str:
    return APP_PREFIX + secrets.token_hex(9).upper()[:17]


async def create_app_tag(session: AsyncSession, user_id: int) -> IdTag:
    for _ in range(5):
        value = new_app_tag_value()
        exists = await session.scalar(select(IdTag.id).where(IdTag.id_tag_key == ci_key(value)))
        if exists is None:
            tag = IdTag(id_tag=value, kind="app", status="Accepted", user_id=user_id, label="App")
            session.add(tag)
            await session.flush()
            await roaming_outbox.stage_token(session, tag)
            return tag
    raise RuntimeError("could not allocate a unique app id tag")


def fit_for_16(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Local-list entries an OCPP 1.6 charger can take: a tag longer than its idTag's 20 characters is
    left out (it cannot be presented there), a longer parent tag dropped from the entry."""
    out = []
    for e in entries:
        if len(e["idTag"]) > MAX_ID_TAG_16:
            continue
        info = e.get("idTagInfo")
        if info and len(info.get("parentIdTag") or "") > MAX_ID_TAG_16:
            e = {**e, "idTagInfo": {k: v for k, v in info.items() if k != "parentIdTag"}}
        out.append(e)
    return out


def normalize_rfid(value: str) -> str:
    value = (value or "").strip()
    if not RFID_RE.match(value):
        raise InvalidInput("An RFID tag is 4 to 36 letters, digits or - _ . :", field="id_tag")
    if value.upper().startswith(APP_PREFIX):
        raise InvalidInput("This tag value is reserved.", field="id_tag")
    return value.upper()


async def add_rfid(session: AsyncSession, user_id: int, value: str, label: str | None = None) -> IdTag:
    tag_value = normalize_rfid(value)
    if label is not None and len(label) > 100:
        raise InvalidInput("Use at most 100 characters.", field="label")
    existing = await session.scalar(select(IdTag.id).where(IdTag.id_tag_key == ci_key(tag_value)))
    if existing is not None:
        raise Conflict("This card is already registered.", field="id_tag")
    tag = IdTag(id_tag=tag_value, kind="rfid", status="Accepted", user_id=user_id, label=label or None)
    session.add(tag)
    try:
        async with session.begin_nested():
            await session.flush()
    except IntegrityError:
        raise Conflict("This card is already registered.", field="id_tag") from None
    await roaming_outbox.stage_token(session, tag)
    return tag


async def get_owned(session: AsyncSession, tag_id: int, user_id: int | None) -> IdTag:
    """The tag `tag_id`, which must belong to `user_id` (None: any owner, for admins)."""
    return await rows.get(session, IdTag, tag_id, field="id", owner_id=user_id)


async def set_status(session: AsyncSession, tag: IdTag, blocked: bool, *, by_admin: bool = False) -> IdTag:
    """Block or unblock a tag. A tag an operator blocked can only be unblocked by an operator."""
    if tag.status in ("Expired", "Invalid") and not blocked:
        raise InvalidInput("This tag cannot be unblocked.", field="id")
    if not blocked and tag.blocked_by_admin and not by_admin:
        raise Forbidden("This card was blocked by an operator; contact support to unblock it.")
    tag.status = "Blocked" if blocked else "Accepted"
    tag.blocked_by_admin = blocked and by_admin
    await session.flush()
    await roaming_outbox.stage_token(session, tag)
    return tag


async def list_for_user(session: AsyncSession, user_id: int) -> list[IdTag]:
    return list(
        (await session.scalars(select(IdTag).where(IdTag.user_id == user_id).order_by(IdTag.id))).all()
    )


async def app_tag(session: AsyncSession, user_id: int) -> IdTag | None:
    return await session.scalar(
        select(IdTag).where(IdTag.user_id == user_id, IdTag.kind == "app").order_by(IdTag.id).limit(1)
    )


# ------------------------------------------------------------------------------------------------
# Operators: every tag, searched and edited (expiry, block, parent group, owner)
# ------------------------------------------------------------------------------------------------

#: An OCPP IdToken (CiString20) as an operator types a parent (group) tag: any printable ASCII.
PARENT_RE = re.compile(r"^[\x21-\x7e]{1,20}$")


def admin_query(search: str | None = None, status: str | None = None) -> Select[IdTag]:
    """Tags for the console, filtered: `search` matches the tag, its label, its parent and its
    owner's email or name (case-insensitive); `status` is an OCPP status (Accepted, Blocked...)."""
    q = select(IdTag).outerjoin(User, User.id == IdTag.user_id).options(selectinload(IdTag.user))
    if search and search.strip():
        q = q.where(
            contains_any(search, IdTag.id_tag, IdTag.label, IdTag.parent_id_tag, User.email, User.name)
        )
    if status is not None:
        q = q.where(IdTag.status == status)
    return q


async def create_for_operator(
    session: AsyncSession, value: str, *, owner_id: int | None, label: str | None
) -> IdTag:
    """An RFID card (or a group tag without an owner) registered by an operator."""
    tag_value = normalize_rfid(value)
    if await find(session, tag_value) is not None:
        raise Conflict("This tag is already registered.", field="idTag")
    tag = IdTag(id_tag=tag_value, kind="rfid", status="Accepted", user_id=owner_id, label=_label(label))
    session.add(tag)
    await session.flush()
    await roaming_outbox.stage_token(session, tag)
    return await get_with_owner(session, tag.id)


async def get_with_owner(session: AsyncSession, tag_id: int) -> IdTag:
    tag = await session.scalar(select(IdTag).options(selectinload(IdTag.user)).where(IdTag.id == tag_id))
    if tag is None:
        raise NotFound(field="id")
    return tag


def _label(label: str | None) -> str | None:
    if label is not None and len(label.strip()) > 100:
        raise InvalidInput("Use at most 100 characters.", field="label")
    return (label or "").strip() or None


@dataclass(frozen=True)
class TagChanges:
    """What an operator changes on a tag; UNCHANGED fields are left alone."""

    expires_at: dt.datetime | None | object = UNCHANGED
    parent_id_tag: str | None | object = UNCHANGED
    owner_id: int | None | object = UNCHANGED
    label: str | None | object = UNCHANGED
    blocked: bool | object = UNCHANGED


async def operator_update(
    session: AsyncSession, tag: IdTag, changes: TagChanges, *, now: dt.datetime
) -> IdTag:
    """Apply an operator's changes. A parent is another tag value (a group: the charger lets any
    member stop the others' sessions); a tag is not its own parent. A new expiry in the future
    revives an Expired tag; a past one makes chargers answer Expired from now on."""
    had_owner = tag.user_id is not None
    if changes.parent_id_tag is not UNCHANGED:
        parent = changes.parent_id_tag
        if parent is not None:
            assert isinstance(parent, str)
            parent = parent.strip()
            if not PARENT_RE.match(parent):
                raise InvalidInput("A parent tag is 1 to 20 printable characters.", field="parentIdTag")
            if ci_key(parent) == tag.id_tag_key:
                raise InvalidInput("A tag is not its own parent.", field="parentIdTag")
        tag.parent_id_tag = parent or None
    if changes.expires_at is not UNCHANGED:
        expires = changes.expires_at
        assert expires is None or isinstance(expires, dt.datetime)
        tag.expires_at = expires
        if tag.status == "Expired" and (expires is None or expires > now):
            tag.status = "Accepted"
    if changes.owner_id is not UNCHANGED:
        if tag.kind == "app" and changes.owner_id != tag.user_id:
            raise InvalidInput("An app tag belongs to its user.", field="owner")
        tag.user_id = changes.owner_id  # type: ignore[assignment]
    if changes.label is not UNCHANGED:
        tag.label = _label(changes.label)  # type: ignore[arg-type]
    if changes.blocked is not UNCHANGED and changes.blocked != (tag.status == "Blocked"):
        await set_status(session, tag, bool(changes.blocked), by_admin=True)
    await session.flush()
    await roaming_outbox.stage_token(session, tag, had_owner=had_owner)
    if changes.owner_id is not UNCHANGED:
        await session.refresh(tag, ["user"])
    return tag
