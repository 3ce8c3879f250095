"""A Web Push endpoint on loopback, as a push service would be: it keeps what the platform posts, and
a test browser's subscription (its own P-256 key pair and auth secret) decrypts the real RFC 8291
payloads and checks the RFC 8292 VAPID signature."""

from __future__ import annotations

import asyncio
import base64
import json
import os
import time
from dataclasses import dataclass, field
from typing import Any


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def unb64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@dataclass
class Received:
    path: str
    #: Case-insensitive, as HTTP headers are.
    headers: Any
    body: bytes


@dataclass
class PushEndpoint:
    """`async with PushEndpoint() as ep`: POSTs to http://127.0.0.1:<port>/push/<name> are kept.
    `status_for[name]` sets the answer for one subscription (e.g. 410 for one that is gone)."""

    received: list[Received] = field(default_factory=list)
    status_for: dict[str, int] = field(default_factory=dict)
    port: int = 0
    _server: Any = None
    _arrived: asyncio.Event = field(default_factory=asyncio.Event)

    async def __aenter__(self) -> PushEndpoint:
        from aiohttp import web

        async def handle(request: web.Request) -> web.Response:
            name = request.match_info["name"]
            self.received.append(Received(request.path, request.headers.copy(), await request.read()))
            self._arrived.set()
            return web.Response(status=self.status_for.get(name, 201))

        app = web.Application()
        app.router.add_post("/push/{name}", handle)
        runner = web.AppRunner(app)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        self._server = runner
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self._server.cleanup()

    def url(self, name: str) -> str:
        return f"http://127.0.0.1:{self.port}/push/{name}"

    async def wait_for(self, predicate: Any, timeout: float = 15) -> Any:
        """The first received message for which `predicate(message)` is true, waiting up to `timeout`."""
        deadline = time.monotonic() + timeout
        while True:
            for m in self.received:
                hit = predicate(m)
                if hit:
                    return hit
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"no matching push within {timeout}s: {[m.path for m in self.received]}")
            self._arrived.clear()
            try:
                await asyncio.wait_for(self._arrived.wait(), left)
            except TimeoutError:
                pass


class BrowserSubscription:
    """What a browser's PushManager.subscribe() creates: a key pair and an auth secret."""

    def __init__(self, endpoint: str) -> None:
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric import ec

        self.endpoint = endpoint
        self.key = ec.generate_private_key(ec.SECP256R1())
        self.auth = os.urandom(16)
        raw = self.key.public_key().public_bytes(
            serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
        )
        self.p256dh = b64url(raw)

    def as_input(self) -> dict[str, str]:
        return {"endpoint": self.endpoint, "p256dh": self.p256dh, "auth": b64url(self.auth)}

    def decrypt(self, message: Received) -> dict[str, Any]:
        """The notification inside an aes128gcm message sent to this subscription."""
        import http_ece

        assert message.headers.get("Content-Encoding") == "aes128gcm", message.headers
        plain = http_ece.decrypt(
            message.body, private_key=self.key, auth_secret=self.auth, version="aes128gcm"
        )
        return dict(json.loads(plain))


def verify_vapid(message: Received, public_key_b64: str, audience: str) -> dict[str, Any]:
    """Check the message's VAPID authorization (RFC 8292) against the platform's public key; returns
    the JWT claims."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

    auth = message.headers["Authorization"]
    assert auth.startswith("vapid "), auth
    parts = dict(p.strip().split("=", 1) for p in auth[len("vapid ") :].split(","))
    assert parts["k"] == public_key_b64
    header, claims, signature = parts["t"].split(".")
    sig = unb64url(signature)
    key = ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), unb64url(parts["k"]))
    key.verify(
        encode_dss_signature(int.from_bytes(sig[:32], "big"), int.from_bytes(sig[32:], "big")),
        f"{header}.{claims}".encode(),
        ec.ECDSA(hashes.SHA256()),
    )
    decoded = json.loads(unb64url(claims))
    assert (
        decoded["aud"] == audience and decoded["exp"] > time.time() and decoded["sub"].startswith("mailto:")
    )
    return dict(decoded)
