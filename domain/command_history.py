"""The command history read model: each command sent to a charger with who sent it, the charger's
answer, the latency, and for RemoteStartTransaction what became of it. Also the admins' id tag
search (for idTag fields)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import ApiKey, Charger, IdTag, OcppCommand, User, utcnow
from domain.read_models import contains_any

#: RemoteStartTransaction outcomes.
STARTED = "started"  # the charger's StartTransaction came: a session
REJECTED = "rejected"  # the charger answered Rejected (its idTag check, or busy)
TIMED_OUT = "timed_out"  # accepted, but no StartTransaction within the window
WAITING = "waiting"  # accepted, the window is still open
NOT_DELIVERED = "not_delivered"  # offline, no answer, CALLERROR


@dataclass
class HistoryRow:
    command: OcppCommand
    charge_point_id: str
    user_email: str | None
    api_key_name: str | None
    #: RemoteStartTransaction only.
    outcome: str | None
    #: RemoteStartTransaction waiting: when it times out.
    outcome_deadline: dt.datetime | None

    @property
    def latency_ms(self) -> int | None:
        c = self.command
        if c.completed_at is None:
            return None
        return max(0, int((_aware(c.completed_at) - _aware(c.created_at)).total_seconds() * 1000))


def _aware(t: dt.datetime) -> dt.datetime:
    return t if t.tzinfo is not None else t.replace(tzinfo=dt.UTC)


def remote_start_outcome(
    command: OcppCommand, *, window: dt.timedelta, now: dt.datetime | None = None
) -> tuple[str | None, dt.datetime | None]:
    """(outcome, deadline) of a RemoteStartTransaction; (None, None) for any other command."""
    if command.action != "RemoteStartTransaction":
        return None, None
    if command.session_id is not None:
        return STARTED, None
    if command.status in ("error", "timeout"):
        return NOT_DELIVERED, None
    response = command.response if isinstance(command.response, dict) else {}
    if command.status == "completed" and response.get("status") != "Accepted":
        return REJECTED, None
    deadline = _aware(command.created_at) + window
    if (now or utcnow()) >= deadline:
        return TIMED_OUT, None
    return WAITING, deadline


def commands(*, charger_id: int | None = None, action: str | None = None) -> Select[Any]:
    """Commands (of one charger, or all; of one action, or all), joined to their charger so a list can
    be sorted by its charge point id (`list_order.COMMANDS`)."""
    q = select(OcppCommand).join(Charger, Charger.id == OcppCommand.charger_id)
    if charger_id is not None:
        q = q.where(OcppCommand.charger_id == charger_id)
    if action:
        q = q.where(OcppCommand.action == action)
    return q


async def history_rows(
    session: AsyncSession, page: list[OcppCommand], *, remote_start_window: dt.timedelta
) -> list[HistoryRow]:
    """A page of commands as history rows (charge point id, sender, key name, RemoteStartTransaction
    outcome), in the page's order, in one query."""
    ids = [c.id for c in page]
    found = (
        {
            cid: (cpid, email, key_name)
            for cid, cpid, email, key_name in (
                await session.execute(
                    select(OcppCommand.id, Charger.charge_point_id, User.email, ApiKey.name)
                    .join(Charger, Charger.id == OcppCommand.charger_id)
                    .outerjoin(User, User.id == OcppCommand.user_id)
                    .outerjoin(ApiKey, ApiKey.id == OcppCommand.api_key_id)
                    .where(OcppCommand.id.in_(ids))
                )
            ).all()
        }
        if ids
        else {}
    )
    now = utcnow()
    out = []
    for cmd in page:
        cpid, email, key_name = found[cmd.id]
        outcome, deadline = remote_start_outcome(cmd, window=remote_start_window, now=now)
        out.append(HistoryRow(cmd, cpid, email, key_name, outcome, deadline))
    return out


@dataclass
class TagMatch:
    tag: IdTag
    user_email: str | None
    user_name: str | None


async def search_id_tags(session: AsyncSession, text: str, *, limit: int = 10) -> list[TagMatch]:
    """Id tags whose value, owner's email or owner's name contains `text` (any case)."""
    rows = (
        await session.execute(
            select(IdTag, User.email, User.name)
            .outerjoin(User, User.id == IdTag.user_id)
            .where(contains_any(text, IdTag.id_tag, User.email, User.name))
            .order_by(IdTag.id_tag)
            .limit(limit)
        )
    ).all()
    return [TagMatch(tag, email, name) for tag, email, name in rows]
