"""OpenTelemetry traces: GraphQL operations, OCPP messages and database work.

Off by default. With OTEL_EXPORTER_OTLP_ENDPOINT set, `plagsini serve` exports spans over OTLP/HTTP
(the exporter reads the standard OTEL_* variables: OTEL_SERVICE_NAME, OTEL_EXPORTER_OTLP_HEADERS...).
When off, the OpenTelemetry packages are never imported and `span()` returns a shared no-op context
manager: one global lookup per traced operation.

Spans:
- `graphql <operation>`: one per GraphQL operation (api/schema.py's TracingExtension);
- `ocpp <Action>` (kind SERVER): one per inbound CALL, `ocpp.action`, `ocpp.charger_id`,
  `ocpp.error_code` when answered with a CALLERROR (ocpp_server/connection.py);
- `ocpp command <Action>` (kind CLIENT): one per outbound command to a charger;
- the database statements (SQLAlchemy instrumentation on the platform's engine).
"""

from __future__ import annotations

import contextlib
import logging
import os
from typing import Any

log = logging.getLogger("plagsini.tracing")

_tracer: Any = None
_provider: Any = None
_NOOP = contextlib.nullcontext()


def enabled() -> bool:
    return _tracer is not None


def install(provider: Any) -> None:
    """Trace with `provider` (an SDK TracerProvider) from now on."""
    global _tracer, _provider
    _provider = provider
    _tracer = provider.get_tracer("plagsini")


def uninstall() -> None:
    """Stop tracing (and the database instrumentation) in this process."""
    global _tracer, _provider
    if _provider is not None:
        from opentelemetry.instrumentation.sqlalchemy import SQLAlchemyInstrumentor

        instrumentor = SQLAlchemyInstrumentor()
        if instrumentor.is_instrumented_by_opentelemetry:
            instrumentor.uninstrument()
    _tracer = None
    _provider = None


#: Seconds one export may take, its retries included, unless OTEL_EXPORTER_OTLP_(TRACES_)TIMEOUT says.
#: The library's own default (10 s of retries) held a node whose collector was away for ~9 s at its
#: stop, where the last spans are flushed: past a container's usual grace before it is killed.
EXPORT_TIMEOUT = 3.0


def export_timeout() -> float | None:
    """EXPORT_TIMEOUT, or None (the library reads the OTEL_* timeout) when one is set."""
    if os.environ.get("OTEL_EXPORTER_OTLP_TRACES_TIMEOUT") or os.environ.get("OTEL_EXPORTER_OTLP_TIMEOUT"):
        return None
    return EXPORT_TIMEOUT


def setup(endpoint: str | None, node_id: str) -> bool:
    """Export spans to the OTLP/HTTP collector at `endpoint` (None: tracing stays off)."""
    if not endpoint:
        return False
    from opentelemetry import trace
    from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
    from opentelemetry.sdk.resources import Resource
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor

    base = endpoint.rstrip("/")
    traces = base if base.endswith("/v1/traces") else base + "/v1/traces"
    # OTEL_RESOURCE_ATTRIBUTES adds attributes; the service is "plagsini" unless OTEL_SERVICE_NAME says.
    service = os.environ.get("OTEL_SERVICE_NAME") or "plagsini"
    resource = Resource.create({"service.name": service, "service.instance.id": node_id})
    provider = TracerProvider(resource=resource)
    provider.add_span_processor(
        BatchSpanProcessor(OTLPSpanExporter(endpoint=traces, timeout=export_timeout()))
    )
    trace.set_tracer_provider(provider)
    install(provider)
    log.info("tracing to %s", traces)
    return True


def shutdown() -> None:
    """Flush the spans still buffered (on exit)."""
    if _provider is not None:
        with contextlib.suppress(Exception):
            _provider.shutdown()


def instrument_engine(engine: Any) -> None:
    """Trace the statements of an async SQLAlchemy engine (no-op when tracing is off)."""
    if _provider is None:
        return
    from opentelemetry.instrumentation.sqlalchemy import SQLAlchemyInstrumentor

    # The instrumentation declares sqlalchemy < 2.1; its cursor events are the same in 2.1 (the
    # tests check the spans), so the version check is skipped.
    SQLAlchemyInstrumentor().instrument(
        engine=engine.sync_engine, tracer_provider=_provider, skip_dep_check=True
    )


def span(name: str, attributes: dict[str, Any] | None = None, kind: str = "internal") -> Any:
    """A context manager around one operation: a span when tracing is on, else a no-op."""
    tracer = _tracer
    if tracer is None:
        return _NOOP
    from opentelemetry.trace import SpanKind

    return tracer.start_as_current_span(name, kind=getattr(SpanKind, kind.upper()), attributes=attributes)


def start_span(name: str, attributes: dict[str, Any] | None = None, kind: str = "internal") -> Any:
    """A started span that is not current (end it with `.end()`); None when tracing is off."""
    tracer = _tracer
    if tracer is None:
        return None
    from opentelemetry.trace import SpanKind

    return tracer.start_span(name, kind=getattr(SpanKind, kind.upper()), attributes=attributes)


def use_span(span: Any) -> Any:
    """Make `span` current inside the block (it stays open)."""
    if span is None:
        return _NOOP
    from opentelemetry import trace

    return trace.use_span(span, end_on_exit=False)


def set_attribute(key: str, value: Any) -> None:
    """Set an attribute on the current span (no-op when tracing is off)."""
    if _tracer is None:
        return
    from opentelemetry import trace

    trace.get_current_span().set_attribute(key, value)
