"""Operations and argument values generated from the schema (introspection), for the sweeps.

    values = ValueBuilder(schema)                     # schema = introspection `__schema`
    query, variables = operation_text("mutation", field, values, ids=lambda path: "VXNlcjox")

Every argument a field requires gets a value of its type (input objects recursively, their required
fields only); arguments and input fields of type ID, required or not, are filled by `ids(path)` when
given (that is how the BOLA sweep puts another user's ids everywhere an operation takes one).
A scalar this module does not know raises `CannotBuild` (the sweep then fails unless the operation
is listed with a reason).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

IdSource = Callable[[str], Any]


class CannotBuild(Exception):
    pass


#: Values for input fields by name, where a generic one would be refused before the ids are read.
BY_NAME: dict[str, Any] = {
    "email": "someone@test.plagsini",
    "idempotencyKey": None,  # filled with a fresh uuid
    "amount": "1.00",
    "reason": "sweep",
    "body": "Sweep message.",
    "subject": "Sweep",
    "connectorId": 1,
    "minutes": 15,
    "password": "Long-enough-password-for-tests-42",
    "currentPassword": "wrong-password-for-sweep",
    "newPassword": "Another-long-password-for-tests-43",
    "since": "2020-01-01T00:00:00Z",
    "from": "2020-01-01T00:00:00Z",
    "to": "2030-01-01T00:00:00Z",
}


def unwrap(type_ref: dict[str, Any]) -> dict[str, Any]:
    while type_ref.get("ofType") is not None and type_ref["kind"] in ("NON_NULL", "LIST"):
        type_ref = type_ref["ofType"]
    return type_ref


def is_required(type_ref: dict[str, Any], default: Any) -> bool:
    return type_ref["kind"] == "NON_NULL" and default is None


def type_text(type_ref: dict[str, Any]) -> str:
    if type_ref["kind"] == "NON_NULL":
        return type_text(type_ref["ofType"]) + "!"
    if type_ref["kind"] == "LIST":
        return "[" + type_text(type_ref["ofType"]) + "]"
    return str(type_ref["name"])


class ValueBuilder:
    def __init__(self, schema: dict[str, Any]) -> None:
        self.schema = schema
        self.types = {t["name"]: t for t in schema["types"]}

    def type_named(self, name: str) -> dict[str, Any]:
        return self.types[name]

    def id_paths(self, type_ref: dict[str, Any], path: str, seen: frozenset[str] = frozenset()) -> list[str]:
        """Every place an ID goes in a value of this type (dotted paths; lists as `path[]`)."""
        named = unwrap(type_ref)
        if named["kind"] == "SCALAR":
            return [path] if named["name"] == "ID" else []
        if named["kind"] != "INPUT_OBJECT" or named["name"] in seen:
            return []
        out: list[str] = []
        for f in self.types[named["name"]]["inputFields"]:
            out += self.id_paths(f["type"], f"{path}.{f['name']}", seen | {named["name"]})
        return out

    def wants(self, type_ref: dict[str, Any], path: str, ids: IdSource | None, slot: str | None) -> bool:
        """Whether an optional argument/field at `path` is sent: when it carries the ID slot under
        test (any ID slot when `slot` is None)."""
        if ids is None:
            return False
        paths = self.id_paths(type_ref, path)
        return bool(paths) if slot is None else slot in paths

    def value(
        self, type_ref: dict[str, Any], path: str, ids: IdSource | None, slot: str | None = None
    ) -> Any:
        kind = type_ref["kind"]
        if kind == "NON_NULL":
            return self.value(type_ref["ofType"], path, ids, slot)
        if kind == "LIST":
            return [self.value(type_ref["ofType"], path, ids, slot)]
        name = type_ref["name"]
        full = self.types[name]
        leaf = path.rsplit(".", 1)[-1]
        if full["kind"] == "SCALAR":
            if name == "ID":
                if ids is None:
                    raise CannotBuild(f"no id for {path}")
                return ids(path)
            if leaf in BY_NAME and name in ("String", "Decimal", "Int", "DateTime"):
                v = BY_NAME[leaf]
                return uuid.uuid4().hex if v is None else v
            return self.scalar(name, path)
        if full["kind"] == "ENUM":
            return full["enumValues"][0]["name"]
        if full["kind"] == "INPUT_OBJECT":
            out: dict[str, Any] = {}
            for f in full["inputFields"]:
                sub = f"{path}.{f['name']}"
                if is_required(f["type"], f["defaultValue"]) or self.wants(f["type"], sub, ids, slot):
                    out[f["name"]] = self.value(f["type"], sub, ids, slot)
            return out
        raise CannotBuild(f"{path}: cannot build a {full['kind']} {name}")

    @staticmethod
    def scalar(name: str, path: str) -> Any:
        if name == "String":
            return "sweep"
        if name == "Int":
            return 1
        if name == "Float":
            return 1.0
        if name == "Boolean":
            return False
        if name == "Decimal":
            return "1"
        if name == "DateTime":
            return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
        if name == "Date":
            return dt.date.today().isoformat()
        if name == "JSON":
            return {}
        raise CannotBuild(f"{path}: unknown scalar {name}")


def selection(values: ValueBuilder, type_ref: dict[str, Any]) -> str:
    named = unwrap(type_ref)
    full = values.type_named(named["name"])
    if full["kind"] in ("OBJECT", "INTERFACE", "UNION"):
        return " { __typename }"
    return ""


def operation_text(
    kind: str,
    field: dict[str, Any],
    values: ValueBuilder,
    ids: IdSource | None = None,
    slot: str | None = None,
) -> tuple[str, dict[str, Any]]:
    """`kind` ("query", "mutation", "subscription") calling `field` with every required argument and,
    when `ids` is given, the optional ones that carry the ID slot `slot` (every ID slot when None),
    as variables."""
    decls: list[str] = []
    args: list[str] = []
    variables: dict[str, Any] = {}
    for arg in field["args"]:
        if not (
            is_required(arg["type"], arg["defaultValue"]) or values.wants(arg["type"], arg["name"], ids, slot)
        ):
            continue
        decls.append(f"${arg['name']}: {type_text(arg['type'])}")
        args.append(f"{arg['name']}: ${arg['name']}")
        variables[arg["name"]] = values.value(arg["type"], arg["name"], ids, slot)
    head = f"{kind} Sweep" + (f"({', '.join(decls)})" if decls else "")
    call = field["name"] + (f"({', '.join(args)})" if args else "")
    return f"{head} {{ {call}{selection(values, field['type'])} }}", variables


def deep_selection(values: ValueBuilder, type_ref: dict[str, Any], depth: int = 4) -> str:
    """A selection of every field reachable without arguments, `depth` levels deep (leaves only at the
    last level): what the sweeps read to see whether anything of another user's came back."""
    named = values.type_named(unwrap(type_ref)["name"])
    if named["kind"] in ("SCALAR", "ENUM"):
        return ""
    if named["kind"] == "UNION":
        parts = [
            f"... on {t['name']}{deep_selection(values, {'kind': 'OBJECT', 'name': t['name']}, depth)}"
            for t in named["possibleTypes"]
        ]
        return " { __typename " + " ".join(parts) + " }"
    parts = ["__typename"]
    for f in named["fields"] or []:
        if any(is_required(a["type"], a["defaultValue"]) for a in f["args"]):
            continue
        inner = values.type_named(unwrap(f["type"])["name"])
        if inner["kind"] in ("SCALAR", "ENUM"):
            parts.append(f["name"])
        elif depth > 1:
            parts.append(f["name"] + deep_selection(values, f["type"], depth - 1))
    return " { " + " ".join(parts) + " }"
