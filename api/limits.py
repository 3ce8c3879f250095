"""Bounds on every argument of every GraphQL operation, checked before any resolver runs.

An argument's cost must not depend on what a caller chooses to send: `Decimal("1e999990")` is cheap to
parse, but turning it into an integer or quantizing it takes tens of seconds of the event loop (which
the node's OCPP sockets share). So every input value is checked here, from the schema's argument
types, before graphql-core coerces it and before any resolver, parser or query sees it:

- `Decimal`: finite; at most 28 significant digits, 18 decimal places, absolute value below 10^18;
  at most 64 characters as sent;
- `Int`: 32-bit (as GraphQL says), and the domain bound of its name below;
- `Float`: finite, absolute value at most 10^15, and the domain bound of its name;
- `String`: at most 10,000 characters; `ID` at most 256; every other scalar (DateTime, enums...) at
  most 256 as sent;
- `JSON`: at most 16 levels deep, 10,000 values, strings as `String`, numbers as `Float`;
- lists: at most 1,000 items (nested lists each); input objects: known fields only.

Domain bounds by argument or input-field name (`DOMAIN_BOUNDS`) apply to every Int/Float/Decimal of
that name, present and future (`first` and `last` of every page, `connectorId`, coordinates, ...).

A value out of bounds is refused with a GraphQL error `extensions.code = INVALID_INPUT` and
`extensions.field` = the argument path (e.g. `input.amount`, `idTags[3]`); nothing runs. Variables
are checked in `InputLimits.on_execute` (per request; the usage plan of an operation text is
cached), literals and variable defaults by the validation rule `InputLimitsRule` (with the rest of
validation, once per operation text). The `Decimal` scalar itself (`DECIMAL_SCALAR`) refuses the same
values, for every path that reaches graphql-core's coercion.
"""

from __future__ import annotations

import decimal
import math
import weakref
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from graphql import (
    ArgumentNode,
    BooleanValueNode,
    DocumentNode,
    EnumValueNode,
    FloatValueNode,
    GraphQLEnumType,
    GraphQLError,
    GraphQLInputObjectType,
    GraphQLInputType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLScalarType,
    GraphQLSchema,
    IntValueNode,
    ListValueNode,
    NullValueNode,
    ObjectFieldNode,
    ObjectValueNode,
    OperationDefinitionNode,
    StringValueNode,
    ValidationRule,
    ValueNode,
    VariableDefinitionNode,
    VariableNode,
    type_from_ast,
)
from graphql.language import Visitor, visit
from strawberry.extensions import SchemaExtension
from strawberry.types.scalar import ScalarDefinition

from api.relay import MAX_PAGE_SIZE

CODE = "INVALID_INPUT"

MAX_STRING_CHARS = 10_000
MAX_ID_CHARS = 256
MAX_OTHER_SCALAR_CHARS = 256
MAX_LIST_ITEMS = 1_000
MAX_JSON_DEPTH = 16
MAX_JSON_VALUES = 10_000
MAX_FLOAT = 1e15
INT32_MIN, INT32_MAX = -(2**31), 2**31 - 1

DECIMAL_MAX_CHARS = 64
DECIMAL_MAX_DIGITS = 28
DECIMAL_MAX_PLACES = 18
DECIMAL_MAX_ADJUSTED = 17  # |value| < 10^18
DECIMAL_RULE = (
    f"a Decimal is finite, with at most {DECIMAL_MAX_DIGITS} significant digits, "
    f"{DECIMAL_MAX_PLACES} decimal places and an absolute value below 10^{DECIMAL_MAX_ADJUSTED + 1}"
)

#: Bounds (inclusive) of numeric arguments and input fields by name, wherever they appear.
DOMAIN_BOUNDS: dict[str, tuple[float, float]] = {
    "first": (0, MAX_PAGE_SIZE),
    "last": (0, MAX_PAGE_SIZE),
    "connectorId": (0, INT32_MAX),  # OCPP: 0 is the charger itself, 1.. its connectors
    "stageSize": (1, 5000),  # a fleet job's first stage (domain.fleet.MAX_TARGETS)
    "latitude": (-90, 90),
    "longitude": (-180, 180),
    "radiusKm": (0, 20_100),
    "energyKwh": (0, 10_000),
    "minutes": (0, 20_160),  # 14 days
    "idleMinutes": (0, 20_160),
    "securityProfile": (0, 3),  # OCPP 2.0.1 SetNetworkProfile
    "messageTimeout": (1, 3600),
    "configurationSlot": (0, INT32_MAX),
    "severity": (0, 9),  # OCPP 2.0.1 monitoring
}


class InputLimitError(GraphQLError):
    """An argument out of bounds; typed like `domain.errors.InvalidInput` (code, field)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}", extensions={"code": CODE, "field": field})


class _Huge:
    """A literal integer too long to convert (Python refuses > 4300 digits)."""


HUGE = _Huge()


# ------------------------------------------------------------------------------------------ Decimal


def bounded_decimal(value: Any) -> Decimal | str:
    """The Decimal of `value`, or the reason it is refused (a str)."""
    if isinstance(value, bool):
        return "expected a decimal number"
    if isinstance(value, Decimal):
        d = value
    elif isinstance(value, int):
        if not -(10**DECIMAL_MAX_DIGITS) < value < 10**DECIMAL_MAX_DIGITS:
            return DECIMAL_RULE
        d = Decimal(value)
    elif isinstance(value, float | str):
        text = value if isinstance(value, str) else repr(value)
        if len(text) > DECIMAL_MAX_CHARS:
            return DECIMAL_RULE
        try:
            d = Decimal(text.strip())
        except (decimal.InvalidOperation, ValueError):
            return "expected a decimal number"
    else:
        return "expected a decimal number"
    if not d.is_finite():
        return DECIMAL_RULE
    sign, digits, exponent = d.as_tuple()
    assert isinstance(exponent, int)
    if len(digits) > DECIMAL_MAX_DIGITS or exponent < -DECIMAL_MAX_PLACES:
        return DECIMAL_RULE
    if d and d.adjusted() > DECIMAL_MAX_ADJUSTED:
        return DECIMAL_RULE
    return d


def _parse_decimal(value: Any) -> Decimal:
    d = bounded_decimal(value)
    if isinstance(d, str):
        # graphql-core prefixes the variable or argument; the code survives through original_error.
        raise GraphQLError(f"Decimal out of range: {d}.", extensions={"code": CODE})
    return d


DECIMAL_SCALAR = ScalarDefinition(
    name="Decimal",
    description="Decimal (fixed-point)",  # the bounds are in the module docstring and the README
    specified_by_url=None,
    serialize=str,
    parse_value=_parse_decimal,
    parse_literal=None,
    origin=Decimal,
)


# ------------------------------------------------------------------------------------------ values


def _domain(name: str | None, number: float | Decimal | int, path: str) -> None:
    bounds = DOMAIN_BOUNDS.get(name or "")
    if bounds is not None and not bounds[0] <= number <= bounds[1]:
        raise InputLimitError(path, f"must be between {bounds[0]:g} and {bounds[1]:g}.")


def _check_json(value: Any, path: str) -> None:
    count = 0
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        v, depth = stack.pop()
        count += 1
        if count > MAX_JSON_VALUES:
            raise InputLimitError(path, f"a JSON value has at most {MAX_JSON_VALUES} values.")
        if depth > MAX_JSON_DEPTH:
            raise InputLimitError(path, f"a JSON value is at most {MAX_JSON_DEPTH} levels deep.")
        if isinstance(v, dict):
            for k, item in v.items():
                if not isinstance(k, str) or len(k) > MAX_OTHER_SCALAR_CHARS:
                    raise InputLimitError(path, "JSON keys are strings of at most 256 characters.")
                stack.append((item, depth + 1))
        elif isinstance(v, list):
            stack.extend((item, depth + 1) for item in v)
        elif isinstance(v, str):
            if len(v) > MAX_STRING_CHARS:
                raise InputLimitError(path, f"JSON strings have at most {MAX_STRING_CHARS} characters.")
        elif isinstance(v, bool) or v is None or v is _SKIP:
            pass
        elif v is HUGE or (
            isinstance(v, int | float | Decimal)
            and (isinstance(v, float) and not math.isfinite(v) or not -MAX_FLOAT <= v <= MAX_FLOAT)
        ):
            raise InputLimitError(path, "JSON numbers are finite, at most 10^15 in absolute value.")


def check_value(value: Any, type_: GraphQLInputType, path: str, name: str | None) -> None:
    """Raise InputLimitError when `value` (JSON as sent, or a literal converted by `literal_value`)
    exceeds the bounds of `type_` at `path`; anything else (wrong types...) is left to graphql-core."""
    if isinstance(type_, GraphQLNonNull):
        type_ = type_.of_type
    if value is None or value is _SKIP:
        return
    if isinstance(type_, GraphQLList):
        if isinstance(value, list):
            if len(value) > MAX_LIST_ITEMS:
                raise InputLimitError(path, f"a list has at most {MAX_LIST_ITEMS} items.")
            for i, item in enumerate(value):
                check_value(item, type_.of_type, f"{path}[{i}]", name)
        else:
            check_value(value, type_.of_type, path, name)
        return
    if isinstance(type_, GraphQLInputObjectType):
        if isinstance(value, dict):
            fields = type_.fields
            for key, item in value.items():
                field = fields.get(key)
                if field is None:
                    raise InputLimitError(f"{path}.{str(key)[:64]}", f"{type_.name} has no such field.")
                check_value(item, field.type, f"{path}.{key}", key)
        return
    if isinstance(type_, GraphQLEnumType):
        if isinstance(value, str) and len(value) > MAX_OTHER_SCALAR_CHARS:
            raise InputLimitError(path, f"not a value of {type_.name}.")
        return
    if not isinstance(type_, GraphQLScalarType):
        return
    scalar = type_.name
    if value is HUGE:
        raise InputLimitError(path, "number out of range.")
    if scalar == "String":
        if isinstance(value, str) and len(value) > MAX_STRING_CHARS:
            raise InputLimitError(path, f"at most {MAX_STRING_CHARS} characters.")
    elif scalar == "ID":
        if isinstance(value, str) and len(value) > MAX_ID_CHARS:
            raise InputLimitError(path, f"an ID has at most {MAX_ID_CHARS} characters.")
        if isinstance(value, int) and not isinstance(value, bool) and not -(10**18) < value < 10**18:
            raise InputLimitError(path, "ID out of range.")
    elif scalar == "Int":
        if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
            return
        if isinstance(value, float) and not math.isfinite(value) or not INT32_MIN <= value <= INT32_MAX:
            raise InputLimitError(path, "an Int is a 32-bit signed integer.")
        _domain(name, value, path)
    elif scalar == "Float":
        if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
            return
        if isinstance(value, float) and not math.isfinite(value) or not -MAX_FLOAT <= value <= MAX_FLOAT:
            raise InputLimitError(path, "a Float is finite, at most 10^15 in absolute value.")
        _domain(name, value, path)
    elif scalar == "Decimal":
        d = bounded_decimal(value)
        if isinstance(d, str):
            raise InputLimitError(path, d + ".")
        _domain(name, d, path)
    elif scalar == "JSON":
        _check_json(value, path)
    elif scalar != "Boolean":
        if isinstance(value, str) and len(value) > MAX_OTHER_SCALAR_CHARS:
            raise InputLimitError(path, f"a {scalar} has at most {MAX_OTHER_SCALAR_CHARS} characters.")


# ------------------------------------------------------------------------------------------ literals


class _Skip:
    """A variable inside a literal: checked with the variables."""


_SKIP = _Skip()


def literal_value(node: ValueNode) -> Any:
    """A literal as the JSON it stands for (numbers as int/Decimal; too-long ones as HUGE)."""
    if isinstance(node, VariableNode):
        return _SKIP
    if isinstance(node, IntValueNode):
        return int(node.value) if len(node.value) <= 40 else HUGE
    if isinstance(node, FloatValueNode):
        if len(node.value) > DECIMAL_MAX_CHARS:
            return HUGE
        try:
            return Decimal(node.value)
        except decimal.InvalidOperation:
            return HUGE
    if isinstance(node, StringValueNode | EnumValueNode):
        return node.value
    if isinstance(node, BooleanValueNode):
        return node.value
    if isinstance(node, NullValueNode):
        return None
    if isinstance(node, ListValueNode):
        return [literal_value(v) for v in node.values]
    if isinstance(node, ObjectValueNode):
        return {f.name.value: literal_value(f.value) for f in node.fields}
    return _SKIP


class InputLimitsRule(ValidationRule):
    """Literal arguments and variable defaults within bounds (validated once per operation text)."""

    def enter_argument(self, node: ArgumentNode, *_: Any) -> None:
        arg = self.context.get_argument()
        if arg is None:
            return
        try:
            check_value(literal_value(node.value), arg.type, node.name.value, node.name.value)
        except InputLimitError as e:
            self.report_error(GraphQLError(e.message, node, extensions=e.extensions))

    def enter_variable_definition(self, node: VariableDefinitionNode, *_: Any) -> None:
        if node.default_value is None:
            return
        type_ = type_from_ast(self.context.schema, node.type)
        if type_ is None:
            return
        name = "$" + node.variable.name.value
        try:
            check_value(literal_value(node.default_value), type_, name, None)  # type: ignore[arg-type]
        except InputLimitError as e:
            self.report_error(GraphQLError(e.message, node, extensions=e.extensions))


# ------------------------------------------------------------------------------------------ variables


@dataclass(frozen=True, slots=True)
class _VariablePlan:
    #: variable name -> (its declared type, the argument / input-field names it is used as)
    variables: dict[str, tuple[GraphQLInputType, tuple[str, ...]]]


class _Usages(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.names: list[str] = []
        self.used: dict[str, set[str]] = {}

    def enter_argument(self, node: ArgumentNode, *_: Any) -> None:
        self.names.append(node.name.value)

    def leave_argument(self, *_: Any) -> None:
        self.names.pop()

    def enter_object_field(self, node: ObjectFieldNode, *_: Any) -> None:
        self.names.append(node.name.value)

    def leave_object_field(self, *_: Any) -> None:
        self.names.pop()

    def enter_variable(self, node: VariableNode, *_: Any) -> None:
        if self.names:
            self.used.setdefault(node.name.value, set()).add(self.names[-1])


def _plan(schema: GraphQLSchema, document: DocumentNode, operation_name: str | None) -> _VariablePlan:
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    if operation_name is not None:
        operations = [o for o in operations if o.name is not None and o.name.value == operation_name]
    usages = _Usages()
    visit(document, usages)  # fragments included: a variable's positions anywhere in the text
    variables: dict[str, tuple[GraphQLInputType, tuple[str, ...]]] = {}
    for op in operations[:1]:
        for definition in op.variable_definitions or ():
            type_ = type_from_ast(schema, definition.type)
            if type_ is None:
                continue
            name = definition.variable.name.value
            variables[name] = (type_, tuple(sorted(usages.used.get(name, ()))))  # type: ignore[assignment]
    return _VariablePlan(variables)


def check_variables(plan: _VariablePlan, values: dict[str, Any]) -> None:
    for name, value in values.items():
        entry = plan.variables.get(name)
        if entry is None:
            continue  # an unused variable is ignored by GraphQL
        type_, positions = entry
        path = "$" + name
        check_value(value, type_, path, positions[0] if positions else name)
        for position in positions[1:]:
            check_value(value, type_, path, position)


class InputLimits(SchemaExtension):
    """Checks the request's variables against the bounds before graphql-core coerces them."""

    _plans: weakref.WeakKeyDictionary[Any, OrderedDict[tuple[str, str | None], _VariablePlan]] = (
        weakref.WeakKeyDictionary()
    )
    MAX_PLANS = 512

    def on_execute(self) -> Iterator[None]:
        ec = self.execution_context
        values = ec.variables
        if values and ec.graphql_document is not None:
            if not isinstance(values, dict):
                raise InputLimitError("variables", "variables must be a JSON object.")
            plans = self._plans.get(ec.schema)
            if plans is None:
                plans = self._plans[ec.schema] = OrderedDict()
            key = (ec.query or "", ec.operation_name)
            plan = plans.get(key) if ec.query else None
            if plan is None:
                plan = _plan(ec.schema._schema, ec.graphql_document, ec.operation_name)
                if ec.query:
                    plans[key] = plan
                    if len(plans) > self.MAX_PLANS:
                        plans.popitem(last=False)
            else:
                plans.move_to_end(key)
            check_variables(plan, values)
        yield


__all__ = [
    "DECIMAL_SCALAR",
    "DOMAIN_BOUNDS",
    "InputLimitError",
    "InputLimits",
    "InputLimitsRule",
    "bounded_decimal",
    "check_value",
]


class TypedRequestErrors(SchemaExtension):
    """Gives every error about the request itself a code, like the typed errors of the resolvers:
    GRAPHQL_PARSE_FAILED (syntax), GRAPHQL_VALIDATION_FAILED (the document against the schema) and
    BAD_USER_INPUT (variables graphql-core could not coerce, e.g. a DateTime that is not one)."""

    def on_validate(self) -> Iterator[None]:
        yield
        self._validation_failed = bool(self.execution_context.pre_execution_errors)

    def on_operation(self) -> Iterator[None]:
        self._validation_failed = False
        yield
        ec = self.execution_context
        result = ec.result
        for error in getattr(result, "errors", None) or ():
            if error.path is not None or (error.extensions or {}).get("code"):
                continue
            if ec.graphql_document is None:
                code = "GRAPHQL_PARSE_FAILED"
            elif self._validation_failed:
                code = "GRAPHQL_VALIDATION_FAILED"
            else:
                code = "BAD_USER_INPUT"
            error.extensions = {**(error.extensions or {}), "code": code}
