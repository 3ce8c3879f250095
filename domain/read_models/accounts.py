"""A user's own things as their profile lists them: vehicles, id tags, API keys (sessions:
`read_models.sessions.of_user`)."""

from __future__ import annotations

from sqlalchemy import Select, select

from db.models import ApiKey, IdTag, Vehicle


def vehicles_of(user_id: int) -> Select[Vehicle]:
    return select(Vehicle).where(Vehicle.user_id == user_id)


def id_tags_of(user_id: int) -> Select[IdTag]:
    return select(IdTag).where(IdTag.user_id == user_id)


def api_keys_of(user_id: int, *, include_revoked: bool) -> Select[ApiKey]:
    q = select(ApiKey).where(ApiKey.user_id == user_id)
    return q if include_revoked else q.where(ApiKey.revoked_at.is_(None))
