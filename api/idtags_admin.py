"""Admins: every id tag, searched, created and edited (expiry, block, parent group tag, owner). What
chargers are told follows at once: Authorize and StartTransaction answer Blocked or Expired and
carry the parentIdTag (see domain.authorization)."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

import strawberry

from api import audited
from api.accounts_types import IdTagKind, IdTagStatus, id_tag_fields
from api.errors import UserError, payload_or_errors
from api.permissions import require_admin
from api.relay import Connection, SortDirection, decode_id, encode_id, list_page, sort_of
from db import models as m
from domain import accounts, idtags, list_order
from domain.errors import InvalidInput


@strawberry.type(description="An id tag as operators manage it.")
class AdminIdTag:
    id: strawberry.ID
    id_tag: str
    kind: IdTagKind
    status: IdTagStatus
    label: str | None
    expires_at: dt.datetime | None
    parent_id_tag: str | None = strawberry.field(description="The group tag (OCPP parentIdTag).")
    blocked_by_admin: bool
    owner_id: strawberry.ID | None
    owner_email: str | None
    owner_name: str | None
    created_at: dt.datetime

    @classmethod
    def from_model(cls, t: m.IdTag) -> AdminIdTag:
        owner = t.user
        return cls(
            **id_tag_fields(t),
            parent_id_tag=t.parent_id_tag,
            blocked_by_admin=t.blocked_by_admin,
            owner_id=encode_id("User", owner.id) if owner is not None else None,
            owner_email=owner.email if owner is not None else None,
            owner_name=owner.name if owner is not None else None,
        )


@strawberry.enum(description="What a list of id tags can be sorted by.")
class IdTagSortField(enum.Enum):
    ID_TAG = "id_tag"
    STATUS = "status"
    EXPIRES_AT = "expires_at"
    CREATED_AT = "created_at"


@strawberry.input(description="The order of a list of id tags.")
class IdTagOrder:
    field: IdTagSortField
    direction: SortDirection = SortDirection.DESC


@strawberry.type
class Query:
    @strawberry.field(
        description="Admins: id tags, newest first (or in `orderBy`); `search` matches the tag, label, "
        "parent tag and owner's email or name."
    )
    async def admin_id_tags(
        self,
        info: strawberry.Info,
        search: str | None = None,
        status: IdTagStatus | None = None,
        order_by: IdTagOrder | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[AdminIdTag]:
        await require_admin(info)
        q = idtags.admin_query(search, status.value if status is not None else None)
        return await list_page(
            info,
            q,
            key=m.IdTag.id,
            to_node=AdminIdTag.from_model,
            first=first,
            after=after,
            order=sort_of(list_order.ID_TAGS, order_by),
        )


@strawberry.input
class CreateIdTagInput:
    id_tag: str = strawberry.field(
        description="4 to 36 letters, digits or - _ . : (up to 20 for OCPP 1.6 chargers)"
    )
    owner_email: str | None = strawberry.field(default=None, description="None: a group tag.")
    label: str | None = None


@strawberry.input(description="Only the fields given are changed.")
class UpdateIdTagInput:
    id: strawberry.ID
    expires_at: dt.datetime | None = strawberry.UNSET
    parent_id_tag: str | None = strawberry.UNSET
    owner_email: str | None = strawberry.UNSET
    label: str | None = strawberry.UNSET
    blocked: bool | None = strawberry.UNSET


@strawberry.type
class AdminIdTagPayload:
    id_tag: AdminIdTag | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


def _given(value: object) -> object:
    return idtags.UNCHANGED if value is strawberry.UNSET else value


@strawberry.type
class Mutation:
    @strawberry.mutation(description="Admins: register an RFID card for a user, or a group tag.")
    async def create_id_tag(self, info: strawberry.Info, input: CreateIdTagInput) -> AdminIdTagPayload:
        admin = await require_admin(info)

        async def work() -> AdminIdTagPayload:
            async def write(s: Any) -> m.IdTag:
                owner = await accounts.owner_id_by_email(s, input.owner_email, field="ownerEmail")
                return await idtags.create_for_operator(s, input.id_tag, owner_id=owner, label=input.label)

            tag = await audited.change(
                info,
                admin.id,
                "id_tag.create",
                "IdTag",
                write,
                details=lambda tag: {"id_tag": tag.id_tag, "owner_id": tag.user_id},
                target_id=lambda tag: tag.id,
            )
            return AdminIdTagPayload(id_tag=AdminIdTag.from_model(tag))

        return await payload_or_errors(AdminIdTagPayload, work())

    @strawberry.mutation(description="Admins: change a tag's expiry, parent, owner, label or block it.")
    async def update_id_tag(self, info: strawberry.Info, input: UpdateIdTagInput) -> AdminIdTagPayload:
        admin = await require_admin(info)

        async def work() -> AdminIdTagPayload:
            pk = decode_id(input.id, "IdTag")

            async def write(s: Any) -> tuple[m.IdTag, idtags.TagChanges]:
                tag = await idtags.get_with_owner(s, pk)
                owner = (
                    idtags.UNCHANGED
                    if input.owner_email is strawberry.UNSET
                    else await accounts.owner_id_by_email(s, input.owner_email, field="ownerEmail")
                )
                if input.blocked is None:
                    raise InvalidInput("blocked cannot be null.", field="blocked")
                changes = idtags.TagChanges(
                    expires_at=_given(input.expires_at),
                    parent_id_tag=_given(input.parent_id_tag),
                    owner_id=owner,
                    label=_given(input.label),
                    blocked=_given(input.blocked),
                )
                await idtags.operator_update(s, tag, changes, now=m.utcnow())
                return await idtags.get_with_owner(s, pk), changes

            tag, _ = await audited.change(
                info,
                admin.id,
                "id_tag.update",
                "IdTag",
                write,
                details=lambda done: {
                    k: (v.isoformat() if isinstance(v, dt.datetime) else v)
                    for k, v in vars(done[1]).items()
                    if v is not idtags.UNCHANGED
                },
                target_id=lambda _: pk,
            )
            return AdminIdTagPayload(id_tag=AdminIdTag.from_model(tag))

        return await payload_or_errors(AdminIdTagPayload, work())
