"""What the driver app needs beyond the money area: `activeSession` (the running session to resume
live charging after a reload), and the resolvers behind ChargingSession.charger / pointsAwarded /
receipt. The session fields are reached only through an already authorized session (the viewer's
own, or any for admins), so they never widen access."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Awaitable
from typing import TYPE_CHECKING

import strawberry
from strawberry.dataloader import DataLoader

from api.accounts_types import Money
from api.permissions import require_user
from api.relay import encode_id
from api.sessions import ChargingSession, session_node
from api.stations import SessionCharger
from db.engine import read_session
from db.models import utcnow
from domain import billing
from domain.errors import InvalidInput
from domain.read_models import sessions as read

if TYPE_CHECKING:
    from api.invoices import Receipt


def _charger_loader(info: strawberry.Info) -> DataLoader[int, SessionCharger | None]:
    """The request's loader of sessions' chargers: one query (a read-only snapshot) for all the
    sessions of a page, not one per session."""
    cache = info.context.cache
    loader: DataLoader[int, SessionCharger | None] | None = cache.get("session_charger_loader")
    if loader is None:
        platform = info.context.platform

        async def load(pks: list[int]) -> list[SessionCharger | None]:
            async with read_session(platform.sessionmaker) as s:
                rows = await read.session_chargers_by_ids(s, pks)
            found = {pk: SessionCharger.of(c) for pk, c in rows.items()}
            return [found.get(pk) for pk in pks]

        loader = cache["session_charger_loader"] = DataLoader(load_fn=load)
    return loader


def session_charger(
    info: strawberry.Info, charger_pk: int | None
) -> SessionCharger | None | Awaitable[SessionCharger | None]:
    """A session's charger: at once when the request has it already (read with a page of
    sessions, `prime_session_chargers`, or by an earlier session), else the loader's awaitable."""
    if charger_pk is None:
        return None
    loader = _charger_loader(info)
    known = loader.cache_map.get(charger_pk)
    if known is not None and known.done() and not known.cancelled() and known.exception() is None:
        return known.result()
    return loader.load(charger_pk)


def prime_session_chargers(info: strawberry.Info, chargers: dict[int, SessionCharger | None]) -> None:
    """The chargers of a page of sessions by pk, already read with the page: `charger` answers from
    them instead of opening a read of its own (None: a missing one answers null, as the loader would)."""
    loader = _charger_loader(info)
    for pk, charger in chargers.items():
        loader.prime(pk, charger)


async def session_cost_so_far(info: strawberry.Info, session_pk: int) -> Money | None:
    """The running cost of an unbilled session, priced as billing will price it (read-only)."""
    async with read_session(info.context.platform.sessionmaker) as s:
        tx = await read.by_id(s, session_pk)
        if tx is None:
            return None
        cost = await billing.cost_so_far(s, tx)
    return Money.from_sen(cost.total_sen, cost.currency)


async def session_points(info: strawberry.Info, session_pk: int, user_pk: int | None) -> int:
    """Points credited to the session's driver for this session (its own points and a referral)."""
    if user_pk is None:
        return 0
    async with read_session(info.context.platform.sessionmaker) as s:
        return await read.points_earned(s, session_pk, user_pk)


async def session_receipt(info: strawberry.Info, receipt_pk: int | None) -> Receipt | None:
    from api.invoices import Receipt

    if receipt_pk is None:
        return None
    async with read_session(info.context.platform.sessionmaker) as s:
        r = await read.receipt(s, receipt_pk)
    return Receipt.from_model(r, info.context.platform.secret_key) if r is not None else None


@strawberry.enum(description="Why a start was refused although the card or app tag is fine.")
class StartRefusalReason(enum.Enum):
    NO_CREDIT = "no_credit"


@strawberry.enum(description="Where the start was refused.")
class StartRefusalStage(enum.Enum):
    AUTHORIZE = "authorize"
    START_TRANSACTION = "start_transaction"


@strawberry.type(
    description="A start the platform refused for a reason you can fix: with NO_CREDIT the wallet held "
    "less than `required` when the card was presented; top up to charge."
)
class StartRefusal:
    id: strawberry.ID
    reason: StartRefusalReason
    stage: StartRefusalStage
    charge_point_id: str | None
    charger_name: str | None
    connector_id: int | None
    required: Money = strawberry.field(description="The minimum balance needed to start.")
    balance: Money = strawberry.field(description="The wallet balance at the refusal.")
    shortfall: Money = strawberry.field(description="What was missing: required minus balance.")
    stopped_session: bool = strawberry.field(
        description="The charger had started anyway (offline or from its list) and was told to stop."
    )
    created_at: dt.datetime


@strawberry.type
class Query:
    @strawberry.field(
        description="Starts refused to you at a charger (e.g. a card presented with too little in the "
        "wallet), newest first, from the last `days` days (1-30)."
    )
    async def my_start_refusals(
        self, info: strawberry.Info, first: int = 5, days: int = 7
    ) -> list[StartRefusal]:
        user = await require_user(info)
        if not 1 <= first <= 50:
            raise InvalidInput("first must be between 1 and 50.", field="first")
        if not 1 <= days <= 30:
            raise InvalidInput("days must be between 1 and 30.", field="days")
        since = utcnow() - dt.timedelta(days=days)
        async with read_session(info.context.platform.sessionmaker) as s:
            rows = await read.start_refusals(s, user.id, since, first)
        return [
            StartRefusal(
                id=encode_id("StartRefusal", r.id),
                reason=StartRefusalReason(r.reason),
                stage=StartRefusalStage(r.stage),
                charge_point_id=cpid,
                charger_name=name,
                connector_id=r.connector_id,
                required=Money.from_sen(r.required_sen, r.currency),
                balance=Money.from_sen(r.balance_sen, r.currency),
                shortfall=Money.from_sen(max(0, r.required_sen - r.balance_sen), r.currency),
                stopped_session=r.transaction_id is not None,
                created_at=r.created_at,
            )
            for r, cpid, name in rows
        ]

    @strawberry.field(
        description="Your running charging session (the latest, if several), to resume the live "
        "screen after a reload; null when none is running."
    )
    async def active_session(self, info: strawberry.Info) -> ChargingSession | None:
        user = await require_user(info)
        async with read_session(info.context.platform.sessionmaker) as s:
            tx = await read.active_of_user(s, user.id)
            return await session_node(s, tx) if tx is not None else None
