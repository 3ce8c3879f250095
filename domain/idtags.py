"""Id tags: the OCPP idTag a charger authorizes. Every user gets an app tag at registration (used
for app-started sessions); RFID cards can be added, blocked and unblocked by their owner or an
admin. The OCPP side reads tags by value: idTag is an OCPP CiString20, compared case-insensitively
(`ci_key`, stored as `id_tags.id_tag_key`, UNIQUE, byte-compared on every database)."""

from __future__ import annotations

import re
import secrets

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import IdTag, ci_string_key
from domain.errors import Conflict, Forbidden, InvalidInput, NotFound

APP_PREFIX = "APP"
RFID_RE = re.compile(r"^[A-Za-z0-9\-_.:]{4,20}$")


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
            return tag
    raise RuntimeError("could not allocate a unique app id tag")


def normalize_rfid(value: str) -> str:
    value = (value or "").strip()
    if not RFID_RE.match(value):
        raise InvalidInput("An RFID tag is 4 to 20 letters, digits or - _ . :", field="id_tag")
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
    return tag


async def get_owned(session: AsyncSession, tag_id: int, user_id: int | None) -> IdTag:
    """The tag `tag_id`, which must belong to `user_id` (None: any owner, for admins)."""
    tag = await session.get(IdTag, tag_id)
    if tag is None or (user_id is not None and tag.user_id != user_id):
        raise NotFound(field="id")
    return tag


async def set_status(session: AsyncSession, tag: IdTag, blocked: bool, *, by_admin: bool = False) -> IdTag:
    """Block or unblock a tag. A tag an operator blocked can only be unblocked by an operator."""
    if tag.status in ("Expired", "Invalid") and not blocked:
        raise InvalidInput("This tag cannot be unblocked.", field="id")
    if not blocked and tag.blocked_by_admin and not by_admin:
        raise Forbidden("This card was blocked by an operator; contact support to unblock it.")
    tag.status = "Blocked" if blocked else "Accepted"
    tag.blocked_by_admin = blocked and by_admin
    await session.flush()
    return tag


async def list_for_user(session: AsyncSession, user_id: int) -> list[IdTag]:
    return list(
        (await session.scalars(select(IdTag).where(IdTag.user_id == user_id).order_by(IdTag.id))).all()
    )


async def app_tag(session: AsyncSession, user_id: int) -> IdTag | None:
    return await session.scalar(
        select(IdTag).where(IdTag.user_id == user_id, IdTag.kind == "app").order_by(IdTag.id).limit(1)
    )
