"""Per-request GraphQL context: the platform, the request, and who is asking."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request
from starlette.websockets import WebSocket

from plagsini.platform import Platform


@dataclass
class Context:
    platform: Platform
    request: Request | WebSocket | None
    response: Any = None
    connection_params: dict[str, Any] | None = None
    # Request-scoped cache (loaders, the authenticated viewer, ...).
    cache: dict[str, Any] = field(default_factory=dict)
