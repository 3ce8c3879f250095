"""The command history (admins): each command sent to chargers with who sent it, the charger's answer,
the latency and, for RemoteStartTransaction, what became of it; live. Also the id tag search that
the console's idTag fields offer."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import AsyncGenerator
from typing import Any

import strawberry
from strawberry.scalars import JSON

from api.mapped import mapped
from api.permissions import require_admin
from api.relay import Connection, SortDirection, decode_id, encode_id, page_window, paginate, sort_of
from api.subscriptions import stream
from db.engine import read_session
from db.models import OcppCommand
from domain import command_history, list_order
from domain import events as ev

COMMAND_TYPE = "OcppCommand"


@strawberry.type(description="A command sent to a charger.")
class OcppCommandRecord:
    id: strawberry.ID
    charger_id: strawberry.ID
    charge_point_id: str
    action: str
    request: JSON | None = strawberry.field(description="What was sent (secrets masked).")
    response: JSON | None = strawberry.field(description="The charger's answer (secrets masked).")
    status: str = strawberry.field(description="sent, completed, error or timeout.")
    error: str | None
    sent_by: str | None = strawberry.field(description="The admin's email; None: the platform itself.")
    api_key_name: str | None
    origin: str | None = strawberry.field(description="admin, api_key, app, or None (the platform).")
    latency_ms: int | None
    outcome: str | None = strawberry.field(
        description="RemoteStartTransaction: started, rejected, timed_out, waiting or not_delivered."
    )
    outcome_deadline: dt.datetime | None = strawberry.field(
        description="RemoteStartTransaction waiting: when it counts as timed out."
    )
    session_id: strawberry.ID | None = strawberry.field(description="RemoteStartTransaction: the session.")
    transaction_id: int | None
    created_at: dt.datetime
    completed_at: dt.datetime | None


def _record(r: command_history.HistoryRow) -> OcppCommandRecord:
    c = r.command
    return mapped(
        OcppCommandRecord,
        c,
        id=encode_id(COMMAND_TYPE, c.id),
        charger_id=encode_id("Charger", c.charger_id),
        charge_point_id=r.charge_point_id,
        sent_by=r.user_email,
        api_key_name=r.api_key_name,
        latency_ms=r.latency_ms,
        outcome=r.outcome,
        outcome_deadline=r.outcome_deadline,
        session_id=encode_id("ChargingSession", c.session_id) if c.session_id is not None else None,
        transaction_id=c.session_id,
    )


@strawberry.enum(description="What the command history can be sorted by.")
class OcppCommandSortField(enum.Enum):
    SENT_AT = "created_at"
    ACTION = "action"
    STATUS = "status"
    CHARGER = "charge_point_id"


@strawberry.input(description="The order of the command history.")
class OcppCommandOrder:
    field: OcppCommandSortField
    direction: SortDirection = SortDirection.DESC


@strawberry.type(description="An id tag matching a search, with its owner.")
class IdTagMatch:
    id_tag: str
    status: str
    kind: str
    label: str | None
    expires_at: dt.datetime | None
    user_email: str | None
    user_name: str | None


@strawberry.type(description="A command was sent, answered, or (RemoteStartTransaction) started a session.")
class OcppCommandEvent:
    command_id: strawberry.ID | None
    charger_id: strawberry.ID
    charge_point_id: str
    action: str
    status: str
    lagged: int = 0


@strawberry.type
class Query:
    @strawberry.field(
        description="Admins: commands sent to chargers, newest first (or in `orderBy`); all, one "
        "charger's, or one action's."
    )
    async def ocpp_commands(
        self,
        info: strawberry.Info,
        charger_id: strawberry.ID | None = None,
        action: str | None = None,
        order_by: OcppCommandOrder | None = None,
        first: int | None = 25,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[OcppCommandRecord]:
        await require_admin(info, write=False)
        cid = decode_id(charger_id, "Charger", field="chargerId") if charger_id is not None else None
        platform = info.context.platform
        window = dt.timedelta(seconds=platform.settings.remote_start_timeout_seconds)
        async with read_session(platform.sessionmaker) as s:
            conn = await paginate(
                s,
                command_history.commands(charger_id=cid, action=action),
                key=OcppCommand.id,
                to_node=lambda c: c,
                **page_window(first, after, last, before),
                order=sort_of(list_order.COMMANDS, order_by),
            )
            page: list[OcppCommand] = [e.node for e in conn.edges]  # type: ignore[misc]
            rows = await command_history.history_rows(s, page, remote_start_window=window)
        for edge, row in zip(conn.edges, rows, strict=True):
            edge.node = _record(row)  # type: ignore[assignment]
        return conn  # type: ignore[return-value]

    @strawberry.field(description="Admins: id tags whose value, owner's email or name contains `text`.")
    async def id_tag_search(self, info: strawberry.Info, text: str, first: int = 10) -> list[IdTagMatch]:
        await require_admin(info, write=False)
        if not text.strip():
            return []
        async with read_session(info.context.platform.sessionmaker) as s:
            found = await command_history.search_id_tags(s, text, limit=first)
        return [
            IdTagMatch(
                id_tag=m.tag.id_tag,
                status=m.tag.status,
                kind=m.tag.kind,
                label=m.tag.label,
                expires_at=m.tag.expires_at,
                user_email=m.user_email,
                user_name=m.user_name,
            )
            for m in found
        ]


@strawberry.type
class Subscription:
    @strawberry.subscription(
        description="Admins: commands as they are sent and answered (all, or one charger's). The first "
        "event (status `subscribed`, no command) comes once the subscription is in place: read the "
        "commands then."
    )
    async def ocpp_command_updates(
        self, info: strawberry.Info, charger_id: strawberry.ID | None = None
    ) -> AsyncGenerator[OcppCommandEvent, None]:
        await require_admin(info, write=False)
        cid = decode_id(charger_id, "Charger", field="chargerId") if charger_id is not None else None

        def transform(e: dict[str, Any]) -> OcppCommandEvent | None:
            if e.get("type") != "command" or (cid is not None and e.get("charger_id") != cid):
                return None
            command_id = e.get("command_id")
            return OcppCommandEvent(
                command_id=encode_id(COMMAND_TYPE, command_id) if command_id is not None else None,
                charger_id=encode_id("Charger", e.get("charger_id") or 0),
                charge_point_id=str(e.get("charge_point_id") or ""),
                action=str(e.get("action") or ""),
                status=str(e.get("status") or ""),
            )

        async def subscribed() -> OcppCommandEvent:
            return OcppCommandEvent(
                command_id=None,
                charger_id=strawberry.ID(str(charger_id) if charger_id is not None else ""),
                charge_point_id="",
                action="",
                status="subscribed",
            )

        async for item in stream(info, (ev.COMMANDS,), transform, initial=subscribed):
            yield item
