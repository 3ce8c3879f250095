"""Failed TLS handshakes on the OCPP TLS listener, observed so connection diagnostics can record them.

A handshake that fails (a client certificate not signed by `OCPP_TLS_CA`, a client speaking plain
HTTP or garbage to the TLS port, an old protocol version) ends inside asyncio's SSL layer before the
WebSocket server sees a connection, and asyncio reports it nowhere outside its debug mode. The server's
`ssl.SSLContext` therefore builds its TLS objects from `observing(report)`: an `ssl.SSLObject` whose
handshake, when it fails, reports the peer's address and OpenSSL's reason before the error goes on
its way (the connection is closed exactly as before).

The peer's address is not known to the TLS object itself: it is read from the asyncio SSL protocol
that drives the handshake (see `peer_address`). Should a Python version drive handshakes differently,
the failure is still reported, without address.
"""

from __future__ import annotations

import asyncio.sslproto
import ssl
import sys
from collections.abc import Callable
from types import FrameType

#: report(remote address or None, reason)
Report = Callable[[str | None, str], None]

#: How many frames up from the handshake the asyncio SSL protocol is looked for.
MAX_DEPTH = 4


def peer_address() -> str | None:
    """The address of the peer whose TLS handshake is being driven, called from `do_handshake`.

    What: walks up the call stack (`sys._getframe`) to the `asyncio.sslproto.SSLProtocol` driving the
    handshake, and reads its private `_transport` (the socket transport, whose `peername` is public).
    Why: the failed handshake never reaches the WebSocket server, and neither `ssl.SSLObject` nor
    asyncio's SSL protocol exposes the peer's address.
    Written for: CPython 3.11 (`SSLProtocol._do_handshake` calls `SSLObject.do_handshake`; the
    protocol keeps its transport in `_transport` from `connection_made`).
    """
    frame: FrameType | None = sys._getframe(2)  # noqa: SLF001 - the caller of do_handshake
    for _ in range(MAX_DEPTH):
        if frame is None:
            return None
        owner = frame.f_locals.get("self")
        if isinstance(owner, asyncio.sslproto.SSLProtocol):
            transport = getattr(owner, "_transport", None)
            peer = transport.get_extra_info("peername") if transport is not None else None
            return str(peer[0]) if peer else None
        frame = frame.f_back
    return None


def observing(report: Report) -> type[ssl.SSLObject]:
    """An `ssl.SSLObject` class (for `SSLContext.sslobject_class`) that reports failed handshakes."""

    class ObservedSSLObject(ssl.SSLObject):
        def do_handshake(self) -> None:
            try:
                super().do_handshake()
            except (ssl.SSLWantReadError, ssl.SSLWantWriteError):
                raise  # not a failure: the handshake waits for more bytes
            except ssl.SSLError as exc:
                try:
                    report(peer_address(), str(exc.reason or exc.__class__.__name__))
                except Exception:  # noqa: BLE001, S110 - reporting never changes the handshake's outcome
                    pass
                raise

    return ObservedSSLObject
