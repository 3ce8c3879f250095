"""api/schema.graphql is the exported schema: it must match the code."""

from __future__ import annotations

from api.export_schema import SCHEMA_PATH
from api.schema import export_sdl


def test_exported_schema_matches_code() -> None:
    assert SCHEMA_PATH.read_text() == export_sdl(), (
        "api/schema.graphql is stale: run `make schema` (python -m api.export_schema) and commit it"
    )
