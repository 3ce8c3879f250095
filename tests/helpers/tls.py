"""Test certificates made with the openssl command (fails under CI=true when it is missing)."""

from __future__ import annotations

import contextlib
import shutil
import ssl
import subprocess
from collections.abc import AsyncIterator
from pathlib import Path

from websockets.asyncio.server import ServerConnection, serve
from websockets.typing import Subprotocol

from tests.conftest import service_unavailable


def openssl(*args: str) -> None:
    if shutil.which("openssl") is None:
        service_unavailable("openssl", "the openssl command is not installed")
    subprocess.run(["openssl", *args], check=True, capture_output=True)


def self_signed(directory: Path, cn: str = "localhost", name: str = "cert") -> tuple[str, str]:
    """A self-signed certificate for `cn` (with localhost/127.0.0.1 as subject alt names): (cert, key)."""
    cert, key = directory / f"{name}.pem", directory / f"{name}.key"
    openssl(
        *("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2"),
        *("-keyout", str(key), "-out", str(cert), "-subj", f"/CN={cn}"),
        *("-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"),
    )
    return str(cert), str(key)


def signed_by(directory: Path, ca: str, cn: str, name: str) -> tuple[str, str]:
    """A certificate for `cn` signed by the CA `ca` (made by `self_signed` in the same directory),
    with localhost/127.0.0.1 as subject alt names: (cert, key)."""
    cert, key, csr = (directory / f"{name}.{ext}" for ext in ("pem", "key", "csr"))
    ext = directory / f"{name}.ext.cnf"
    ext.write_text("subjectAltName=IP:127.0.0.1,DNS:localhost\n")
    openssl(
        "req", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(csr), "-subj", f"/CN={cn}"
    )
    openssl(
        *("x509", "-req", "-in", str(csr), "-CA", str(directory / f"{ca}.pem")),
        *("-CAkey", str(directory / f"{ca}.key"), "-CAcreateserial", "-out", str(cert)),
        *("-days", "2", "-extfile", str(ext)),
    )
    return str(cert), str(key)


@contextlib.asynccontextmanager
async def tls_echo_server(cert: str, key: str) -> AsyncIterator[tuple[int, list[str]]]:
    """A WebSocket echo server (subprotocol ocpp1.6) over TLS with `cert` on a free port: yields
    the port and the list of the Authorization headers its connections sent."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    auth: list[str] = []  # each handshake's Authorization header ("" when none)

    async def handler(conn: ServerConnection) -> None:
        auth.append((conn.request.headers.get("Authorization") if conn.request else None) or "")
        async for msg in conn:
            await conn.send(msg)

    async with serve(handler, "127.0.0.1", 0, subprotocols=[Subprotocol("ocpp1.6")], ssl=ctx) as server:
        yield server.sockets[0].getsockname()[1], auth
