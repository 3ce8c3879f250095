"""O Display messages (Advanced User Interface) on a real WebSocket 2.0.1 station that checks every
frame against the 2.0.1 schemas: SetDisplayMessage from the console (priority, state, validity,
transaction, content and language; replacement by id; the station's refusals), GetDisplayMessages with
the NotifyDisplayMessages stored, ClearDisplayMessage."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from api.relay import encode_id
from db.models import Charger
from tests.helpers.auth import make_user
from tests.ocpp.conftest import register
from tests.ocpp201.conftest import BACKENDS, Station201, connect201, server_on

SET = """mutation($input: SetDisplayMessageInput!) { setDisplayMessage(input: $input) {
  status errors { code message field } } }"""
GET = """mutation($input: GetDisplayMessagesInput!) { getDisplayMessages(input: $input) {
  status errors { code message field } } }"""
CLEAR = """mutation($input: ClearDisplayMessageInput!) { clearDisplayMessage(input: $input) {
  status errors { code message field } } }"""
LIST = """query($id: ID!) { displayMessages(chargerId: $id) { messageId priority state startAt endAt
  transactionId format language content status } }"""


async def _setup(server: Any, cpid: str) -> tuple[str, str, str]:
    key = await register(server.platform, cpid)
    _, token = await make_user(server.platform, role="admin")
    async with server.platform.sessionmaker() as s:
        c = await s.scalar(select(Charger).where(Charger.charge_point_id == cpid))
        assert c is not None
    return key, token, encode_id("Charger", c.id)


async def _list(server: Any, token: str, cid: str) -> dict[int, dict[str, Any]]:
    r = await server.graphql(LIST, {"id": cid}, token=token)
    return {m["messageId"]: m for m in r["data"]["displayMessages"]}


@pytest.mark.parametrize("backend", BACKENDS)
async def test_tc_o_01_o_13_o_14_o_12_csms_set_display_message_and_replace(
    server_factory: Any, request: pytest.FixtureRequest, backend: str
) -> None:
    server = await server_on(server_factory, request, backend)
    key, token, cid = await _setup(server, "CP-O1")
    async with connect201(server.ocpp_url, "CP-O1", key) as st:
        st.answers["SetDisplayMessage"] = {"status": "Accepted"}
        form = {
            "chargerId": cid,
            "content": "Selamat datang! RM0.90/kWh",
            "language": "ms",
            "priority": "IN_FRONT",
            "state": "IDLE",
            "startDateTime": "2026-12-06T08:00:00Z",
            "endDateTime": "2026-12-31T23:59:00Z",
        }
        r = await server.graphql(SET, {"input": form}, token=token)
        assert r["data"]["setDisplayMessage"] == {"status": "Accepted", "errors": []}, r
        sent = await st.expect("SetDisplayMessage")
        assert sent == {
            "message": {
                "id": 1,
                "priority": "InFront",
                "state": "Idle",
                "startDateTime": "2026-12-06T08:00:00Z",
                "endDateTime": "2026-12-31T23:59:00Z",
                "message": {"format": "UTF8", "language": "ms", "content": "Selamat datang! RM0.90/kWh"},
            }
        }
        r = await server.graphql(SET, {"input": {"chargerId": cid, "content": "Second"}}, token=token)
        assert (await st.expect("SetDisplayMessage"))["message"]["id"] == 2
        # TC_O_12: the same id replaces the message.
        r = await server.graphql(
            SET,
            {"input": {"chargerId": cid, "content": "Welcome", "language": "en", "messageId": 1}},
            token=token,
        )
        assert r["data"]["setDisplayMessage"]["status"] == "Accepted"
        assert (await st.expect("SetDisplayMessage"))["message"]["id"] == 1
    shown = await _list(server, token, cid)
    assert sorted(shown) == [1, 2]
    assert (shown[1]["content"], shown[1]["language"], shown[1]["priority"], shown[1]["status"]) == (
        "Welcome",
        "en",
        "NormalCycle",
        "Accepted",
    )
    assert shown[2]["status"] == "Accepted"


@pytest.mark.parametrize(
    ("case", "answer"),
    [
        ("TC_O_26", "Rejected"),
        ("TC_O_17", "NotSupportedPriority"),
        ("TC_O_18", "NotSupportedState"),
        ("TC_O_19", "NotSupportedMessageFormat"),
        ("TC_O_10", "UnknownTransaction"),
    ],
)
async def test_tc_o_26_o_17_o_18_o_19_o_10_csms_refusals_are_stored(
    server: Any, case: str, answer: str
) -> None:
    key, token, cid = await _setup(server, "CP-O2")
    async with connect201(server.ocpp_url, "CP-O2", key) as st:
        st.answers["SetDisplayMessage"] = {"status": answer}
        form = {
            "chargerId": cid,
            "content": "<b>Hi</b>",
            "format": "HTML",
            "priority": "ALWAYS_FRONT",
            "transactionId": "TX-404",
        }
        r = await server.graphql(SET, {"input": form}, token=token)
        assert r["data"]["setDisplayMessage"]["status"] == answer, (case, r)
        assert (await st.expect("SetDisplayMessage"))["message"]["transactionId"] == "TX-404"
    shown = await _list(server, token, cid)
    assert shown[1]["status"] == answer and shown[1]["transactionId"] == "TX-404"


async def _notify(st: Station201, request_id: int, infos: list[dict[str, Any]]) -> None:
    assert await st.call("NotifyDisplayMessages", {"requestId": request_id, "messageInfo": infos}) == {}


async def test_tc_o_02_o_07_o_08_o_09_o_03_csms_get_display_messages(server: Any) -> None:
    key, token, cid = await _setup(server, "CP-O3")
    async with connect201(server.ocpp_url, "CP-O3", key) as st:
        st.answers["GetDisplayMessages"] = {"status": "Accepted"}
        r = await server.graphql(GET, {"input": {"chargerId": cid}}, token=token)
        assert r["data"]["getDisplayMessages"]["status"] == "Accepted", r
        asked = await st.expect("GetDisplayMessages")
        assert set(asked) == {"requestId"}
        await _notify(
            st,
            asked["requestId"],
            [
                {
                    "id": 7,
                    "priority": "NormalCycle",
                    "message": {"format": "ASCII", "content": "Out of order soon"},
                },
                {
                    "id": 8,
                    "priority": "AlwaysFront",
                    "state": "Faulted",
                    "message": {"format": "UTF8", "language": "en", "content": "Call 1-300"},
                },
            ],
        )
        for extra, expected in (
            ({"messageIds": [8]}, {"id": [8]}),
            ({"priority": "ALWAYS_FRONT"}, {"priority": "AlwaysFront"}),
            ({"state": "FAULTED"}, {"state": "Faulted"}),
        ):
            r = await server.graphql(GET, {"input": {"chargerId": cid, **extra}}, token=token)
            asked = await st.expect("GetDisplayMessages")
            assert {k: v for k, v in asked.items() if k != "requestId"} == expected
        st.answers["GetDisplayMessages"] = {"status": "Unknown"}
        r = await server.graphql(GET, {"input": {"chargerId": cid, "messageIds": [99]}}, token=token)
        assert r["data"]["getDisplayMessages"]["status"] == "Unknown"
    shown = await _list(server, token, cid)
    assert sorted(shown) == [7, 8]
    assert (shown[8]["state"], shown[8]["priority"], shown[8]["content"], shown[8]["status"]) == (
        "Faulted",
        "AlwaysFront",
        "Call 1-300",
        "Reported",
    )


async def test_tc_o_04_o_05_csms_clear_display_message(server: Any) -> None:
    key, token, cid = await _setup(server, "CP-O4")
    async with connect201(server.ocpp_url, "CP-O4", key) as st:
        st.answers["SetDisplayMessage"] = {"status": "Accepted"}
        await server.graphql(SET, {"input": {"chargerId": cid, "content": "Bye"}}, token=token)
        await st.expect("SetDisplayMessage")
        st.answers["ClearDisplayMessage"] = {"status": "Accepted"}
        r = await server.graphql(CLEAR, {"input": {"chargerId": cid, "messageId": 1}}, token=token)
        assert r["data"]["clearDisplayMessage"]["status"] == "Accepted"
        assert await st.expect("ClearDisplayMessage") == {"id": 1}
        st.answers["ClearDisplayMessage"] = {"status": "Unknown"}
        r = await server.graphql(CLEAR, {"input": {"chargerId": cid, "messageId": 5}}, token=token)
        assert r["data"]["clearDisplayMessage"]["status"] == "Unknown"
        # Content beyond the station's 512 characters is refused before anything is sent.
        r = await server.graphql(SET, {"input": {"chargerId": cid, "content": "x" * 513}}, token=token)
        assert r["data"]["setDisplayMessage"]["errors"][0]["code"] == "INVALID_COMMAND", r
    shown = await _list(server, token, cid)
    assert list(shown) == [1] and shown[1]["status"] == "Cleared"
