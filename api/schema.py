"""Assembles the GraphQL schema from one module per area, with the hardening every area relies on:

- query depth, token and alias limits (aliases are allowed, each aliased attempt is still counted
  by the rate limits);
- batching off (one operation per request);
- introspection and field suggestions off when `ENVIRONMENT=production` (GraphiQL is off there
  too, see `plagsini/app.py`);
- every argument bounded before any resolver runs (`api/limits.py`: Decimal exponent and digits,
  32-bit Int, finite Float, String length, list length; a typed INVALID_INPUT error otherwise);
- internal errors masked: an exception raised while executing a field reaches the client as
  "Internal server error." unless it is a `domain.errors.DomainError` (typed, with
  `extensions.code`). Parse, validation and variable errors are about the request and stay as they are.
"""

from __future__ import annotations

import functools
import logging
import weakref
from collections import OrderedDict
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import strawberry
from graphql import GraphQLError
from strawberry.extensions import (
    AddValidationRules,
    DisableIntrospection,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    QueryDepthLimiter,
    SchemaExtension,
)
from strawberry.schema.config import StrawberryConfig
from strawberry.tools import merge_types

from api import (
    accounts,
    admin_sessions,
    apikeys,
    audit,
    charger_security,
    command_history,
    customer_information,
    dashboard,
    device_model,
    diagnostics,
    display_messages,
    driver_extras,
    faults,
    favourites,
    fleet,
    idtags_admin,
    invoices,
    load,
    maintenance,
    memberships,
    monitoring,
    ocpp_ops,
    payments,
    platform_settings,
    problem_reports,
    push,
    referrals,
    rewards,
    roaming,
    roaming_emsp,
    scopes,
    sessions,
    sites,
    stations,
    subscriptions,
    support,
    system,
    tariffs,
    users,
    wallet,
    watches,
)
from api import chargers as chargers_api
from api.errors import ERROR_TYPES, is_public
from api.fanout import SharedEventExecutor
from api.limits import DECIMAL_SCALAR, InputLimits, InputLimitsRule, TypedRequestErrors
from plagsini import tracing
from plagsini.overrides.mask_errors import MaskUnexpectedErrors

# One line an area; the order is the order of fields in the exported schema.
QUERY_TYPES: list[type] = [
    *(system.Query, accounts.Query, users.Query),
    # Money: wallet, top-ups, charging sessions, receipts and invoices; tariffs, plans, rewards, referrals.
    *(wallet.Query, payments.Query, sessions.Query, invoices.Query),
    *(tariffs.Query, memberships.Query, rewards.Query, referrals.Query),
    # Chargers and OCPP operations.
    chargers_api.Query,
    device_model.Query,
    display_messages.Query,
    monitoring.Query,
    customer_information.Query,
    sites.Query,
    load.Query,
    # Driver app: public charger discovery, the running session.
    *(stations.Query, driver_extras.Query, favourites.Query),
    # Driver app and console: problems reported at a charger.
    problem_reports.Query,
    push.Query,
    watches.Query,
    # Operator's console: dashboard, admin sessions, maintenance, support, settings, audit log.
    *(dashboard.Query, admin_sessions.Query, maintenance.Query, support.Query),
    *(platform_settings.Query, audit.Query, idtags_admin.Query),
    # Operator's console: connection diagnostics, fleet jobs, command history.
    *(diagnostics.Query, fleet.Query, command_history.Query, charger_security.Query),
    # Operator's console: roaming partners (OCPI); drivers: partners' stations.
    roaming.Query,
    roaming_emsp.Query,
]
MUTATION_TYPES: list[type] = [
    *(accounts.Mutation, users.Mutation, apikeys.Mutation),
    *(wallet.Mutation, payments.Mutation, sessions.Mutation),
    *(tariffs.Mutation, memberships.Mutation, rewards.Mutation, referrals.Mutation),
    *(chargers_api.Mutation, ocpp_ops.Mutation, admin_sessions.Mutation, sites.Mutation),
    *(faults.Mutation, maintenance.Mutation, support.Mutation, platform_settings.Mutation),
    idtags_admin.Mutation,
    fleet.Mutation,
    favourites.Mutation,
    problem_reports.Mutation,
    push.Mutation,
    watches.Mutation,
    load.Mutation,
    roaming.Mutation,
    roaming_emsp.Mutation,
    device_model.Mutation,
    display_messages.Mutation,
    monitoring.Mutation,
    customer_information.Mutation,
]
SUBSCRIPTION_TYPES: list[type] = [
    *(subscriptions.Subscription, sessions.Subscription),
    *(diagnostics.Subscription, fleet.Subscription, command_history.Subscription),
    load.Subscription,
    roaming_emsp.Subscription,
]
#: Types reachable only through interfaces or unions (e.g. the concrete UserError types).
EXTRA_TYPES: list[type] = []

MAX_DEPTH = 12
MAX_TOKENS = 5000
MAX_ALIASES = 30
MASKED_MESSAGE = "Internal server error."

log = logging.getLogger("plagsini.graphql")


def should_mask(error: GraphQLError) -> bool:
    original = error.original_error
    if original is None or error.path is None:
        return False
    if isinstance(original, GraphQLError):
        return should_mask(original) if original is not error else False
    return not is_public(original)


class CachedDocuments(SchemaExtension):
    """Parse and validate each distinct operation text once. Clients send the same few documents
    (the front ends' generated ones, an integrator's), and parsing took about a tenth and validation
    half of a simple query's time on the event loop.

    - A parsed document (graphql-core's AST, never changed by execution) is shared by every request
      with the same text: bounded LRU, only documents that parsed within the token limit.
    - A document that passed every validation rule (depth, aliases, introspection, ...) of a schema
      passes them again: only successes are remembered, per schema object (a production schema
      forbids introspection that a development one allows); a document that fails is validated, and
      reported, every time."""

    _parsed: OrderedDict[str, Any] = OrderedDict()
    # schema -> the operation texts that passed its rules.
    _passed: weakref.WeakKeyDictionary[Any, OrderedDict[str, None]] = weakref.WeakKeyDictionary()
    MAX_ENTRIES = 512

    def on_parse(self) -> Iterator[None]:
        ec = self.execution_context
        query = ec.query or ""
        cached = self._parsed.get(query) if query else None
        if cached is not None and ec.graphql_document is None:
            ec.graphql_document = cached
            self._parsed.move_to_end(query)
        yield
        if cached is None and query and ec.graphql_document is not None:
            self._parsed[query] = ec.graphql_document
            if len(self._parsed) > self.MAX_ENTRIES:
                self._parsed.popitem(last=False)

    def on_validate(self) -> Iterator[None]:
        ec = self.execution_context
        query = ec.query or ""
        passed = self._passed.get(ec.schema)
        if passed is None:
            passed = self._passed[ec.schema] = OrderedDict()
        hit = bool(query) and query in passed
        if hit and ec.pre_execution_errors is None:
            ec.pre_execution_errors = []
            passed.move_to_end(query)
        yield
        if not hit and query and ec.pre_execution_errors == []:
            passed[query] = None
            if len(passed) > self.MAX_ENTRIES:
                passed.popitem(last=False)


class PlagsiniSchema(strawberry.Schema):
    def process_errors(self, errors: list[GraphQLError], execution_context: Any = None) -> None:
        # Expected failures are part of the API, not incidents; log only the unexpected ones.
        for error in errors:
            if error.path is not None and not is_public(error.original_error):
                log.error("GraphQL error at %s: %s", ".".join(map(str, error.path)), error, exc_info=error)


class TracingExtension(SchemaExtension):
    """One span per GraphQL operation, named after it (only installed when tracing is on).

    The span is current during execution (database spans nest under it); a subscription's span
    covers its start, not its lifetime."""

    _span: Any = None

    def on_operation(self) -> Iterator[None]:
        name = self.execution_context.operation_name or ""
        self._span = tracing.start_span("graphql", {"graphql.operation.name": name}, kind="server")
        try:
            yield
        finally:
            self._finish()

    def on_execute(self) -> Iterator[None]:
        if self._span is None:
            yield
            return
        with tracing.use_span(self._span):
            yield
        if self._kind() == "subscription":
            self._finish()

    def _kind(self) -> str:
        try:
            return str(self.execution_context.operation_type.value)
        except Exception:  # noqa: BLE001 - the document did not parse
            return "unknown"

    def _finish(self) -> None:
        span, self._span = self._span, None
        if span is None:
            return
        ctx = self.execution_context
        kind = self._kind()
        span.update_name(f"graphql {kind} {ctx.operation_name or ''}".rstrip())
        span.set_attribute("graphql.operation.type", kind)
        if ctx.operation_name:
            span.set_attribute("graphql.operation.name", ctx.operation_name)
        if ctx.result is not None and ctx.result.errors:
            span.set_attribute("graphql.errors", len(ctx.result.errors))
        span.end()


def build_schema(production: bool = False) -> strawberry.Schema:
    """The schema of a node. It holds no state of a platform, so one is built per process and kind
    (building it took about half a second of every node's start-up, and of every test's)."""
    return _built(production, tracing.enabled())


@functools.lru_cache(maxsize=4)
def _built(production: bool, traced: bool) -> strawberry.Schema:
    query = merge_types("Query", tuple(QUERY_TYPES))
    mutation = merge_types("Mutation", tuple(MUTATION_TYPES)) if MUTATION_TYPES else None
    subscription = merge_types("Subscription", tuple(SUBSCRIPTION_TYPES)) if SUBSCRIPTION_TYPES else None
    extensions: list[Any] = [
        lambda: QueryDepthLimiter(max_depth=MAX_DEPTH),
        lambda: MaxTokensLimiter(max_token_count=MAX_TOKENS),
        lambda: MaxAliasesLimiter(max_alias_count=MAX_ALIASES),
        lambda: AddValidationRules([InputLimitsRule]),
        InputLimits,
        TypedRequestErrors,
        lambda: MaskUnexpectedErrors(should_mask_error=should_mask, error_message=MASKED_MESSAGE),
        CachedDocuments,
        scopes.ReadOnlyKeyGuard,
    ]
    if production:
        extensions.append(DisableIntrospection)
    if traced:
        extensions.insert(0, TracingExtension)
    return PlagsiniSchema(
        query=query,
        mutation=mutation,
        subscription=subscription,
        types=[*ERROR_TYPES, *EXTRA_TYPES],
        extensions=extensions,
        execution_context_class=SharedEventExecutor,
        scalar_overrides={Decimal: DECIMAL_SCALAR},
        config=StrawberryConfig(disable_field_suggestions=production, batching_config=None),
    )


def export_sdl() -> str:
    return build_schema().as_str() + "\n"
