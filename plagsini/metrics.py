"""Prometheus metrics for /metrics (text exposition format)."""

from __future__ import annotations

from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

from plagsini.loopmon import LagMonitor
from plagsini.overrides.sqlalchemy_pool import pool_limit

REGISTRY = CollectorRegistry(auto_describe=True)

OCPP_CONNECTED = Gauge(
    "plagsini_ocpp_connected_chargers", "Chargers connected to this node", registry=REGISTRY
)
OCPP_MESSAGES = Counter(
    "plagsini_ocpp_messages_total", "OCPP frames handled", ["direction", "action"], registry=REGISTRY
)
OCPP_ERRORS = Counter("plagsini_ocpp_callerrors_total", "CALLERRORs sent", ["code"], registry=REGISTRY)
OCPP_LATENCY = Histogram(
    "plagsini_ocpp_handle_seconds", "Time to answer an inbound CALL", ["action"], registry=REGISTRY
)
OCPP_LOG_UNSTORED = Counter(
    "plagsini_ocpp_log_unstored_frames_total",
    "OCPP frames counted but not stored in the message log, by reason (over the per-charger budget: "
    "frames_per_second, bytes_per_day; on a connection of a charger that is not accepted: pending, "
    "rejected; buffer_full)",
    ["reason"],
    registry=REGISTRY,
)
OCPP_LOG_UNSTORED_BYTES = Counter(
    "plagsini_ocpp_log_unstored_bytes_total",
    "Bytes of the OCPP frames not stored in the message log, by reason",
    ["reason"],
    registry=REGISTRY,
)
OCPP_REFUSED = Counter(
    "plagsini_ocpp_refused_connections_total",
    "OCPP connections refused before the WebSocket upgrade, by reason",
    ["reason"],
    registry=REGISTRY,
)
OCPP_LOG_BYTES = Gauge(
    "plagsini_ocpp_message_log_bytes",
    "Size of the stored OCPP message log (bytes of the frames' text): measured by the housekeeping, "
    "plus what this node wrote since",
    registry=REGISTRY,
)
HTTP_REQUESTS = Counter(
    "plagsini_http_requests_total", "HTTP requests", ["path", "status"], registry=REGISTRY
)
GRAPHQL_SUBSCRIPTIONS = Gauge(
    "plagsini_graphql_subscriptions", "Active GraphQL subscriptions", registry=REGISTRY
)
BUS_EVENTS = Counter("plagsini_bus_events_published_total", "Events published on the bus", registry=REGISTRY)
GC_PAUSE = Histogram(
    "plagsini_gc_pause_seconds",
    "Garbage-collection pauses by generation (recorded by `plagsini serve`, see plagsini/gcpolicy.py)",
    ["generation"],
    buckets=(0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5),
    registry=REGISTRY,
)
OCPP_LOG_MAX_BYTES = Gauge(
    "plagsini_ocpp_message_log_max_bytes",
    "MESSAGE_LOG_MAX_BYTES: the size the housekeeping trims the message log to",
    registry=REGISTRY,
)
BUS_LAG = Gauge(
    "plagsini_bus_lag_seconds",
    "Round trip of this node's probe event through the bus (plagsini/busprobe.py); grows while a probe "
    "is outstanding",
    registry=REGISTRY,
)
BUS_DROPPED = Counter(
    "plagsini_bus_dropped_events_total",
    "Events dropped because a subscriber's buffer was full (the subscriber lagged)",
    registry=REGISTRY,
)
DB_POOL = Gauge(
    "plagsini_db_pool_connections",
    "Database connections of this node's pool: in_use (checked out), idle, limit (pool size + overflow)",
    ["state"],
    registry=REGISTRY,
)


LOOP_LAG = Gauge(
    "plagsini_event_loop_lag_seconds",
    "Event-loop lag over the last minute (how late a 100 ms timer fires)",
    ["quantile"],
    registry=REGISTRY,
)
_loop_monitor: LagMonitor | None = None
_engine: Any = None
_bus_probe: Any = None


def watch_loop(monitor: LagMonitor) -> None:
    global _loop_monitor
    _loop_monitor = monitor


def watch_engine(engine: Any) -> None:
    global _engine
    _engine = engine


def watch_bus(probe: Any) -> None:
    global _bus_probe
    _bus_probe = probe


def _pool_numbers(engine: Any) -> tuple[int, int, int] | None:
    pool = getattr(engine, "pool", None)
    try:
        in_use = int(pool.checkedout())  # type: ignore[union-attr]
        idle = int(pool.checkedin())  # type: ignore[union-attr]
        limit = pool_limit(pool)
    except (AttributeError, TypeError):
        return None  # a pool without counters (NullPool, StaticPool)
    return in_use, idle, limit


def render() -> bytes:
    if _loop_monitor is not None:
        summary = _loop_monitor.summary()
        for q, key in (("0.5", "p50"), ("0.99", "p99"), ("1", "max")):
            LOOP_LAG.labels(quantile=q).set(summary[key])
    if _engine is not None:
        numbers = _pool_numbers(_engine)
        if numbers is not None:
            for state, value in zip(("in_use", "idle", "limit"), numbers, strict=True):
                DB_POOL.labels(state=state).set(value)
    if _bus_probe is not None:
        BUS_LAG.set(_bus_probe.lag())
    return generate_latest(REGISTRY)
