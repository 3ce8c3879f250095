"""Connection diagnostics (admins): chargers' connections, disconnections and refused connections,
fleet-wide or per charger, live. Stored by `ocpp_server.connection_log`, read through
`domain.connection_log`."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import AsyncGenerator
from typing import Any

import strawberry

from api.permissions import require_admin
from api.relay import (
    Connection,
    SortDirection,
    decode_id,
    encode_id,
    list_page,
    page_window,
    sort_of,
)
from api.subscriptions import stream
from db.engine import read_session
from db.models import ChargerConnectionEvent
from domain import connection_log, list_order
from domain import events as ev
from domain.errors import InvalidInput

CHARGER_TYPE = "Charger"


@strawberry.type(description="A charger's connection, disconnection or refused connection.")
class ConnectionEvent:
    id: strawberry.ID | None
    charger_id: strawberry.ID | None = strawberry.field(
        description="None: the id is not a registered charger."
    )
    charge_point_id: str
    kind: str = strawberry.field(
        description="connected, disconnected or refused; subscribed: the first event, once the "
        "subscription is in place."
    )
    reason: str | None = strawberry.field(
        description="Why (a code: unknown_id, wrong_password, missing_credentials, bad_subprotocol, "
        "profile_mismatch, client_certificate, invalid_id, tls_failure, server_error, "
        "closed_by_charger, ping_timeout, connection_lost, closed_by_server, replaced)."
    )
    reason_text: str | None = strawberry.field(description="The reason, in words.")
    detail: str | None
    remote_address: str | None
    code: int | None = strawberry.field(
        description="The HTTP status of a refusal; the WebSocket close code of a disconnect."
    )
    at: dt.datetime | None
    lagged: int = 0


def _event(
    *,
    id: int | None,
    charger_id: int | None,
    charge_point_id: str,
    kind: str,
    reason: str | None,
    detail: str | None,
    remote_address: str | None,
    code: int | None,
    at: dt.datetime | None,
) -> ConnectionEvent:
    return ConnectionEvent(
        id=encode_id("ConnectionEvent", id) if id is not None else None,
        charger_id=encode_id(CHARGER_TYPE, charger_id) if charger_id is not None else None,
        charge_point_id=charge_point_id,
        kind=kind,
        reason=reason,
        reason_text=connection_log.REASONS.get(reason or ""),
        detail=detail,
        remote_address=remote_address,
        code=code,
        at=at,
    )


def from_row(r: ChargerConnectionEvent) -> ConnectionEvent:
    return _event(
        id=r.id,
        charger_id=r.charger_id,
        charge_point_id=r.charge_point_id,
        kind=r.kind,
        reason=r.reason,
        detail=r.detail,
        remote_address=r.remote_address,
        code=r.code,
        at=r.created_at,
    )


def from_bus(e: dict[str, Any]) -> ConnectionEvent:
    stamp = e.get("timestamp")
    return _event(
        id=None,
        charger_id=e.get("charger_id"),
        charge_point_id=str(e.get("charge_point_id") or ""),
        kind=str(e.get("kind") or ""),
        reason=e.get("reason"),
        detail=e.get("detail"),
        remote_address=e.get("remote_address"),
        code=e.get("code"),
        at=dt.datetime.fromisoformat(stamp) if isinstance(stamp, str) else None,
    )


@strawberry.enum(description="What a list of connection events can be sorted by.")
class ConnectionEventSortField(enum.Enum):
    AT = "at"
    CHARGE_POINT_ID = "charge_point_id"
    KIND = "kind"
    REASON = "reason"
    REMOTE_ADDRESS = "remote_address"


@strawberry.input(description="The order of a list of connection events.")
class ConnectionEventOrder:
    field: ConnectionEventSortField
    direction: SortDirection = SortDirection.DESC


@strawberry.type(description="A charger's last connect, last disconnect (and why) and last refusal.")
class ConnectionSummary:
    last_connect: ConnectionEvent | None
    last_disconnect: ConnectionEvent | None
    last_refusal: ConnectionEvent | None


KINDS = (connection_log.CONNECTED, connection_log.DISCONNECTED, connection_log.REFUSED)


def _check_filters(kind: str | None, reason: str | None) -> None:
    if kind is not None and kind not in KINDS:
        raise InvalidInput(f"kind must be one of {', '.join(KINDS)}.", field="kind")
    if reason is not None and reason not in connection_log.REASONS:
        raise InvalidInput("Unknown reason.", field="reason")


@strawberry.type
class Query:
    @strawberry.field(
        description="Admins: chargers' connections, disconnections and refused connections, newest "
        "first or in `orderBy` (fleet-wide, or of one charger)."
    )
    async def connection_events(
        self,
        info: strawberry.Info,
        charger_id: strawberry.ID | None = None,
        charge_point_id: str | None = None,
        kind: str | None = None,
        reason: str | None = None,
        order_by: ConnectionEventOrder | None = None,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[ConnectionEvent]:
        await require_admin(info, write=False)
        _check_filters(kind, reason)
        cid = decode_id(charger_id, CHARGER_TYPE, field="chargerId") if charger_id is not None else None
        return await list_page(
            info,
            connection_log.listing(charger_id=cid, charge_point_id=charge_point_id, kind=kind, reason=reason),
            to_node=from_row,
            **page_window(first, after, last, before),
            order=sort_of(list_order.CONNECTION_EVENTS, order_by),
        )

    @strawberry.field(description="Admins: a charger's last connect, last disconnect and last refusal.")
    async def charger_connection_summary(
        self, info: strawberry.Info, charger_id: strawberry.ID
    ) -> ConnectionSummary:
        await require_admin(info, write=False)
        cid = decode_id(charger_id, CHARGER_TYPE, field="chargerId")
        async with read_session(info.context.platform.sessionmaker) as s:
            found = await connection_log.summary(s, cid)

        def one(r: ChargerConnectionEvent | None) -> ConnectionEvent | None:
            return from_row(r) if r is not None else None

        return ConnectionSummary(
            last_connect=one(found.last_connect),
            last_disconnect=one(found.last_disconnect),
            last_refusal=one(found.last_refusal),
        )


@strawberry.type
class Subscription:
    @strawberry.subscription(
        description="Admins: chargers' connections, disconnections and refused connections as they "
        "happen (fleet-wide, or of one charger). The first event (kind `subscribed`, no id) comes once "
        "the subscription is in place: read the connections then."
    )
    async def connection_events(
        self, info: strawberry.Info, charger_id: strawberry.ID | None = None
    ) -> AsyncGenerator[ConnectionEvent, None]:
        await require_admin(info, write=False)
        cid = decode_id(charger_id, CHARGER_TYPE, field="chargerId") if charger_id is not None else None

        def transform(e: dict[str, Any]) -> ConnectionEvent | None:
            if e.get("type") != "connection" or (cid is not None and e.get("charger_id") != cid):
                return None
            return from_bus(e)

        async def subscribed() -> ConnectionEvent:
            return ConnectionEvent(
                id=None,
                charger_id=charger_id,
                charge_point_id="",
                kind="subscribed",
                reason=None,
                reason_text=None,
                detail=None,
                remote_address=None,
                code=None,
                at=None,
            )

        async for item in stream(info, (ev.CONNECTIONS,), transform, initial=subscribed):
            yield item
