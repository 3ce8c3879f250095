"""What both roaming partners (tests/ocpi/peer.py as eMSP, tests/ocpi/peer_cpo.py as CPO) share: the
command line, the library's settings, the registration with the platform (tokens A, B and C, the
platform's endpoints), the OCPI headers, and the state kept in `<script>-state.json` of the working
directory so a test can stop a partner (it is down) and start it again on the same port as it was.

A peer imports this first (its folder is first on its path) and calls `environment(party_id)` before
it imports the library, which reads its settings from the environment when imported.

Usage of a peer: python <peer>.py <port> <token A issued to the platform>
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import sys
import uuid
from typing import Any

import httpx

PORT = int(sys.argv[1])
TOKEN_A = sys.argv[2]
BASE = f"http://127.0.0.1:{PORT}"
COUNTRY = "SG"
#: How long the peer waits for the platform's answer (a partner system is patient; httpx's own
#: default of 5 s failed a request on a machine loaded with other work).
PARTNER_TIMEOUT = 30.0
#: The peer's state on disk, named after its script: a test may run both peers in one folder.
STATE = os.path.splitext(os.path.basename(sys.argv[0]))[0] + "-state.json"


def environment(party_id: str) -> None:
    """The library's settings: our host and party (read by the library when it is imported)."""
    os.environ.update(
        OCPI_HOST=f"127.0.0.1:{PORT}",
        PROTOCOL="http",
        COUNTRY_CODE=COUNTRY,
        PARTY_ID=party_id,
        ENVIRONMENT="production",
    )


def auth(token: str) -> dict[str, str]:
    """The headers of a call to the platform (2.2.1: the token in base64)."""
    return {
        "Authorization": "Token " + base64.b64encode(token.encode()).decode(),
        "X-Request-ID": str(uuid.uuid4()),
        "X-Correlation-ID": str(uuid.uuid4()),
    }


class Registration:
    """Our registration with the platform: the tokens it may call us with (A until it registers, then
    the C we issued), the token we call it with and its endpoints."""

    def __init__(self, role: str, name: str, party_id: str) -> None:
        self.roles = [
            {"role": role, "business_details": {"name": name}, "party_id": party_id, "country_code": COUNTRY}
        ]
        self.tokens_a: set[str] = {TOKEN_A}
        self.tokens_c: set[str] = set()
        self.platform: dict[str, Any] = {
            "token": None,
            "endpoints": [],
            "credentials": None,
            "versions_url": None,
        }

    def ours(self, token: str) -> dict[str, Any]:
        """Our Credentials object with `token`."""
        return {"token": token, "url": f"{BASE}/ocpi/versions", "roles": self.roles}

    def accept(self, data: dict[str, Any], old: str | None) -> dict[str, Any]:
        """The platform registered (POST) or updated (PUT) its credentials: keep them, issue a token C."""
        creds = data["credentials"]
        self.platform.update(
            token=creds["token"], endpoints=data["endpoints"]["endpoints"], credentials=creds
        )
        self.tokens_a.discard(old or "")
        self.tokens_c.discard(old or "")
        token_c = secrets.token_urlsafe(24)
        self.tokens_c.add(token_c)
        return self.ours(token_c)

    async def register(self, versions_url: str, token_a: str) -> tuple[int, dict[str, Any]]:
        """We register with the platform: its versions and 2.2.1 details read with the token A it
        issued us, then our credentials POSTed with a new token B (dropped again when it refuses).
        Its HTTP status and answer; the caller keeps the platform's token from an accepted answer."""
        async with httpx.AsyncClient(timeout=PARTNER_TIMEOUT) as c:
            versions = (await c.get(versions_url, headers=auth(token_a))).json()
            url = next(v["url"] for v in versions["data"] if v["version"] == "2.2.1")
            details = (await c.get(url, headers=auth(token_a))).json()
            self.platform["endpoints"] = details["data"]["endpoints"]
            token_b = secrets.token_urlsafe(24)
            self.tokens_c.add(token_b)
            r = await c.post(self.url_of("credentials"), headers=auth(token_a), json=self.ours(token_b))
            answer = r.json()
        if answer.get("status_code") != 1000:
            self.tokens_c.discard(token_b)
        return r.status_code, answer

    def unregistered(self, token: str | None) -> None:
        """The platform unregistered (DELETE of our credentials)."""
        self.tokens_c.discard(token or "")
        self.platform.update(token=None, endpoints=[], credentials=None)

    def url_of(self, identifier: str, role: str | None = None) -> str:
        """The platform's endpoint of a module (and interface role)."""
        return next(
            e["url"]
            for e in self.platform["endpoints"]
            if e["identifier"] == identifier and (role is None or e.get("role") == role)
        )

    def authenticator(self) -> Any:
        """The library's authenticator over our tokens A and C."""
        from py_ocpi.core.authentication.authenticator import Authenticator

        reg = self

        class PeerAuthenticator(Authenticator):  # type: ignore[misc]
            @classmethod
            async def get_valid_token_c(cls) -> list[str]:
                return list(reg.tokens_c)

            @classmethod
            async def get_valid_token_a(cls) -> list[str]:
                return list(reg.tokens_a)

        return PeerAuthenticator

    # --------------------------------------------------------------------------------- the state

    def save(self, stores: dict[str, Any]) -> None:
        """Keep the registration and `stores` (name: a dict or list the peer holds) on disk."""
        state = {
            "tokens_a": sorted(self.tokens_a),
            "tokens_c": sorted(self.tokens_c),
            "platform": self.platform,
            **stores,
        }
        with open(STATE + ".tmp", "w") as f:
            json.dump(state, f, default=str)
        os.replace(STATE + ".tmp", STATE)

    def load(self, stores: dict[str, Any]) -> None:
        """Take back what `save` kept, into the same objects (a peer started again as it was)."""
        if not os.path.exists(STATE):
            return
        with open(STATE) as f:
            state = json.load(f)
        self.tokens_a.clear()
        self.tokens_a.update(state["tokens_a"])
        self.tokens_c.update(state["tokens_c"])
        self.platform.update(state["platform"])
        for name, store in stores.items():
            kept = state.get(name)
            if kept is None:
                continue
            if isinstance(store, list):
                store.extend(kept)
            else:
                store.update(kept)


class Saving:
    """An ASGI wrapper that saves the peer's state after every HTTP call."""

    def __init__(self, inner: Any, save: Any) -> None:
        self.inner = inner
        self.save = save

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await self.inner(scope, receive, send)
        if scope["type"] == "http":
            self.save()
