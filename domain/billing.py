"""Billing of charging sessions, called from the OCPP transaction hooks (``domain.transactions``).

- At start: the tariff (charger's own, else the default) is snapshotted on the session, with the
  driver's active membership.
- While charging (every meter reading): the **prepaid guard** prices the session so far; when the
  running cost reaches the wallet balance minus ``PREPAID_MARGIN_SEN`` the session is stopped
  remotely (RemoteStopTransaction, sent after the database transaction commits, once per session).
- At stop (StopTransaction, also a late queued one): the session is billed **exactly once** in the same
  database transaction: ``UPDATE charging_sessions SET billed = true WHERE id = ? AND billed = false``
  claims it, the charge posting has the UNIQUE key ``charge:<session id>`` and the receipt a UNIQUE
  session id. The wallet pays what it holds; any remainder is recorded on the driver's debt account
  (settled from the next top-up), never lost and never a negative wallet. Points are awarded, a first
  paid session rewards the referral, pending rewards and the plan are applied, a receipt is issued.

Side effects that must wait for the commit (wallet events, the remote stop, the charging request's
event) are staged on the transaction's unit of work (:mod:`domain.uow`), which delivers them after the
commit and drops them on a rollback.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from db.engine import read_session
from db.models import (
    Charger,
    ChargingSession,
    LedgerAccount,
    Membership,
    MembershipPlan,
    RewardRedemption,
    utcnow,
)
from domain import (
    authorization,
    events,
    ledger,
    memberships,
    platform_settings,
    push,
    receipts,
    rewards,
    transactions,
    uow,
)
from domain.errors import InvalidInput
from domain.localtime import DEFAULT_TIME_ZONE
from domain.ports import DomainPlatform, DomainSettings
from domain.tariffs import (
    FREE,
    Benefits,
    Cost,
    TariffSnapshot,
    Usage,
    compute_cost,
    compute_total_sen,
    tariff_for_charger,
)

log = logging.getLogger("plagsini.billing")

#: Points to each side when a referred driver completes a first paid session (see settings).
DEFAULT_REFERRAL_POINTS = 100


def _settings(session: AsyncSession) -> DomainSettings | None:
    return uow.settings_of(session)


def time_zone(settings: DomainSettings | None) -> str:
    """The platform's time zone (the TIME_ZONE setting), for what a person reads."""
    return settings.time_zone if settings is not None else DEFAULT_TIME_ZONE


# ----------------------------------------------------------------------------------------- start


async def on_transaction_started(session: AsyncSession, tx: ChargingSession) -> None:
    snapshot = await tariff_for_charger(session, tx.charger_id)
    tx.tariff_id = snapshot.tariff_id
    tx.tariff_snapshot = snapshot.to_json()
    if tx.user_id is not None:
        m = await memberships.active_membership(session, tx.user_id, tx.started_at)
        if m is not None:
            tx.membership_id = m.id


#: Parsed tariff snapshots by content: every meter reading of a live session prices it with the same
#: snapshot, and parsing its Decimals each time was a visible share of the ingest path's time.
_SNAPSHOTS: dict[tuple[tuple[str, Any], ...], TariffSnapshot] = {}
_SNAPSHOTS_MAX = 1024


def snapshot_of(tx: ChargingSession) -> TariffSnapshot:
    data = tx.tariff_snapshot
    if not data:
        return FREE
    try:
        key = tuple(sorted(data.items()))
        cached = _SNAPSHOTS.get(key)
    except TypeError:  # an unhashable value: parse it each time
        return TariffSnapshot.from_json(data)
    if cached is None:
        if len(_SNAPSHOTS) >= _SNAPSHOTS_MAX:
            _SNAPSHOTS.clear()
        cached = _SNAPSHOTS[key] = TariffSnapshot.from_json(data)
    return cached


async def session_benefits(
    session: AsyncSession, tx: ChargingSession
) -> tuple[Benefits, Membership | None, Any]:
    if tx.user_id is None:
        return Benefits(), None, None
    (m,) = await memberships.memberships_for(session, [(tx.user_id, tx.membership_id, tx.started_at)])
    plan = await session.get(MembershipPlan, m.plan_id) if m is not None else None
    reward = await rewards.collect_benefits(session, tx.user_id)
    return _benefits(plan, m, reward), m, reward


def _benefits(
    plan: MembershipPlan | None, m: Membership | None, reward: rewards.RedemptionBenefit
) -> Benefits:
    return Benefits(
        plan_name=plan.name if plan else None,
        discount_per_kwh_sen=Decimal(plan.discount_per_kwh_sen) if plan else Decimal(0),
        included_kwh_available=max(Decimal(0), Decimal(plan.included_kwh) - Decimal(m.included_kwh_used))
        if plan and m
        else Decimal(0),
        free_kwh=reward.free_kwh,
        discount_sen=reward.discount_sen,
    )


@dataclass(frozen=True, slots=True)
class LiveReads:
    """What pricing a live reading of drivers' sessions reads, read for a whole batch at once."""

    #: The session's benefits (see session_benefits), by session id.
    benefits: dict[int, Benefits]
    #: The driver's wallet balance (sen), by user id.
    balances: dict[int, int]


async def read_for_readings(session: AsyncSession, txs: Sequence[ChargingSession]) -> None:
    """Before a batch of meter readings in one transaction (the OCPP edge's group commit): read what
    `on_meter_values` needs for every live driver's session in four statements for the batch,
    instead of four per reading. Readings change neither benefits nor balances, so the batch's units
    share them; `on_meter_values` reads them itself for a session not read here."""
    live = [t for t in txs if t.user_id is not None and t.status == "Active" and not t.billed]
    if not live:
        return
    users = {t.user_id for t in live if t.user_id is not None}
    codes = {ledger.wallet_code(u): u for u in users}
    balances = dict.fromkeys(users, 0)
    for code, balance in await session.execute(
        select(LedgerAccount.code, LedgerAccount.balance_sen).where(LedgerAccount.code.in_(sorted(codes)))
    ):
        balances[codes[code]] = int(balance or 0)
    chosen = await memberships.memberships_for(
        session, [(t.user_id, t.membership_id, t.started_at) for t in live]
    )
    plan_ids = {m.plan_id for m in chosen if m is not None}
    plans: dict[int, MembershipPlan] = {}
    if plan_ids:
        q = select(MembershipPlan).where(MembershipPlan.id.in_(sorted(plan_ids)))
        plans = {p.id: p for p in await session.scalars(q)}
    reward = await rewards.collect_benefits_of(session, users)
    benefits = {
        t.id: _benefits(plans.get(m.plan_id) if m is not None else None, m, reward[t.user_id])
        for t, m in zip(live, chosen, strict=True)
        if t.user_id is not None
    }
    uow.unit_of(session).batch_reads[LiveReads] = LiveReads(benefits, balances)


def _live_reads(session: AsyncSession) -> LiveReads | None:
    reads = uow.batch_reads(session).get(LiveReads)
    return reads if isinstance(reads, LiveReads) else None


def _usage(tx: ChargingSession, *, live: bool = False) -> Usage:
    if live:
        energy = max(0, (tx.last_energy_wh or tx.meter_start) - tx.meter_start)
        end = tx.last_meter_at or tx.started_at
        # Idle time after the car stopped drawing counts up to the latest reading too.
        return Usage(
            energy_wh=energy,
            started_at=tx.started_at,
            stopped_at=max(end, tx.started_at),
            charging_ended_at=tx.charging_ended_at,
        )
    stopped = tx.stopped_at or tx.last_meter_at or tx.started_at
    return Usage(
        energy_wh=max(0, tx.energy_wh or 0),
        started_at=tx.started_at,
        stopped_at=max(stopped, tx.started_at),
        charging_ended_at=tx.charging_ended_at,
    )


def running_cost(tx: ChargingSession, benefits: Benefits | None = None) -> Cost:
    """The cost of an active session so far (from its latest meter reading)."""
    return compute_cost(snapshot_of(tx), _usage(tx, live=True), benefits or Benefits())


async def cost_so_far(session: AsyncSession, tx: ChargingSession) -> Cost:
    """The running cost of an unbilled session, priced as billing will price it (with the driver's
    membership and rewards); read-only."""
    reads = _live_reads(session)
    benefits = reads.benefits.get(tx.id) if reads is not None else None
    if benefits is None and tx.user_id is not None:
        benefits = (await session_benefits(session, tx))[0]
    return running_cost(tx, benefits)


async def running_total_sen(session: AsyncSession, tx: ChargingSession) -> int:
    """``cost_so_far(session, tx).total_sen`` without building the cost's lines (every live reading)."""
    reads = _live_reads(session)
    benefits = reads.benefits.get(tx.id) if reads is not None else None
    if benefits is None and tx.user_id is not None:
        benefits = (await session_benefits(session, tx))[0]
    return compute_total_sen(snapshot_of(tx), _usage(tx, live=True), benefits or Benefits())


async def progress_event(session: AsyncSession, session_id: int) -> events.SessionEvent | None:
    """The session's SessionEvent now (`transactions.session_event`), with its running cost while it
    is active and unbilled: what a live-progress subscriber starts from. None: no such session."""
    tx = await session.get(ChargingSession, session_id)
    if tx is None:
        return None
    running = None if tx.billed or tx.status != "Active" else (await cost_so_far(session, tx)).total_sen
    return transactions.session_event(tx, running)


# ----------------------------------------------------------------------------------------- guard


async def on_meter_values(session: AsyncSession, tx: ChargingSession) -> int | None:
    """After a live reading: the running cost (sen), which live progress events carry; and the
    prepaid guard, which stops remotely when that cost reaches the balance minus the margin."""
    if tx.status != "Active":
        return None
    total_sen = await running_total_sen(session, tx)
    if tx.user_id is None or tx.stop_requested_at is not None:
        return total_sen
    settings = _settings(session)
    margin = int(settings.prepaid_margin_sen) if settings is not None else 0
    reads = _live_reads(session)
    balance = reads.balances.get(tx.user_id) if reads is not None else None
    if balance is None:
        balance = await ledger.wallet_balance(session, tx.user_id)
    if total_sen < balance - margin:
        return total_sen
    claimed = await session.execute(
        update(ChargingSession)
        .where(ChargingSession.id == tx.id, ChargingSession.stop_requested_at.is_(None))
        .values(stop_requested_at=utcnow(), stop_requested_by="prepaid_guard")
        .execution_options(synchronize_session=False)
    )
    if claimed.rowcount != 1:  # type: ignore[attr-defined]
        return total_sen
    tx.stop_requested_at = utcnow()
    tx.stop_requested_by = "prepaid_guard"
    charger = await session.get(Charger, tx.charger_id)
    if charger is None:
        return total_sen
    cpid, tx_id = charger.charge_point_id, tx.id
    log.info("prepaid guard: stopping transaction %s (cost %s, balance %s)", tx_id, total_sen, balance)
    uow.unit_of(session).send_command(cpid, "RemoteStopTransaction", {"transactionId": tx_id})
    return total_sen


# ----------------------------------------------------------------------------------------- bill


async def on_transaction_stopped(session: AsyncSession, tx: ChargingSession) -> None:
    """Bill the session (once). A failure is logged and flagged, never raised into the charger's answer;
    ``bill_pending`` retries unbilled completed sessions."""
    from domain import charging_requests

    req = await charging_requests.mark_request_stopped(session, tx)
    if req is not None:
        event = charging_requests.request_event(req)
        uow.unit_of(session).publish(events.charging_request(event["request_id"]), event)
    try:
        async with session.begin_nested():
            await bill_session(session, tx)
    except Exception:  # noqa: BLE001
        log.exception("billing of session %s failed; it stays unbilled for bill_pending", tx.id)
        flags = list(tx.flags or [])
        if "billing_failed" not in flags:
            tx.flags = [*flags, "billing_failed"]


def refused_without_energy(tx: ChargingSession) -> bool:
    """A transaction whose start was refused (the tag not accepted, or no credit) and that delivered no
    energy: the charger recorded it, nothing was sold."""
    from domain.transactions import FLAG_ID_TAG_NOT_ACCEPTED, FLAG_NO_CREDIT

    refused = {FLAG_ID_TAG_NOT_ACCEPTED, FLAG_NO_CREDIT} & set(tx.flags or [])
    return bool(refused) and (tx.energy_wh or 0) <= 0


async def bill_session(session: AsyncSession, tx: ChargingSession) -> bool:
    """Bill a completed session in the caller's transaction. False when it was already billed."""
    claimed = await session.execute(
        update(ChargingSession)
        .where(ChargingSession.id == tx.id, ChargingSession.billed.is_(False))
        .values(billed=True, billed_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    if claimed.rowcount != 1:  # type: ignore[attr-defined]
        return False
    tx.billed = True
    tx.billed_at = utcnow()
    if tx.tariff_snapshot is None:
        tx.tariff_snapshot = (await tariff_for_charger(session, tx.charger_id)).to_json()
    # A start the platform refused (unknown or blocked tag, no credit) that delivered nothing costs
    # nothing: no session fee for a refusal, and (receipts.due) no receipt.
    snapshot = FREE if refused_without_energy(tx) else snapshot_of(tx)
    if tx.user_id is not None:
        # Lock the driver's wallet row first (MariaDB): two sessions of one driver billed at once
        # queue here, so a reward or included kWh is applied once and the balance read is the one debited.
        wallet_row = await ledger.wallet_account(session, tx.user_id)
        await session.execute(
            select(LedgerAccount.id).where(LedgerAccount.id == wallet_row.id).with_for_update()
        )
    benefits, membership, reward = await session_benefits(session, tx)
    cost = compute_cost(snapshot, _usage(tx), benefits)
    tx.cost_lines = cost.lines_json()
    tx.total_cost_sen = cost.total_sen
    tx.currency = cost.currency
    settings = _settings(session)

    if tx.user_id is not None and cost.total_sen > 0:
        wallet = await ledger.wallet_account(session, tx.user_id)
        balance = (
            await session.execute(select(LedgerAccount.balance_sen).where(LedgerAccount.id == wallet.id))
        ).scalar_one()
        paid = min(max(0, int(balance)), cost.total_sen)
        owed = cost.total_sen - paid
        revenue = await ledger.system_account(session, ledger.REVENUE)
        tax = await ledger.system_account(session, ledger.TAX)
        entries: list[tuple[LedgerAccount, int]] = [(revenue, cost.subtotal_sen), (tax, cost.tax_sen)]
        if paid:
            entries.append((wallet, -paid))
        if owed:
            entries.append((await ledger.debt_account(session, tx.user_id), -owed))
        await ledger.post(
            session,
            idempotency_key=f"charge:{tx.id}",
            kind="charge",
            entries=entries,
            memo=f"Charging session {tx.id}" + (f" ({owed} sen unpaid)" if owed else ""),
            session_id=tx.id,
        )
        if owed:
            flags = list(tx.flags or [])
            tx.flags = [*flags, "debt"] if "debt" not in flags else flags
        minimum = await authorization.required_start_balance(session, settings)
        await push.balance_check(session, tx.user_id, int(balance) - paid, minimum, cost.currency)

    if membership is not None and cost.included_kwh_used > 0:
        await session.execute(
            update(Membership)
            .where(Membership.id == membership.id)
            .values(included_kwh_used=Membership.included_kwh_used + cost.included_kwh_used)
        )
    if reward is not None and (cost.free_kwh_used > 0 or cost.discount_used_sen > 0):
        ids = await _consumed_redemptions(session, reward, cost)
        if ids:
            await session.execute(
                update(RewardRedemption)
                .where(RewardRedemption.id.in_(ids), RewardRedemption.status == "pending")
                .values(status="applied", applied_session_id=tx.id, applied_at=utcnow())
            )

    if tx.user_id is not None:
        per_kwh = int(await platform_settings.effective(session, "points_per_kwh", settings))
        points = rewards.session_points(tx.energy_wh or 0, per_kwh)
        if points > 0:
            await rewards.move_points(
                session,
                user_id=tx.user_id,
                points=points,
                reason="session",
                idempotency_key=f"session:{tx.id}",
                memo=f"Charging session {tx.id}",
                session_id=tx.id,
            )
        if cost.total_sen > 0:
            ref_points = int(getattr(settings, "referral_points", DEFAULT_REFERRAL_POINTS))
            await rewards.reward_referral(session, user_id=tx.user_id, session_id=tx.id, points=ref_points)

    if receipts.due(tx.energy_wh or 0, cost.total_sen):
        receipt = await receipts.issue(
            session,
            charging_session=tx,
            lines=cost.lines_json(),
            subtotal_sen=cost.subtotal_sen,
            tax_sen=cost.tax_sen,
            total_sen=cost.total_sen,
            currency=cost.currency,
        )
        message = await receipts.receipt_mail(session, receipt, time_zone(settings))
        if message is not None:
            uow.unit_of(session).send_mail(message)
    from domain import roaming_sessions

    await roaming_sessions.billed(session, tx)  # a roaming session's CDR, in the same transaction
    await session.flush()
    return True


async def _consumed_redemptions(session: AsyncSession, reward: Any, cost: Cost) -> list[int]:
    """The pending rewards this bill used up, oldest first: free-kWh rewards until the free kWh used are
    covered, discount rewards until the discount used is covered. The others stay for the next bill."""
    from db.models import RewardItem

    left_kwh = Decimal(cost.free_kwh_used)
    left_sen = Decimal(cost.discount_used_sen)
    ids: list[int] = []
    for r in reward.redemptions:
        item = await session.get(RewardItem, r.item_id)
        if item is None or item.value is None:
            continue
        if item.kind == "free_kwh" and left_kwh > 0:
            left_kwh -= Decimal(item.value)
            ids.append(r.id)
        elif item.kind == "discount" and left_sen > 0:
            left_sen -= Decimal(int(Decimal(item.value)))
            ids.append(r.id)
    return ids


async def plan_benefits(session: AsyncSession, user_id: int | None, at: Any = None) -> Benefits:
    """The benefits of the driver's active membership at ``at`` (no rewards): what a quote shows."""
    if user_id is None:
        return Benefits()
    m = await memberships.active_membership(session, user_id, at)
    plan = await session.get(MembershipPlan, m.plan_id) if m is not None else None
    if m is None or plan is None:
        return Benefits()
    return Benefits(
        plan_name=plan.name,
        discount_per_kwh_sen=Decimal(plan.discount_per_kwh_sen),
        included_kwh_available=max(Decimal(0), Decimal(plan.included_kwh) - Decimal(m.included_kwh_used)),
    )


async def quote(
    session: AsyncSession,
    *,
    charger_id: int,
    energy_wh: int,
    charging_minutes: Decimal,
    idle_minutes: Decimal = Decimal(0),
    user_id: int | None = None,
) -> tuple[TariffSnapshot, Cost]:
    """An estimate of what a session would cost on the charger: the same :func:`compute_cost` that
    bills, with the driver's membership applied (rewards are applied only when billing)."""
    import datetime as dt

    for name, value in (("minutes", charging_minutes), ("idle_minutes", idle_minutes)):
        if not isinstance(value, Decimal) or not value.is_finite() or value < 0 or value > 14 * 24 * 60:
            raise InvalidInput("Minutes must be between 0 and 20160.", field=name)
    if energy_wh < 0 or energy_wh > 10_000_000:
        raise InvalidInput("Energy must be between 0 and 10000 kWh.", field="energy_kwh")
    snapshot = await tariff_for_charger(session, charger_id)
    start = utcnow()
    charge_end = start + dt.timedelta(microseconds=int(charging_minutes * 60_000_000))
    stop = charge_end + dt.timedelta(microseconds=int(idle_minutes * 60_000_000))
    usage = Usage(
        energy_wh=energy_wh,
        started_at=start,
        stopped_at=stop,
        charging_ended_at=charge_end if idle_minutes > 0 else None,
    )
    benefits = await plan_benefits(session, user_id, start)
    return snapshot, compute_cost(snapshot, usage, benefits)


async def bill_pending(platform: DomainPlatform) -> int:
    """Bill completed sessions that are still unbilled (after a billing failure). Returns how many."""
    async with read_session(platform.sessionmaker) as session:
        ids = list(
            (
                await session.execute(
                    select(ChargingSession.id).where(
                        ChargingSession.status == "Completed", ChargingSession.billed.is_(False)
                    )
                )
            ).scalars()
        )
    done = 0
    for sid in ids:

        async def one(session: AsyncSession, sid: int = sid) -> bool:
            tx = await session.get(ChargingSession, sid)
            return tx is not None and await bill_session(session, tx)

        if await ledger.in_transaction(platform.sessionmaker, one, bus=platform.bus):
            done += 1
    return done
