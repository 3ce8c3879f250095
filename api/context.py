"""Per-request GraphQL context: the platform, the request, and who is asking.

The viewer comes from `Authorization: Bearer <access token | API key>` on HTTP, and from the
graphql-transport-ws `connection_init` payload on WebSocket (`{"authorization": "Bearer ..."}`
or `{"token": "..."}`; strawberry sets `connection_params` on this context before any operation
runs). It is resolved lazily, once per token, by `await context.get_viewer()`; use the helpers
in `api/permissions.py` rather than calling it directly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request
from starlette.websockets import WebSocket

from db.models import ApiKey, User
from domain.accounts import ClientInfo
from domain.errors import DomainError, InvalidToken
from plagsini import logs
from plagsini.platform import Platform


@dataclass
class Viewer:
    """The authenticated caller: a user, signed in with an access token or an API key."""

    user: User
    api_key: ApiKey | None = None
    #: The refresh-token family of the access token's sign-in (None for API keys).
    session_id: str | None = None

    @property
    def is_admin(self) -> bool:
        return self.user.role == "admin"

    @property
    def can_write(self) -> bool:
        return self.api_key is None or self.api_key.scope == "read_write"


def _bearer(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    value = value.strip()
    if value[:7].lower() == "bearer ":
        value = value[7:].strip()
    return value or None


@dataclass
class Context:
    platform: Platform
    request: Request | WebSocket | None
    response: Any = None
    connection_params: dict[str, Any] | None = None
    # Request-scoped cache (loaders, the authenticated viewer, ...).
    cache: dict[str, Any] = field(default_factory=dict)

    def bearer_token(self) -> str | None:
        params = self.connection_params
        if isinstance(params, dict):
            for name in ("authorization", "Authorization", "authToken", "token"):
                token = _bearer(params.get(name))
                if token:
                    return token
            headers = params.get("headers")
            if isinstance(headers, dict):
                token = _bearer(headers.get("authorization") or headers.get("Authorization"))
                if token:
                    return token
        if self.request is not None:
            return _bearer(self.request.headers.get("authorization"))
        return None

    @property
    def client_ip(self) -> str | None:
        client = getattr(self.request, "client", None)
        return client.host if client else None

    @property
    def user_agent(self) -> str | None:
        if self.request is None:
            return None
        return self.request.headers.get("user-agent")

    def client_info(self) -> ClientInfo:
        return ClientInfo(ip=self.client_ip, user_agent=self.user_agent)

    async def get_viewer(self, *, session: Any = None) -> Viewer | None:
        """The authenticated viewer, or None (anonymous or invalid token: see `auth_error`). An access
        token's user and family are read in `session` when given (the caller's open read, used for
        nothing else meanwhile), so that a resolver reads in one transaction; the check is the same."""
        token = self.bearer_token()
        cached = self.cache.get("viewer")
        if cached is not None and cached[0] == token:
            return cached[1]  # type: ignore[no-any-return]
        viewer: Viewer | None = None
        error: DomainError | None = None
        if token:
            from domain import accounts, apikeys

            try:
                if apikeys.is_api_key(token):
                    user, key = await apikeys.authenticate(self.platform, token)
                    viewer = Viewer(user=user, api_key=key)
                else:
                    user, family = await accounts.authenticate_access_token(
                        self.platform, token, session=session
                    )
                    viewer = Viewer(user=user, session_id=family)
            except DomainError as e:
                error = e
        self.cache["viewer"] = (token, viewer)
        if viewer is not None:
            logs.bind(user_id=str(viewer.user.id))
        self.cache["auth_error"] = error
        return viewer

    @property
    def auth_error(self) -> DomainError | None:
        err = self.cache.get("auth_error")
        return err if isinstance(err, DomainError) else None

    async def authenticate_connection(self) -> bool:
        """For `on_ws_connect`: False when a token was given in connection_init but is invalid."""
        await self.get_viewer()
        return not isinstance(self.auth_error, InvalidToken)
