"""`api.mapped.mapped`: a row copied into its GraphQL type reads the fields without a default from the
row's attributes of the same name, takes what is given instead, never reads a field that has a
default, and fails at once on a field the row lacks (as a forgotten keyword would)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
import strawberry

from api.mapped import mapped, read_fields


@strawberry.type
class Shown:
    id: strawberry.ID
    name: str
    power_kw: float | None
    lagged: int = 0
    note: str | None = strawberry.field(default=None, description="Only when given.")

    @strawberry.field
    def shouted(self) -> str:
        return self.name.upper()


@dataclass
class Row:
    id: int
    name: str
    power_kw: float | None
    lagged: int = 7  # a column of the same name as a field with a default: not read
    note: str = "internal"


def test_fields_without_a_default_are_read_the_rest_given() -> None:
    assert read_fields(Shown) == ("id", "name", "power_kw")
    shown = mapped(Shown, Row(3, "Bay 1", 22.0), id=strawberry.ID("Q2hhcmdlcjoz"))
    assert (shown.id, shown.name, shown.power_kw) == ("Q2hhcmdlcjoz", "Bay 1", 22.0)
    assert (shown.lagged, shown.note) == (0, None)
    assert mapped(Shown, Row(3, "Bay 1", None), id="x", lagged=2).lagged == 2


def test_a_field_the_row_lacks_fails_at_once() -> None:
    @dataclass
    class Partial:
        id: int
        name: str

    with pytest.raises(AttributeError, match="power_kw"):
        mapped(Shown, Partial(1, "Bay 2"))
    with pytest.raises(TypeError, match="nmae"):
        mapped(Shown, Row(1, "Bay 2", None), nmae="typo")
