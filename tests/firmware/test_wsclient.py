"""RFC 6455 client: framing, masking, fragmentation, ping/pong, close, handshake, Basic auth, backoff."""

import asyncio
import base64
from typing import Any

import pytest
import pytest_asyncio
from websockets.asyncio.server import serve
from websockets.typing import Subprotocol

from firmware import wsclient
from firmware.wsclient import (
    Backoff,
    ConnectionClosed,
    HandshakeError,
    WebSocketClient,
    accept_key,
    encode_frame,
    parse_url,
    read_frame,
)
from tests.helpers.tls import self_signed, tls_echo_server


def test_accept_key_rfc6455_example():
    assert accept_key("dGhlIHNhbXBsZSBub25jZQ==") == "s3pPLMBiTxaQ9kYGzzhZRbK+xOo="


def test_parse_url():
    assert parse_url("ws://h:9000/ocpp/CP1") == (False, "h", 9000, "/ocpp/CP1")
    assert parse_url("wss://example.com") == (True, "example.com", 443, "/")
    assert parse_url("ws://[::1]:81/x") == (False, "::1", 81, "/x")
    with pytest.raises(ValueError):
        parse_url("http://h/")


async def _decode(data):
    reader = asyncio.StreamReader()
    reader.feed_data(data)
    reader.feed_eof()
    return await read_frame(reader, 1 << 20)


@pytest.mark.asyncio
@pytest.mark.parametrize("n", [0, 1, 125, 126, 65535, 65536, 70000])
async def test_frame_lengths_roundtrip_with_mask(n):
    payload = bytes(i % 251 for i in range(n))
    frame = encode_frame(wsclient.OP_BINARY, payload, mask=True, mask_key=b"\x01\x02\x03\x04")
    assert frame[1] & 0x80  # client frames are masked
    if n:
        assert frame[-n:] != payload or n == 0
    fin, op, got = await _decode(frame)
    assert (fin, op, got) == (True, wsclient.OP_BINARY, payload)


@pytest.mark.asyncio
async def test_eof_is_connection_closed():
    with pytest.raises(ConnectionClosed):
        await _decode(b"\x81")


@pytest_asyncio.fixture
async def ws_server():
    state: dict[str, Any] = {"received": [], "headers": None, "conn": None, "event": asyncio.Event()}

    async def handler(conn):
        state["conn"] = conn
        state["headers"] = conn.request.headers
        state["event"].set()
        try:
            async for msg in conn:
                state["received"].append(msg)
                if msg == "echo-fragmented":
                    await conn.send(["frag", "ment", "ed"])
                elif msg.startswith("echo"):
                    await conn.send(msg)
                elif msg == "close-me":
                    await conn.close(4000, "bye")
        except Exception:  # noqa: BLE001
            pass

    async with serve(
        handler, "127.0.0.1", 0, subprotocols=[Subprotocol("ocpp1.6")], ping_interval=None
    ) as server:
        port = server.sockets[0].getsockname()[1]
        state["url"] = f"ws://127.0.0.1:{port}/ocpp/CP9"
        yield state


@pytest.mark.asyncio
async def test_handshake_subprotocol_and_basic_auth(ws_server):
    c = WebSocketClient(ws_server["url"], username="CP9", password="secret-key-123456")
    await c.connect()
    assert c.subprotocol == "ocpp1.6"
    h = ws_server["headers"]
    assert h["Sec-WebSocket-Protocol"] == "ocpp1.6"
    assert h["Authorization"] == "Basic " + base64.b64encode(b"CP9:secret-key-123456").decode()
    await c.close()


@pytest.mark.asyncio
async def test_text_echo_and_fragmentation_both_ways(ws_server):
    c = await WebSocketClient(ws_server["url"]).connect()
    await c.send("echo-1")
    assert await asyncio.wait_for(c.recv(), 5) == "echo-1"
    big = "echo-" + "x" * 5000
    await c.send(big, fragment_size=1000)  # six frames, reassembled by the server
    assert await asyncio.wait_for(c.recv(), 5) == big
    await c.send("echo-fragmented")
    assert await asyncio.wait_for(c.recv(), 5) == "fragmented"  # server sent three frames
    await c.close()


@pytest.mark.asyncio
async def test_server_ping_is_answered_with_pong(ws_server):
    c = await WebSocketClient(ws_server["url"]).connect()
    recv = asyncio.create_task(c.recv())
    await asyncio.wait_for(ws_server["event"].wait(), 5)
    pong = await ws_server["conn"].ping(b"hello")
    latency = await asyncio.wait_for(pong, 5)
    assert latency >= 0
    recv.cancel()
    await c.close()


@pytest.mark.asyncio
async def test_client_ping_gets_pong(ws_server):
    c = await WebSocketClient(ws_server["url"]).connect()
    await c.ping(b"p")
    await c.send("echo-after-ping")
    assert await asyncio.wait_for(c.recv(), 5) == "echo-after-ping"
    assert c.last_pong_ms is not None


@pytest.mark.asyncio
async def test_close_from_server_raises_with_code(ws_server):
    c = await WebSocketClient(ws_server["url"]).connect()
    await c.send("close-me")
    with pytest.raises(ConnectionClosed) as e:
        await asyncio.wait_for(c.recv(), 5)
    assert e.value.code == 4000
    with pytest.raises(ConnectionClosed):
        await c.send("after close")


@pytest.mark.asyncio
async def test_tc_088_subprotocol_not_agreed_is_refused():
    async def handler(conn):
        await conn.wait_closed()

    async with serve(handler, "127.0.0.1", 0, subprotocols=[Subprotocol("ocpp2.0.1")]) as server:
        port = server.sockets[0].getsockname()[1]
        c = WebSocketClient(f"ws://127.0.0.1:{port}/CP")
        with pytest.raises(HandshakeError):
            await c.connect()


@pytest.mark.asyncio
async def test_http_error_status_is_a_handshake_error():
    async def handler(conn):
        await conn.wait_closed()

    def refuse(conn, request):
        return conn.respond(404, "unknown charge point\n")

    async with serve(handler, "127.0.0.1", 0, process_request=refuse) as server:
        port = server.sockets[0].getsockname()[1]
        with pytest.raises(HandshakeError) as e:
            await WebSocketClient(f"ws://127.0.0.1:{port}/CP").connect()
        assert e.value.status == 404


def test_backoff_grows_to_cap_with_jitter():
    b = Backoff(base=1.0, cap=8.0)
    delays = [b.next_delay() for _ in range(12)]
    assert all(0.5 <= d <= 8.0 for d in delays)
    assert max(delays[6:]) > 2.0  # grew
    assert len({round(d, 6) for d in delays}) > 6  # jittered
    b.reset()
    assert b.next_delay() <= 1.0


@pytest.fixture(scope="module")
def tls_cert(tmp_path_factory):
    return self_signed(tmp_path_factory.mktemp("tls"))


@pytest.mark.asyncio
async def test_tc_086_tls_with_basic_auth(tls_cert):
    import ssl

    cert, key = tls_cert
    async with tls_echo_server(cert, key) as (port, auth):
        url = f"wss://localhost:{port}/CPTLS"
        c = WebSocketClient(
            url, username="CPTLS", password="tls-key-0123456789", ssl_context=wsclient.make_ssl_context(cert)
        )
        await c.connect()
        await c.send("over tls")
        assert await asyncio.wait_for(c.recv(), 5) == "over tls"
        assert auth[0].startswith("Basic ")
        await c.close()
        # an untrusted certificate is refused
        with pytest.raises(ssl.SSLError):
            await WebSocketClient(url).connect()


def test_basic_password_is_the_decoded_authorization_key() -> None:
    """OCPP 1.6 (security whitepaper): AuthorizationKey holds the hex digits of 16-20 bytes and the
    charge point sends those bytes as its Basic password; a text key is sent as it is."""
    from firmware.wsclient import basic_password

    key = "0001020304050607FFFFFFFFFFFFFFFFFFFFFFFF"
    assert basic_password(key) == bytes.fromhex(key)
    assert basic_password(key.lower()) == bytes.fromhex(key)
    assert basic_password("OCA_OCTT_admin_test") == b"OCA_OCTT_admin_test"
    assert basic_password("0123456789abcdef0123") == b"0123456789abcdef0123"  # 20 digits: text
