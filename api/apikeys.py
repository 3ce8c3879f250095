"""Integrator API keys: create (secret shown once), list via `me.apiKeys` / `user.apiKeys`, revoke.

A key is sent as `Authorization: Bearer psk_...` (HTTP) or in the WebSocket `connection_init`
payload. Keys are managed from a password session only (an API key cannot mint keys)."""

from __future__ import annotations

import strawberry

from api.accounts_types import ApiKey, ApiKeyScope
from api.errors import UserError, payload_or_errors
from api.permissions import require_session
from api.relay import decode_id
from domain import apikeys
from domain.errors import Forbidden


@strawberry.input
class CreateApiKeyInput:
    name: str
    scope: ApiKeyScope = ApiKeyScope.READ
    user_id: strawberry.ID | None = strawberry.field(
        default=None, description="Admins only: the key's owner."
    )


@strawberry.input
class RevokeApiKeyInput:
    id: strawberry.ID


@strawberry.type
class CreateApiKeyPayload:
    api_key: ApiKey | None = None
    secret: str | None = strawberry.field(default=None, description="The full key; shown only this once.")
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class ApiKeyPayload:
    api_key: ApiKey | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class Mutation:
    @strawberry.mutation(description="Create an API key for yourself (admins: for any user).")
    async def create_api_key(self, info: strawberry.Info, input: CreateApiKeyInput) -> CreateApiKeyPayload:
        async def work() -> CreateApiKeyPayload:
            viewer = await require_session(info)
            owner_id = viewer.user.id
            if input.user_id is not None:
                if not viewer.is_admin:
                    raise Forbidden("Only admins create keys for other users.", field="user_id")
                owner_id = decode_id(input.user_id, "User", field="user_id")
            key, raw = await apikeys.create(
                info.context.platform,
                user_id=owner_id,
                name=input.name,
                scope=input.scope.value,
                created_by_id=viewer.user.id,
            )
            return CreateApiKeyPayload(api_key=ApiKey.from_model(key), secret=raw)

        return await payload_or_errors(CreateApiKeyPayload, work())

    @strawberry.mutation(description="Revoke one of your API keys (admins: any key).")
    async def revoke_api_key(self, info: strawberry.Info, input: RevokeApiKeyInput) -> ApiKeyPayload:
        async def work() -> ApiKeyPayload:
            viewer = await require_session(info)
            pk = decode_id(input.id, "ApiKey")
            key = await apikeys.revoke(
                info.context.platform,
                pk,
                owner_id=None if viewer.is_admin else viewer.user.id,
                actor_id=viewer.user.id,
            )
            return ApiKeyPayload(api_key=ApiKey.from_model(key))

        return await payload_or_errors(ApiKeyPayload, work())
