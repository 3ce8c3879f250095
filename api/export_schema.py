"""Write the schema's SDL to api/schema.graphql: `python -m api.export_schema`."""

from __future__ import annotations

from pathlib import Path

from api.schema import export_sdl

SCHEMA_PATH = Path(__file__).with_name("schema.graphql")

if __name__ == "__main__":
    SCHEMA_PATH.write_text(export_sdl())
    print(f"wrote {SCHEMA_PATH}")
