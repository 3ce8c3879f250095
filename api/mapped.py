"""A row mapped to its GraphQL type: the fields the row has under the same name are read from it, the
others are given. One rule for every `from_model` that copies a row's columns into a Strawberry type.

    return mapped(cls, r, id=encode_id("LogRequest", r.id), history=history_of(r))

Read from `source` (an ORM object, a row of columns, a domain value): each field of `cls` that has
no resolver and no default and is not given. A field with a default is never read (it is given, or
its default stands), so a row's column of the same name does not leak into it by accident; a field
without one that the source lacks and that is not given fails at once (AttributeError), as a
forgotten keyword would.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

T = TypeVar("T")

_READ: dict[type, tuple[str, ...]] = {}


def read_fields(cls: type) -> tuple[str, ...]:
    """The Python names of `cls`'s fields that `mapped` reads from a source (cached per type)."""
    names = _READ.get(cls)
    if names is None:
        definition = cls.__strawberry_definition__  # type: ignore[attr-defined]
        names = tuple(
            f.python_name
            for f in definition.fields
            if f.base_resolver is None
            and f.default is dataclasses.MISSING
            and f.default_factory is dataclasses.MISSING
        )
        _READ[cls] = names
    return names


def mapped(cls: type[T], source: Any, **given: Any) -> T:
    """An instance of the Strawberry type `cls`: `given`, and every other field it reads (see the
    module) from `source`'s attribute of the same name."""
    values = {name: getattr(source, name) for name in read_fields(cls) if name not in given}
    return cls(**values, **given)
