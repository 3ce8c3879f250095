"""The OCPP endpoint, OCPP 1.6J and OCPP 2.0.1: `ws://host:OCPP_PORT/<chargePointId>` (plus a TLS
listener on OCPP_TLS_PORT when OCPP_TLS_CERT/KEY are set) and `/ocpp/<chargePointId>` on the HTTP port
(`handle_asgi`).

Admission (before the WebSocket upgrade): the charge point id must follow the OCPP identity rules
(`domain.chargers.charge_point_id_from_path`; 400 otherwise); the charger must offer `ocpp2.0.1` or
`ocpp1.6` (400 otherwise; one offering both gets OCPP_PREFERRED_PROTOCOL, see `ocpp_server.dialect`);
an unknown charge point id is refused with 404 or admitted as Pending (OCPP_UNKNOWN_CHARGERS); the
connection must match the charger's security profile, whichever the version:

| profile | transport | credentials                                               |
|---------|-----------|-----------------------------------------------------------|
| 0       | ws        | none (trusted lab networks, and unknown chargers pending) |
| 1       | ws        | HTTP Basic: charge point id + AuthorizationKey            |
| 2       | wss       | HTTP Basic over TLS                                       |
| 3       | wss       | client certificate signed by OCPP_TLS_CA, CN = the id     |

Bad or missing credentials → 401; a connection on another profile than the charger's → 403.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import contextlib
import functools
import logging
import ssl
import time
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from typing import Any, ParamSpec

from sqlalchemy.ext.asyncio import AsyncSession
from starlette.convertors import Convertor, register_url_convertor
from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed
from websockets.extensions.permessage_deflate import ServerPerMessageDeflateFactory
from websockets.http11 import Request, Response

from db.engine import read_session
from db.models import utcnow
from domain import chargers, connection_log, events, platform_settings
from domain.tasks import cancel_and_wait
from ocpp_server import dialect, ingest
from ocpp_server.connection import ChargerConnection, TransportClosed
from ocpp_server.connection_log import ConnectionLog
from ocpp_server.message_log import MessageLog
from plagsini import logs, metrics
from plagsini.overrides import asyncio_ssl
from plagsini.platform import Platform
from plagsini.web_security import client_address, trusted_networks

P = ParamSpec("P")
log = logging.getLogger("plagsini.ocpp")

SUBPROTOCOLS = dialect.SUBPROTOCOLS

#: permessage-deflate as offered (`OCPP_COMPRESSION`): 2 KB windows both ways (more than an OCPP
#: frame, so a frame still compresses against the previous one: ~5 % of its size for TransactionEvents)
#: and zlib memLevel 2. bench/deflate.py measured ~26 KB of server memory per connection so; with
#: websockets' defaults (4 KB, memLevel 5) ~43 KB for the same ratio (bench/notes.md).
DEFLATE = ServerPerMessageDeflateFactory(
    server_max_window_bits=11, client_max_window_bits=11, compress_settings={"memLevel": 2}
)


@dataclass
class Admission:
    charger_id: int
    accepted: bool
    registration_status: str
    is_public: bool = True
    #: The security profile this connection was admitted on (0: no credentials were checked).
    security_profile: int = 0


class _CredentialsNeeded(Exception):
    pass


@dataclass
class Refusal:
    status: int
    reason: str


#: The label of a refused connection on /metrics (`plagsini_ocpp_refused_connections_total`).
REFUSAL_REASONS = {400: "bad_request", 401: "bad_credentials", 403: "forbidden", 404: "unknown_charger"}


class AnyPathConvertor(Convertor[str]):
    """`/ocpp/{charge_point_id:ocpp_path}`: everything after the prefix, newlines included, so every
    request under /ocpp/ reaches `handle_asgi` and an invalid id is answered 400 there (starlette's
    `path` convertor stops at a newline, and an unmatched WebSocket gets a bare 403)."""

    regex = "[\\s\\S]*"

    def convert(self, value: str) -> str:
        return value

    def to_string(self, value: str) -> str:
        return value


register_url_convertor("ocpp_path", AnyPathConvertor())


class WebsocketsTransport:
    def __init__(self, ws: ServerConnection) -> None:
        self.ws = ws

    async def recv(self) -> str | bytes:
        try:
            return await self.ws.recv()
        except ConnectionClosed:
            raise TransportClosed() from None

    async def send(self, message: str) -> None:
        try:
            await self.ws.send(message)
        except ConnectionClosed:
            raise TransportClosed() from None

    async def close(self, code: int = 1000, reason: str = "") -> None:
        await self.ws.close(code, reason)

    def close_info(self) -> tuple[int | None, str, bool | None]:
        """(close code, reason, whether the charger closed first: None when no close frame came)."""
        proto = self.ws.protocol
        rcvd, sent = proto.close_rcvd, proto.close_sent
        if sent is not None and rcvd is None:
            return sent.code, sent.reason, False
        if rcvd is None:
            return 1006, "", None
        return rcvd.code, rcvd.reason, bool(proto.close_rcvd_then_sent)


class StarletteTransport:
    """Gives the ChargerConnection the recv()/send() it needs over a Starlette WebSocket."""

    def __init__(self, ws: Any) -> None:
        self.ws = ws
        self._close_code: int | None = None

    async def recv(self) -> str | bytes:
        message = await self.ws.receive()
        if message["type"] == "websocket.disconnect":
            self._close_code = int(message.get("code") or 1005)
            raise TransportClosed()
        text = message.get("text")
        if text is not None:
            return str(text)
        return bytes(message.get("bytes") or b"")

    async def send(self, message: str) -> None:
        try:
            await self.ws.send_text(message)
        except Exception as e:  # starlette/uvicorn raise different errors on a closed socket
            raise TransportClosed() from e

    async def close(self, code: int = 1000, reason: str = "") -> None:
        await self.ws.close(code, reason)

    def close_info(self) -> tuple[int | None, str, bool | None]:
        code = self._close_code
        if code is None or code == 1006:
            return 1006, "", None
        return code, "", True


def _basic_password(header: str | None, cpid: str) -> bytes | None:
    """The password bytes of an HTTP Basic `Authorization` header whose user is `cpid`, else None.

    The password is bytes, not text: an OCPP 1.6 charger sends the decoded AuthorizationKey, 16 to 20
    arbitrary bytes (see domain.chargers). The user is the charge point id, followed by the first ':'."""
    if not header or not header[:6].lower() == "basic ":
        return None
    try:
        decoded = base64.b64decode(header[6:].strip(), validate=True)
    except (binascii.Error, ValueError):
        return None
    prefix = cpid.encode() + b":"
    if not decoded.startswith(prefix):
        return None
    return decoded[len(prefix) :]


def _peer_cn(cert: dict[str, Any] | None) -> str | None:
    if not cert:
        return None
    for rdn in cert.get("subject", ()):
        for key, value in rdn:
            if key == "commonName":
                return str(value)
    return None


def _offered_subprotocols(values: list[str]) -> list[str]:
    out: list[str] = []
    for v in values:
        out.extend(s.strip() for s in v.split(",") if s.strip())
    return out


class AdmissionReader:
    """Reads connecting chargers' admission columns in batches: every lookup that arrives while one
    query runs joins the next, so at hundreds of connects per second a read session (a pool
    connection, BEGIN, ROLLBACK: several hops to the driver's thread) is paid per batch, not per
    charger. The reads are WAL snapshots on SQLite: they never queue for the write lock."""

    MAX_BATCH = 500

    def __init__(self, sessionmaker: Any) -> None:
        self.sessionmaker = sessionmaker
        self._waiting: dict[str, list[asyncio.Future[chargers.AdmissionInfo | None]]] = {}
        self._task: asyncio.Task[None] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self.batches = 0

    async def get(self, cpid: str) -> chargers.AdmissionInfo | None:
        loop = asyncio.get_running_loop()
        if self._loop is not loop:  # a new event loop (tests): forget the old one's state
            self._loop, self._waiting, self._task = loop, {}, None
        fut: asyncio.Future[chargers.AdmissionInfo | None] = loop.create_future()
        self._waiting.setdefault(cpid, []).append(fut)
        if self._task is None or self._task.done():
            self._task = loop.create_task(self._drain(), name="ocpp-admission-reader")
        return await fut

    async def _drain(self) -> None:
        try:
            await asyncio.sleep(0)  # let the handshakes already being parsed join the first batch
            while self._waiting:
                cpids = list(self._waiting)[: self.MAX_BATCH]
                batch = {cpid: self._waiting.pop(cpid) for cpid in cpids}
                try:
                    async with read_session(self.sessionmaker) as s:
                        found = await chargers.admission_infos(s, cpids)
                except Exception as e:  # noqa: BLE001 - every waiter of the batch gets it
                    for futs in batch.values():
                        for f in futs:
                            if not f.done():
                                f.set_exception(e)
                    continue
                self.batches += 1
                for cpid, futs in batch.items():
                    for f in futs:
                        if not f.done():
                            f.set_result(found.get(cpid))
        except BaseException:
            for futs in self._waiting.values():
                for f in futs:
                    if not f.done():
                        f.set_exception(ConnectionAbortedError("the admission reader stopped"))
            self._waiting = {}
            raise


def _counting_refusals(
    admit: Callable[P, Awaitable[Admission | Refusal]],
) -> Callable[P, Awaitable[Admission | Refusal]]:
    """`admit`, counting each refusal in the metrics by its reason."""

    @functools.wraps(admit)
    async def counted(*args: P.args, **kwargs: P.kwargs) -> Admission | Refusal:
        decision = await admit(*args, **kwargs)
        if isinstance(decision, Refusal):
            metrics.OCPP_REFUSED.labels(reason=REFUSAL_REASONS.get(decision.status, "other")).inc()
        return decision

    return counted


class OcppServer:
    def __init__(self, platform: Platform) -> None:
        self.platform = platform
        self.settings = platform.settings
        self.connections: dict[str, ChargerConnection] = {}
        self.message_log = MessageLog(platform)
        #: Connection diagnostics: connects, disconnects and refused connections (bounded).
        self.connection_log = ConnectionLog(platform)
        self.admissions = AdmissionReader(platform.sessionmaker)
        self._servers: list[Server] = []
        self._tasks: set[asyncio.Task[Any]] = set()
        self.port: int | None = None
        self.tls_port: int | None = None
        #: Set by `stop`: a connection that ends then leaves its charger to `stop`'s one statement.
        self.stopping = False
        #: (charge point id, is public) of the connections that ended while the node stopped, to
        #: publish offline after `stop`'s statement (None once it ran).
        self._released: list[tuple[str, bool]] | None = []

    # -- lifecycle ---------------------------------------------------------------------------------

    async def start(self, sock: Any = None) -> None:
        async with self.platform.sessionmaker() as s, s.begin():
            await chargers.release_node(s, self.platform.node_id)
        self.message_log.start()
        self.connection_log.start()
        common: dict[str, Any] = {
            "subprotocols": list(SUBPROTOCOLS),
            "select_subprotocol": self._select_subprotocol,
            "process_request": self._process_request,
            "server_header": None,
            "ping_interval": self.settings.ocpp_ping_interval_seconds,
            "ping_timeout": self.settings.ocpp_ping_interval_seconds,
            "max_size": self.settings.max_body_bytes,  # closes with 1009 beyond it
            "max_queue": 16,
            # permessage-deflate only where `_offer_compression` offers it: its zlib state costs
            # memory per held connection and CPU per frame, for OCPP-J frames of a few hundred bytes.
            "compression": None,
        }
        if sock is not None:
            srv = await serve(self._ws_handler, sock=sock, **common)
            self._servers.append(srv)
            self.port = sock.getsockname()[1]
        ctx = self._tls_context()
        if ctx is not None:
            port = self.settings.ocpp_tls_port if self.settings.ocpp_tls_port is not None else 9443
            srv = await serve(self._ws_handler, host=self.settings.ocpp_host, port=port, ssl=ctx, **common)
            self._servers.append(srv)
            self.tls_port = next(iter(srv.sockets)).getsockname()[1]
        self.platform.ocpp = self

    def _tls_context(self) -> ssl.SSLContext | None:
        s = self.settings
        if s.ocpp_tls_cert is None or s.ocpp_tls_key is None:
            return None
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.minimum_version = ssl.TLSVersion.TLSv1_2
        ctx.load_cert_chain(str(s.ocpp_tls_cert), str(s.ocpp_tls_key))
        if s.ocpp_tls_ca is not None:
            ctx.load_verify_locations(cafile=str(s.ocpp_tls_ca))
            ctx.verify_mode = ssl.CERT_OPTIONAL
        ctx.sslobject_class = asyncio_ssl.observing(self._tls_failed)
        return ctx

    def _tls_failed(self, remote: str | None, reason: str) -> None:
        """A TLS handshake failed: recorded under no charge point id (it was never sent)."""
        self.connection_log.add("", "refused", reason="tls_failure", detail=reason, remote=remote)

    async def stop(self) -> None:
        """Stops accepting, closes every connection at once (each close handshake is awaited
        together, not one after the other) and marks every charger this node held offline in one
        statement: a connection that ends while the node stops writes nothing of its own
        (`_serve`), so with thousands of chargers the node is gone in about one close handshake,
        and they can reconnect to the next node (or this one restarted) sooner."""
        self.stopping = True
        for srv in self._servers:
            srv.close(close_connections=False)
        conns = list(self.connections.values())
        await asyncio.gather(*(c.close(1001, "server shutting down") for c in conns), return_exceptions=True)
        for srv in self._servers:
            with contextlib.suppress(Exception):
                async with asyncio.timeout(10):
                    await srv.wait_closed()
        self._servers.clear()
        # The work this server spawned (a device-model fetch, a cost update, a close) ends before the
        # node's last writes: a cancelled task's own cleanup (a rollback, a final record) must not
        # run against a database the platform is closing.
        await asyncio.gather(*(cancel_and_wait(t, ignore_errors=True) for t in self.spawned()))
        released = False
        with contextlib.suppress(Exception):
            async with self.platform.sessionmaker() as s, s.begin():
                await chargers.release_node(s, self.platform.node_id)
            released = True
        if released:
            # Offline once the database says so, as a connection that ends otherwise publishes it.
            gone, self._released = self._released or [], None
            await asyncio.gather(
                *(self.publish_online(cpid, False, is_public) for cpid, is_public in gone),
                return_exceptions=True,
            )
        await self.message_log.stop()
        await self.connection_log.stop()

    def spawn(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        task = asyncio.create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    def spawned(self) -> list[asyncio.Task[Any]]:
        """The work `spawn` started that has not ended yet."""
        return list(self._tasks)

    # -- admission ---------------------------------------------------------------------------------

    def _negotiate(self, offered: list[str]) -> str | None:
        return dialect.negotiate(offered, self.settings.ocpp_preferred_protocol)

    def _select_subprotocol(self, connection: ServerConnection, offered: Any) -> Any:
        return self._negotiate(_offered_subprotocols(list(offered)))

    @_counting_refusals
    async def admit(
        self,
        cpid: str,
        authorization: str | None,
        *,
        tls: bool,
        peer_cn: str | None,
        peer_cert: bool,
    ) -> Admission | Refusal:
        if not chargers.valid_charge_point_id(cpid):
            return Refusal(400, "invalid charge point id")
        # A read (a WAL snapshot on SQLite, batched with other connecting chargers' lookups):
        # admissions do not queue for the write lock.
        charger = await self.admissions.get(cpid)
        if charger is None:
            if await platform_settings.effective(self.platform, "ocpp_unknown_chargers") != "pending":
                return Refusal(404, "unknown charge point")

            async def create(s: AsyncSession) -> Admission:
                found = await chargers.get_by_cpid(s, cpid)  # another connection may have created it
                if found is None:
                    found = await chargers.create_pending(s, cpid)
                    return Admission(found.id, False, "Pending", found.is_public)
                if found.security_profile != 0:
                    # Registered meanwhile with credentials, which this connection did not present.
                    raise _CredentialsNeeded()
                return Admission(found.id, False, found.registration_status, found.is_public)

            try:
                return await ingest.run(self.platform, create)
            except _CredentialsNeeded:
                return Refusal(401, "bad credentials")
        profile = charger.security_profile
        if profile in (0, 1) and tls or profile in (2, 3) and not tls:
            return Refusal(403, f"this charger uses security profile {profile}")
        if profile in (1, 2):
            password = _basic_password(authorization, cpid)
            if password is None or not chargers.verify_auth_key(charger.auth_key_hash, password):
                return Refusal(401, "bad credentials")
        elif profile == 3:
            if not peer_cert or peer_cn != cpid:
                return Refusal(403, "a client certificate for this charge point is required")
        accepted = (
            charger.registration_status == "Accepted"
            and charger.approved
            and charger.last_boot_at is not None
        )
        return Admission(charger.id, accepted, charger.registration_status, charger.is_public, profile)

    def _refused(
        self, cpid: str, remote: str | None, status: int, reason: str, authorization: str | None = None
    ) -> None:
        log.info("charge point %r from %s refused: %d %s", cpid[:64], remote, status, reason)
        code = connection_log.refusal_reason(status, reason, password_sent=bool(authorization))
        self.connection_log.add(
            cpid, connection_log.REFUSED, reason=code, detail=reason, remote=remote, code=status
        )

    async def _process_request(self, connection: ServerConnection, request: Request) -> Response | None:
        path = request.path.split("?", 1)[0]
        peer = connection.remote_address[0] if connection.remote_address else None
        remote = client_address(
            peer,
            request.headers.get_all("X-Forwarded-For"),
            request.headers.get("X-Real-IP"),
            trusted_networks(self.settings.trusted_proxies),
        )
        cpid = chargers.charge_point_id_from_path(path[1:])
        if cpid is None:
            self._refused(path[1:65], remote, 400, "invalid charge point id")
            return connection.respond(400, "invalid charge point id\n")
        if self._negotiate(_offered_subprotocols(request.headers.get_all("Sec-WebSocket-Protocol"))) is None:
            self._refused(cpid, remote, 400, "no ocpp2.0.1 or ocpp1.6 subprotocol")
            return connection.respond(400, "the ocpp2.0.1 or ocpp1.6 subprotocol is required\n")
        ssl_obj = connection.transport.get_extra_info("ssl_object")
        cert = ssl_obj.getpeercert() if ssl_obj is not None else None
        try:
            decision = await self.admit(
                cpid,
                request.headers.get("Authorization"),
                tls=ssl_obj is not None,
                peer_cn=_peer_cn(cert),
                peer_cert=bool(cert),
            )
        except Exception:  # noqa: BLE001
            log.exception("%s: admission failed", cpid)
            self._refused(cpid, remote, 503, "admission failed")
            return connection.respond(503, "try again later\n")
        if isinstance(decision, Refusal):
            self._refused(
                cpid, remote, decision.status, decision.reason, request.headers.get("Authorization")
            )
            response = connection.respond(decision.status, decision.reason + "\n")
            if decision.status == 401:
                response.headers["WWW-Authenticate"] = 'Basic realm="OCPP"'
            return response
        connection.plagsini_admission = (cpid, decision, remote)  # type: ignore[attr-defined]
        self._offer_compression(connection, request)
        return None

    def _offer_compression(self, connection: ServerConnection, request: Request) -> None:
        """permessage-deflate for the connections `OCPP_COMPRESSION` names, when the charger asks for
        it (its handshake is answered after this, from the connection's available extensions)."""
        mode = self.settings.ocpp_compression
        if mode == "none":
            return
        offered = _offered_subprotocols(request.headers.get_all("Sec-WebSocket-Protocol"))
        if mode == "all" or self._negotiate(offered) == "ocpp2.0.1":
            connection.protocol.available_extensions = [DEFLATE]

    async def _ws_handler(self, ws: ServerConnection) -> None:
        admitted = getattr(ws, "plagsini_admission", None)
        if admitted is None:  # pragma: no cover - process_request always sets it
            await ws.close(1008, "not admitted")
            return
        cpid, admission, remote = admitted
        await self._serve(
            cpid, WebsocketsTransport(ws), admission, remote, dialect.for_subprotocol(ws.subprotocol or "")
        )

    async def handle_asgi(self, websocket: Any) -> None:
        """`/ocpp/<chargePointId>` on the HTTP port (Starlette WebSocket)."""
        raw = websocket.scope.get("raw_path")
        if isinstance(raw, bytes) and raw.startswith(b"/ocpp/"):
            segment = raw[len(b"/ocpp/") :].split(b"?", 1)[0].decode("latin-1")
            cpid_or_none = chargers.charge_point_id_from_path(segment)
        else:  # no raw path from the server: the decoded one, not decoded again
            decoded = str(websocket.path_params.get("charge_point_id", ""))
            cpid_or_none = decoded if chargers.valid_charge_point_id(decoded) else None
        # Behind TRUSTED_PROXIES the client address is already resolved (plagsini/web_security.py).
        remote = websocket.client.host if websocket.client else None
        if cpid_or_none is None:
            self._refused(
                str(websocket.scope.get("path", ""))[len("/ocpp/") :][:64],
                remote,
                400,
                "invalid charge point id",
            )
            await self._deny_asgi(websocket, 400, "invalid charge point id")
            return
        cpid = cpid_or_none
        chosen = self._negotiate(list(websocket.scope.get("subprotocols") or []))
        if chosen is None:
            self._refused(cpid, remote, 400, "no ocpp2.0.1 or ocpp1.6 subprotocol")
            await self._deny_asgi(websocket, 400, "the ocpp2.0.1 or ocpp1.6 subprotocol is required")
            return
        tls = websocket.scope.get("scheme") == "wss"
        try:
            decision = await self.admit(
                cpid, websocket.headers.get("authorization"), tls=tls, peer_cn=None, peer_cert=False
            )
        except Exception:  # noqa: BLE001
            log.exception("%s: admission failed", cpid)
            self._refused(cpid, remote, 503, "admission failed")
            await self._deny_asgi(websocket, 503, "try again later")
            return
        if isinstance(decision, Refusal):
            self._refused(
                cpid, remote, decision.status, decision.reason, websocket.headers.get("authorization")
            )
            await self._deny_asgi(websocket, decision.status, decision.reason)
            return
        await websocket.accept(subprotocol=chosen)
        await self._serve(
            cpid, StarletteTransport(websocket), decision, remote, dialect.for_subprotocol(chosen)
        )

    async def _deny_asgi(self, websocket: Any, status: int, reason: str) -> None:
        if "websocket.http.response" in (websocket.scope.get("extensions") or {}):
            from starlette.responses import PlainTextResponse

            headers = {"WWW-Authenticate": 'Basic realm="OCPP"'} if status == 401 else None
            await websocket.send_denial_response(
                PlainTextResponse(reason + "\n", status_code=status, headers=headers)
            )
        else:
            await websocket.close(code=1008, reason=reason)

    # -- one connection ----------------------------------------------------------------------------

    async def _serve(
        self,
        cpid: str,
        transport: Any,
        admission: Admission,
        remote: str | None = None,
        speaks: dialect.Dialect | None = None,
    ) -> None:
        speaks = speaks or dialect.for_subprotocol("ocpp1.6")
        # Every line logged for this connection (and its tasks) names the charger.
        logs.new_context(charger_id=cpid)
        conn = ChargerConnection(
            self,
            cpid,
            transport,
            charger_id=admission.charger_id,
            accepted=admission.accepted,
            registration_status=admission.registration_status,
            dialect=speaks,
        )
        conn.is_public = admission.is_public
        conn.security_profile = admission.security_profile
        old = self.connections.get(cpid)
        self.connections[cpid] = conn
        if old is not None:
            # A second connection for the same charger replaces the first.
            await old.close(1000, "replaced by a newer connection")
        metrics.OCPP_CONNECTED.set(len(self.connections))
        previous_node: str | None = None
        node_id = self.platform.node_id

        async def connected(s: AsyncSession) -> str | None:
            found = await chargers.node_of(s, cpid)
            await chargers.mark_connected(s, admission.charger_id, node_id, speaks.version)
            return found[1] if found else None

        async def disconnected(s: AsyncSession) -> bool:
            return await chargers.mark_disconnected(s, admission.charger_id, node_id)

        try:
            # Through the group writer: at 100 connects/s each connect does not take SQLite's write
            # lock (and a pool connection) of its own.
            previous_node = await ingest.run(self.platform, connected)
            if previous_node and previous_node != self.platform.node_id:
                # The charger moved here from another node: that node drops its stale socket.
                evict: events.EvictCommand = {"type": "evict", "charge_point_id": cpid}
                await self.platform.bus.publish(events.node_commands(previous_node), evict)
            await self.publish_online(cpid, True, admission.is_public)
            self.connection_log.add(
                cpid,
                connection_log.CONNECTED,
                remote=remote,
                detail=f"OCPP {speaks.version}, security profile {conn.security_profile}",
            )
            await conn.start()
        finally:
            self.message_log.summarise(cpid)  # what was not stored of this connection's frames
            self._record_disconnect(conn, transport, remote)
            if self.connections.get(cpid) is conn:
                del self.connections[cpid]
                metrics.OCPP_CONNECTED.set(len(self.connections))
                if not self.stopping:
                    try:
                        await ingest.run(self.platform, disconnected)
                        await self.publish_online(cpid, False, admission.is_public)
                    except Exception:  # noqa: BLE001
                        log.warning("%s: cannot record the disconnect", cpid, exc_info=True)
                elif self._released is None:  # after `stop`'s statement: offline in the database
                    await self.publish_online(cpid, False, admission.is_public)
                else:  # `stop` marks all of this node's chargers offline in one statement
                    self._released.append((cpid, admission.is_public))

    def _record_disconnect(self, conn: ChargerConnection, transport: Any, remote: str | None) -> None:
        """Why the connection ended: closed by the platform (and why), or its WebSocket close."""
        code: int | None
        if conn.server_close is not None:
            code, text = conn.server_close
            reason = "replaced" if text.startswith("replaced") else "closed_by_server"
        else:
            info = getattr(transport, "close_info", None)
            code, text, by_charger = info() if info is not None else (None, "", None)
            reason = connection_log.close_reason(code, text, by_charger=by_charger)
        self.connection_log.add(
            conn.cpid,
            connection_log.DISCONNECTED,
            reason=reason,
            detail=text or None,
            remote=remote,
            code=code,
        )

    async def publish_online(self, cpid: str, online: bool, is_public: bool = True) -> None:
        kind = "online" if online else "offline"
        event = events.presence_event(
            kind, cpid, online=online, is_public=is_public, timestamp=utcnow().isoformat()
        )
        with contextlib.suppress(Exception):
            await self.platform.bus.publish_many(events.status_channels(cpid), event)

    # -- local command entry point ---------------------------------------------------------------

    def get(self, cpid: str) -> ChargerConnection | None:
        conn = self.connections.get(cpid)
        if conn is None or conn.closed:
            return None
        return conn

    async def evict(self, cpid: str) -> None:
        conn = self.connections.pop(cpid, None)
        if conn is not None:
            metrics.OCPP_CONNECTED.set(len(self.connections))
            await conn.close(1000, "the charger connected to another node")

    async def close_below_profile(self, cpid: str, profile: int) -> bool:
        """Close the charger's connection if it was admitted on a lower security profile than
        `profile` (e.g. a pending charger admitted without credentials, now approved on profile 1):
        it must reconnect with its credentials. Returns whether a connection was closed."""
        conn = self.connections.get(cpid)
        if conn is None or conn.closed or conn.security_profile >= profile:
            return False
        await conn.close(1008, "reconnect with the charger's credentials")
        return True

    def uptime(self, cpid: str) -> float | None:
        conn = self.connections.get(cpid)
        return time.time() - conn.connected_at if conn else None
