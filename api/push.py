"""Web Push for drivers (`domain/push.py`): the platform's public VAPID key, and a driver's browser
subscribing and unsubscribing (their own subscriptions only)."""

from __future__ import annotations

import base64

import strawberry

from api.errors import UserError, payload_or_errors
from api.permissions import require_user
from domain import push


def public_key(pem: str) -> str:
    """The VAPID public key as browsers take it (applicationServerKey): the uncompressed P-256
    point, base64url without padding."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    key = load_pem_private_key(pem.encode(), password=None)
    assert isinstance(key, ec.EllipticCurvePrivateKey)
    raw = key.public_key().public_bytes(
        serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
    )
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


@strawberry.type(description="What a browser needs to subscribe to the platform's notifications.")
class PushConfig:
    vapid_public_key: str = strawberry.field(description="The applicationServerKey (base64url).")


@strawberry.input
class PushSubscriptionInput:
    endpoint: str = strawberry.field(description="The browser's push endpoint (PushSubscription.endpoint).")
    p256dh: str = strawberry.field(description="The browser's public key (keys.p256dh, base64url).")
    auth: str = strawberry.field(description="The browser's auth secret (keys.auth, base64url).")


@strawberry.input
class UnsubscribePushInput:
    endpoint: str


@strawberry.type
class PushSubscriptionPayload:
    subscribed: bool = False
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class Query:
    @strawberry.field(description="The platform's Web Push key (public; needed before subscribing).")
    def push_config(self, info: strawberry.Info) -> PushConfig:
        return PushConfig(vapid_public_key=public_key(info.context.platform.vapid_private_pem))


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="Receive notifications in this browser: charging started and stopped (and why), low "
        "balance, a charger you wait for is free."
    )
    async def subscribe_push(
        self, info: strawberry.Info, input: PushSubscriptionInput
    ) -> PushSubscriptionPayload:
        async def work() -> PushSubscriptionPayload:
            user = await require_user(info)
            async with info.context.platform.sessionmaker.begin() as s:
                await push.subscribe(s, user.id, input.endpoint, input.p256dh, input.auth)
            return PushSubscriptionPayload(subscribed=True)

        return await payload_or_errors(PushSubscriptionPayload, work())

    @strawberry.mutation(description="Stop notifications in this browser.")
    async def unsubscribe_push(
        self, info: strawberry.Info, input: UnsubscribePushInput
    ) -> PushSubscriptionPayload:
        async def work() -> PushSubscriptionPayload:
            user = await require_user(info)
            async with info.context.platform.sessionmaker.begin() as s:
                await push.unsubscribe(s, user.id, input.endpoint)
            return PushSubscriptionPayload(subscribed=False)

        return await payload_or_errors(PushSubscriptionPayload, work())
