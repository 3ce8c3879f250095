"""OCPP-J 2.0.1 (errata): the central system supports permessage-deflate (RFC 7692). A 2.0.1 charger
that asks for it gets it (the handshake's Sec-WebSocket-Extensions answer), one that does not ask
gets plain frames; 1.6 chargers keep plain frames unless OCPP_COMPRESSION=all."""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

import pytest
import websockets
from pydantic import ValidationError
from websockets.typing import Subprotocol

from plagsini.settings import Settings
from tests.ocpp.conftest import basic, register
from tests.ocpp201.conftest import Station201, connect201


def _negotiated(ws: Any) -> str:
    assert ws.response is not None
    return str(ws.response.headers.get("Sec-WebSocket-Extensions", ""))


async def test_permessage_deflate_for_a_2_0_1_charger_that_asks(server: Any) -> None:
    """websockets' client asks for permessage-deflate by default: the 2.0.1 station gets it, and a
    large frame goes both ways compressed (an echo of 20 KB of data)."""
    key = await register(server.platform, "CP-DEF")
    async with connect201(server.ocpp_url, "CP-DEF", key) as st:
        assert _negotiated(st.ws).startswith("permessage-deflate"), _negotiated(st.ws)
        assert [e.name for e in st.ws.protocol.extensions] == ["permessage-deflate"]
        data = {"rows": ["x" * 100] * 200}
        answer = await st.call("DataTransfer", {"vendorId": "PlagSini", "messageId": "echo", "data": data})
        assert answer == {"status": "Accepted", "data": data}


async def test_no_compression_for_a_2_0_1_charger_that_does_not_ask(server: Any) -> None:
    key = await register(server.platform, "CP-NODEF")
    async with websockets.connect(
        f"{server.ocpp_url}/CP-NODEF",
        subprotocols=[Subprotocol("ocpp2.0.1")],
        additional_headers=basic("CP-NODEF", key),
        compression=None,
    ) as ws:
        assert ws.subprotocol == "ocpp2.0.1"
        assert _negotiated(ws) == ""
        assert ws.protocol.extensions == []
        st = Station201("CP-NODEF", ws)
        task = asyncio.create_task(st.run())
        try:
            assert (await st.boot())["status"] == "Accepted"
            assert "currentTime" in await st.call("Heartbeat", {})
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task


async def _extension_for_1_6(server: Any, cpid: str) -> str:
    key = await register(server.platform, cpid)
    async with websockets.connect(
        f"{server.ocpp_url}/{cpid}",
        subprotocols=[Subprotocol("ocpp1.6")],
        additional_headers=basic(cpid, key),
    ) as ws:
        assert ws.subprotocol == "ocpp1.6"
        return _negotiated(ws)


async def test_1_6_keeps_plain_frames_unless_configured(server_factory: Any) -> None:
    default = await server_factory()
    assert await _extension_for_1_6(default, "CP-16-PLAIN") == ""
    every = await server_factory(ocpp_compression="all")
    assert (await _extension_for_1_6(every, "CP-16-DEF")).startswith("permessage-deflate")
    off = await server_factory(ocpp_compression="none")
    key = await register(off.platform, "CP-201-OFF")
    async with connect201(off.ocpp_url, "CP-201-OFF", key) as st:
        assert _negotiated(st.ws) == ""


def test_a_bad_compression_setting_stops_start_up() -> None:
    with pytest.raises(ValidationError) as e:
        Settings(ocpp_compression="gzip")  # type: ignore[arg-type]
    assert "ocpp_compression" in str(e.value)
