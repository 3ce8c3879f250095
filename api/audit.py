"""Admins: the audit log (who changed what and when), newest first, filtered. Entries are written by
`domain.audit.record` in the transaction of each admin change; this module only reads them."""

from __future__ import annotations

import datetime as dt
import enum

import strawberry
from strawberry.scalars import JSON

from api.accounts_types import User
from api.mapped import mapped
from api.permissions import require_admin
from api.relay import Connection, SortDirection, decode_id, encode_id, paginate, sort_of
from db import models as m
from db.engine import read_session
from domain import list_order
from domain.read_models import operations as read
from domain.read_models import users


@strawberry.input(description="Every given condition must hold.")
class AuditLogFilter:
    actor_id: strawberry.ID | None = strawberry.field(default=None, description="The user who acted.")
    action: str | None = strawberry.field(
        default=None, description="An action (`charger.approve`) or an area prefix (`charger.`)."
    )
    target_type: str | None = strawberry.field(default=None, description="e.g. Charger, User, Tariff.")
    from_: dt.datetime | None = strawberry.field(default=None, name="from", description="At or after.")
    to: dt.datetime | None = strawberry.field(default=None, description="Before.")


@strawberry.enum(description="What the audit log can be sorted by.")
class AuditSortField(enum.Enum):
    CREATED_AT = "created_at"
    ACTION = "action"
    TARGET_TYPE = "target_type"


@strawberry.input(description="The order of the audit log.")
class AuditOrder:
    field: AuditSortField
    direction: SortDirection = SortDirection.DESC


@strawberry.type(description="One change made through the API, recorded with the change itself.")
class AuditEntry:
    id: strawberry.ID
    created_at: dt.datetime
    action: str = strawberry.field(description="`<area>.<verb>`, e.g. `wallet.refund`.")
    actor: User | None = strawberry.field(description="Who did it (null if the account was deleted).")
    target_type: str | None
    target_id: strawberry.ID | None = strawberry.field(
        description="The global id of the object changed (of type `targetType`)."
    )
    details: JSON | None = strawberry.field(description="What changed (secrets masked).")

    @classmethod
    def from_model(cls, row: m.AuditLog, actor: m.User | None) -> AuditEntry:
        target = None
        if row.target_type and row.target_id is not None:
            target = encode_id(row.target_type, row.target_id)
        return mapped(
            cls,
            row,
            id=encode_id("AuditEntry", row.id),
            actor=User.from_model(actor) if actor is not None else None,
            target_id=target,
        )


@strawberry.type
class Query:
    @strawberry.field(description="Admins: the audit log, newest first.")
    async def audit_log(
        self,
        info: strawberry.Info,
        first: int | None = None,
        after: str | None = None,
        filter: AuditLogFilter | None = None,
        order_by: AuditOrder | None = None,
    ) -> Connection[AuditEntry]:
        await require_admin(info)
        f = filter or AuditLogFilter()
        q = read.audit_log(
            actor_id=decode_id(f.actor_id, "User", field="actorId") if f.actor_id else None,
            action=f.action,
            target_type=f.target_type,
            since=f.from_,
            until=f.to,
        )
        async with read_session(info.context.platform.sessionmaker) as s:
            conn = await paginate(
                s,
                q,
                to_node=lambda r: r,
                first=first,
                after=after,
                order=sort_of(list_order.AUDIT, order_by),
            )
            rows: list[m.AuditLog] = [e.node for e in conn.edges]  # type: ignore[misc]
            actors = await users.by_ids(s, (r.actor_id for r in rows if r.actor_id is not None))
        for edge in conn.edges:
            row: m.AuditLog = edge.node  # type: ignore[assignment]
            edge.node = AuditEntry.from_model(row, actors.get(row.actor_id) if row.actor_id else None)  # type: ignore[assignment]
        return conn  # type: ignore[return-value]
