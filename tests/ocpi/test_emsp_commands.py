"""Our eMSP commands to a CPO this project did not write (extrawest-ocpi, tests/ocpi/peer_cpo.py, in
its own process): a command whose asynchronous result does not come is shown as timed out after
OCPI_COMMAND_RESULT_TIMEOUT_SECONDS, and a result that comes later is still recorded (one session,
nothing lost); a driver reserves a partner's EVSE and cancels it (RESERVE_NOW, CANCEL_RESERVATION,
and the CPO's own CANCELED_RESERVATION); the help desk unlocks a roaming session's connector
(UNLOCK_CONNECTOR)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

from api.relay import decode_id
from db.models import OcpiEmspCommand, OcpiRoamingSession
from tests.conftest import TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD
from tests.ocpi.conftest import Peer, until
from tests.ocpi.test_emsp import KL, SESSION_FIELDS, STATIONS, register_with_cpo
from tests.realtime.gql_ws import GqlWs
from tests.security.api import Account, Api

#: The wait for a command's result in these tests (the setting's default is two minutes).
WAIT = 2


@pytest.fixture(params=["sqlite", pytest.param("mariadb", marks=pytest.mark.mariadb)])
async def server(request: pytest.FixtureRequest, server_factory: Any) -> Any:
    """The platform under test with a short wait for command results, on SQLite, then on MariaDB."""
    if request.param == "sqlite":
        return await server_factory(ocpi_command_result_timeout_seconds=WAIT)
    return await server_factory(
        database_url=request.getfixturevalue("migrated_mariadb_url"), ocpi_command_result_timeout_seconds=WAIT
    )


async def _setup(server: Any, peer: Peer) -> tuple[Api, Account, Account, dict[str, Any]]:
    await peer.control("seed", {"count": 1})
    api, _, _ = await register_with_cpo(server, peer)
    admin = await api.login(TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD)
    driver = await api.create_driver(admin)
    await api.credit(admin, driver.id, "20.00")
    (station,) = (await api.ok(STATIONS, {"near": KL}))["partnerStations"]
    return api, admin, driver, station


async def _until_field(sub: Any, field: str, check: Any) -> dict[str, Any]:
    while True:
        update = await sub.data(field, timeout=20)
        if check(update):
            return update


async def test_a_result_that_never_comes_times_out_and_a_late_one_is_still_recorded(
    server: Any, ocpi_peer_cpo: Peer
) -> None:
    peer = ocpi_peer_cpo
    api, admin, driver, station = await _setup(server, peer)
    # The partner's charger does not answer: the partner accepts the command and posts no result.
    await peer.control("command-result", {"hold": True, "result": "ACCEPTED"})
    started = await api.ok(
        f"""mutation($s: ID!) {{ startPartnerCharging(stationId: $s, evseUid: "LOC0-E1") {{
            session {{ {SESSION_FIELDS} }} }} }}""",
        {"s": station["id"]},
        token=driver.access,
    )
    session = started["startPartnerCharging"]["session"]
    assert (session["state"], session["startResult"]) == ("REQUESTED", "ACCEPTED")  # the CommandResponse
    ws_url = server.http_url.replace("http://", "ws://") + "/graphql"
    async with GqlWs(ws_url, token=driver.access) as ws:
        sub = await ws.subscribe(
            f"subscription($id: ID!) {{ partnerSessionUpdated(id: $id) {{ {SESSION_FIELDS} }} }}",
            {"id": session["id"]},
        )
        # Past the wait, the driver's screen is told the start timed out.
        timed_out = await _until_field(sub, "partnerSessionUpdated", lambda u: u["state"] == "TIMEOUT")
        assert timed_out["startResult"] == "TIMEOUT"

        # The charger answers after all: the late result is recorded and the session goes on.
        await peer.control("command-result", {"hold": False, "result": "ACCEPTED"})
        late = await _until_field(sub, "partnerSessionUpdated", lambda u: u["startResult"] == "ACCEPTED")
        assert late["state"] == "REQUESTED"
        put = await peer.control(
            "push-session", {"status": "ACTIVE", "kwh": 1, "when": "2026-12-06T08:01:00Z"}
        )
        assert put["http"] == 201, put
        active = await _until_field(sub, "partnerSessionUpdated", lambda u: u["state"] == "ACTIVE")
        assert active["id"] == session["id"]

        # A stop whose result does not come: TIMEOUT, then the late result.
        await peer.control("command-result", {"hold": True})
        stop = await api.ok(
            f"mutation($id: ID!) {{ stopPartnerCharging(id: $id) {{ session {{ {SESSION_FIELDS} }} }} }}",
            {"id": session["id"]},
            token=driver.access,
        )
        assert stop["stopPartnerCharging"]["session"]["stopResult"] == "ACCEPTED"
        await _until_field(sub, "partnerSessionUpdated", lambda u: u["stopResult"] == "TIMEOUT")
        await peer.control("command-result", {"hold": False, "result": "ACCEPTED"})
        await _until_field(sub, "partnerSessionUpdated", lambda u: u["stopResult"] == "ACCEPTED")
    # One session for the one start; both commands ended by the partner's (late) results.
    async with server.platform.sessionmaker() as s:
        assert await s.scalar(select(func.count()).select_from(OcpiRoamingSession)) == 1
        commands = (await s.scalars(select(OcpiEmspCommand).order_by(OcpiEmspCommand.id))).all()
    assert [(c.command, c.state, c.result) for c in commands] == [
        ("START_SESSION", "ANSWERED", "ACCEPTED"),
        ("STOP_SESSION", "ANSWERED", "ACCEPTED"),
    ]
    assert all(c.result_at is not None and c.result_at > c.deadline_at for c in commands)


async def test_a_session_that_comes_after_a_timed_out_start_is_not_lost(
    server: Any, ocpi_peer_cpo: Peer
) -> None:
    peer = ocpi_peer_cpo
    api, _, driver, station = await _setup(server, peer)
    await peer.control("command-result", {"hold": True, "result": "ACCEPTED"})
    started = await api.ok(
        'mutation($s: ID!) { startPartnerCharging(stationId: $s, evseUid: "LOC0-E1") { session { id } } }',
        {"s": station["id"]},
        token=driver.access,
    )
    pk = decode_id(started["startPartnerCharging"]["session"]["id"], "PartnerSession")

    async def state() -> str | None:
        async with server.platform.sessionmaker() as s:
            row = await s.get(OcpiRoamingSession, pk)
            return None if row is None else row.state

    await until("the start to time out", lambda: _is(state, "TIMEOUT"))
    # The partner's Session arrives without any CommandResult: it is this start's session.
    put = await peer.control("push-session", {"status": "ACTIVE", "kwh": 2, "when": "2026-12-06T08:01:00Z"})
    assert put["http"] == 201 and put["answer"]["status_code"] == 1000, put
    assert await state() == "ACTIVE"
    async with server.platform.sessionmaker() as s:
        assert await s.scalar(select(func.count()).select_from(OcpiRoamingSession)) == 1


async def _is(get: Any, value: str) -> bool:
    return bool(await get() == value)


RESERVATION = "id locationId evseUid state expiresAt lastResult"


async def test_driver_reserves_and_cancels_a_partner_evse(server: Any, ocpi_peer_cpo: Peer) -> None:
    peer = ocpi_peer_cpo
    api, admin, driver, station = await _setup(server, peer)
    other = await api.create_driver(admin)
    reserve = f"""mutation($s: ID!, $e: String!, $m: Int) {{ reservePartnerEvse(stationId: $s, evseUid: $e,
        minutes: $m) {{ reservation {{ {RESERVATION} }} errors {{ code field }} }} }}"""
    cancel = f"""mutation($id: ID!) {{ cancelPartnerReservation(id: $id) {{
        reservation {{ {RESERVATION} }} errors {{ code field }} }} }}"""

    # An EVSE the partner does not say is RESERVABLE, and a stay out of bounds: refused, nothing sent.
    refused = await api.gql(reserve, {"s": station["id"], "e": "LOC0-E2", "m": 15}, token=driver.access)
    assert refused["data"]["reservePartnerEvse"]["errors"] == [{"code": "CONFLICT", "field": "evseUid"}]
    long = await api.gql(reserve, {"s": station["id"], "e": "LOC0-E1", "m": 121}, token=driver.access)
    assert long["data"]["reservePartnerEvse"]["errors"] == [{"code": "INVALID_INPUT", "field": "minutes"}]
    assert await peer.control("commands") == []

    made = (await api.ok(reserve, {"s": station["id"], "e": "LOC0-E1", "m": 20}, token=driver.access))[
        "reservePartnerEvse"
    ]["reservation"]
    # REQUESTED, or already RESERVED when the partner's result beat our answer.
    assert made["state"] in ("REQUESTED", "RESERVED") and (made["evseUid"], made["locationId"]) == (
        "LOC0-E1",
        "LOC0",
    )
    (sent,) = await peer.control("commands")
    assert sent["command"] == "RESERVE_NOW"
    assert sent["data"]["evse_uid"].upper() == "LOC0-E1" and sent["data"]["token"]["type"] == "APP_USER"
    assert sent["data"]["response_url"].startswith(f"{server.http_url}/ocpi/2.2.1/emsp/commands/RESERVE_NOW/")

    # Someone else cannot see or cancel it.
    theirs = await api.gql(cancel, {"id": made["id"]}, token=other.access)
    assert theirs["data"]["cancelPartnerReservation"]["errors"][0]["code"] == "NOT_FOUND"

    ws_url = server.http_url.replace("http://", "ws://") + "/graphql"
    async with GqlWs(ws_url, token=driver.access) as ws:
        sub = await ws.subscribe(
            f"subscription($id: ID!) {{ partnerReservationUpdated(id: $id) {{ {RESERVATION} }} }}",
            {"id": made["id"]},
        )
        held = await _until_field(sub, "partnerReservationUpdated", lambda u: u["state"] == "RESERVED")
        assert held["lastResult"] == "ACCEPTED"
        # One reservation at a partner at a time.
        again = await api.gql(reserve, {"s": station["id"], "e": "LOC0-E1", "m": 20}, token=driver.access)
        assert again["data"]["reservePartnerEvse"]["errors"][0]["code"] == "CONFLICT"

        await api.ok(cancel, {"id": made["id"]}, token=driver.access)
        cancelled = await _until_field(sub, "partnerReservationUpdated", lambda u: u["state"] == "CANCELLED")
        assert cancelled["lastResult"] == "ACCEPTED"
    cmd = (await peer.control("commands"))[-1]
    assert (
        cmd["command"] == "CANCEL_RESERVATION"
        and cmd["data"]["reservation_id"] == sent["data"]["reservation_id"]
    )

    # A new reservation, which the partner later cancels itself.
    second = (await api.ok(reserve, {"s": station["id"], "e": "LOC0-E1", "m": 20}, token=driver.access))[
        "reservePartnerEvse"
    ]["reservation"]
    query = f"query($id: ID!) {{ partnerReservation(id: $id) {{ {RESERVATION} }} }}"

    async def reservation_state() -> str:
        return str(
            (await api.ok(query, {"id": second["id"]}, token=driver.access))["partnerReservation"]["state"]
        )

    await until("the second reservation held", lambda: _is(reservation_state, "RESERVED"))
    posted = await peer.control("post-result", {"command": "RESERVE_NOW", "result": "CANCELED_RESERVATION"})
    assert posted["http"] == 200 and posted["answer"]["status_code"] == 1000, posted
    assert await reservation_state() == "CANCELED_BY_CPO"
    # A stray result after the partner's cancel does not bring the reservation back.
    bad = await peer.control("post-result", {"command": "RESERVE_NOW", "result": "ACCEPTED"})
    assert bad["http"] == 200
    assert await reservation_state() == "CANCELED_BY_CPO"


async def test_help_desk_unlocks_a_roaming_sessions_connector(server: Any, ocpi_peer_cpo: Peer) -> None:
    peer = ocpi_peer_cpo
    api, admin, driver, station = await _setup(server, peer)
    started = await api.ok(
        'mutation($s: ID!) { startPartnerCharging(stationId: $s, evseUid: "LOC0-E1") { session { id } } }',
        {"s": station["id"]},
        token=driver.access,
    )
    sid = started["startPartnerCharging"]["session"]["id"]
    unlock = """mutation($id: ID!) { unlockPartnerConnector(sessionId: $id) {
        command { id command state response result } errors { code field } } }"""
    # Before the partner's Session names the connector, there is nothing to unlock.
    early = (await api.gql(unlock, {"id": sid}, token=admin.access))["data"]
    assert early["unlockPartnerConnector"]["errors"] == [{"code": "CONFLICT", "field": "sessionId"}]
    await peer.control("push-session", {"status": "ACTIVE", "kwh": 1, "when": "2026-12-06T08:01:00Z"})
    # A driver may not (not even for their own session).
    forbidden = await api.gql(unlock, {"id": sid}, token=driver.access)
    assert forbidden["errors"][0]["extensions"]["code"] == "FORBIDDEN"

    await peer.control("command-result", {"hold": True, "result": "ACCEPTED"})
    sent = (await api.ok(unlock, {"id": sid}, token=admin.access))["unlockPartnerConnector"]["command"]
    assert (sent["command"], sent["state"], sent["response"]) == ("UNLOCK_CONNECTOR", "SENT", "ACCEPTED")
    cmd = (await peer.control("commands"))[-1]
    assert cmd["command"] == "UNLOCK_CONNECTOR"
    # (The library lowercases CiStrings.)
    assert (
        cmd["data"]["location_id"].upper(),
        cmd["data"]["evse_uid"].upper(),
        cmd["data"]["connector_id"],
    ) == (
        "LOC0",
        "LOC0-E1",
        "1",
    )
    query = "query($id: ID!) { partnerCommand(id: $id) { state result } }"

    async def command_state() -> dict[str, Any]:
        return dict((await api.ok(query, {"id": sent["id"]}, token=admin.access))["partnerCommand"])

    await until("the unlock to time out", lambda: _equal(command_state, {"state": "TIMEOUT", "result": None}))
    await peer.control("command-result", {"hold": False, "result": "ACCEPTED"})
    await until("the late result", lambda: _equal(command_state, {"state": "ANSWERED", "result": "ACCEPTED"}))


async def _equal(get: Any, value: Any) -> bool:
    return bool(await get() == value)
