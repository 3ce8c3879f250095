"""GraphQL subscriptions (graphql-transport-ws): the live layer over the event bus.

Every subscription authorizes when it starts (one database lookup where ownership must be
checked) and again for every event (a driver never receives another driver's session, request
or wallet events); after that it only reads the bus (`plagsini.bus`), never the database.
Channels and payloads: `domain/events.py`.

Each event type has `lagged: Int!`: how many events were dropped just before this one because
the client read too slowly (buffers are bounded; latest-value streams keep the newest).

IDs: arguments accept the opaque global ID (`Charger`, `ChargingSession`, `ChargingRequest`) or the
raw key (a charge point id, a session/transaction number) for integrators and tests.
"""

from __future__ import annotations

import asyncio
import copy
import datetime as dt
import inspect
import logging
from collections.abc import AsyncGenerator, Awaitable, Callable
from decimal import Decimal
from typing import Any, TypeVar, cast

import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info

from api import fanout
from api.accounts_types import Money
from api.permissions import require_admin, require_user
from api.relay import b64d, encode_id
from db.engine import read_session
from db.models import ChargingSession, User
from domain import billing, dashboard, stations, transactions
from domain import events as ev
from domain.errors import InvalidInput, NotFound
from domain.read_models import chargers as read_chargers
from domain.read_models import sessions as read_sessions
from plagsini import metrics
from plagsini.bus import Lagged

log = logging.getLogger("plagsini.subscriptions")


SESSION_TYPE = "ChargingSession"
CHARGER_TYPE = "Charger"
REQUEST_TYPE = "ChargingRequest"

T = TypeVar("T")
#: The payload type of a channel (a TypedDict of domain.events).
E = TypeVar("E")

# ------------------------------------------------------------------------------------------ types


@strawberry.type(description="One phase's reading of a measurand.")
class PhaseValue:
    phase: str
    value: float


@strawberry.type(description="One sampled value as the charger sent it, normalised to base units.")
class SampledValue:
    measurand: str
    phase: str | None
    unit: str | None
    value: float | None
    context: str | None
    location: str | None


@strawberry.type(description="A MeterValues reading as it arrives from the charger.")
class MeterReading:
    charge_point_id: str
    connector_id: int
    session_id: strawberry.ID | None
    timestamp: dt.datetime | None
    energy_wh: float | None = strawberry.field(description="Energy.Active.Import.Register (Wh).")
    power_w: float | None = strawberry.field(description="Power.Active.Import (W).")
    soc: float | None = strawberry.field(description="State of charge (%), when the charger sends it.")
    current_a: list[PhaseValue] = strawberry.field(description="Current.Import per phase (A).")
    voltage_v: list[PhaseValue] = strawberry.field(description="Voltage per phase (V).")
    samples: list[SampledValue]
    lagged: int = 0


@strawberry.type(description="What a live-charging screen shows.")
class SessionProgress:
    session_id: strawberry.ID
    status: str
    energy_wh: float
    power_w: float | None
    soc: float | None
    cost_so_far: Decimal | None = strawberry.field(description="Cost so far in `currency` (major units).")
    currency: str
    started_at: dt.datetime | None
    elapsed_seconds: int
    timestamp: dt.datetime | None
    lagged: int = 0


@strawberry.type(description="Progress of a remote-start request (the handle startCharging returns).")
class ChargingRequestUpdate:
    request_id: strawberry.ID
    status: str
    session_id: strawberry.ID | None
    error: str | None
    timestamp: dt.datetime | None
    lagged: int = 0


@strawberry.type(
    description="A connector status or online/offline change. Drivers see public availability "
    "only (`availability`, `online`); `status`, `errorCode`, `info` are for admins."
)
class ChargerStatusUpdate:
    charge_point_id: str
    connector_id: int | None
    kind: str = strawberry.field(
        description="connector | online | offline | boot | firmware | diagnostics | partner | subscribed "
        "(the first event, once the subscription is in place, carrying nothing else: read the "
        "chargers then; a change between an earlier read and the subscription is not lost)"
    )
    availability: str | None = strawberry.field(description="Available | Occupied | Unavailable | Faulted")
    online: bool | None
    status: str | None
    error_code: str | None
    info: str | None
    timestamp: dt.datetime | None
    lagged: int = 0
    # kind "partner": a roaming partner's EVSE changed status (as the partner pushed it).
    partner_station_id: strawberry.ID | None = strawberry.field(
        default=None, description="kind partner: the PartnerStation whose EVSE changed."
    )
    evse_uid: str | None = strawberry.field(default=None, description="kind partner: the EVSE.")
    evse_status: str | None = strawberry.field(
        default=None, description="kind partner: its OCPI status (AVAILABLE, CHARGING, OUTOFORDER, ...)."
    )
    available_count: int | None = strawberry.field(
        default=None, description="kind partner: the station's EVSEs AVAILABLE now."
    )


@strawberry.type(description="One OCPP frame from the live message log.")
class OcppMessageEvent:
    charge_point_id: str
    direction: str
    message_type: int
    action: str | None
    unique_id: str | None
    payload: JSON | None
    error_code: str | None
    latency_ms: float | None
    timestamp: dt.datetime | None
    lagged: int = 0


@strawberry.type(
    description="A charger fault opened, acknowledged or resolved. The first event (no faultId, no "
    "status) comes once the subscription is in place: read the faults then."
)
class FaultUpdate:
    fault_id: strawberry.ID | None
    charge_point_id: str | None
    connector_id: int | None
    error_code: str | None
    status: str | None
    info: str | None
    timestamp: dt.datetime | None
    lagged: int = 0


@strawberry.type(
    description="The dashboard's figures (admins); each equals what its list shows: chargers with the "
    "`online` filter, online chargers with a connector Charging / Faulted, sessions with status ACTIVE."
)
class DashboardStats:
    chargers_total: int
    chargers_online: int
    chargers_offline: int
    chargers_charging: int = strawberry.field(description="Online chargers with a connector Charging.")
    chargers_faulted: int = strawberry.field(description="Online chargers with a connector Faulted.")
    sessions_active: int
    power_w: float = strawberry.field(description="Power now: the sum over the active sessions (W).")
    energy_today_wh: float = strawberry.field(description="Energy of the sessions started today (UTC).")
    revenue_today: Money = strawberry.field(description="Billed today (UTC), tax included.")
    open_faults: int
    timestamp: dt.datetime

    @classmethod
    def from_event(cls, event: dict[str, Any], currency: str) -> DashboardStats:
        """From a DashboardStatsEvent (`domain.dashboard.Figures.as_event`)."""
        return cls(
            chargers_total=int(event.get("chargers_total", 0)),
            chargers_online=int(event.get("chargers_online", 0)),
            chargers_offline=int(event.get("chargers_offline", 0)),
            chargers_charging=int(event.get("chargers_charging", 0)),
            chargers_faulted=int(event.get("chargers_faulted", 0)),
            sessions_active=int(event.get("sessions_active", 0)),
            power_w=float(event.get("power_w", 0)),
            energy_today_wh=float(event.get("energy_today_wh", 0)),
            revenue_today=Money.from_sen(int(event.get("revenue_today_sen", 0)), currency),
            open_faults=int(event.get("open_faults", 0)),
            timestamp=_ts(event.get("timestamp")) or dt.datetime.now(dt.UTC),
        )


@strawberry.type(description="A movement on the signed-in driver's wallet and the balance after it.")
class WalletUpdate:
    balance: Decimal | None
    currency: str
    amount: Decimal | None
    kind: str | None
    description: str | None
    posting_id: strawberry.ID | None
    timestamp: dt.datetime | None
    lagged: int = 0


# ------------------------------------------------------------------------------------------ helpers


def _ts(value: Any) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def _float(value: float | None) -> float | None:
    return float(value) if value is not None else None


def _sen(value: Any) -> Decimal | None:
    if value is None:
        return None
    try:
        return (Decimal(int(value)) / 100).quantize(Decimal("0.01"))
    except (TypeError, ValueError, ArithmeticError):
        return None


#: One answer for "no such object" and "not yours" (no existence oracle), per type.
NOT_FOUND_MESSAGES = {
    SESSION_TYPE: "No such charging session.",
    REQUEST_TYPE: "No such charging request.",
    CHARGER_TYPE: "No such charger.",
}


def _not_found(type_name: str, field: str) -> NotFound:
    return NotFound(NOT_FOUND_MESSAGES.get(type_name), field=field)


def _key(gid: Any, type_name: str, field: str) -> str:
    """The key inside a global ID of `type_name`, or the raw key itself."""
    if gid is None or str(gid) == "":
        raise _not_found(type_name, field)
    raw = str(gid)
    if len(raw) > 200:
        raise _not_found(type_name, field)
    try:
        kind, sep, pk = b64d(raw).partition(":")
    except ValueError:
        return raw
    if sep and kind == type_name and pk:
        return pk
    return raw


def _int_key(gid: Any, type_name: str, field: str) -> int:
    key = _key(gid, type_name, field)
    if not key.isdigit() or len(key) > 18:
        raise _not_found(type_name, field)
    return int(key)


def _is_admin(user: User) -> bool:
    return user.role == "admin"


def _platform(info: Info) -> Any:
    return info.context.platform


async def _stream(
    info: Info,
    channels: tuple[str, ...],
    transform: Callable[[E], T | None] | Callable[[E], Awaitable[T | None]],
    initial: Callable[[], Awaitable[T]] | None = None,
    fast: bool = True,
) -> AsyncGenerator[T, None]:
    """Subscribe to `channels`, yield `transform(event)` (None = skip), count lag into `lagged`.

    `transform` may be a coroutine function (a subscription that reads the object again on each of
    its events). `initial()` gives the current state; it is read once the bus subscription is in
    place, so an event published while it is being read is not lost.

    With `fast`, an event that arrives while this task is idle is mapped by `transform` in the bus's
    dispatcher and its frame written to the socket there (`api/fanout.py`, direct delivery), without
    waking this task; `transform` must then be a pure function of the event (the mappers here are;
    a coroutine transform always takes the loop)."""
    bus = _platform(info).bus
    metrics.GRAPHQL_SUBSCRIPTIONS.inc()
    lagged = 0

    def direct(event: Any) -> bool:
        """The same decisions as the loop below, for an event the bus hands over while this
        subscriber's task is idle: skipped events are handled here too; an event to send is written
        by `fanout.deliver` when it can be (True), else it takes the loop (False)."""
        if lagged:  # the loop reports it with the next event it sends
            return False
        if not isinstance(event, dict):
            return True
        try:
            out = transform(cast(E, event))
        except Exception:  # noqa: BLE001 - the loop maps it again and logs it
            return False
        if out is None:
            return True
        return fanout.deliver(delivery, out) if delivery is not None else False

    delivery = fanout.CURRENT.get() if fast and not inspect.iscoroutinefunction(transform) else None
    try:
        async with bus.subscribe(*channels, lag_markers=True) as sub:
            if initial is not None:
                yield await initial()
            if delivery is not None and delivery.executor is not None:
                sub.direct = direct
            async for event in sub:
                if isinstance(event, Lagged):
                    lagged += event.dropped
                    continue
                if not isinstance(event, dict):
                    continue
                try:
                    # The bus hands over decoded JSON; each channel carries one payload type.
                    mapped = transform(cast(E, event))
                    out = await mapped if inspect.isawaitable(mapped) else mapped
                except Exception:  # noqa: BLE001 - one malformed event must not end the stream
                    log.warning("subscription: cannot map event on %s", channels, exc_info=True)
                    continue
                if out is None:
                    continue
                if lagged and hasattr(out, "lagged"):
                    out = copy.copy(out)  # a mapped event may be shared by subscribers (`_shared`)
                    out.lagged = lagged  # type: ignore[attr-defined]
                lagged = 0
                yield out
    finally:
        metrics.GRAPHQL_SUBSCRIPTIONS.dec()


def stream(
    info: Info,
    channels: tuple[str, ...],
    transform: Callable[[E], T | None] | Callable[[E], Awaitable[T | None]],
    initial: Callable[[], Awaitable[T]] | None = None,
) -> AsyncGenerator[T, None]:
    """For the other modules' subscriptions (fleet jobs, connection diagnostics, command history):
    `_stream` without direct delivery (their payload types are not shared)."""
    return _stream(info, channels, transform, initial, fast=False)


# ------------------------------------------------------------------------------------------ mappers


def _phase_values(values: list[ev.SampledValue], prefix: str) -> list[PhaseValue]:
    out: list[PhaseValue] = []
    for v in values:
        value = v.get("value")
        if str(v.get("measurand", "")).startswith(prefix) and value is not None:
            out.append(PhaseValue(phase=v.get("phase") or "", value=float(value)))
    return out


def _first(values: list[ev.SampledValue], measurand: str) -> float | None:
    found = None
    for v in values:
        value = v.get("value")
        if v.get("measurand") == measurand and value is not None:
            if v.get("phase") in (None, ""):
                return float(value)
            found = float(value) if found is None else found + float(value)
    return found


def _shared(transform: Callable[..., T]) -> Callable[..., T]:
    """Map each bus event once for all the subscribers it reaches: the bus hands the same decoded
    dict to every subscriber of a channel, so with 1,000 subscribers the mapping of the most recent
    event is reused 999 times, and `api/fanout.py` can then execute and encode it once per
    operation. Extra positional arguments (e.g. the admin/driver view) select among the event's
    mappings. The result must not be mutated (`_stream` copies before setting `lagged`)."""
    last_event: list[Any] = [None]
    mapped_by_args: dict[tuple[Any, ...], T] = {}

    def mapped(event: object, *args: Any) -> T:
        if last_event[0] is not event:
            last_event[0] = event
            mapped_by_args.clear()
        elif args in mapped_by_args:
            return mapped_by_args[args]
        out = transform(event, *args)
        mapped_by_args[args] = out
        return out

    return mapped


@_shared
def meter_reading(event: ev.MeterEvent) -> MeterReading:
    values = [v for v in event.get("values") or [] if isinstance(v, dict)]
    energy = event.get("energy_wh")
    power = event.get("power_w")
    soc = event.get("soc")
    tx = event.get("transaction_id")
    return MeterReading(
        charge_point_id=str(event.get("charge_point_id", "")),
        connector_id=int(event.get("connector_id") or 0),
        session_id=encode_id(SESSION_TYPE, tx) if tx is not None else None,
        timestamp=_ts(event.get("timestamp")),
        energy_wh=float(energy) if energy is not None else _first(values, "Energy.Active.Import.Register"),
        power_w=float(power)
        if power is not None
        else transactions.total_power_w(
            (v.get("measurand", ""), v.get("phase"), v.get("value")) for v in values
        ),
        soc=float(soc) if soc is not None else _first(values, "SoC"),
        current_a=_phase_values(values, "Current.Import"),
        voltage_v=_phase_values(values, "Voltage"),
        samples=[
            SampledValue(
                measurand=str(v.get("measurand") or "Energy.Active.Import.Register"),
                phase=v.get("phase"),
                unit=v.get("unit"),
                value=_float(v.get("value")),
                context=v.get("context"),
                location=v.get("location"),
            )
            for v in values
        ],
    )


@_shared
def charger_status_update(event: ev.ChargerStatusEvent, admin: bool) -> ChargerStatusUpdate | None:
    kind = str(event.get("type") or "connector")
    if kind == "partner":  # public: what partnerStations shows
        return ChargerStatusUpdate(
            charge_point_id="",
            connector_id=None,
            kind=kind,
            availability=None,
            online=None,
            status=None,
            error_code=None,
            info=None,
            timestamp=_ts(event.get("timestamp")),
            partner_station_id=encode_id("PartnerStation", int(event.get("partner_station_id", 0))),
            evse_uid=event.get("evse_uid"),
            evse_status=event.get("status"),
            available_count=event.get("available"),
        )
    online = event.get("online")
    status = event.get("status")
    if kind == "connector":
        availability = stations.public_availability(status)
    elif kind == "offline":
        availability = "Unavailable"
    else:
        availability = None
    if not admin and kind not in ("connector", "online", "offline"):
        return None
    connector = event.get("connector_id")
    return ChargerStatusUpdate(
        charge_point_id=str(event.get("charge_point_id", "")),
        connector_id=int(connector) if connector is not None else None,
        kind=kind,
        availability=availability,
        online=bool(online) if online is not None else None,
        status=str(status) if admin and status is not None else None,
        error_code=event.get("error_code") if admin else None,
        info=event.get("info") if admin else None,
        timestamp=_ts(event.get("timestamp")),
    )


@_shared
def ocpp_message_event(event: ev.OcppLogEvent) -> OcppMessageEvent:
    return OcppMessageEvent(
        charge_point_id=str(event.get("charge_point_id", "")),
        direction=str(event.get("direction", "")),
        message_type=int(event.get("message_type") or 0),
        action=event.get("action"),
        unique_id=event.get("unique_id"),
        payload=event.get("payload"),
        error_code=event.get("error_code"),
        latency_ms=event.get("latency_ms"),
        timestamp=_ts(event.get("timestamp")),
    )


@_shared
def fault_update(event: ev.FaultEvent) -> FaultUpdate:
    fid = event.get("fault_id")
    conn = event.get("connector_id")
    return FaultUpdate(
        fault_id=encode_id("Fault", fid) if fid is not None else None,
        charge_point_id=event.get("charge_point_id"),
        connector_id=int(conn) if conn is not None else None,
        error_code=event.get("error_code"),
        status=event.get("status"),
        info=event.get("info"),
        timestamp=_ts(event.get("timestamp") or event.get("opened_at")),
    )


# Every payload type is plain data (no resolver reads the viewer), so one execution of an event may
# serve every subscriber with the same operation (`api/fanout.py`).
fanout.share_payloads(
    MeterReading,
    SessionProgress,
    ChargingRequestUpdate,
    ChargerStatusUpdate,
    OcppMessageEvent,
    FaultUpdate,
    DashboardStats,
    WalletUpdate,
)


# ------------------------------------------------------------------------------------------ lookups


async def _session_row(info: Info, session_id: int) -> ChargingSession:
    async with read_session(_platform(info).sessionmaker) as s:
        row = await read_sessions.with_charger(s, session_id)
    if row is None:
        raise _not_found(SESSION_TYPE, "sessionId")
    return row


async def _progress_event(info: Info, session_id: int) -> ev.SessionEvent:
    """The session's progress now (`billing.progress_event`)."""
    async with read_session(_platform(info).sessionmaker) as s:
        event = await billing.progress_event(s, session_id)
    if event is None:
        raise _not_found(SESSION_TYPE, "sessionId")
    return event


def _check_owner(user: User, owner_id: int | None) -> None:
    # Someone else's session is answered exactly like a missing one.
    if not _is_admin(user) and owner_id != user.id:
        raise _not_found(SESSION_TYPE, "sessionId")


async def _charger_cpid(info: Info, charger_id: Any, *, public_only: bool) -> str:
    key = _key(charger_id, CHARGER_TYPE, "chargerId")
    raw = str(charger_id)
    async with read_session(_platform(info).sessionmaker) as s:
        if key != raw and key.isdigit():
            row = await read_chargers.publicity(s, charger_id=int(key))
        else:
            row = await read_chargers.publicity(s, cpid=key)
    if row is None or (public_only and not row.is_public):
        raise _not_found(CHARGER_TYPE, "chargerId")
    return str(row.charge_point_id)


def _session_progress(
    event: ev.SessionEvent, started_at: dt.datetime | None, currency: str
) -> SessionProgress:
    ts = _ts(event.get("timestamp"))
    status = str(event.get("status") or "")
    started = _ts(event.get("started_at")) or started_at
    stopped = _ts(event.get("stopped_at"))
    end = stopped or (ts if status != "Active" else None) or dt.datetime.now(dt.UTC)
    if status == "Active":
        end = max(end, ts) if ts else dt.datetime.now(dt.UTC)
    elapsed = int((end - started).total_seconds()) if started else 0
    sid = event.get("session_id") or event.get("transaction_id")
    return SessionProgress(
        session_id=encode_id(SESSION_TYPE, sid if sid is not None else ""),
        status=status,
        energy_wh=float(event.get("energy_wh") or 0),
        power_w=_float(event.get("power_w")),
        soc=_float(event.get("soc")),
        cost_so_far=_sen(event.get("cost_sen")),
        currency=str(event.get("currency") or currency),
        started_at=started,
        elapsed_seconds=max(0, elapsed),
        timestamp=ts,
    )


# ------------------------------------------------------------------------------------------ dashboard


async def compute_dashboard_stats(platform: Any) -> dict[str, Any]:
    """The DashboardStatsEvent of the figures now (`domain.dashboard.figures`)."""
    async with read_session(platform.sessionmaker) as s:
        return (await dashboard.figures(s)).as_event()


@_shared
def dashboard_stats(event: dict[str, Any], currency: str) -> DashboardStats:
    return DashboardStats.from_event(event, currency)


async def _dashboard_loop(platform: Any) -> None:
    """One task per node while someone watches: recompute the counters every interval (one set
    of aggregate queries per node, whatever the number of subscribers) and deliver them locally."""
    interval = float(getattr(platform.settings, "dashboard_stats_interval", 5.0))
    bus = platform.bus
    try:
        while bus.subscriber_count(ev.DASHBOARD_STATS) > 0:
            await asyncio.sleep(interval)
            if bus.subscriber_count(ev.DASHBOARD_STATS) == 0:
                break
            try:
                bus.publish_local(ev.DASHBOARD_STATS, await compute_dashboard_stats(platform))
            except Exception:  # noqa: BLE001
                log.warning("dashboard stats: cannot compute", exc_info=True)
    finally:
        platform.dashboard_stats = None


def _ensure_dashboard_task(platform: Any) -> None:
    task = platform.dashboard_stats
    if task is None or task.done():
        platform.dashboard_stats = asyncio.create_task(_dashboard_loop(platform))


# ------------------------------------------------------------------------------------------ schema


@strawberry.type
class Subscription:
    @strawberry.subscription(
        description="Each meter reading as it arrives. Pass `sessionId` (the driver's own session, or "
        "any for admins) or `chargerId` (admins)."
    )
    async def meter_values(
        self, info: Info, charger_id: strawberry.ID | None = None, session_id: strawberry.ID | None = None
    ) -> AsyncGenerator[MeterReading, None]:
        user = await require_user(info, write=False)
        if (charger_id is None) == (session_id is None):
            raise InvalidInput("Pass exactly one of chargerId and sessionId.", field="chargerId")
        if session_id is not None:
            sid = _int_key(session_id, SESSION_TYPE, "sessionId")
            row = await _session_row(info, sid)
            _check_owner(user, row.user_id)
            owner = row.user_id
            admin = _is_admin(user)

            def for_session(event: ev.MeterEvent) -> MeterReading | None:
                if event.get("transaction_id") != sid:
                    return None
                if not admin and event.get("user_id", owner) != user.id:
                    return None
                return meter_reading(event)

            async for item in _stream(info, (ev.charger_meter(row.charger.charge_point_id),), for_session):
                yield item
            return
        await require_admin(info, write=False)
        cpid = await _charger_cpid(info, charger_id, public_only=False)
        async for item in _stream(info, (ev.charger_meter(cpid),), meter_reading):
            yield item

    @strawberry.subscription(
        description="A charging session's progress: energy so far, power now, cost so far, SoC, "
        "elapsed time, status. Starts with the current state."
    )
    async def session_progress(
        self, info: Info, session_id: strawberry.ID
    ) -> AsyncGenerator[SessionProgress, None]:
        user = await require_user(info, write=False)
        sid = _int_key(session_id, SESSION_TYPE, "sessionId")
        row = await _session_row(info, sid)
        _check_owner(user, row.user_id)
        admin = _is_admin(user)
        started_at = _ts(row.started_at)
        currency = row.currency

        async def snapshot() -> SessionProgress:
            return _session_progress(await _progress_event(info, sid), started_at, currency)

        def transform(event: ev.SessionEvent) -> SessionProgress | None:
            if not admin and event.get("user_id", user.id) != user.id:
                return None
            if (event.get("session_id") or event.get("transaction_id")) != sid:
                return None
            return _session_progress(event, started_at, currency)

        async for item in _stream(info, (ev.session(sid),), transform, initial=snapshot):
            yield item

    @strawberry.subscription(description="Progress of a remote-start request. Starts with its current state.")
    async def charging_request(
        self, info: Info, id: strawberry.ID
    ) -> AsyncGenerator[ChargingRequestUpdate, None]:
        user = await require_user(info, write=False)
        rid = _int_key(id, REQUEST_TYPE, "id")
        async with read_session(_platform(info).sessionmaker) as s:
            req = await read_sessions.charging_request(s, rid)
        if req is None or (not _is_admin(user) and req.user_id != user.id):
            raise _not_found(REQUEST_TYPE, "id")
        admin = _is_admin(user)

        def update(event: ev.ChargingRequestEvent) -> ChargingRequestUpdate:
            sid = event.get("session_id")
            return ChargingRequestUpdate(
                request_id=encode_id(REQUEST_TYPE, rid),
                status=str(event.get("status") or ""),
                session_id=encode_id(SESSION_TYPE, sid) if sid is not None else None,
                error=event.get("error"),
                timestamp=_ts(event.get("timestamp")),
            )

        async def snapshot() -> ChargingRequestUpdate:
            async with read_session(_platform(info).sessionmaker) as s:
                now = await read_sessions.charging_request(s, rid)
            if now is None:
                raise _not_found(REQUEST_TYPE, "id")
            current: ev.ChargingRequestEvent = {
                "status": now.status,
                "session_id": now.session_id,
                "error": now.error,
            }
            if now.updated_at:
                current["timestamp"] = now.updated_at.isoformat()
            return update(current)

        def transform(event: ev.ChargingRequestEvent) -> ChargingRequestUpdate | None:
            if not admin and event.get("user_id", user.id) != user.id:
                return None
            if event.get("request_id", rid) != rid:
                return None
            return update(event)

        async for item in _stream(info, (ev.charging_request(rid),), transform, initial=snapshot):
            yield item

    @strawberry.subscription(
        description="Connector status and online/offline changes of one charger, or of all chargers "
        "when `chargerId` is omitted. Drivers see public chargers' availability only. The first event "
        "(kind `subscribed`) comes once the subscription is in place: read the chargers then."
    )
    async def charger_status(
        self, info: Info, charger_id: strawberry.ID | None = None
    ) -> AsyncGenerator[ChargerStatusUpdate, None]:
        user = await require_user(info, write=False)
        admin = _is_admin(user)
        hidden: set[str] = set()
        cpid = ""
        if charger_id is not None:
            cpid = await _charger_cpid(info, charger_id, public_only=not admin)
            channel = ev.charger_status(cpid)
        else:
            channel = ev.ALL_CHARGERS_STATUS
            if not admin:
                async with read_session(_platform(info).sessionmaker) as s:
                    hidden = await read_chargers.private_cpids(s)

        def transform(event: ev.ChargerStatusEvent) -> ChargerStatusUpdate | None:
            if not admin:
                # The event's own `is_public` is current (publicity may change after subscribing);
                # the snapshot taken at subscribe time only covers events without it.
                public = event.get("is_public")
                if public is False or (public is None and event.get("charge_point_id") in hidden):
                    return None
            return charger_status_update(event, admin)

        async def subscribed() -> ChargerStatusUpdate:
            return ChargerStatusUpdate(
                charge_point_id=cpid,
                connector_id=None,
                kind="subscribed",
                availability=None,
                online=None,
                status=None,
                error_code=None,
                info=None,
                timestamp=dt.datetime.now(dt.UTC),
            )

        async for item in _stream(info, (channel,), transform, initial=subscribed):
            yield item

    @strawberry.subscription(description="The live OCPP message log of one charger or all (admins).")
    async def ocpp_messages(
        self, info: Info, charger_id: strawberry.ID | None = None
    ) -> AsyncGenerator[OcppMessageEvent, None]:
        await require_admin(info, write=False)
        if charger_id is not None:
            channel = ev.ocpp_log(await _charger_cpid(info, charger_id, public_only=False))
        else:
            channel = ev.ALL_OCPP_LOG

        async for item in _stream(info, (channel,), ocpp_message_event):
            yield item

    @strawberry.subscription(
        description="Charger faults as they open and change (admins). The first event (no faultId) comes "
        "once the subscription is in place: read the faults then."
    )
    async def faults(self, info: Info) -> AsyncGenerator[FaultUpdate, None]:
        await require_admin(info, write=False)

        async def subscribed() -> FaultUpdate:
            return FaultUpdate(
                fault_id=None,
                charge_point_id=None,
                connector_id=None,
                error_code=None,
                status=None,
                info=None,
                timestamp=dt.datetime.now(dt.UTC),
            )

        async for item in _stream(info, (ev.FAULTS,), fault_update, initial=subscribed):
            yield item

    @strawberry.subscription(
        description="Live dashboard counters (admins): chargers online, sessions active, power now, "
        "energy today. Starts with the current values, then every DASHBOARD_STATS_INTERVAL seconds."
    )
    async def dashboard_stats(self, info: Info) -> AsyncGenerator[DashboardStats, None]:
        await require_admin(info, write=False)
        platform = _platform(info)
        currency = str(platform.settings.currency)

        async def now() -> DashboardStats:
            _ensure_dashboard_task(platform)  # subscribed: the node's loop sees this subscriber
            return dashboard_stats(await compute_dashboard_stats(platform), currency)

        def transform(event: dict[str, Any]) -> DashboardStats:
            return dashboard_stats(event, currency)

        async for item in _stream(info, (ev.DASHBOARD_STATS,), transform, initial=now):
            yield item

    @strawberry.subscription(description="The signed-in driver's own wallet: each movement and the balance.")
    async def wallet_updates(self, info: Info) -> AsyncGenerator[WalletUpdate, None]:
        user = await require_user(info, write=False)
        uid = user.id
        default_currency = str(_platform(info).settings.currency)

        def transform(event: ev.WalletEvent) -> WalletUpdate | None:
            if event.get("user_id") != uid:
                return None
            pid = event.get("posting_id")
            return WalletUpdate(
                balance=_sen(event.get("balance_sen")),
                currency=str(event.get("currency") or default_currency),
                amount=_sen(event.get("amount_sen")),
                kind=event.get("kind"),
                description=event.get("description"),
                posting_id=encode_id("LedgerPosting", pid) if pid is not None else None,
                timestamp=_ts(event.get("timestamp")),
            )

        async for item in _stream(info, (ev.wallet(uid),), transform):
            yield item
