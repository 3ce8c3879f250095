"""One charger's WebSocket session: the receive loop, inbound dispatch, outbound CALLs.

`ChargerConnection` is our own per-charger object over a connection with `recv()`/`send()`: frames are
parsed and validated by `ocpp_server.protocol` (the `ocpp` library's JSON schemas, cached validators,
OCPP 1.6 error codes, a CALLERROR for every malformed frame) and handlers take the camelCase payload as
is, without the library's per-message key conversions. It does not derive from the library's
`ChargePoint`: routing, sending and calls are all ours, so none of its private fields is needed.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import uuid
from collections.abc import Awaitable, Callable, Coroutine
from typing import TYPE_CHECKING, Any, Protocol

from domain.chargers import ID_TAG_COMMANDS
from domain.gateway_errors import (
    ChargerNotAccepted,
    ChargerOffline,
    CommandRejected,
    CommandTimeout,
    InvalidCommand,
)
from domain.uow import Outbox, deliver
from ocpp_server import protocol as p
from ocpp_server.dialect import Dialect, v16
from plagsini import metrics, tracing

if TYPE_CHECKING:
    from ocpp_server.server import OcppServer

log = logging.getLogger("plagsini.ocpp")


class TransportClosed(Exception):
    pass


class Transport(Protocol):
    async def recv(self) -> str | bytes: ...

    async def send(self, message: str) -> None: ...

    async def close(self, code: int = 1000, reason: str = "") -> None: ...


Handler = Callable[["ChargerConnection", dict[str, Any]], Awaitable[dict[str, Any]]]

_counters: dict[tuple[str, str], Any] = {}


_latency: dict[str, Any] = {}


def _observe(action: str, seconds: float) -> None:
    h = _latency.get(action)
    if h is None:
        h = _latency[action] = metrics.OCPP_LATENCY.labels(action=action)
    h.observe(seconds)


def _count(direction: str, action: str) -> None:
    key = (direction, action)
    c = _counters.get(key)
    if c is None:
        c = _counters[key] = metrics.OCPP_MESSAGES.labels(direction=direction, action=action)
    c.inc()


class ChargerConnection:
    def __init__(
        self,
        server: OcppServer,
        cpid: str,
        transport: Transport,
        *,
        charger_id: int,
        accepted: bool,
        registration_status: str,
        dialect: Dialect | None = None,
    ) -> None:
        #: The OCPP version spoken on this connection (negotiated from the subprotocols).
        self.dialect = dialect or v16()
        self._response_timeout = server.platform.settings.ocpp_call_timeout
        self.server = server
        self.cpid = cpid
        self.charger_id = charger_id
        self.accepted = accepted
        self.registration_status = registration_status
        self.transport = transport
        self.closed = False
        #: (code, reason) when the platform closed the connection.
        self.server_close: tuple[int, str] | None = None
        self.is_public = True
        #: The security profile the connection was admitted on (0: no credentials checked).
        self.security_profile = 0
        self.connected_at = time.time()
        self._pending: tuple[str, asyncio.Future[p.Frame], str, float] | None = None
        self._outbound_lock = asyncio.Lock()
        #: The current CALL's unit of work: events its handler staged, published once the answer is
        #: sent (dropped when the handler fails), and whether to close the socket after answering.
        self.outbox = Outbox()
        self.close_after_answer: tuple[int, str] | None = None
        #: Work a handler leaves for after its answer is sent (e.g. a CALL that must follow it).
        self.after_answer: list[Callable[[], Coroutine[Any, Any, Any]]] = []
        #: OCPP 2.0.1: transactions the station began before authorization (cable first), by
        #: transactionId: their first event, until an event with an idToken records the session.
        self.unauthorized_starts: dict[str, dict[str, Any]] = {}

    # -- receive loop ------------------------------------------------------------------------------

    async def start(self) -> None:
        try:
            while True:
                raw = await self.transport.recv()
                await self.route_message(raw)
        except TransportClosed:
            pass
        finally:
            self.closed = True
            if self._pending is not None and not self._pending[1].done():
                self._pending[1].set_exception(ChargerOffline("The charger disconnected before answering."))

    async def _send(self, message: str) -> None:
        await self.transport.send(message)

    def _log(self, direction: str, raw: str | bytes, **kw: Any) -> None:
        status = self.registration_status
        if status != "Accepted":
            # Not an accepted charger (unknown and pending, or rejected): counted, never stored.
            self.server.message_log.unstored(status.lower(), raw)
            return
        self.server.message_log.add(self.cpid, direction, raw, **kw)

    async def _send_error(self, unique_id: str, code: str, description: str, action: str | None) -> None:
        code = self.dialect.code(code)
        frame = p.error_frame(unique_id, code, description)
        tracing.set_attribute("ocpp.error_code", code)
        metrics.OCPP_ERRORS.labels(code=code).inc()
        self._log("out", frame, message_type=p.CALLERROR, action=action, unique_id=unique_id, error_code=code)
        await self._send(frame)

    async def route_message(self, raw: str | bytes) -> None:
        t0 = time.perf_counter()
        try:
            frame = p.parse_frame(raw)
        except p.FrameError as e:
            self._log("in", raw, message_type=None, action=None, unique_id=None, error_code=e.code)
            await self._send_error(e.unique_id, e.code, e.description, None)
            return
        if frame.message_type == p.CALL:
            action = (frame.action or "")[:64]
            with tracing.span(
                f"ocpp {action}", {"ocpp.action": action, "ocpp.charger_id": self.cpid}, kind="server"
            ):
                await self._handle_call(frame, raw, t0)
            return
        # A CALLRESULT / CALLERROR: the answer to our outbound CALL.
        pending = self._pending
        latency = None
        answered: str | None = None  # the action of our CALL this answers
        if pending is not None and pending[0] == frame.unique_id:
            answered = pending[2]
            latency = (time.perf_counter() - pending[3]) * 1000.0
        self._log(
            "in",
            raw,
            message_type=frame.message_type,
            action=answered,
            unique_id=frame.unique_id,
            error_code=frame.error_code,
            latency_ms=latency,
            essential=answered is not None,  # the answer to our command
        )
        if pending is not None and pending[0] == frame.unique_id and not pending[1].done():
            pending[1].set_result(frame)
        else:
            log.info("%s: answer to no outstanding CALL (%s) ignored", self.cpid, frame.unique_id)

    async def _handle_call(self, frame: p.Frame, raw: str | bytes, t0: float) -> None:
        action = frame.action or ""
        dialect = self.dialect

        self._log("in", raw, message_type=p.CALL, action=action[:64], unique_id=frame.unique_id)
        _count("in", action if action in dialect.all_actions else "unknown")
        self.outbox = Outbox()
        self.close_after_answer = None
        self.after_answer = []
        try:
            if action not in dialect.all_actions:
                raise p.OcppError(p.NOT_IMPLEMENTED, f"unknown action {action[:64]!r}")
            handler = dialect.handlers.get(action)
            if handler is None:
                raise p.OcppError(p.NOT_SUPPORTED, f"{action} is not supported by this central system")
            if not self.accepted and action != "BootNotification":
                raise p.OcppError(
                    p.SECURITY_ERROR, "the charger is not accepted: send BootNotification first"
                )
            dialect.validate(action, p.CALL, frame.payload)
            result = await handler(self, frame.payload)
        except p.OcppError as e:
            if e.code in (
                p.TYPE_CONSTRAINT_VIOLATION,
                p.PROPERTY_CONSTRAINT_VIOLATION,
                dialect.code(p.FORMATION_VIOLATION),
            ):
                log.warning("%s: %s refused with %s: %s", self.cpid, action[:64], e.code, e.description[:200])
            await self._send_error(frame.unique_id, e.code, e.description, action[:64] or None)
            return
        except Exception:  # noqa: BLE001 - answered with InternalError, the socket stays up
            log.exception("%s: %s handler failed", self.cpid, action)
            await self._send_error(frame.unique_id, p.INTERNAL_ERROR, "internal error", action)
            return
        out = p.result_frame(frame.unique_id, result)
        latency = (time.perf_counter() - t0) * 1000.0
        self._log(
            "out",
            out,
            message_type=p.CALLRESULT,
            action=action,
            unique_id=frame.unique_id,
            latency_ms=latency,
        )
        await self._send(out)
        _observe(action, latency / 1000.0)
        await self._after_answer()

    async def _after_answer(self) -> None:
        await deliver(self.outbox.take(), self.server.platform.bus, None)
        for work in self.after_answer:
            self.server.spawn(work())
        self.after_answer = []
        if self.close_after_answer is not None:
            code, reason = self.close_after_answer
            self.close_after_answer = None
            self.server.spawn(self.close(code, reason))

    # -- outbound ----------------------------------------------------------------------------------

    async def call_action(
        self, action: str, payload: dict[str, Any], timeout: float | None = None
    ) -> dict[str, Any]:
        """Send one CALL and return the charger's CALLRESULT payload.

        One outstanding CALL per direction: a second command waits for the first. Raises InvalidCommand
        (payload fails the schema; nothing sent), CommandTimeout, CommandRejected (CALLERROR),
        ChargerOffline (socket closed).

        `action` and `payload` are the domain's command (OCPP 1.6 names and shapes); on an OCPP 2.0.1
        connection the dialect turns it into the 2.0.1 CALL and its answer back."""
        out = await self.dialect.outbound(self, action, payload)
        try:
            self.dialect.validate(out.action, p.CALL, out.payload)
        except p.OcppError as e:
            raise InvalidCommand(f"{out.action}: {e.description}") from None
        if action in ID_TAG_COMMANDS and not self.accepted:
            # Drivers' idTags go only to a charger that booted Accepted on this very connection.
            raise ChargerNotAccepted()
        with tracing.span(
            f"ocpp command {out.action}",
            {"ocpp.action": out.action, "ocpp.charger_id": self.cpid},
            kind="client",
        ):
            return out.answer(await self._call(out.action, out.payload, timeout))

    async def _call(self, action: str, payload: dict[str, Any], timeout: float | None) -> dict[str, Any]:
        timeout = timeout if timeout is not None else self._response_timeout
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        try:
            async with asyncio.timeout_at(deadline):
                await self._outbound_lock.acquire()
        except TimeoutError:
            raise CommandTimeout("Another command to this charger is still outstanding.") from None
        try:
            if self.closed:
                raise ChargerOffline()
            uid = str(uuid.uuid4())
            fut: asyncio.Future[p.Frame] = loop.create_future()
            self._pending = (uid, fut, action, time.perf_counter())
            frame = p.call_frame(uid, action, payload)
            self._log("out", frame, message_type=p.CALL, action=action, unique_id=uid, essential=True)
            _count("out", action)
            try:
                await self._send(frame)
            except TransportClosed:
                raise ChargerOffline() from None
            try:
                async with asyncio.timeout_at(deadline):
                    answer = await fut
            except TimeoutError:
                raise CommandTimeout(f"{self.cpid} did not answer {action} within {timeout:g}s.") from None
        finally:
            self._pending = None
            self._outbound_lock.release()
        if answer.message_type == p.CALLERROR:
            raise CommandRejected(
                answer.error_code or "GenericError", answer.error_description or "", answer.error_details
            )
        result: dict[str, Any] = answer.payload
        try:
            self.dialect.validate(action, p.CALLRESULT, result)
        except p.OcppError as e:
            log.warning("%s: %s answer fails the schema: %s", self.cpid, action, e.description)
        return result

    async def close(self, code: int = 1000, reason: str = "") -> None:
        self.closed = True
        if self.server_close is None:
            self.server_close = (code, reason)
        with contextlib.suppress(Exception):
            await self.transport.close(code, reason)
