"""RFC 6455 WebSocket client over asyncio streams (MicroPython and CPython).

Client frames are masked; fragmented messages are reassembled; pings are answered with pongs;
close frames are echoed. Subprotocol `ocpp1.6` is requested and must be agreed, and HTTP Basic
auth (OCPP security profiles 1 and 2) is sent when a password is given. `wss://` uses TLS.
"""

import struct

from firmware import compat
from firmware.compat import asyncio

GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"

OP_CONT = 0x0
OP_TEXT = 0x1
OP_BINARY = 0x2
OP_CLOSE = 0x8
OP_PING = 0x9
OP_PONG = 0xA


class WebSocketError(Exception):
    pass


class HandshakeError(WebSocketError):
    def __init__(self, msg, status=None):
        super().__init__(msg)
        self.status = status


class ConnectionClosed(WebSocketError):
    def __init__(self, code=1006, reason=""):
        super().__init__("connection closed %d %s" % (code, reason))
        self.code = code
        self.reason = reason


_HEX_DIGITS = "0123456789abcdefABCDEF"


def basic_password(key):
    """The HTTP Basic password (bytes) for an AuthorizationKey. OCPP 1.6 (security whitepaper)
    configures it as the hex digits of 16 to 20 bytes and the charge point sends those bytes; any
    other key is a text password, sent as its UTF-8 bytes."""
    if isinstance(key, bytes):
        return key
    if 32 <= len(key) <= 40 and len(key) % 2 == 0 and all(ch in _HEX_DIGITS for ch in key):
        return compat.unhexlify(key)
    return key.encode()


def split_url(url, secure_scheme, plain_scheme):
    """(secure, host, port, path) of a `secure_scheme`:// or `plain_scheme`:// URL (port 443 or 80
    unless given; an IPv6 host in brackets); None for any other scheme."""
    for scheme, secure, port in ((secure_scheme, True, 443), (plain_scheme, False, 80)):
        if url.startswith(scheme + "://"):
            rest = url[len(scheme) + 3 :]
            break
    else:
        return None
    hostport, slash, path = rest.partition("/")
    path = "/" + path if slash else "/"
    if hostport.startswith("["):
        host, _, p = hostport[1:].partition("]")
        if p.startswith(":"):
            port = int(p[1:])
    elif ":" in hostport:
        host, _, p = hostport.partition(":")
        port = int(p)
    else:
        host = hostport
    return secure, host, port, path


def parse_url(url):
    """-> (secure, host, port, path)"""
    parts = split_url(url, "wss", "ws")
    if parts is None:
        raise ValueError("not a ws:// or wss:// URL: " + url)
    return parts


def accept_key(key):
    if isinstance(key, str):
        key = key.encode()
    return compat.b64encode(compat.sha1(key + GUID))


def mask_bytes(data, key):
    out = bytearray(data)
    for i in range(len(out)):
        out[i] ^= key[i & 3]
    return bytes(out)


def encode_frame(opcode, payload, mask=True, fin=True, mask_key=None):
    if isinstance(payload, str):
        payload = payload.encode()
    n = len(payload)
    b0 = (0x80 if fin else 0) | opcode
    mbit = 0x80 if mask else 0
    if n < 126:
        header = struct.pack("!BB", b0, mbit | n)
    elif n < 65536:
        header = struct.pack("!BBH", b0, mbit | 126, n)
    else:
        header = struct.pack("!BBQ", b0, mbit | 127, n)
    if mask:
        key = mask_key if mask_key is not None else compat.urandom(4)
        return header + key + mask_bytes(payload, key)
    return header + payload


async def read_frame(reader, max_size=1 << 20):
    """-> (fin, opcode, payload bytes). Raises ConnectionClosed on EOF."""
    head = await _readexactly(reader, 2)
    b0, b1 = head[0], head[1]
    fin = bool(b0 & 0x80)
    if b0 & 0x70:
        raise WebSocketError("reserved bits set")
    opcode = b0 & 0x0F
    masked = bool(b1 & 0x80)
    n = b1 & 0x7F
    if n == 126:
        n = struct.unpack("!H", await _readexactly(reader, 2))[0]
    elif n == 127:
        n = struct.unpack("!Q", await _readexactly(reader, 8))[0]
    if n > max_size:
        raise WebSocketError("frame too large")
    key = await _readexactly(reader, 4) if masked else None
    payload = await _readexactly(reader, n) if n else b""
    if key is not None:
        payload = mask_bytes(payload, key)
    return fin, opcode, payload


async def _readexactly(reader, n):
    try:
        data = await reader.readexactly(n)
    except (EOFError, OSError):
        raise ConnectionClosed(1006, "eof")
    except Exception as e:  # CPython IncompleteReadError
        if e.__class__.__name__ == "IncompleteReadError":
            raise ConnectionClosed(1006, "eof")
        raise
    if len(data) < n:
        raise ConnectionClosed(1006, "eof")
    return data


class Backoff:
    """Exponential reconnect delay with full jitter: uniform(base/2 .. min(cap, base*2^n))."""

    def __init__(self, base=1.0, cap=60.0):
        self.base = base
        self.cap = cap
        self.attempt = 0

    def next_delay(self):
        top = self.base * (2**self.attempt)
        if top > self.cap:
            top = self.cap
        else:
            self.attempt += 1
        low = min(self.base / 2.0, top)
        return low + (top - low) * compat.rand_float()

    def reset(self):
        self.attempt = 0


def pem_to_der(path):
    """The first certificate of a PEM (or DER) file, as DER bytes."""
    import binascii

    with open(path, "rb") as f:
        data = f.read()
    if not data.startswith(b"-----BEGIN"):
        return data
    body = []
    inside = False
    for line in data.split(b"\n"):
        line = line.strip()
        if line.startswith(b"-----BEGIN"):
            inside = True
        elif line.startswith(b"-----END"):
            break
        elif inside:
            body.append(line)
    return binascii.a2b_base64(b"".join(body))


def make_ssl_context(ca_cert=None):
    """TLS client context; with ca_cert (PEM path) the server certificate is verified against it."""
    import ssl

    if compat.IS_MICROPYTHON:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        if ca_cert:
            ctx.load_verify_locations(cadata=pem_to_der(ca_cert))  # MicroPython's mbedtls wants DER
            ctx.verify_mode = ssl.CERT_REQUIRED
        else:
            ctx.verify_mode = ssl.CERT_NONE  # set `ca_cert` in the config for production
        return ctx
    ctx = ssl.create_default_context(cafile=ca_cert) if ca_cert else ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


class WebSocketClient:
    def __init__(
        self,
        url,
        subprotocols=("ocpp1.6",),
        username=None,
        password=None,
        ssl_context=None,
        connect_timeout=15.0,
        max_size=65536,
    ):
        self.url = url
        self.subprotocols = subprotocols
        self.username = username
        self.password = password
        self.ssl_context = ssl_context
        self.connect_timeout = connect_timeout
        self.max_size = max_size
        self.subprotocol = None
        self.reader = None
        self.writer = None
        self.closed = True
        self.close_code = None
        self.last_pong_ms = None
        self.pong = asyncio.Event()  # set when a pong arrives; ping() clears it
        self._write_lock = asyncio.Lock()

    async def connect(self):
        secure, host, port, path = parse_url(self.url)
        ctx = None
        if secure:
            ctx = self.ssl_context or make_ssl_context()

        async def _open():
            if ctx is None:
                return await asyncio.open_connection(host, port)
            if compat.IS_MICROPYTHON:
                return await asyncio.open_connection(host, port, ssl=ctx)
            return await asyncio.open_connection(host, port, ssl=ctx, server_hostname=host)

        self.reader, self.writer = await asyncio.wait_for(_open(), self.connect_timeout)
        try:
            await asyncio.wait_for(self._handshake(host, port, path, secure), self.connect_timeout)
        except BaseException:
            self.abort()
            raise
        self.closed = False
        self.close_code = None
        return self

    async def _handshake(self, host, port, path, secure):
        key = compat.b64encode(compat.urandom(16))
        default_port = 443 if secure else 80
        host_hdr = host if port == default_port else "%s:%d" % (host, port)
        lines = [
            "GET %s HTTP/1.1" % path,
            "Host: " + host_hdr,
            "Upgrade: websocket",
            "Connection: Upgrade",
            "Sec-WebSocket-Key: " + key,
            "Sec-WebSocket-Version: 13",
        ]
        if self.subprotocols:
            lines.append("Sec-WebSocket-Protocol: " + ", ".join(self.subprotocols))
        if self.password is not None:
            cred = (self.username or "").encode() + b":" + basic_password(self.password)
            lines.append("Authorization: Basic " + compat.b64encode(cred))
        req = "\r\n".join(lines) + "\r\n\r\n"
        reader, writer = self.reader, self.writer
        if reader is None or writer is None:
            raise HandshakeError("not connected")
        writer.write(req.encode())
        await writer.drain()
        status_line = await reader.readline()
        if not status_line:
            raise HandshakeError("no HTTP response")
        parts = status_line.decode().split(" ", 2)
        status = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0
        headers = {}
        while True:
            line = await reader.readline()
            if not line or line in (b"\r\n", b"\n"):
                break
            k, _, v = line.decode().partition(":")
            headers[k.strip().lower()] = v.strip()
        if status != 101:
            raise HandshakeError("HTTP status %d" % status, status)
        if headers.get("sec-websocket-accept") != accept_key(key):
            raise HandshakeError("bad Sec-WebSocket-Accept", status)
        proto = headers.get("sec-websocket-protocol")
        if self.subprotocols and proto not in self.subprotocols:
            raise HandshakeError("subprotocol not agreed: %s" % proto, status)
        self.subprotocol = proto

    def abort(self):
        self.closed = True
        compat.close_stream(self.writer)

    async def _send_frame(self, opcode, payload, fin=True):
        if self.closed and opcode != OP_CLOSE:
            raise ConnectionClosed(self.close_code or 1006, "closed")
        data = encode_frame(opcode, payload, mask=True, fin=fin)
        async with self._write_lock:
            writer = self.writer
            if writer is None:
                raise ConnectionClosed(1006, "not connected")
            try:
                writer.write(data)
                await writer.drain()
            except OSError:
                self.abort()
                raise ConnectionClosed(1006, "write failed")

    async def send(self, text, fragment_size=0):
        """Send a text message; with fragment_size > 0 it goes as several frames."""
        data = text.encode() if isinstance(text, str) else text
        if fragment_size and len(data) > fragment_size:
            op = OP_TEXT
            for i in range(0, len(data), fragment_size):
                chunk = data[i : i + fragment_size]
                await self._send_frame(op, chunk, fin=(i + fragment_size >= len(data)))
                op = OP_CONT
            return
        await self._send_frame(OP_TEXT, data)

    async def ping(self, payload=b""):
        self.pong.clear()
        await self._send_frame(OP_PING, payload)

    async def recv(self):
        """Next complete text message (str). Answers pings; raises ConnectionClosed on close."""
        parts = []
        msg_op = None
        while True:
            try:
                fin, op, payload = await read_frame(self.reader, self.max_size)
            except ConnectionClosed:
                self.abort()
                raise
            if op == OP_PING:
                await self._send_frame(OP_PONG, payload)
                continue
            if op == OP_PONG:
                self.last_pong_ms = compat.ticks_ms()
                self.pong.set()
                continue
            if op == OP_CLOSE:
                code = struct.unpack("!H", payload[:2])[0] if len(payload) >= 2 else 1005
                reason = payload[2:].decode() if len(payload) > 2 else ""
                if not self.closed:
                    try:
                        await self._send_frame(OP_CLOSE, payload[:2])
                    except ConnectionClosed:
                        pass
                self.close_code = code
                self.abort()
                raise ConnectionClosed(code, reason)
            if op in (OP_TEXT, OP_BINARY):
                if msg_op is not None:
                    raise WebSocketError("new message inside a fragmented one")
                msg_op = op
                parts = [payload]
            elif op == OP_CONT:
                if msg_op is None:
                    raise WebSocketError("continuation without a start frame")
                parts.append(payload)
            else:
                raise WebSocketError("unknown opcode %d" % op)
            if fin:
                data = b"".join(parts)
                if msg_op == OP_TEXT:
                    return data.decode()
                return data

    async def close(self, code=1000, reason=""):
        if self.closed:
            return
        try:
            await self._send_frame(OP_CLOSE, struct.pack("!H", code) + reason.encode())
        except ConnectionClosed:
            pass
        self.close_code = code
        self.abort()
        writer = self.writer
        try:
            if writer is not None:
                await writer.wait_closed()
        except Exception:  # noqa: BLE001
            pass
