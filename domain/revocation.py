"""Tell every node that a user's access changed, so open GraphQL WebSockets are re-checked at once.

Call `announce(platform, user_id, reason)` after the transaction that ended sign-ins (logout,
logout everywhere, password change or reset, account deletion), disabled or re-enabled the user,
changed their role, or revoked an API key has committed. The event (`domain.events.AUTH_REVOKED`)
reaches every node over the bus; the node holding the user's sockets re-authenticates each one and
closes with 4403 those whose token, key, user or role no longer holds (`api/ws_auth.py`).

Best effort by design: when the bus is down the event is dropped (logged by the bus), and a socket
then lives at most until its access token expires (ACCESS_TOKEN_MINUTES) or its next subscribe.
"""

from __future__ import annotations

import logging

from domain import events as ev
from domain.ports import DomainPlatform

log = logging.getLogger("plagsini.revocation")

REASONS = ("logout", "logout_all", "password", "deleted", "disabled", "enabled", "role", "api_key")


async def announce(platform: DomainPlatform, user_id: int, reason: str) -> None:
    bus = getattr(platform, "bus", None)
    if bus is None:
        return
    try:
        event: ev.AuthRevokedEvent = {"user_id": int(user_id), "reason": reason}
        await bus.publish(ev.AUTH_REVOKED, event)
    except Exception:  # noqa: BLE001 - the change itself is committed; sockets still expire
        log.warning("cannot announce the revocation for user %s", user_id, exc_info=True)
