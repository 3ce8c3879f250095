"""Plain HTTP routes served beside /graphql (payment webhooks, sandbox checkout, receipt PDFs)."""

from __future__ import annotations

from typing import Any

from plagsini.platform import Platform


def http_routes(platform: Platform) -> list[Any]:
    return []
