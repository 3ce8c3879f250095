"""Overrides of graphql-core's executor: per-execution memo caches fresh for each subscription event,
and plain scalar and object fields resolved without the per-field machinery (see the classes)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from graphql import Undefined, is_leaf_type, is_non_null_type, is_object_type
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext
from strawberry.schema.schema_converter import GraphQLCoreConverter

#: graphql-core's per-execution memo caches (attributes of `graphql.execution.Executor` and of its
#: `IncrementalExecutor`), see `FreshMemoExecutionContext`.
PER_EXECUTION_MEMOS = (
    "_relevant_sub_fields",
    "_stream_usages",
    "_initial_execution_plans",
    "_deferred_execution_plans",
)


class FreshMemoExecutionContext(StrawberryGraphQLCoreExecutionContext):
    """Gives every subscription event's executor its own memo caches.

    What: after `build_per_event_executor` (a shallow copy of the operation's executor), each memo in
    `PER_EXECUTION_MEMOS` that is still the operation's own object is replaced by a new empty one.
    Why: graphql-core keys these caches by the identity of field lists built afresh for each event and
    keeps those lists alive, and the shallow copy shares the caches with the operation's executor, so a
    long-lived subscription grew by about a kilobyte per event delivered (found with tracemalloc under
    a meter-value flood). No public option turns the sharing off.
    Written for: graphql-core 3.3.2 (`Executor.__init__`, `IncrementalExecutor.__init__`,
    `Executor.build_per_event_executor`), as used by strawberry-graphql 0.341.2.
    """

    def build_per_event_executor(self, payload: Any) -> Any:
        event_executor = super().build_per_event_executor(payload)
        for name in PER_EXECUTION_MEMOS:
            memo: object = getattr(event_executor, name, None)
            shared: object = getattr(self, name, None)
            if memo is not None and memo is shared:
                setattr(event_executor, name, type(memo)())
        return event_executor


class PlainLeafExecutionContext(FreshMemoExecutionContext):
    """Resolves a plain scalar field (an attribute read) without graphql-core's per-field machinery.

    What: `execute_field` of a field whose resolver is strawberry's basic one (a field without a
    resolver, permission classes or field extensions: `_get_basic_result`, marked `_is_default`),
    without arguments, of a Scalar or Enum type (or its Non-Null), with no graphql-core middleware
    (strawberry's manager is empty unless a schema extension implements `resolve`):
    the attribute is read and coerced with the type's `coerce_output_value` (None of a nullable field
    is None), which is what `execute_field` → `complete_value` → `complete_leaf_value` return for
    such a field. Anything else, and any such field whose value is None for a Non-Null type, an
    exception, an awaitable, or fails or refuses to coerce, goes the usual way
    (`super().execute_field`, which reads the attribute again and reports the error at its path
    exactly as before).
    Why: graphql-core builds a `GraphQLResolveInfo` (strawberry's subclass), a list of nodes and
    walks `complete_value` for every field of every object; a page of 20 sessions is ~200 such
    plain fields, which were ~a fifth of a `mySessions` request's Python calls. Strawberry's basic
    resolver ignores its `info` argument and reads `getattr(source, python_name)` (the default
    `default_resolver`; a field with another one is not taken), so the attribute is read directly.
    The same for such a field of an Object type without `is_type_of` (strawberry sets it only on
    types with interfaces; lists, interfaces and unions are not taken): the sub-selection is
    executed on the attribute's value without the resolve info, its error handled at the field's
    path as `execute_field` handles it (`_plain_object`).
    Written for: graphql-core 3.3.2 (`Executor.execute_field`, `complete_value`,
    `complete_leaf_value`, `complete_object_value`), as used by strawberry-graphql 0.341.2
    (`from_resolver`'s `_get_basic_result`).
    """

    # id(GraphQLField) -> (the field, its leaf type or None, its object type or None (neither when the
    # fast path does not apply), whether it is nullable, the attribute to read). GraphQLField defines
    # __eq__ and so is not hashable; the field is kept so that its id stays its own.
    _plain_leaf: dict[int, tuple[Any, Any, Any, bool, str]] = {}
    # Whether this execution has no graphql-core middleware (see `_no_middleware`), once known.
    _plain_ok: bool | None = None

    def execute_field(
        self,
        parent_type: Any,
        source: Any,
        field_details_list: Any,
        path: Any,
        position_context: Any,
    ) -> Any:
        node = field_details_list[0].node
        ok = self._plain_ok
        if ok is None:
            ok = self._plain_ok = _no_middleware(self.middleware_manager)
        if ok and not node.arguments:
            field_def = self.schema.get_field(parent_type, node.name.value)
            if field_def is not None:
                known = self._plain_leaf.get(id(field_def))
                if known is None or known[0] is not field_def:
                    known = self._plain_leaf[id(field_def)] = (field_def, *_plain_leaf_type(field_def))
                _, leaf, obj, nullable, attribute = known
                if obj is not None:
                    return self._plain_object(
                        parent_type, source, field_details_list, path, position_context, known
                    )
                if leaf is not None:
                    try:
                        value = getattr(source, attribute)
                        if value is None or value is Undefined:
                            if nullable:
                                return None
                        elif type(value) in _PLAIN_VALUES or (
                            not isinstance(value, Exception) and not self.is_awaitable(value)
                        ):
                            coerced = leaf.coerce_output_value(value)
                            if coerced is not None and coerced is not Undefined:
                                return coerced
                    except Exception:  # noqa: BLE001, S110 - reported by the usual path below
                        pass
        return super().execute_field(parent_type, source, field_details_list, path, position_context)

    def _plain_object(
        self,
        parent_type: Any,
        source: Any,
        field_details_list: Any,
        path: Any,
        position_context: Any,
        known: tuple[Any, Any, Any, bool, str],
    ) -> Any:
        """A plain field of an Object type without `is_type_of`: what `execute_field` →
        `complete_value` → `complete_object_value` do for it, without the resolve info (which only
        the resolver and `is_type_of` take): the sub-selection is collected and executed on the
        attribute's value, and an error raised there is handled at this field's path as
        `execute_field` handles it (raised on for a Non-Null field, else null and recorded)."""
        field_def, _, obj, nullable, attribute = known
        try:
            value = getattr(source, attribute)
        except Exception:  # noqa: BLE001 - reported by the usual path below
            value = Undefined
        else:
            if value is None and nullable:
                return None
        if (
            value is None
            or value is Undefined
            or isinstance(value, Exception)
            or (type(value) not in _PLAIN_VALUES and self.is_awaitable(value))
        ):
            return super().execute_field(parent_type, source, field_details_list, path, position_context)
        try:
            completed = self.collect_and_execute_subfields(
                obj, field_details_list, path, value, position_context
            )
        except Exception as raw_error:  # noqa: BLE001 - handled as execute_field handles it
            self.handle_field_error(raw_error, field_def.type, field_details_list, path)
            return None
        if self.is_awaitable(completed):
            return _await_completed(self, completed, field_def.type, field_details_list, path)
        return completed


async def _await_completed(
    executor: Any, completed: Any, return_type: Any, field_details_list: Any, path: Any
) -> Any:
    """`execute_field`'s `await_completed`: an error of the awaited sub-selection at the field's path."""
    try:
        return await completed
    except Exception as raw_error:  # noqa: BLE001 - handled as execute_field handles it
        executor.handle_field_error(raw_error, return_type, field_details_list, path)
        return None


#: Types of values that are neither exceptions nor awaitable (no need to ask).
_PLAIN_VALUES = frozenset({str, int, float, bool, dt.datetime, dt.date, Decimal})


def _no_middleware(manager: Any) -> bool:
    """Whether no graphql-core middleware wraps resolvers: strawberry passes a manager on every
    request, empty (`_middleware_resolvers` None) unless a schema extension implements `resolve`."""
    return manager is None or getattr(manager, "_middleware_resolvers", True) is None


def _plain_leaf_type(field_def: Any) -> tuple[Any, Any, bool, str]:
    """(the Scalar or Enum type or None, the Object type without `is_type_of` or None, whether the
    field is nullable, the attribute strawberry reads) of a field with strawberry's basic resolver
    reading with `getattr` and no arguments; (None, None, False, "") for any other field (lists,
    interfaces and unions, objects with `is_type_of` included). Only `_get_basic_result` qualifies:
    strawberry marks its other resolvers `_is_default` too when the field has no resolver function
    but has permission classes or field extensions. The basic resolver returns
    `field.default_resolver(source, field.python_name)`, the strawberry field being the GraphQL
    field's `strawberry-definition` extension."""
    resolve = field_def.resolve
    field = (field_def.extensions or {}).get(GraphQLCoreConverter.DEFINITION_BACKREF)
    if (
        resolve is None
        or getattr(resolve, "__name__", "") != "_get_basic_result"
        or not getattr(resolve, "_is_default", False)
        or field_def.args
        or field is None
        or field.base_resolver is not None
        or field.default_resolver is not getattr
    ):
        return None, None, False, ""
    field_type = field_def.type
    nullable = not is_non_null_type(field_type)
    if not nullable:
        field_type = field_type.of_type
    if is_leaf_type(field_type):
        return field_type, None, nullable, field.python_name
    if is_object_type(field_type) and field_type.is_type_of is None:
        return None, field_type, nullable, field.python_name
    return None, None, False, ""
