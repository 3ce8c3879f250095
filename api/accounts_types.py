"""GraphQL types of the accounts area: User, Vehicle, IdTag, ApiKey, tokens, and the money shape.

Every nested field of `User` checks that the viewer is that user or an admin, so a `User`
reached from anywhere (e.g. a session's driver, for an admin) never exposes another user's data.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import Enum
from typing import Any

import strawberry

from api.mapped import mapped
from api.permissions import require_viewer
from api.relay import Connection, encode_id, list_page, page_window
from db import models as m
from db.engine import read_session
from domain.errors import NotFound
from domain.read_models import accounts as read
from domain.read_models import sessions as read_sessions


@strawberry.enum(description="What a user may do: drivers manage their own data, admins everything.")
class Role(Enum):
    DRIVER = "driver"
    ADMIN = "admin"


@strawberry.enum
class ApiKeyScope(Enum):
    READ = "read"
    READ_WRITE = "read_write"


@strawberry.enum
class IdTagKind(Enum):
    RFID = "rfid"
    APP = "app"


@strawberry.enum
class IdTagStatus(Enum):
    ACCEPTED = "Accepted"
    BLOCKED = "Blocked"
    EXPIRED = "Expired"
    INVALID = "Invalid"


@strawberry.enum
class VehicleConnectorType(Enum):
    CCS2 = "CCS2"
    TYPE2 = "Type2"
    CHADEMO = "CHAdeMO"
    GBT = "GB-T"


@strawberry.type(description="An amount of money: `amount` in the currency's major unit (e.g. 12.50 MYR).")
class Money:
    amount: Decimal
    currency: str

    @classmethod
    def from_sen(cls, sen: int, currency: str = "MYR") -> Money:
        return cls(amount=(Decimal(sen) / 100).quantize(Decimal("0.01")), currency=currency)


async def ensure_can_view(info: strawberry.Info, user_id: int) -> None:
    """The viewer is this user or an admin; otherwise NotFound (indistinguishable from missing)."""
    viewer = await require_viewer(info)
    if viewer.user.id != user_id and not viewer.is_admin:
        raise NotFound()


@strawberry.type
class Vehicle:
    id: strawberry.ID
    brand: str
    model: str
    battery_kwh: Decimal | None
    connector_type: VehicleConnectorType | None
    nickname: str | None
    plate_number: str | None
    created_at: dt.datetime
    pk: strawberry.Private[int]
    user_id: strawberry.Private[int]

    @classmethod
    def from_model(cls, v: m.Vehicle) -> Vehicle:
        return mapped(
            cls,
            v,
            id=encode_id("Vehicle", v.id),
            connector_type=VehicleConnectorType(v.connector_type) if v.connector_type else None,
            pk=v.id,
        )


@strawberry.type(description="An OCPP idTag: the user's app tag or an RFID card.")
class IdTag:
    id: strawberry.ID
    id_tag: str = strawberry.field(description="The value chargers see (OCPP idTag).")
    kind: IdTagKind
    status: IdTagStatus
    label: str | None
    expires_at: dt.datetime | None
    created_at: dt.datetime
    pk: strawberry.Private[int]
    user_id: strawberry.Private[int | None]

    @classmethod
    def from_model(cls, t: m.IdTag) -> IdTag:
        return cls(**id_tag_fields(t), pk=t.id, user_id=t.user_id)


def id_tag_fields(t: m.IdTag) -> dict[str, Any]:
    """The fields every GraphQL type of an id tag shows."""
    return {
        "id": encode_id("IdTag", t.id),
        "id_tag": t.id_tag,
        "kind": IdTagKind(t.kind),
        "status": IdTagStatus(t.status),
        "label": t.label,
        "expires_at": t.expires_at,
        "created_at": t.created_at,
    }


@strawberry.type(description="An integrator API key. The secret is shown once, when it is created.")
class ApiKey:
    id: strawberry.ID
    name: str
    prefix: str = strawberry.field(description="The first characters of the key, to recognise it.")
    scope: ApiKeyScope
    created_at: dt.datetime
    last_used_at: dt.datetime | None
    revoked_at: dt.datetime | None
    pk: strawberry.Private[int]

    @strawberry.field
    def revoked(self) -> bool:
        return self.revoked_at is not None

    @classmethod
    def from_model(cls, k: m.ApiKey) -> ApiKey:
        return mapped(cls, k, id=encode_id("ApiKey", k.id), scope=ApiKeyScope(k.scope), pk=k.id)


@strawberry.type(description="A user's wallet as the ledger holds it.")
class WalletSummary:
    balance: Money
    debt: Money = strawberry.field(description="What the user owes (zero when nothing).")


@strawberry.type(description="A charging session of a user (summary; the sessions area has the full type).")
class UserChargingSession:
    id: strawberry.ID
    transaction_id: int
    connector_id: int
    id_tag: str
    status: str
    started_at: dt.datetime
    stopped_at: dt.datetime | None
    energy_wh: int | None
    total_cost: Money | None
    stop_reason: str | None

    @classmethod
    def from_model(cls, s: m.ChargingSession) -> UserChargingSession:
        return mapped(
            cls,
            s,
            id=encode_id("ChargingSession", s.id),
            transaction_id=s.id,
            total_cost=Money.from_sen(s.total_cost_sen, s.currency) if s.total_cost_sen is not None else None,
        )


PageArgs = dict[str, Any]


async def _owned_page(
    info: strawberry.Info, owner_pk: int, stmt: Any, to_node: Any, page: PageArgs, **kw: Any
) -> Any:
    """A page of rows the user owns, once the viewer may see that user."""
    await ensure_can_view(info, owner_pk)
    return await list_page(info, stmt, to_node=to_node, **page, **kw)


@strawberry.type
class User:
    id: strawberry.ID
    email: str | None
    name: str
    phone: str | None
    role: Role
    disabled: bool
    email_verified: bool
    created_at: dt.datetime
    last_login_at: dt.datetime | None
    deleted: bool
    locale: str | None = strawberry.field(description="The app's and the mails' language (en, ms, zh).")
    pk: strawberry.Private[int]

    @classmethod
    def from_model(cls, u: m.User) -> User:
        return mapped(
            cls, u, id=encode_id("User", u.id), role=Role(u.role), deleted=u.deleted_at is not None, pk=u.id
        )

    @strawberry.field(description="The user's vehicles.")
    async def vehicles(
        self,
        info: strawberry.Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[Vehicle]:
        stmt = read.vehicles_of(self.pk)
        page = page_window(first, after, last, before)
        return await _owned_page(info, self.pk, stmt, Vehicle.from_model, page, descending=False)

    @strawberry.field(description="The user's id tags (app tag and RFID cards).")
    async def id_tags(
        self,
        info: strawberry.Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[IdTag]:
        stmt = read.id_tags_of(self.pk)
        page = page_window(first, after, last, before)
        return await _owned_page(info, self.pk, stmt, IdTag.from_model, page, descending=False)

    @strawberry.field(description="The user's API keys (secrets are never shown again).")
    async def api_keys(
        self,
        info: strawberry.Info,
        include_revoked: bool = False,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[ApiKey]:
        stmt = read.api_keys_of(self.pk, include_revoked=include_revoked)
        page = page_window(first, after, last, before)
        return await _owned_page(info, self.pk, stmt, ApiKey.from_model, page)

    @strawberry.field(description="Wallet balance and debt, from the ledger.")
    async def wallet(self, info: strawberry.Info) -> WalletSummary:
        from domain import ledger

        await ensure_can_view(info, self.pk)
        currency = info.context.platform.settings.currency
        async with read_session(info.context.platform.sessionmaker) as session:
            balance = await ledger.wallet_balance(session, self.pk)
            debt = await ledger.debt_owed(session, self.pk)
        return WalletSummary(balance=Money.from_sen(balance, currency), debt=Money.from_sen(debt, currency))

    @strawberry.field(description="The user's charging sessions, newest first.")
    async def charging_sessions(
        self,
        info: strawberry.Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[UserChargingSession]:
        await ensure_can_view(info, self.pk)
        return await list_page(
            info,
            read_sessions.of_user(self.pk),
            to_node=UserChargingSession.from_model,
            **page_window(first, after, last, before),
        )


@strawberry.type(description="A signed-in session: a short-lived access token and a rotating refresh token.")
class AuthTokens:
    access_token: str
    access_token_expires_at: dt.datetime
    refresh_token: str
    refresh_token_expires_at: dt.datetime
    token_type: str = "Bearer"


def auth_tokens(pair: Any) -> AuthTokens:
    return AuthTokens(
        access_token=pair.access_token,
        access_token_expires_at=pair.access_expires_at,
        refresh_token=pair.refresh_token,
        refresh_token_expires_at=pair.refresh_expires_at,
    )
