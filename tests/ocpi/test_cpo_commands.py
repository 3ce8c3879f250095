"""Commands from a partner's app (the extrawest-ocpi peer, tests/ocpi/peer.py): START_SESSION,
STOP_SESSION, UNLOCK_CONNECTOR, RESERVE_NOW and CANCEL_RESERVATION reach a real WebSocket charger as
OCPP commands; the partner gets its CommandResponse at once and the charger's answer as the
CommandResult at its response URL; the session started this way reaches the partner as a Session
(auth_method COMMAND). Bad commands get their OCPI status."""

from __future__ import annotations

from typing import Any

import httpx
from sqlalchemy import func, select

from db.models import Charger, OcpiOutbox, OcpiToken, Reservation
from tests.ocpi.conftest import Peer, received, roaming_charger, until
from tests.ocpi.test_roaming import peer_registers_with_us, tok
from tests.ocpp.conftest import connect

TOKEN = {
    "country_code": "SG",
    "party_id": "XWP",
    "uid": "APP42",
    "type": "APP_USER",
    "contract_id": "SG-XWP-APP42",
    "issuer": "Peer eMSP",
    "valid": True,
    "whitelist": "NEVER",
    "last_updated": "2026-12-06T00:00:00Z",
}


async def test_partner_starts_stops_unlocks_and_reserves_at_our_charger(server: Any, ocpi_peer: Peer) -> None:
    await peer_registers_with_us(server, ocpi_peer)
    key = await roaming_charger(server, "CP-CMD")
    async with server.platform.sessionmaker() as s:
        charger_id = (
            await s.execute(select(Charger.id).where(Charger.charge_point_id == "CP-CMD"))
        ).scalar_one()
    location = {"location_id": str(charger_id), "evse_uid": f"{charger_id}-1"}

    async def result(uid: str) -> Any:
        return (await ocpi_peer.control("state"))["results"].get(uid)

    async with connect(server.ocpp_url, "CP-CMD", key) as cp:
        await cp.send_call(
            "StatusNotification",
            {
                "connectorId": 1,
                "errorCode": "NoError",
                "status": "Available",
                "timestamp": "2026-12-06T00:59:00Z",
            },
        )
        sent = await ocpi_peer.control(
            "command", {"command": "START_SESSION", "body": {"token": TOKEN, **location, "connector_id": "1"}}
        )
        assert sent.get("http") == 200 and sent["answer"]["data"]["result"] == "ACCEPTED", sent
        assert sent["answer"]["data"]["timeout"] > 0
        remote = await cp.expect("RemoteStartTransaction")
        assert remote == {"idTag": "APP42", "connectorId": 1}
        assert (await until("the START_SESSION result", lambda: result(sent["uid"])))["result"] == "ACCEPTED"

        res = await cp.send_call(
            "StartTransaction",
            {"connectorId": 1, "idTag": "APP42", "meterStart": 0, "timestamp": "2026-12-06T01:00:00Z"},
        )
        assert res[2]["idTagInfo"]["status"] == "Accepted"
        tx_id = res[2]["transactionId"]

        async def put() -> Any:
            return received(await ocpi_peer.control("state"), "sessions")

        (session_put, *_) = await until("the Session", put)
        assert session_put["error"] is None and session_put["body"]["auth_method"] == "COMMAND"
        assert session_put["body"]["id"] == str(tx_id)

        stop = await ocpi_peer.control(
            "command", {"command": "STOP_SESSION", "body": {"session_id": str(tx_id)}}
        )
        assert stop["answer"]["data"]["result"] == "ACCEPTED", stop
        assert await cp.expect("RemoteStopTransaction") == {"transactionId": tx_id}
        assert (await until("the STOP_SESSION result", lambda: result(stop["uid"])))["result"] == "ACCEPTED"

        cp.answers["UnlockConnector"] = {"status": "UnlockFailed"}
        unlock = await ocpi_peer.control(
            "command", {"command": "UNLOCK_CONNECTOR", "body": {**location, "connector_id": "1"}}
        )
        assert unlock["answer"]["data"]["result"] == "ACCEPTED", unlock
        assert await cp.expect("UnlockConnector") == {"connectorId": 1}
        assert (await until("the UNLOCK_CONNECTOR result", lambda: result(unlock["uid"])))[
            "result"
        ] == "FAILED"

        # Sessions that are not the partner's, or not running, are unknown.
        for session_id in ("999999", "not-a-number"):
            unknown = await ocpi_peer.control(
                "command", {"command": "STOP_SESSION", "body": {"session_id": session_id}}
            )
            assert unknown["answer"]["data"]["result"] == "UNKNOWN_SESSION", unknown
        missing = await ocpi_peer.control(
            "command", {"command": "START_SESSION", "body": {"token": TOKEN, "location_id": "999999"}}
        )
        assert missing["http"] == 404 and missing["answer"]["status_code"] == 2003
        # A reservation for the partner's driver, then its cancellation; the charger's answers decide.
        cp.answers["ReserveNow"] = {"status": "Accepted"}
        cp.answers["CancelReservation"] = {"status": "Accepted"}

        async def reserve_now(reference: str) -> dict[str, Any]:
            body = {
                "token": TOKEN,
                "expiry_date": "2099-01-01T00:00:00Z",
                "reservation_id": reference,
                **location,
            }
            return await ocpi_peer.control("command", {"command": "RESERVE_NOW", "body": body})

        reserve = await reserve_now("res-1")
        assert reserve["answer"]["data"]["result"] == "ACCEPTED", reserve
        reserved = await cp.expect("ReserveNow")
        assert (reserved["connectorId"], reserved["idTag"], reserved["expiryDate"]) == (
            1,
            "APP42",
            "2099-01-01T00:00:00Z",
        )
        assert (await until("the RESERVE_NOW result", lambda: result(reserve["uid"])))["result"] == "ACCEPTED"
        async with server.platform.sessionmaker() as s:
            row = await s.get(Reservation, reserved["reservationId"])
        assert row is not None and row.status == "Accepted" and row.user_id is None
        again = await reserve_now("RES-1")  # CiString: the same reservation_id
        assert again["answer"]["data"]["result"] == "REJECTED"

        cancel = await ocpi_peer.control(
            "command", {"command": "CANCEL_RESERVATION", "body": {"reservation_id": "res-1"}}
        )
        assert cancel["answer"]["data"]["result"] == "ACCEPTED", cancel
        assert await cp.expect("CancelReservation") == {"reservationId": reserved["reservationId"]}
        assert (await until("the CANCEL_RESERVATION result", lambda: result(cancel["uid"])))[
            "result"
        ] == "ACCEPTED"
        async with server.platform.sessionmaker() as s:
            row = await s.get(Reservation, reserved["reservationId"])
        assert row is not None and row.status == "Cancelled"
        gone = await ocpi_peer.control(
            "command", {"command": "CANCEL_RESERVATION", "body": {"reservation_id": "res-1"}}
        )
        assert gone["answer"]["data"]["result"] == "REJECTED"

        cp.answers["ReserveNow"] = {"status": "Occupied"}
        occupied = await reserve_now("res-2")
        assert occupied["answer"]["data"]["result"] == "ACCEPTED"
        assert (await until("the occupied result", lambda: result(occupied["uid"])))[
            "result"
        ] == "EVSE_OCCUPIED"


async def test_bad_commands_get_their_status_and_reach_no_charger(server: Any, ocpi_peer: Peer) -> None:
    await peer_registers_with_us(server, ocpi_peer)
    token = (await ocpi_peer.control("state"))["platform_token"]
    url = f"{server.http_url}/ocpi/2.2.1/commands"
    good = {"response_url": "http://127.0.0.1:9/r/1", "token": TOKEN, "location_id": "1"}
    async with httpx.AsyncClient() as c:
        for headers in ({}, tok("made-up")):
            r = await c.post(f"{url}/START_SESSION", headers=headers, json=good)
            assert r.status_code == 401 and r.json()["status_code"] == 2000
        r = await c.post(f"{url}/START_SESSION", headers=tok(token), content=b"{")
        assert r.status_code == 400 and r.json()["status_code"] == 2001
        for broken in (
            {k: v for k, v in good.items() if k != "response_url"},
            {**good, "response_url": "ftp://x"},
            {k: v for k, v in good.items() if k != "token"},
            {**good, "token": {**TOKEN, "party_id": "OTH"}},  # another party's token
        ):
            r = await c.post(f"{url}/START_SESSION", headers=tok(token), json=broken)
            assert r.status_code in (400, 404) and r.json()["status_code"] in (2001, 2003), (broken, r.text)
        r = await c.post(f"{url}/SELF_DESTRUCT", headers=tok(token), json=good)
        assert r.status_code == 404
    async with server.platform.sessionmaker() as s:
        assert (await s.execute(select(func.count()).select_from(OcpiToken))).scalar_one() == 0


async def test_a_command_result_reaches_a_partner_that_was_down_once(server: Any, ocpi_peer: Peer) -> None:
    """The charger never answers (TIMEOUT after the OCPP call timeout); by then the partner is down:
    the result waits in the outbox and is posted once when the partner is back."""
    await peer_registers_with_us(server, ocpi_peer)
    key = await roaming_charger(server, "CP-CMD2")
    async with server.platform.sessionmaker() as s:
        charger_id = (
            await s.execute(select(Charger.id).where(Charger.charge_point_id == "CP-CMD2"))
        ).scalar_one()
    async with connect(server.ocpp_url, "CP-CMD2", key) as cp:
        await cp.send_call(
            "StatusNotification", {"connectorId": 1, "errorCode": "NoError", "status": "Available"}
        )
        cp.answers["UnlockConnector"] = None  # never answered
        body = {"location_id": str(charger_id), "evse_uid": f"{charger_id}-1", "connector_id": "1"}
        sent = await ocpi_peer.control("command", {"command": "UNLOCK_CONNECTOR", "body": body})
        assert sent["answer"].get("data", {}).get("result") == "ACCEPTED", sent
        await cp.expect("UnlockConnector")
        ocpi_peer.down()

        async def failing() -> Any:
            async with server.platform.sessionmaker() as s:
                rows = (
                    (await s.execute(select(OcpiOutbox).where(OcpiOutbox.kind == "result"))).scalars().all()
                )
            return rows and all(r.pending and r.attempts >= 1 for r in rows)

        await until("the result to fail while the partner is down", failing, seconds=30)
    ocpi_peer.up()

    async def delivered() -> Any:
        return (await ocpi_peer.control("state"))["results"].get(sent["uid"])

    assert (await until("the result once the partner is back", delivered))["result"] == "TIMEOUT"
    posted = received(await ocpi_peer.control("state"), "commands")
    assert [(r["http"], r["error"]) for r in posted] == [(200, None)]
