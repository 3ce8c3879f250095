"""The allocation service: when something changes on a managed site (a session starts or stops, a
connector's status changes, a meter reading comes in, a limit or the site's other load changes), it
recomputes the site's allocation (:mod:`domain.load.allocator`) and sends each charger its limit as an
OCPP 1.6 SetChargingProfile through the charger gateway (via :func:`domain.commands.execute`, so the
profile and the command are recorded like an admin's).

* Debounced: changes that arrive within :data:`DEBOUNCE_S` of each other are handled in one pass, so
  new limits go out within a second or two of the event.
* Safe while limits change: lowered limits are sent first and their answers awaited; raised ones
  only then. So the sum of the limits in force never exceeds a node's limit, even mid-change.
* TxProfile for a running transaction (stack level :data:`STACK_LEVEL`, in the unit the charger
  accepts: ``ChargingScheduleAllowedChargingRateUnit`` from its configuration cache, A or W), and a
  TxDefaultProfile of 0 A when a charger on a managed site boots: a transaction that starts while
  the platform cannot reach the charger waits for its share instead of drawing the charger's rating.
* A charger that rejects a profile (Rejected, NotSupported or NotImplemented) is marked so; from then
  on it is counted at its full rating and the site carries a warning (visible in the console). A
  TxProfile answered Rejected goes once more first (a station may not know the transaction yet, or it
  just ended): only a second Rejected in a row marks the charger.
* A site turned off (or left without a tree) gets the profiles this service set cleared, by id.
* A timer (:data:`TICK_S`) re-runs every managed site with sessions: time-of-day windows, stale
  readings of the other load and the rotation of paused sessions need no event.

One node allocates a site at a time: the one holding its lease (``site_loads.lead_node`` until
``lead_until``, :func:`lead`). It renews the lease every ``NODE_HEARTBEAT_SECONDS`` for
``NODE_DEAD_AFTER_SECONDS``; once a lease has expired (its node stopped or died), the next node with
something to do for the site takes it over. Only the holder polls the site's meter, sends its
failsafe profiles and its limits. Every node's reactions (:func:`touch`, :func:`measured`, ...) are
also published on the bus (``events.LOAD_EVENTS``), so those of chargers connected to other nodes
reach the holder.

State kept in memory on the node (what was sent, measured currents, who waits since when) is what a
restart or a takeover loses; what is in force is recalled from the charging profiles recorded.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import json
import logging
import math
import time
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy import or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from db.engine import read_session
from db.models import (
    Charger,
    ChargerConfiguration,
    ChargingProfile,
    ChargingSession,
    Connector,
    IdTag,
    LoadAllocationChange,
    LoadNode,
    LoadPriority,
    Membership,
    SiteLoad,
    utcnow,
)
from domain import events, localtime, uow
from domain.commands import Prepared, apply, execute, failed, prepare
from domain.errors import DomainError
from domain.gateway_errors import ChargerOffline, CommandError, CommandRejected, CommandTimeout
from domain.load import allocator, history, meter, tree
from domain.ports import DomainPlatform, EventSubscriber
from domain.tasks import cancel_and_wait

log = logging.getLogger("plagsini.load")

#: Changes within this many seconds are handled in one pass.
DEBOUNCE_S = 0.3
#: How often the meter poller looks for meters that are due.
METER_ROUND_S = 1.0
#: Every managed site with sessions is re-allocated this often (windows, stale readings, rotation).
TICK_S = 30.0
#: How long a session charges before it yields to one that waits, when not all fit (seconds).
ROTATION_S = 900.0
#: A car drawing this many amperes less than its limit is capped at what it draws plus this margin; it
#: gets its full share back when it draws within 1 A of that cap.
TAPER_MARGIN_A = 1
#: The rating of a charger whose tree nodes give none, amperes per phase.
DEFAULT_RATING_A = 32
STACK_LEVEL = 1
TX_PROFILE_ID = 18_000  # + connector id
#: What a transaction may draw before the charger accepted a limit for it: the failsafe
#: TxDefaultProfile's.
FAILSAFE_A = 0
DEFAULT_PROFILE_ID = 17_999
REJECTING = ("Rejected", "NotSupported", "NotImplemented")
#: The site phase each letter of a phase rotation stands for.
ROTATION_INDEX = {"R": 0, "S": 1, "T": 2}


@dataclass
class Turn:
    """Whether a transaction is being served, since when, and how long it has been served so far."""

    active: bool
    since: float
    served_s: float = 0.0
    seen: float = 0.0


@dataclass
class LoadManager:
    """A node's allocation service state."""

    pending_chargers: set[int] = field(default_factory=set)
    pending_sites: set[int] = field(default_factory=set)
    pending_defaults: set[int] = field(default_factory=set)
    task: asyncio.Task[None] | None = None
    ticker: asyncio.Task[None] | None = None
    meters: asyncio.Task[None] | None = None
    #: site id -> monotonic time its meter was last polled.
    polled: dict[int, float] = field(default_factory=dict)
    #: (charger id, connector id) -> (amperes per charger phase, monotonic time of the reading).
    measured: dict[tuple[int, int], tuple[list[float], float]] = field(default_factory=dict)
    #: transaction id -> (limit sent in A, its cap when it was computed).
    sent: dict[int, int] = field(default_factory=dict)
    caps: dict[int, int | None] = field(default_factory=dict)
    #: transaction id -> monotonic time its limit was accepted (older readings say nothing about it).
    sent_at: dict[int, float] = field(default_factory=dict)
    #: transaction id -> the highest limit sent to it whose answer never came (the charger may have
    #: taken it: a timeout, or a node that stopped while waiting); the limit it may hold is the higher
    #: of this and the one accepted, until a later one is accepted.
    unsure: dict[int, int] = field(default_factory=dict)
    turns: dict[int, Turn] = field(default_factory=dict)
    #: Transactions whose TxProfile goes out again on the next pass even if unchanged (`resend`).
    resend: set[int] = field(default_factory=set)
    #: Chargers whose last TxProfile was answered Rejected; the next one they reject marks them.
    rejected_once: set[int] = field(default_factory=set)
    #: Sites no longer managed (turned off, or without a tree) whose chargers' profiles were cleared.
    released: set[int] = field(default_factory=set)
    #: site id -> the transactions of its last pass.
    site_txs: dict[int, set[int]] = field(default_factory=dict)
    locks: dict[int, asyncio.Lock] = field(default_factory=dict)
    #: Why the pending sites and chargers are to be re-allocated (see `history.reason_of`).
    site_why: dict[int, set[str]] = field(default_factory=dict)
    charger_why: dict[int, set[str]] = field(default_factory=dict)
    #: site id -> monotonic time until which this node holds the site's lease (as last renewed).
    held: dict[int, float] = field(default_factory=dict)
    #: site id -> monotonic time until which another node's lease on it runs (as last read).
    elsewhere: dict[int, float] = field(default_factory=dict)
    leases: asyncio.Task[None] | None = None
    listener: asyncio.Task[None] | None = None
    #: Passes completed (tests and the bench wait on it).
    passes: int = 0
    changed: asyncio.Event = field(default_factory=asyncio.Event)


class Platform(DomainPlatform, Protocol):
    @property
    def load_manager(self) -> LoadManager: ...
    @property
    def bus(self) -> EventSubscriber: ...


# -- reactions (called by the OCPP edge after it committed what the charger reported) ----------------


def touch(platform: Platform, charger_id: int, why: str = "status_change") -> None:
    """Something changed on this charger (a session, a status): re-allocate its site soon."""
    _touch(platform, charger_id, why)
    _share(platform, {"kind": "touch", "charger_id": charger_id, "why": why})


def _touch(platform: Platform, charger_id: int, why: str) -> None:
    lm = platform.load_manager
    lm.pending_chargers.add(charger_id)
    lm.charger_why.setdefault(charger_id, set()).add(why)
    _schedule(platform)


def resend(platform: Platform, charger_id: int, tx_id: int) -> None:
    """An EV told the station its charging needs (OCPP 2.0.1 NotifyEVChargingNeeds): on a managed site
    its TxProfile goes out again on the next pass, changed or not, for the station to hand to the EV."""
    platform.load_manager.resend.add(tx_id)
    touch(platform, charger_id)


def touch_site(platform: Platform, site_id: int, why: str = "limit_change") -> None:
    """The site's tree, settings or other-load reading changed."""
    _touch_site(platform, site_id, why)
    _share(platform, {"kind": "site", "site_id": site_id, "why": why})


def _touch_site(platform: Platform, site_id: int, why: str) -> None:
    lm = platform.load_manager
    lm.pending_sites.add(site_id)
    lm.site_why.setdefault(site_id, set()).add(why)
    _schedule(platform)


def measured(
    platform: Platform, charger_id: int, connector_id: int, values: Sequence[Mapping[str, Any]]
) -> None:
    """A meter reading: keep its Current.Import per phase; a change of what a car uses re-allocates."""
    per_phase = [0.0, 0.0, 0.0]
    total: float | None = None
    for v in values:
        if v.get("measurand") != "Current.Import" or v.get("value") is None:
            continue
        try:
            amps = float(v["value"])
        except (TypeError, ValueError):
            continue
        phase = str(v.get("phase") or "")
        if phase.startswith(("L1", "L2", "L3")):
            i = int(phase[1]) - 1
            per_phase[i] = max(per_phase[i], amps)
        else:
            total = max(total or 0.0, amps)
    if total is not None and not any(per_phase):
        per_phase = [total, total, total]  # no phase given: counted on every phase
    elif total is None and not any(per_phase) and not _has_current(values):
        return
    _measured(platform, charger_id, connector_id, per_phase)
    _share(
        platform,
        {"kind": "measured", "charger_id": charger_id, "connector_id": connector_id, "amps": per_phase},
    )


def _measured(platform: Platform, charger_id: int, connector_id: int, per_phase: list[float]) -> None:
    platform.load_manager.measured[(charger_id, connector_id)] = (per_phase, time.monotonic())
    _touch(platform, charger_id, "meter_reading")


def _has_current(values: Sequence[Mapping[str, Any]]) -> bool:
    return any(v.get("measurand") == "Current.Import" for v in values)


def booted(platform: Platform, charger_id: int) -> None:
    """A charger booted: on a managed site it gets its failsafe TxDefaultProfile, then its limits."""
    _booted(platform, charger_id)
    _share(platform, {"kind": "booted", "charger_id": charger_id})


def _booted(platform: Platform, charger_id: int) -> None:
    platform.load_manager.pending_defaults.add(charger_id)  # after the debounce: once it is accepted
    _touch(platform, charger_id, "status_change")


def _share(platform: Platform, event: dict[str, Any]) -> None:
    """Tell the other nodes (the one allocating the site acts on it)."""
    _keep(asyncio.get_running_loop().create_task(_publish(platform, {**event, "node": platform.node_id})))


async def _publish(platform: Platform, event: dict[str, Any]) -> None:
    try:
        await platform.bus.publish(events.LOAD_EVENTS, event)
    except Exception:  # noqa: BLE001 - best effort, like every event: the tick re-runs busy sites
        log.exception("publishing a load event failed")


def _heard(platform: Platform, event: Mapping[str, Any]) -> None:
    """Another node's reaction, applied here as if its charger were connected to this node."""
    kind = event.get("kind")
    if kind == "touch":
        _touch(platform, int(event["charger_id"]), str(event.get("why") or "status_change"))
    elif kind == "site":
        _touch_site(platform, int(event["site_id"]), str(event.get("why") or "limit_change"))
    elif kind == "measured":
        amps = [float(a) for a in event["amps"]][:3]
        _measured(platform, int(event["charger_id"]), int(event["connector_id"]), amps)
    elif kind == "booted":
        _booted(platform, int(event["charger_id"]))


async def _listen(platform: Platform) -> None:
    while True:
        try:
            async with platform.bus.subscribe(events.LOAD_EVENTS) as sub:
                async for message in sub:
                    event = json.loads(message) if isinstance(message, str | bytes) else message
                    if isinstance(event, dict) and event.get("node") != platform.node_id:
                        try:
                            _heard(platform, event)
                        except (KeyError, TypeError, ValueError):
                            log.warning("a malformed load event: %r", event)
        except asyncio.CancelledError:
            raise
        except Exception:  # noqa: BLE001 - subscribe again
            log.exception("load events: the subscription failed")
        await asyncio.sleep(1.0)


def _lease_s(platform: Platform) -> float:
    return float(platform.settings.node_dead_after_seconds)


async def lead(platform: Platform, site_ids: set[int], renew: bool = False) -> set[int]:
    """Those of `site_ids` this node allocates: it holds their lease (renewed when less than half of it
    is left, or with `renew`), or takes it when it is free or has expired. A site taken over starts
    from what is recorded (the limits in force are recalled from the charging profiles)."""
    lm = platform.load_manager
    mono = time.monotonic()
    ttl = _lease_s(platform)
    fresh = set() if renew else {sid for sid in site_ids if lm.held.get(sid, 0.0) - mono > ttl / 2}
    todo = {sid for sid in site_ids - fresh if lm.elsewhere.get(sid, 0.0) <= mono}
    if not todo:
        return fresh
    me = platform.node_id
    now = utcnow()
    async with platform.sessionmaker() as s, s.begin():
        await s.execute(
            update(SiteLoad)
            .where(
                SiteLoad.site_id.in_(todo),
                or_(SiteLoad.lead_node == me, SiteLoad.lead_until.is_(None), SiteLoad.lead_until < now),
            )
            .values(lead_node=me, lead_until=now + dt.timedelta(seconds=ttl))
        )
        rows = (
            await s.execute(
                select(SiteLoad.site_id, SiteLoad.lead_node, SiteLoad.lead_until).where(
                    SiteLoad.site_id.in_(todo)
                )
            )
        ).all()
    got = {sid for sid, node, _ in rows if node == me}
    for sid, node, until in rows:
        if node != me and until is not None:  # another node's: not asked again before it may expire
            until = until if until.tzinfo else until.replace(tzinfo=dt.UTC)
            lm.elsewhere[sid] = mono + max(0.0, (until - now).total_seconds())
    for sid in todo:
        if sid in got:
            if sid not in lm.held:
                _forget(lm, sid)  # taken (back): nothing this node remembers of the site holds
            lm.held[sid] = mono + ttl
        elif lm.held.pop(sid, None) is not None:
            _forget(lm, sid)
    return fresh | got


def _forget(lm: LoadManager, site_id: int) -> None:
    for tx in lm.site_txs.pop(site_id, set()):
        for state in (lm.sent, lm.unsure, lm.sent_at, lm.caps, lm.turns):
            state.pop(tx, None)
    lm.released.discard(site_id)


async def _keep_leases(platform: Platform) -> None:
    """Renew this node's leases; take over the sites whose lease expired while they have sessions
    (their node stopped), and re-allocate them."""
    lm = platform.load_manager
    while True:
        try:
            now = utcnow()
            async with read_session(platform.sessionmaker) as s:
                orphans = set(
                    await s.scalars(
                        select(Charger.site_id)
                        .join(SiteLoad, SiteLoad.site_id == Charger.site_id)
                        .join(ChargingSession, ChargingSession.charger_id == Charger.id)
                        .where(
                            SiteLoad.enabled.is_(True),
                            ChargingSession.status == "Active",
                            or_(SiteLoad.lead_until.is_(None), SiteLoad.lead_until < now),
                        )
                        .distinct()
                    )
                )
            held_before = set(lm.held)
            mine = await lead(platform, held_before | {sid for sid in orphans if sid is not None}, renew=True)
            for sid in mine - held_before:
                _touch_site(platform, sid, "status_change")
        except Exception:  # noqa: BLE001 - the next round tries again
            log.exception("renewing the load leases failed")
        await asyncio.sleep(float(platform.settings.node_heartbeat_seconds))


async def _release_leases(platform: Platform) -> None:
    lm = platform.load_manager
    if not lm.held:
        return
    try:
        async with platform.sessionmaker() as s, s.begin():
            await s.execute(
                update(SiteLoad)
                .where(SiteLoad.site_id.in_(list(lm.held)), SiteLoad.lead_node == platform.node_id)
                .values(lead_until=utcnow())
            )
    except Exception:  # noqa: BLE001 - they expire anyway
        log.exception("releasing the load leases failed")
    lm.held.clear()


_tasks: set[asyncio.Task[Any]] = set()


def start(platform: Platform) -> None:
    """Start polling the building meters of the managed sites this node allocates
    (:mod:`domain.load.meter`), keeping its leases, and hearing the other nodes' events."""
    lm = platform.load_manager
    loop = asyncio.get_running_loop()
    if lm.meters is None or lm.meters.done():
        lm.meters = loop.create_task(_poll_meters(platform))
    if lm.leases is None or lm.leases.done():
        lm.leases = loop.create_task(_keep_leases(platform))
    if lm.listener is None or lm.listener.done():
        lm.listener = loop.create_task(_listen(platform))


async def stop(platform: Platform) -> None:
    """Stop this node's passes, timer, meter polls and leases (a pass in flight is cancelled; the node
    that takes the site over redoes it)."""
    lm = platform.load_manager
    parts = (lm.task, lm.ticker, lm.meters, lm.leases, lm.listener)
    await asyncio.gather(*(cancel_and_wait(t, ignore_errors=True) for t in parts if t is not None))
    lm.task = lm.ticker = lm.meters = lm.leases = lm.listener = None
    await _release_leases(platform)


async def _poll_meters(platform: Platform) -> None:
    lm = platform.load_manager
    polling: dict[int, asyncio.Task[None]] = {}
    while True:
        try:
            async with read_session(platform.sessionmaker) as s:
                rows = (
                    await s.execute(
                        select(SiteLoad.site_id, SiteLoad.meter).where(
                            SiteLoad.enabled.is_(True), SiteLoad.meter.is_not(None)
                        )
                    )
                ).all()
            mono = time.monotonic()
            mine = await lead(platform, {site_id for site_id, _ in rows})
            for site_id, config in rows:
                if site_id not in mine:
                    continue  # another node polls it
                if not isinstance(config, dict) or (site_id in polling and not polling[site_id].done()):
                    continue
                if mono - lm.polled.get(site_id, -math.inf) >= float(config.get("interval_s") or 5):
                    lm.polled[site_id] = mono
                    polling[site_id] = asyncio.get_running_loop().create_task(
                        poll_meter(platform, site_id, config)
                    )
        except Exception:  # noqa: BLE001 - the next round tries again
            log.exception("meter polling failed")
        await asyncio.sleep(METER_ROUND_S)


async def poll_meter(platform: Platform, site_id: int, config: Mapping[str, Any]) -> None:
    """Read the site's meter once and store the reading (or why it failed)."""
    try:
        amps = await meter.read_phases(config)
        error = None
    except meter.MeterError as e:
        amps, error = None, str(e)[:255]
    async with platform.sessionmaker() as s, s.begin():
        row = await tree.site_load(s, site_id)
        if row is None:
            return
        before = (row.other_l1_a, row.other_l2_a, row.other_l3_a)
        if amps is not None:
            await tree.push_reading(s, site_id, amps)
        if row.meter_error != error:
            row.meter_error = error
            if error is not None:
                log.warning("site %s: meter: %s", site_id, error)
    if amps is not None and amps != before:
        touch_site(platform, site_id, "meter_reading")


def _keep(task: asyncio.Task[Any]) -> None:
    _tasks.add(task)
    task.add_done_callback(_tasks.discard)


def _schedule(platform: Platform) -> None:
    lm = platform.load_manager
    if lm.task is None or lm.task.done():
        lm.task = asyncio.get_running_loop().create_task(_run_pending(platform))
        _keep(lm.task)
    if lm.ticker is None or lm.ticker.done():
        lm.ticker = asyncio.get_running_loop().create_task(_tick(platform))
        _keep(lm.ticker)


async def _run_pending(platform: Platform) -> None:
    lm = platform.load_manager
    while lm.pending_chargers or lm.pending_sites:
        await asyncio.sleep(DEBOUNCE_S)  # gather what arrives meanwhile into one pass
        chargers, lm.pending_chargers = lm.pending_chargers, set()
        site_ids, lm.pending_sites = lm.pending_sites, set()
        defaults, lm.pending_defaults = lm.pending_defaults, set()
        site_why, lm.site_why = lm.site_why, {}
        charger_why, lm.charger_why = lm.charger_why, {}
        try:
            async with read_session(platform.sessionmaker) as s:
                site_ids |= await tree.managed_sites(s, chargers | defaults)
            site_ids = await lead(platform, site_ids)  # the sites this node allocates
            # The failsafe first: a transaction starting from now on holds at 0 A until its share.
            await _send_defaults(platform, defaults, site_ids)
            await reallocate(platform, site_ids, hints=site_why, charger_hints=charger_why)
        except Exception:  # noqa: BLE001 - the next event or tick tries again
            log.exception("load allocation failed")


async def _tick(platform: Platform) -> None:
    while True:
        await asyncio.sleep(TICK_S)
        try:
            async with read_session(platform.sessionmaker) as s:
                rows = await s.scalars(
                    select(Charger.site_id)
                    .join(SiteLoad, SiteLoad.site_id == Charger.site_id)
                    .join(ChargingSession, ChargingSession.charger_id == Charger.id)
                    .where(SiteLoad.enabled.is_(True), ChargingSession.status == "Active")
                    .distinct()
                )
                sites = {r for r in rows if r is not None}
            if sites:
                for sid in sites:
                    platform.load_manager.pending_sites.add(sid)
                    platform.load_manager.site_why.setdefault(sid, set()).add("schedule")
                _schedule(platform)
        except Exception:  # noqa: BLE001
            log.exception("load tick failed")


# -- one pass over a site ------------------------------------------------------------------------------


@dataclass
class Want:
    """A running transaction as the service sees it."""

    tx_id: int
    charger_id: int
    cpid: str
    connector_id: int
    unit: str
    phases: tuple[int, ...]
    demand: allocator.Demand
    stack: int = 1
    #: What the car draws now (its highest phase, amperes; None: no reading yet).
    drawn_a: float | None = None
    #: The history row recording the limit sent to it in this pass.
    change_id: int | None = None
    #: The site's voltage (limits in W).
    voltage: int = 230


def stack_level(config_value: str | None) -> int:
    """The stack level to use: :data:`STACK_LEVEL`, or the charger's ChargeProfileMaxStackLevel when
    that is lower."""
    try:
        most = int(str(config_value).strip())
    except ValueError:
        return STACK_LEVEL
    return max(0, min(STACK_LEVEL, most))


async def smart_charging_config(session: AsyncSession, charger_ids: list[int]) -> dict[int, tuple[str, int]]:
    """Per charger, from its configuration cache: the rate unit it accepts and the stack level to use
    (chargers whose cache has neither are left out: A, :data:`STACK_LEVEL`)."""
    rows = await session.execute(
        select(ChargerConfiguration.charger_id, ChargerConfiguration.key, ChargerConfiguration.value).where(
            ChargerConfiguration.charger_id.in_(charger_ids),
            ChargerConfiguration.key.in_(
                ("ChargingScheduleAllowedChargingRateUnit", "ChargeProfileMaxStackLevel")
            ),
        )
    )
    out: dict[int, tuple[str, int]] = {}
    for cid, key, value in rows.all():
        unit, stack = out.get(cid, ("A", STACK_LEVEL))
        if key == "ChargeProfileMaxStackLevel":
            stack = stack_level(value)
        else:
            unit = rate_unit(value)
        out[cid] = (unit, stack)
    return out


def rate_unit(config_value: str | None) -> str:
    """The unit to send limits in: A when the charger accepts Current (or says nothing), else W."""
    accepted = {p.strip().lower() for p in (config_value or "").replace(";", ",").split(",") if p.strip()}
    if not accepted or "current" in accepted or "a" in accepted:
        return "A"
    return "W"


def in_window(node: LoadNode, local_now: dt.time) -> bool:
    if node.window_from is None or node.window_to is None or node.window_limit_a is None:
        return False
    if node.window_from < node.window_to:
        return node.window_from <= local_now < node.window_to
    return local_now >= node.window_from or local_now < node.window_to  # spans midnight


def effective_limits(
    node: LoadNode, site: SiteLoad | None, local_now: dt.time, now: dt.datetime
) -> tuple[float | None, float | None, float | None]:
    """A node's limits now: its static limits, the window's if lower, less the site's other load on the
    main supply when the reading is fresh."""
    limits: list[float | None] = [node.limit_l1_a, node.limit_l2_a, node.limit_l3_a]
    w = node.window_limit_a
    if w is not None and in_window(node, local_now):
        limits = [w if lim is None else min(lim, w) for lim in limits]
    if node.kind == "supply" and site is not None and site.other_at is not None:
        stale = site.stale_after_s or tree.DEFAULT_STALE_AFTER_S
        at = site.other_at if site.other_at.tzinfo else site.other_at.replace(tzinfo=dt.UTC)
        if (now - at).total_seconds() <= stale:
            other = [site.other_l1_a or 0, site.other_l2_a or 0, site.other_l3_a or 0]
            limits = [
                None if lim is None else max(0.0, lim - o) for lim, o in zip(limits, other, strict=True)
            ]
    return (limits[0], limits[1], limits[2])


def _rotation(node: LoadNode | None) -> str:
    return (node.phase_rotation if node is not None else None) or "RST"


async def _weights(session: AsyncSession, txs: Mapping[int, list[ChargingSession]]) -> dict[int, int]:
    """Each transaction's priority weight (`txs`: site id -> its running transactions), read for every
    site at once."""
    prios = list(await session.scalars(select(LoadPriority).where(LoadPriority.site_id.in_(list(txs)))))
    if not prios:
        return {}
    plan_w: dict[int, dict[str, int]] = {}
    fleet_w: dict[int, dict[str, int]] = {}
    for p in prios:
        if p.kind in ("plan", "fleet"):
            (plan_w if p.kind == "plan" else fleet_w).setdefault(p.site_id, {})[p.key] = p.weight
    plans: dict[int, int] = {}
    ids = [t.membership_id for sid in plan_w for t in txs.get(sid, []) if t.membership_id is not None]
    if ids:
        rows = await session.execute(select(Membership.id, Membership.plan_id).where(Membership.id.in_(ids)))
        plans = {mid: pid for mid, pid in rows.all()}
    parents: dict[str, str | None] = {}
    keys = [t.id_tag_key for sid in fleet_w for t in txs.get(sid, [])]
    if keys:
        rows2 = await session.execute(
            select(IdTag.id_tag_key, IdTag.parent_id_tag).where(IdTag.id_tag_key.in_(keys))
        )
        parents = {k: p for k, p in rows2.all()}
    out: dict[int, int] = {}
    for sid, site_txs in txs.items():
        if sid not in plan_w and sid not in fleet_w:
            continue
        site_plans, site_fleets = plan_w.get(sid, {}), fleet_w.get(sid, {})
        for t in site_txs:
            w = 1
            if t.membership_id in plans:
                w = max(w, site_plans.get(str(plans[t.membership_id]), 1))
            parent = parents.get(t.id_tag_key) if site_fleets else None
            if parent:
                w = max(w, site_fleets.get(parent, 1))
            out[t.id] = w
    return out


async def reallocate(
    platform: Platform,
    site_ids: set[int],
    hints: Mapping[int, set[str]] | None = None,
    charger_hints: Mapping[int, set[str]] | None = None,
) -> None:
    """Recompute the allocation of these sites, store it, publish it, send the limits that changed (and
    record them in each site's history with why: `hints` per site, `charger_hints` of their chargers).

    One round for all of them: the sites' trees, sessions, chargers and settings are read, their
    allocations and history stored and every profile to send recorded (Pending) in one transaction;
    the limits go out site by site at once (on each site lowered ones first, answered, then raised
    ones); the answers of every site are stored in a second transaction."""
    lm = platform.load_manager
    ordered = sorted(site_ids)
    rejected: dict[int, list[int]] = {}
    retry: set[int] = set()
    async with contextlib.AsyncExitStack() as held:
        for sid in ordered:  # in order: two rounds never wait on each other's locks
            await held.enter_async_context(lm.locks.setdefault(sid, asyncio.Lock()))
        plans, items, preps = await _compute(platform, ordered, hints or {}, charger_hints or {})
        unmanaged = [sid for sid in ordered if sid not in plans and sid not in lm.released]
        lm.released.update(unmanaged)
        lm.released.difference_update(plans)
        await asyncio.gather(*(_release(platform, sid) for sid in unmanaged))
        answers = await _send_in_order(platform, plans, items, preps)
        for sid, plan in plans.items():
            got = answers.get(sid, [])
            refused: set[int] = set()
            for (w, _), a in zip(plan.lowered + plan.raised, got, strict=True):
                if not _refused(a):
                    continue
                if (
                    isinstance(a, dict)
                    and a.get("status") == "Rejected"
                    and w.charger_id not in lm.rejected_once
                ):
                    lm.rejected_once.add(w.charger_id)  # perhaps for now only: it goes again
                    retry.add(sid)
                else:
                    refused.add(w.charger_id)
            if refused:
                rejected[sid] = sorted(refused)
                lm.rejected_once.difference_update(refused)
        lm.passes += len(ordered)
        lm.changed.set()
        lm.changed = asyncio.Event()
    for sid, charger_ids in rejected.items():
        await _mark_rejecting(platform, sid, charger_ids)
    for sid in retry | rejected.keys():
        touch_site(platform, sid, "rejected")


@dataclass
class Plan:
    """What a round sends to one site: lowered limits first, then raised ones (`reallocate`)."""

    lowered: list[tuple[Want, int]]
    raised: list[tuple[Want, int]]


@dataclass
class Snapshot:
    """What a round reads of its sites, each kind of row in one statement for all of them."""

    sites: dict[int, SiteLoad]
    nodes: dict[int, list[LoadNode]]
    chargers: dict[int, dict[int, Charger]]
    txs: dict[int, list[ChargingSession]]
    connectors: dict[tuple[int, int], Connector]
    smart: dict[int, tuple[str, int]]
    weights: dict[int, int]


async def _snapshot(s: AsyncSession, lm: LoadManager, site_ids: list[int]) -> Snapshot:
    """Read the managed ones of these sites (enabled, with a tree) and what their allocation needs; what
    is in force on transactions this node has sent nothing to is recalled (`_recall_sent`)."""
    sites = {
        r.site_id: r
        for r in await s.scalars(select(SiteLoad).where(SiteLoad.site_id.in_(site_ids)))
        if r.enabled
    }
    nodes: dict[int, list[LoadNode]] = {}
    if sites:
        found = await s.scalars(
            select(LoadNode).where(LoadNode.site_id.in_(list(sites))).order_by(LoadNode.id)
        )
        for n in found:
            nodes.setdefault(n.site_id, []).append(n)
    managed = [sid for sid in site_ids if sid in sites and nodes.get(sid)]
    chargers: dict[int, dict[int, Charger]] = {sid: {} for sid in managed}
    txs: dict[int, list[ChargingSession]] = {sid: [] for sid in managed}
    connectors: dict[tuple[int, int], Connector] = {}
    smart: dict[int, tuple[str, int]] = {}
    weights: dict[int, int] = {}
    if managed:
        for c in await s.scalars(select(Charger).where(Charger.site_id.in_(managed))):
            assert c.site_id is not None
            chargers[c.site_id][c.id] = c
        site_of = {cid: sid for sid, cs in chargers.items() for cid in cs}
        for t in await s.scalars(
            select(ChargingSession)
            .where(ChargingSession.charger_id.in_(list(site_of)), ChargingSession.status == "Active")
            .order_by(ChargingSession.id)
        ):
            txs[site_of[t.charger_id]].append(t)
        connectors = {
            (c.charger_id, c.connector_id): c
            for c in await s.scalars(select(Connector).where(Connector.charger_id.in_(list(site_of))))
        }
        smart = await smart_charging_config(s, list(site_of))
        weights = await _weights(s, txs)
        voltage = {t.id: sites[sid].voltage for sid, ts in txs.items() for t in ts if t.id not in lm.sent}
        await _recall_sent(s, lm, voltage)
    return Snapshot(sites, nodes, chargers, txs, connectors, smart, weights)


async def _compute(
    platform: Platform,
    site_ids: list[int],
    hints: Mapping[int, set[str]],
    charger_hints: Mapping[int, set[str]],
) -> tuple[dict[int, Plan], list[Item], list[Prepared | None]]:
    """One transaction for the round: read the sites, compute and store each managed one's allocation
    and the history of the limits that change, publish it, and record each profile to send (Pending,
    `_prepare`). The plan of each managed site (the sites left out are no longer managed), the profiles
    to send (lowered ones first on each site) and their records."""
    lm = platform.load_manager
    now = utcnow()
    mono = time.monotonic()
    plans: dict[int, Plan] = {}
    items: list[Item] = []
    async with platform.sessionmaker() as s, s.begin():
        snap = await _snapshot(s, lm, site_ids)
        settings = uow.settings_of(s)
        tz = settings.time_zone if settings is not None else localtime.DEFAULT_TIME_ZONE
        local_now = localtime.local(now, tz).time()
        changes: dict[int, LoadAllocationChange] = {}
        sends: dict[int, list[tuple[Want, int]]] = {}
        for sid in site_ids:
            if sid in snap.chargers:
                why = set(hints.get(sid, ()))
                sends[sid] = _allocate_site(
                    lm, s, sid, snap, why, charger_hints, now, mono, local_now, changes
                )
        if changes:
            await s.flush()
        for sid, site_sends in sends.items():
            for w, _ in site_sends:
                # A resend of the same limit (`resend`) is not a change: it has no history row.
                w.change_id = changes[w.tx_id].id if w.tx_id in changes else None
            if any(w.tx_id in changes for w, _ in site_sends):
                await history.prune(s, sid)
            site = snap.sites[sid]
            uow.unit_of(s).publish(events.site_load(sid), {"site_id": sid, **site.allocation})
            # A transaction without a limit sent yet holds the failsafe (0 A): its first limit is a raise.
            # One whose last limit went unanswered may hold that one: lowered from the higher of the two.
            lowered = [
                w for w in site_sends if w[1] < max(lm.sent.get(w[0].tx_id, 0), lm.unsure.get(w[0].tx_id, 0))
            ]
            plans[sid] = Plan(lowered, [w for w in site_sends if w not in lowered])
            items.extend(_item(w, limit_a) for w, limit_a in plans[sid].lowered + plans[sid].raised)
        preps = await _prepare(s, platform, items)
    return plans, items, preps


def _allocate_site(
    lm: LoadManager,
    s: AsyncSession,
    site_id: int,
    snap: Snapshot,
    hints: set[str],
    charger_hints: Mapping[int, set[str]],
    now: dt.datetime,
    mono: float,
    local_now: dt.time,
    changes: dict[int, LoadAllocationChange],
) -> list[tuple[Want, int]]:
    """Compute one managed site's allocation from the round's snapshot, store it on the site, add the
    history rows of the limits that change (`changes`, by transaction); the limits to send."""
    site = snap.sites[site_id]
    node_rows = snap.nodes[site_id]
    charger_rows = snap.chargers[site_id]
    root = next((n for n in node_rows if n.parent_id is None and n.kind == "supply"), None)
    root_id: Hashable = root.id if root is not None else "site"
    nodes = [allocator.Node(n.id, n.parent_id, effective_limits(n, site, local_now, now)) for n in node_rows]
    if root is None:
        nodes.append(allocator.Node("site", None, (None, None, None)))
    by_charger = {n.charger_id: n for n in node_rows if n.kind == "charger"}
    by_connector = {(n.charger_id, n.connector_id): n for n in node_rows if n.kind == "connector"}
    wants: list[Want] = []
    live: set[int] = set()
    for t in snap.txs[site_id]:
        charger = charger_rows.get(t.charger_id)
        if charger is None:
            continue
        live.add(t.id)
        cnode = by_charger.get(t.charger_id)
        leaf = by_connector.get((t.charger_id, t.connector_id)) or cnode
        if leaf is None:
            leaf_id: Hashable = ("charger", t.charger_id)
            nodes.append(
                allocator.Node(leaf_id, root_id, (DEFAULT_RATING_A, DEFAULT_RATING_A, DEFAULT_RATING_A))
            )
        else:
            leaf_id = leaf.id
        rating = [
            lim
            for n in (cnode, by_connector.get((t.charger_id, t.connector_id)))
            if n is not None
            for lim in (n.limit_l1_a, n.limit_l2_a, n.limit_l3_a)
            if lim is not None
        ]
        max_a = min(rating) if rating else DEFAULT_RATING_A
        rot = _rotation(cnode)
        conn = snap.connectors.get((t.charger_id, t.connector_id))
        reading = lm.measured.get((t.charger_id, t.connector_id))
        if conn is not None and conn.phases == 1:
            phases: tuple[int, ...] = (ROTATION_INDEX[rot[0]],)
        elif reading is not None and sum(1 for a in reading[0] if a >= 1.0) == 1:
            drawing = next(i for i, a in enumerate(reading[0]) if a >= 1.0)
            phases = (ROTATION_INDEX[rot[drawing]],)  # a single-phase car on a three-phase plug
        else:
            phases = (0, 1, 2)
        turn = lm.turns.get(t.id)
        if turn is None:
            turn = lm.turns[t.id] = Turn(active=False, since=mono, seen=mono)
        if turn.active:
            turn.served_s += mono - turn.seen
        turn.seen = mono
        cap = _cap(lm, t.id, reading)
        unit, stack = snap.smart.get(t.charger_id, ("A", STACK_LEVEL))
        wants.append(
            Want(
                tx_id=t.id,
                charger_id=t.charger_id,
                cpid=charger.charge_point_id,
                connector_id=t.connector_id,
                unit=unit,
                stack=stack,
                phases=phases,
                drawn_a=round(max(reading[0]), 1) if reading is not None else None,
                voltage=site.voltage,
                demand=allocator.Demand(
                    key=t.id,
                    node=leaf_id,
                    phases=phases,
                    max_a=max_a,
                    weight=snap.weights.get(t.id, 1),
                    cap_a=cap,
                    since=turn.since,
                    active=turn.active,
                    fixed=cnode is not None and cnode.rejects_profiles,
                    served_s=turn.served_s,
                ),
            )
        )
    result = allocator.allocate(nodes, [w.demand for w in wants], now=mono, rotation_s=ROTATION_S)
    before = lm.site_txs.get(site_id, set())
    for cid in charger_rows:
        hints |= charger_hints.get(cid, set())
    # New to this node and never given a limit (after a restart, the recalled ones are not new).
    fresh = {tx for tx in live - before if tx not in lm.sent}
    if fresh:
        hints.add("session_started")
    if before - live:
        hints.add("session_stopped")
    if any(lm.caps.get(w.tx_id) != w.demand.cap_a for w in wants if w.tx_id in before):
        hints.add("unused_capacity")
    reason = history.reason_of(hints)
    shares = []
    sends: list[tuple[Want, int]] = []
    for w in wants:
        share = result.shares[w.tx_id]
        turn = lm.turns[w.tx_id]
        is_active = share.state != allocator.PAUSED
        if is_active != turn.active:
            turn.active, turn.since = is_active, mono
        lm.caps[w.tx_id] = w.demand.cap_a
        fixed = share.state == allocator.FIXED
        shares.append(
            {
                "charger_id": w.charger_id,
                "charge_point_id": w.cpid,
                "connector_id": w.connector_id,
                "transaction_id": w.tx_id,
                # In force: what the charger last accepted (its rating when it takes no limits).
                "limit_a": share.limit_a if fixed else lm.sent.get(w.tx_id, FAILSAFE_A),
                "target_a": share.limit_a,
                "state": share.state,
                "phases": len(w.phases),
                "weight": w.demand.weight,
                "capped_a": w.demand.cap_a,
                "max_a": w.demand.max_a,
                "drawn_a": w.drawn_a,
                "site_phases": list(w.phases),
            }
        )
        changed = lm.sent.get(w.tx_id) != share.limit_a
        if not fixed and w.tx_id in lm.resend and not changed:
            lm.resend.discard(w.tx_id)
            sends.append((w, share.limit_a))  # the same limit again (`resend`): not a change
        elif not fixed and changed:
            lm.resend.discard(w.tx_id)
            sends.append((w, share.limit_a))
            changes[w.tx_id] = LoadAllocationChange(
                site_id=site_id,
                at=now,
                charger_id=w.charger_id,
                connector_id=w.connector_id,
                transaction_id=w.tx_id,
                old_limit_a=lm.sent.get(w.tx_id),
                new_limit_a=share.limit_a,
                unit=w.unit,
                reason="session_started" if w.tx_id in fresh else reason,
                answer="pending",
            )
            s.add(changes[w.tx_id])
    for gone in lm.site_txs.get(site_id, set()) - live:
        lm.turns.pop(gone, None)
        lm.sent.pop(gone, None)
        lm.unsure.pop(gone, None)
        lm.caps.pop(gone, None)
        lm.sent_at.pop(gone, None)
        lm.resend.discard(gone)
    lm.site_txs[site_id] = live
    headroom = {str(k): v for k, v in result.headroom.items() if not isinstance(k, tuple) and k != "site"}
    parents = {n.id: n.parent for n in nodes}
    above = {w.tx_id: _above(parents, w.demand.node) for w in wants}
    site.allocation = {
        "at": now.isoformat(),
        "reason": reason,
        "voltage": site.voltage,
        "shares": shares,
        "headroom": headroom,
        "limits": {str(n.id): list(n.limits) for n in nodes if not isinstance(n.id, tuple)},
        "supply_a": next((_lowest(n.limits) for n in nodes if n.id == root_id), None),
        "nodes": node_use(
            [
                {
                    "id": n.id,
                    "parent_id": n.parent_id,
                    "kind": n.kind,
                    "name": n.name,
                    "limit_a": next((_lowest(x.limits) for x in nodes if x.id == n.id), None),
                    "txs": sorted(w.tx_id for w in wants if n.id in above[w.tx_id]),
                }
                for n in node_rows
            ],
            shares,
        ),
    }
    site.allocated_at = now
    return sends


async def _recall_sent(session: AsyncSession, lm: LoadManager, voltage: Mapping[int, int]) -> None:
    """What is in force on transactions this node has not sent a limit to (`voltage`: transaction id ->
    its site's voltage; it restarted, or another node sent it): the last TxProfile their chargers
    accepted, as recorded, and any sent after it whose answer was never recorded (the node stopped
    while waiting: the charger may hold it). Without them a lowered limit could go out after a raised
    one."""
    if not voltage:
        return
    rows = await session.scalars(
        select(ChargingProfile)
        .where(
            ChargingProfile.transaction_id.in_(list(voltage)),
            ChargingProfile.purpose == "TxProfile",
            ChargingProfile.status.in_(("Accepted", "Pending")),
        )
        .order_by(ChargingProfile.id)
    )
    for row in rows:
        assert row.transaction_id is not None
        try:
            sched = row.schedule
            period = sched["chargingSchedulePeriod"][0]
            limit = float(period["limit"])
            if sched.get("chargingRateUnit") == "W":
                limit /= voltage[row.transaction_id] * int(period.get("numberPhases") or 3)
        except (KeyError, IndexError, TypeError, ValueError):
            continue
        if row.status == "Accepted":
            lm.sent[row.transaction_id] = math.ceil(limit)  # the latest row wins
            lm.unsure.pop(row.transaction_id, None)
        else:
            lm.unsure[row.transaction_id] = max(lm.unsure.get(row.transaction_id, 0), math.ceil(limit))


def _above(parents: Mapping[Hashable, Hashable | None], leaf: Hashable) -> set[Hashable]:
    """A node and every node above it (`parents`: node -> its parent)."""
    out: set[Hashable] = set()
    at: Hashable | None = leaf
    while at is not None and at not in out:
        out.add(at)
        at = parents.get(at)
    return out


def node_use(nodes: list[dict[str, Any]], shares: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each capacity node of the allocation with what its sessions (`txs`) have in force and draw: per
    site phase the sum of their limits in force and of their measured currents, the busiest phase's."""
    by_tx = {s["transaction_id"]: s for s in shares}
    out = []
    for n in nodes:
        in_force, drawn = [0.0, 0.0, 0.0], [0.0, 0.0, 0.0]
        for tx in n.get("txs") or []:
            share = by_tx.get(tx)
            if share is None:
                continue
            for ph in share.get("site_phases") or (0, 1, 2):
                in_force[ph] += share["limit_a"]
                drawn[ph] += share.get("drawn_a") or 0.0
        out.append({**n, "in_force_a": max(in_force), "drawn_a": round(max(drawn), 1)})
    return out


def _lowest(limits: Sequence[float | None]) -> float | None:
    """A node's lowest limit over its phases (None: no phase limited)."""
    known = [lim for lim in limits if lim is not None]
    return min(known) if known else None


def _cap(lm: LoadManager, tx_id: int, reading: tuple[list[float], float] | None) -> int | None:
    """What a car is capped at because it draws less than its limit (None: it may take its share)."""
    limit = lm.sent.get(tx_id)
    previous = lm.caps.get(tx_id)
    if reading is None or limit is None or limit <= 0 or reading[1] < lm.sent_at.get(tx_id, 0.0):
        return previous  # nothing read under the limit in force yet
    drawn = max(reading[0])
    if previous is not None and drawn > min(previous, limit) - 1:
        return None  # it draws what it was given again: its full share back
    if drawn < limit - TAPER_MARGIN_A:
        return math.ceil(drawn) + TAPER_MARGIN_A
    return previous


def profile(
    connector_id: int,
    tx_id: int | None,
    limit_a: int,
    unit: str,
    phases: int,
    voltage: int,
    stack: int = STACK_LEVEL,
) -> dict[str, Any]:
    """A SetChargingProfile payload: the TxProfile of a transaction (or the TxDefaultProfile when
    `tx_id` is None) that holds `limit_a` amperes per phase, in `unit`."""
    limit: float = float(limit_a) if unit == "A" else float(limit_a * voltage * phases)
    period: dict[str, Any] = {"startPeriod": 0, "limit": limit}
    if phases in (1, 3):
        period["numberPhases"] = phases
    prof: dict[str, Any] = {
        "chargingProfileId": TX_PROFILE_ID + connector_id if tx_id is not None else DEFAULT_PROFILE_ID,
        "stackLevel": stack,
        "chargingProfilePurpose": "TxProfile" if tx_id is not None else "TxDefaultProfile",
        "chargingProfileKind": "Relative",
        "chargingSchedule": {"chargingRateUnit": unit, "chargingSchedulePeriod": [period]},
    }
    if tx_id is not None:
        prof["transactionId"] = tx_id
    return {"connectorId": connector_id if tx_id is not None else 0, "csChargingProfiles": prof}


async def _send_batch(platform: Platform, items: list[Item]) -> Answers:
    """Send SetChargingProfile payloads ((charger id, charge point id, payload)) at once; each answer
    or typed error, in order.

    One batch: the profiles are recorded (`domain.commands.prepare`, status Pending) in one
    transaction, sent through the charger gateway together, and their answers stored
    (`domain.commands.apply` / `failed`) in a second one. Not in the command history, which they would
    flood: the charging profiles are their record."""
    if not items:
        return []
    async with platform.sessionmaker() as s, s.begin():
        preps = await _prepare(s, platform, items)
    answers = await _deliver(platform, items)
    async with platform.sessionmaker() as s, s.begin():
        await _store(s, items, preps, answers)
    return answers


async def _prepare(s: AsyncSession, platform: Platform, items: list[Item]) -> list[Prepared | None]:
    """Record each profile (status Pending) before it is sent."""
    chargers = {
        c.id: c for c in await s.scalars(select(Charger).where(Charger.id.in_({i[0] for i in items})))
    }
    preps: list[Prepared | None] = []
    for charger_id, _, payload in items:
        platform.gateway.check_command("SetChargingProfile", payload)
        charger = chargers.get(charger_id)
        preps.append(await prepare(s, charger, "SetChargingProfile", payload, None) if charger else None)
    return preps


async def _deliver(platform: Platform, items: list[Item]) -> Answers:
    """Send them through the charger gateway at once; each answer or typed error, in order."""

    async def one(cpid: str, payload: dict[str, Any]) -> dict[str, Any] | CommandError:
        try:
            return await platform.gateway.send_command(
                cpid, "SetChargingProfile", payload, record=False, origin="load"
            )
        except CommandError as e:
            return e

    return list(await asyncio.gather(*(one(cpid, payload) for _, cpid, payload in items)))


async def _store(s: AsyncSession, items: list[Item], preps: list[Prepared | None], answers: Answers) -> None:
    """Store the chargers' answers on the profiles recorded (`domain.commands.apply` / `failed`); the
    profiles and their chargers are read in one statement each."""
    ids = [prep.row.id for prep in preps if prep is not None]
    if not ids:
        return
    rows = {r.id: r for r in await s.scalars(select(ChargingProfile).where(ChargingProfile.id.in_(ids)))}
    cids = {charger_id for (charger_id, _, _), prep in zip(items, preps, strict=True) if prep is not None}
    chargers = {c.id: c for c in await s.scalars(select(Charger).where(Charger.id.in_(cids)))}
    for (charger_id, _, _), prep, answer in zip(items, preps, answers, strict=True):
        if prep is None:
            continue
        prep.row = rows.get(prep.row.id)
        if isinstance(answer, CommandError):
            await failed(s, "SetChargingProfile", prep)
            continue
        charger = chargers.get(charger_id)
        if charger is not None and prep.row is not None:
            await apply(s, charger, "SetChargingProfile", prep, answer)


def _refused(answer: dict[str, Any] | CommandError) -> bool:
    """The charger does not take the profile (as opposed to being unreachable for now)."""
    if isinstance(answer, CommandError):
        return isinstance(answer, CommandRejected) and answer.error_code in REJECTING
    return answer.get("status") != "Accepted"


def answer_of(answer: dict[str, Any] | CommandError) -> str:
    """How the history names a charger's answer to a limit (`LOAD_CHANGE_ANSWERS`)."""
    if isinstance(answer, ChargerOffline):
        return "offline"
    if isinstance(answer, CommandTimeout):
        return "timeout"
    if _refused(answer):
        return "rejected"
    if isinstance(answer, CommandError):
        return "failed"
    return "accepted"


async def _record_answers(
    s: AsyncSession, platform: Platform, sent: Mapping[int, tuple[list[tuple[Want, int]], Answers]]
) -> None:
    """Store each charger's answer with its history row, and the limits now in force (the last ones
    accepted) in each site's allocation (`sent`: site id -> the limits sent and their answers, in
    order); publish an allocation again when they changed."""
    lm = platform.load_manager
    ids = [w.change_id for sends, _ in sent.values() for w, _ in sends if w.change_id is not None]
    rows = (
        {
            r.id: r
            for r in await s.scalars(select(LoadAllocationChange).where(LoadAllocationChange.id.in_(ids)))
        }
        if ids
        else {}
    )
    for sends, answers in sent.values():
        for (w, _), answer in zip(sends, answers, strict=True):
            row = rows.get(w.change_id) if w.change_id is not None else None
            if row is not None:
                row.answer = answer_of(answer)
    sites = await s.scalars(
        select(SiteLoad).where(SiteLoad.site_id.in_(list(sent))).order_by(SiteLoad.site_id)
    )
    for site in sites:
        if not isinstance(site.allocation, dict):
            continue
        changed = False
        shares: list[dict[str, Any]] = []
        for share in site.allocation.get("shares") or []:
            if share.get("state") != allocator.FIXED:
                in_force = lm.sent.get(int(share["transaction_id"]), FAILSAFE_A)
                if share.get("limit_a") != in_force:
                    share = {**share, "limit_a": in_force}
                    changed = True
            shares.append(share)
        if changed:
            nodes = node_use(site.allocation.get("nodes") or [], shares)
            site.allocation = {**site.allocation, "shares": shares, "nodes": nodes}
            uow.unit_of(s).publish(
                events.site_load(site.site_id), {"site_id": site.site_id, **site.allocation}
            )


Answers = list[dict[str, Any] | CommandError]
Item = tuple[int, str, dict[str, Any]]


def _item(w: Want, limit_a: int) -> Item:
    payload = profile(w.connector_id, w.tx_id, limit_a, w.unit, len(w.phases), w.voltage, w.stack)
    return (w.charger_id, w.cpid, payload)


async def _send_in_order(
    platform: Platform, plans: Mapping[int, Plan], items: list[Item], preps: list[Prepared | None]
) -> dict[int, Answers]:
    """Send each site's limits (`items`, recorded as `preps`, in the order of `plans`: on each site the
    lowered ones, then the raised ones), every site at once; on each site the lowered ones are answered
    before the raised ones go out. Each site's answers in that order. Their answers, the history's and
    the limits now in force are stored in one transaction for all the sites. A node that stops in
    between leaves them Pending, which a node taking over counts as possibly in force (the safe side)."""
    if not items:
        return {}
    lm = platform.load_manager
    at: dict[int, int] = {}
    n = 0
    for sid, plan in plans.items():
        at[sid] = n
        n += len(plan.lowered) + len(plan.raised)

    async def site(sid: int, plan: Plan) -> Answers:
        start, mid = at[sid], at[sid] + len(plan.lowered)
        first = await _deliver(platform, items[start:mid])
        _note(lm, plan.lowered, first)
        last = await _deliver(platform, items[mid : mid + len(plan.raised)])
        _note(lm, plan.raised, last)
        return first + last

    sending = {sid: plan for sid, plan in plans.items() if plan.lowered or plan.raised}
    got = dict(zip(sending, await asyncio.gather(*(site(sid, p) for sid, p in sending.items())), strict=True))
    answers = [a for sid in plans for a in got.get(sid, [])]
    async with platform.sessionmaker() as s, s.begin():
        await _store(s, items, preps, answers)
        await _record_answers(
            s, platform, {sid: (plans[sid].lowered + plans[sid].raised, a) for sid, a in got.items()}
        )
    return got


def _note(lm: LoadManager, sends: list[tuple[Want, int]], answers: Answers) -> None:
    """What the chargers answered: an accepted limit is in force; one unanswered may be."""
    for (w, limit_a), answer in zip(sends, answers, strict=True):
        if isinstance(answer, dict) and not _refused(answer):
            lm.sent[w.tx_id] = limit_a
            lm.sent_at[w.tx_id] = time.monotonic()
            lm.unsure.pop(w.tx_id, None)
            lm.rejected_once.discard(w.charger_id)
        elif isinstance(answer, CommandError) and not _refused(answer):
            log.warning("SetChargingProfile to %s failed: %s", w.cpid, answer.message)
            if isinstance(answer, CommandTimeout):
                lm.unsure[w.tx_id] = max(lm.unsure.get(w.tx_id, 0), limit_a)


async def _release(platform: Platform, site_id: int) -> None:
    """The site is no longer managed: clear the profiles this service set on its chargers and they
    accepted (by their ids: a profile an operator set stays), so they charge at their own rating."""
    lm = platform.load_manager
    async with read_session(platform.sessionmaker) as s:
        rows = (
            await s.execute(
                select(ChargingProfile.charger_id, ChargingProfile.charging_profile_id)
                .join(Charger, Charger.id == ChargingProfile.charger_id)
                .where(
                    Charger.site_id == site_id,
                    ChargingProfile.status == "Accepted",
                    (ChargingProfile.charging_profile_id == DEFAULT_PROFILE_ID)
                    | ChargingProfile.charging_profile_id.between(TX_PROFILE_ID, TX_PROFILE_ID + 999),
                )
                .distinct()
            )
        ).all()
    ids: dict[int, list[int]] = {}
    for charger_id, profile_id in rows:
        ids.setdefault(charger_id, []).append(profile_id)

    async def clear(charger_id: int, profile_ids: list[int]) -> None:
        for pid in profile_ids:
            try:
                await execute(platform, charger_id, "ClearChargingProfile", {"id": pid}, origin="load")
            except DomainError as e:
                log.info("clearing profile %s on charger %s: %s", pid, charger_id, e.message)

    await asyncio.gather(*(clear(cid, pids) for cid, pids in ids.items()))
    for tx in lm.site_txs.pop(site_id, set()):
        lm.sent.pop(tx, None)
        lm.unsure.pop(tx, None)
        lm.sent_at.pop(tx, None)
        lm.caps.pop(tx, None)
        lm.turns.pop(tx, None)


async def _mark_rejecting(platform: Platform, site_id: int, charger_ids: list[int]) -> None:
    async with platform.sessionmaker() as s, s.begin():
        names = []
        for cid in charger_ids:
            charger = await s.get(Charger, cid)
            if charger is None:
                continue
            names.append(charger.charge_point_id)
            node = await s.scalar(
                select(LoadNode).where(LoadNode.kind == "charger", LoadNode.charger_id == cid)
            )
            if node is None:
                parent = await s.scalar(
                    select(LoadNode.id).where(LoadNode.site_id == site_id, LoadNode.kind == "supply")
                )
                if parent is None:
                    continue
                node = LoadNode(
                    site_id=site_id,
                    parent_id=parent,
                    kind="charger",
                    name=charger.charge_point_id,
                    charger_id=cid,
                )
                s.add(node)
            node.rejects_profiles = True
        site = await tree.site_load(s, site_id)
        if site is not None and names:
            site.warning = (
                f"Charger {', '.join(sorted(names))} does not take charging profiles: it is counted at its"
                " full rating."
            )[:500]
    log.warning("site %s: chargers %s reject charging profiles", site_id, names)


#: The configuration keys the service reads (`smart_charging_config`); an OCPP 2.0.1 station is asked
#: for them as SmartChargingCtrlr.RateUnit / ProfileStackLevel (GetVariables) when it boots.
SMART_CHARGING_KEYS = ["ChargingScheduleAllowedChargingRateUnit", "ChargeProfileMaxStackLevel"]


async def _learn_smart_config(platform: Platform, charger_ids: list[int]) -> None:
    """Ask OCPP 2.0.1 stations whose configuration cache lacks them for the rate unit and stack level
    they take (stored in the cache by `domain.commands.apply`); one that does not answer gets A."""
    if not charger_ids:
        return
    async with read_session(platform.sessionmaker) as s:
        known = set(
            await s.scalars(
                select(ChargerConfiguration.charger_id).where(
                    ChargerConfiguration.charger_id.in_(charger_ids),
                    ChargerConfiguration.key == SMART_CHARGING_KEYS[0],
                )
            )
        )

    async def ask(charger_id: int) -> None:
        try:
            await execute(
                platform, charger_id, "GetConfiguration", {"key": SMART_CHARGING_KEYS}, origin="load"
            )
        except DomainError as e:
            log.info("smart charging settings of charger %s: %s", charger_id, e.message)

    await asyncio.gather(*(ask(cid) for cid in charger_ids if cid not in known))


async def _send_defaults(platform: Platform, charger_ids: set[int], site_ids: set[int]) -> None:
    """The failsafe TxDefaultProfile (0 A: a transaction started while the platform cannot reach the
    charger waits for its share) to those of these chargers that stand on managed sites of `site_ids`."""
    if not charger_ids:
        return
    async with read_session(platform.sessionmaker) as s:
        rows = (
            await s.execute(
                select(Charger.id, Charger.charge_point_id, Charger.site_id, Charger.ocpp_version)
                .join(SiteLoad, SiteLoad.site_id == Charger.site_id)
                .where(Charger.id.in_(charger_ids), Charger.site_id.in_(site_ids), SiteLoad.enabled.is_(True))
            )
        ).all()
    await _learn_smart_config(platform, [r.id for r in rows if r.ocpp_version == "2.0.1"])
    async with read_session(platform.sessionmaker) as s:
        smart = await smart_charging_config(s, [r.id for r in rows])
    items = []
    for r in rows:
        unit, stack = smart.get(r.id, ("A", STACK_LEVEL))
        items.append((r.id, r.charge_point_id, profile(0, None, FAILSAFE_A, unit, 3, 230, stack)))
    answers = await _send_batch(platform, items)
    async with platform.sessionmaker() as s, s.begin():
        now = utcnow()
        for row, (_, _, payload), answer in zip(rows, items, answers, strict=True):
            s.add(
                LoadAllocationChange(
                    site_id=row.site_id,
                    at=now,
                    charger_id=row.id,
                    connector_id=0,
                    new_limit_a=FAILSAFE_A,
                    unit=payload["csChargingProfiles"]["chargingSchedule"]["chargingRateUnit"],
                    reason="failsafe",
                    answer=answer_of(answer),
                )
            )
        for site_id in {row.site_id for row in rows}:
            await history.prune(s, site_id)
    for row, answer in zip(rows, answers, strict=True):
        if _refused(answer):
            await _mark_rejecting(platform, row.site_id, [row.id])
            touch_site(platform, row.site_id, "rejected")
        elif isinstance(answer, CommandError):
            log.warning("failsafe profile to %s failed: %s", row.charge_point_id, answer.message)
