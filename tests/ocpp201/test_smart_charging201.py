"""K Smart charging and E GetTransactionStatus on OCPP 2.0.1 stations: the console's commands
(the admin GraphQL mutations) reach a real WebSocket 2.0.1 station that checks every frame against
the 2.0.1 schemas, as their 2.0.1 CALLs; what the station reports is stored for the operator. Named by
the OCTT 2.0.1 CSMS cases."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select

from api.relay import encode_id
from db.models import ChargingProfile, ChargingSession
from tests.helpers.auth import make_user
from tests.ocpp.conftest import connect, register
from tests.ocpp.test_core import add_tag
from tests.ocpp.test_operations import PAYLOAD, op
from tests.ocpp201.conftest import connect201
from tests.ocpp201.test_core201 import _charger, _energy, _event, ts

SCHEDULE = {
    "chargingRateUnit": "A",
    "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 16.0}, {"startPeriod": 3600, "limit": 10.5}],
}


def _profile(pid: int, purpose: str, **extra: Any) -> dict[str, Any]:
    return {
        "chargingProfileId": pid,
        "stackLevel": 0,
        "chargingProfilePurpose": purpose,
        "chargingProfileKind": "Absolute",
        "chargingSchedule": SCHEDULE,
        **extra,
    }


async def _admin(server: Any) -> str:
    _, token = await make_user(server.platform, role="admin")
    return token


async def _profiles(server: Any, charger_pk: int) -> dict[int, str]:
    async with server.platform.sessionmaker() as s:
        rows = await s.scalars(select(ChargingProfile).where(ChargingProfile.charger_id == charger_pk))
        return {r.charging_profile_id: r.status for r in rows}


async def _started(st: Any, tx: str, now: dt.datetime, tag: str) -> None:
    started = _event(
        "Started",
        tx,
        0,
        now,
        "Authorized",
        info={"chargingState": "Charging"},
        idToken={"idToken": tag, "type": "ISO14443"},
        evse={"id": 1, "connectorId": 1},
        meterValue=_energy(1000, now, "Transaction.Begin"),
    )
    answer = await st.call("TransactionEvent", started)
    assert answer["idTokenInfo"]["status"] == "Accepted", answer


async def _session(server: Any, charger_pk: int, tx: str) -> ChargingSession:
    async with server.platform.sessionmaker() as s:
        found = await s.scalar(
            select(ChargingSession).where(
                ChargingSession.charger_id == charger_pk, ChargingSession.ocpp_transaction_id == tx
            )
        )
        assert found is not None
        return found


async def test_tc_k_01_k_10_k_03_csms_tx_default_and_station_max_profiles(server: Any) -> None:
    """TC_K_01: a TxDefaultProfile on one EVSE; TC_K_10: on EVSE 0; TC_K_03: a
    ChargingStationMaxProfile (the console's ChargePointMaxProfile). Each is recorded with the
    station's answer."""
    key = await register(server.platform, "CP-K01")
    c = await _charger(server, "CP-K01")
    gid = encode_id("Charger", c.id)
    admin = await _admin(server)
    async with connect201(server.ocpp_url, "CP-K01", key) as st:
        st.answers["SetChargingProfile"] = {"status": "Accepted"}
        fields = PAYLOAD + " chargingProfile { status chargingProfileId }"
        out = await op(
            server,
            admin,
            "setChargingProfile",
            {"chargerId": gid, "connectorId": 1, "csChargingProfiles": _profile(10, "TxDefaultProfile")},
            fields,
        )
        assert out["chargingProfile"] == {"status": "Accepted", "chargingProfileId": 10}, out
        sent = await st.expect("SetChargingProfile")
        assert sent["evseId"] == 1
        prof = sent["chargingProfile"]
        assert (prof["id"], prof["chargingProfilePurpose"], prof["chargingProfileKind"]) == (
            10,
            "TxDefaultProfile",
            "Absolute",
        )
        assert prof["chargingSchedule"] == [{"id": 10, **SCHEDULE}]
        assert "transactionId" not in prof

        out = await op(
            server,
            admin,
            "setChargingProfile",
            {"chargerId": gid, "connectorId": 0, "csChargingProfiles": _profile(11, "TxDefaultProfile")},
        )
        assert out["status"] == "Accepted"
        assert (await st.expect("SetChargingProfile"))["evseId"] == 0

        st.answers["SetChargingProfile"] = {"status": "Rejected"}
        out = await op(
            server,
            admin,
            "setChargingProfile",
            {"chargerId": gid, "connectorId": 0, "csChargingProfiles": _profile(12, "ChargePointMaxProfile")},
        )
        assert out["status"] == "Rejected"
        sent = await st.expect("SetChargingProfile")
        assert (sent["evseId"], sent["chargingProfile"]["chargingProfilePurpose"]) == (
            0,
            "ChargingStationMaxProfile",
        )
    assert await _profiles(server, c.id) == {10: "Accepted", 11: "Accepted", 12: "Rejected"}


async def test_tc_k_60_csms_tx_profile_names_the_station_transaction(server: Any) -> None:
    """TC_K_60: a TxProfile for a running transaction carries the station's own transactionId (the
    console names the platform's session)."""
    await add_tag(server.platform, "K60CARD")
    key = await register(server.platform, "CP-K60")
    c = await _charger(server, "CP-K60")
    admin = await _admin(server)
    now = dt.datetime.now(dt.UTC)
    async with connect201(server.ocpp_url, "CP-K60", key) as st:
        st.answers["SetChargingProfile"] = {"status": "Accepted"}
        await _started(st, "station-tx-60", now, "K60CARD")
        session = await _session(server, c.id, "station-tx-60")
        profile = _profile(20, "TxProfile", transactionId=session.id, chargingProfileKind="Relative")
        profile["chargingSchedule"] = {
            "chargingRateUnit": "W",
            "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 7400.0, "numberPhases": 1}],
        }
        out = await op(
            server,
            admin,
            "setChargingProfile",
            {"chargerId": encode_id("Charger", c.id), "connectorId": 1, "csChargingProfiles": profile},
        )
        assert out["status"] == "Accepted", out
        sent = await st.expect("SetChargingProfile")
        prof = sent["chargingProfile"]
        assert (sent["evseId"], prof["chargingProfilePurpose"], prof["transactionId"]) == (
            1,
            "TxProfile",
            "station-tx-60",
        )
        assert prof["chargingSchedule"][0]["chargingSchedulePeriod"] == [
            {"startPeriod": 0, "limit": 7400.0, "numberPhases": 1}
        ]


async def test_tc_k_04_k_19_k_70_k_02_csms_replace_recurring_stack_levels_and_no_transaction(
    server: Any,
) -> None:
    """TC_K_19: a Recurring (Daily) profile with its startSchedule; TC_K_70: two stack levels on one
    EVSE, both kept; TC_K_04: the same id again replaces the first (it is marked Cleared); TC_K_02: a
    TxProfile without a transaction goes out without transactionId and the station's Rejected is
    recorded."""
    key = await register(server.platform, "CP-K19")
    c = await _charger(server, "CP-K19")
    gid = encode_id("Charger", c.id)
    admin = await _admin(server)
    start = "2026-12-06T00:00:00Z"
    async with connect201(server.ocpp_url, "CP-K19", key) as st:
        st.answers["SetChargingProfile"] = {"status": "Accepted"}
        daily = _profile(50, "TxDefaultProfile", chargingProfileKind="Recurring", recurrencyKind="Daily")
        daily["chargingSchedule"] = {**SCHEDULE, "startSchedule": start, "duration": 86400}
        upper = _profile(51, "TxDefaultProfile", stackLevel=1)
        for prof in (daily, upper):
            out = await op(
                server,
                admin,
                "setChargingProfile",
                {"chargerId": gid, "connectorId": 1, "csChargingProfiles": prof},
            )
            assert out["status"] == "Accepted", out
        sent = (await st.expect("SetChargingProfile"))["chargingProfile"]
        assert (sent["chargingProfileKind"], sent["recurrencyKind"]) == ("Recurring", "Daily")
        assert sent["chargingSchedule"][0]["startSchedule"] == start
        assert sent["chargingSchedule"][0]["duration"] == 86400
        assert (await st.expect("SetChargingProfile"))["chargingProfile"]["stackLevel"] == 1
        assert await _profiles(server, c.id) == {50: "Accepted", 51: "Accepted"}

        replacement = _profile(50, "TxDefaultProfile", stackLevel=2)
        out = await op(
            server,
            admin,
            "setChargingProfile",
            {"chargerId": gid, "connectorId": 1, "csChargingProfiles": replacement},
        )
        assert out["status"] == "Accepted"
        assert (await st.expect("SetChargingProfile"))["chargingProfile"]["id"] == 50
        async with server.platform.sessionmaker() as s:
            rows = await s.scalars(
                select(ChargingProfile).where(ChargingProfile.charger_id == c.id).order_by(ChargingProfile.id)
            )
            assert [(r.charging_profile_id, r.stack_level, r.status) for r in rows] == [
                (50, 0, "Cleared"),
                (51, 1, "Accepted"),
                (50, 2, "Accepted"),
            ]

        st.answers["SetChargingProfile"] = {"status": "Rejected", "statusInfo": {"reasonCode": "TxNotFound"}}
        out = await op(
            server,
            admin,
            "setChargingProfile",
            {"chargerId": gid, "connectorId": 1, "csChargingProfiles": _profile(52, "TxProfile")},
        )
        assert out["status"] == "Rejected"
        sent = (await st.expect("SetChargingProfile"))["chargingProfile"]
        assert sent["chargingProfilePurpose"] == "TxProfile" and "transactionId" not in sent
    assert (await _profiles(server, c.id))[52] == "Rejected"


async def test_tc_k_05_k_06_k_08_csms_clear_charging_profile(server: Any) -> None:
    """TC_K_05: clear by id; TC_K_06: by EVSE, purpose and stack level (chargingProfileCriteria);
    TC_K_08: the station has nothing to clear (Unknown). Cleared profiles are marked so."""
    key = await register(server.platform, "CP-K05")
    c = await _charger(server, "CP-K05")
    gid = encode_id("Charger", c.id)
    admin = await _admin(server)
    async with connect201(server.ocpp_url, "CP-K05", key) as st:
        st.answers["SetChargingProfile"] = {"status": "Accepted"}
        st.answers["ClearChargingProfile"] = {"status": "Accepted"}
        for pid, evse in ((30, 1), (31, 2)):
            out = await op(
                server,
                admin,
                "setChargingProfile",
                {
                    "chargerId": gid,
                    "connectorId": evse,
                    "csChargingProfiles": _profile(pid, "TxDefaultProfile"),
                },
            )
            assert out["status"] == "Accepted"
        out = await op(server, admin, "clearChargingProfile", {"chargerId": gid, "id": 30})
        assert out["status"] == "Accepted"
        assert await st.expect("ClearChargingProfile") == {"chargingProfileId": 30}
        out = await op(
            server,
            admin,
            "clearChargingProfile",
            {
                "chargerId": gid,
                "connectorId": 2,
                "chargingProfilePurpose": "TxDefaultProfile",
                "stackLevel": 0,
            },
        )
        assert out["status"] == "Accepted"
        assert await st.expect("ClearChargingProfile") == {
            "chargingProfileCriteria": {
                "evseId": 2,
                "chargingProfilePurpose": "TxDefaultProfile",
                "stackLevel": 0,
            }
        }
        st.answers["ClearChargingProfile"] = {"status": "Unknown"}
        out = await op(server, admin, "clearChargingProfile", {"chargerId": gid, "id": 99})
        assert out["status"] == "Unknown"
    assert await _profiles(server, c.id) == {30: "Cleared", 31: "Cleared"}


REPORTS = """query($c: ID!, $k: String) { stationReports(chargerId: $c, kind: $k) {
  kind evseId requestId transactionId payload } }"""


async def test_tc_k_29_k_30_k_32_csms_get_charging_profiles_reported_to_the_operator(server: Any) -> None:
    """TC_K_29/30/32: GetChargingProfiles (EVSE 0, an EVSE, by profile id) with a requestId; the
    station's ReportChargingProfiles (in parts, tbc) are stored under it and listed for the operator."""
    key = await register(server.platform, "CP-K29")
    c = await _charger(server, "CP-K29")
    gid = encode_id("Charger", c.id)
    admin = await _admin(server)
    async with connect201(server.ocpp_url, "CP-K29", key) as st:
        st.answers["GetChargingProfiles"] = {"status": "Accepted"}
        out = await op(
            server,
            admin,
            "getChargingProfiles",
            {"chargerId": gid, "evseId": 0, "chargingProfilePurpose": "ChargePointMaxProfile"},
        )
        assert out["status"] == "Accepted", out
        sent = await st.expect("GetChargingProfiles")
        assert sent["evseId"] == 0
        assert sent["chargingProfile"] == {"chargingProfilePurpose": "ChargingStationMaxProfile"}
        request_id = out["response"]["requestId"]
        assert sent["requestId"] == request_id
        station_profile = {
            "id": 7,
            "stackLevel": 0,
            "chargingProfilePurpose": "ChargingStationMaxProfile",
            "chargingProfileKind": "Absolute",
            "chargingSchedule": [{"id": 7, **SCHEDULE}],
        }
        for tbc, evse in ((True, 0), (False, 1)):
            report = {
                "requestId": request_id,
                "chargingLimitSource": "CSO",
                "evseId": evse,
                "chargingProfile": [station_profile],
                "tbc": tbc,
            }
            assert await st.call("ReportChargingProfiles", report) == {}

        st.answers["GetChargingProfiles"] = {"status": "NoProfiles"}
        out = await op(server, admin, "getChargingProfiles", {"chargerId": gid, "chargingProfileIds": [5]})
        assert out["status"] == "NoProfiles"
        sent = await st.expect("GetChargingProfiles")
        assert "evseId" not in sent and sent["chargingProfile"] == {"chargingProfileId": [5]}
    r = await server.graphql(REPORTS, {"c": gid, "k": "ChargingProfiles"}, token=admin)
    reports = r["data"]["stationReports"]
    assert [(x["evseId"], x["requestId"], x["payload"]["tbc"]) for x in reports] == [
        (1, request_id, False),
        (0, request_id, True),
    ]
    assert reports[0]["payload"]["chargingProfile"][0]["id"] == 7
    _, driver = await make_user(server.platform)
    denied = await server.graphql(REPORTS, {"c": gid, "k": None}, token=driver)
    assert denied["errors"] and denied.get("data") is None


async def test_tc_k_43_k_44_csms_get_composite_schedule(server: Any) -> None:
    """TC_K_43: GetCompositeSchedule for an EVSE; TC_K_44: for the station (EVSE 0). The schedule
    comes back to the console in the shape it shows for every charger."""
    key = await register(server.platform, "CP-K43")
    c = await _charger(server, "CP-K43")
    gid = encode_id("Charger", c.id)
    admin = await _admin(server)
    start = ts(dt.datetime.now(dt.UTC))
    async with connect201(server.ocpp_url, "CP-K43", key) as st:
        for evse in (1, 0):
            st.answers["GetCompositeSchedule"] = {
                "status": "Accepted",
                "schedule": {
                    "evseId": evse,
                    "duration": 600,
                    "scheduleStart": start,
                    "chargingRateUnit": "A",
                    "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 13.0}],
                },
            }
            out = await op(
                server,
                admin,
                "getCompositeSchedule",
                {"chargerId": gid, "connectorId": evse, "duration": 600, "chargingRateUnit": "A"},
            )
            assert await st.expect("GetCompositeSchedule") == {
                "duration": 600,
                "evseId": evse,
                "chargingRateUnit": "A",
            }
            assert out["response"] == {
                "status": "Accepted",
                "connectorId": evse,
                "scheduleStart": start,
                "chargingSchedule": {
                    "duration": 600,
                    "chargingRateUnit": "A",
                    "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 13.0}],
                },
            }
        st.answers["GetCompositeSchedule"] = {"status": "Rejected"}
        out = await op(
            server, admin, "getCompositeSchedule", {"chargerId": gid, "connectorId": 3, "duration": 60}
        )
        assert out["response"] == {"status": "Rejected"}


async def test_tc_k_37_csms_remote_start_with_a_charging_profile(server: Any) -> None:
    """TC_K_37: the console's RemoteStartTransaction with a TxProfile: RequestStartTransaction carries
    it as a 2.0.1 chargingProfile (no transactionId yet)."""
    key = await register(server.platform, "CP-K37")
    c = await _charger(server, "CP-K37")
    admin = await _admin(server)
    async with connect201(server.ocpp_url, "CP-K37", key) as st:
        out = await op(
            server,
            admin,
            "remoteStartTransaction",
            {
                "chargerId": encode_id("Charger", c.id),
                "idTag": "K37",
                "connectorId": 1,
                "chargingProfile": _profile(40, "TxProfile"),
            },
        )
        assert out["status"] == "Accepted", out
        sent = await st.expect("RequestStartTransaction")
        assert sent["evseId"] == 1 and sent["idToken"] == {"idToken": "K37", "type": "Central"}
        assert sent["chargingProfile"] == {
            "id": 40,
            "stackLevel": 0,
            "chargingProfilePurpose": "TxProfile",
            "chargingProfileKind": "Absolute",
            "chargingSchedule": [{"id": 40, **SCHEDULE}],
        }


SESSION = """query($id: ID!) { adminChargingSession(id: $id) { status
  evChargingNeeds { requestedEnergyTransfer departureTime energyAmountWh } } }"""


async def test_tc_k_48_csms_external_limit_and_ev_charging_needs_stored(server: Any) -> None:
    """TC_K_48: NotifyChargingLimit (a limit set by an EMS) and ClearedChargingLimit are answered and
    stored for the operator. NotifyEVChargingNeeds is answered Accepted and the EV's departure time and
    energy show on the session running on that EVSE."""
    await add_tag(server.platform, "K48CARD")
    key = await register(server.platform, "CP-K48")
    c = await _charger(server, "CP-K48")
    gid = encode_id("Charger", c.id)
    admin = await _admin(server)
    now = dt.datetime.now(dt.UTC)
    departure = (now + dt.timedelta(hours=3)).replace(microsecond=0)
    async with connect201(server.ocpp_url, "CP-K48", key) as st:
        limit = {
            "chargingLimit": {"chargingLimitSource": "EMS", "isGridCritical": False},
            "evseId": 1,
            "chargingSchedule": [{"id": 1, **SCHEDULE}],
        }
        assert await st.call("NotifyChargingLimit", limit) == {}
        assert await st.call("ClearedChargingLimit", {"chargingLimitSource": "EMS", "evseId": 1}) == {}
        await _started(st, "station-tx-48", now, "K48CARD")
        needs = {
            "evseId": 1,
            "maxScheduleTuples": 24,
            "chargingNeeds": {
                "requestedEnergyTransfer": "AC_three_phase",
                "departureTime": ts(departure),
                "acChargingParameters": {
                    "energyAmount": 22000,
                    "evMinCurrent": 6,
                    "evMaxCurrent": 32,
                    "evMaxVoltage": 400,
                },
            },
        }
        assert await st.call("NotifyEVChargingNeeds", needs) == {"status": "Accepted"}
    r = await server.graphql(REPORTS, {"c": gid, "k": None}, token=admin)
    kinds = [(x["kind"], x["evseId"]) for x in r["data"]["stationReports"]]
    assert kinds == [("EVChargingNeeds", 1), ("ChargingLimit", 1), ("ChargingLimit", 1)]
    assert r["data"]["stationReports"][2]["payload"]["chargingLimit"]["chargingLimitSource"] == "EMS"
    session = await _session(server, c.id, "station-tx-48")
    assert r["data"]["stationReports"][0]["transactionId"] == session.id
    got = await server.graphql(SESSION, {"id": encode_id("ChargingSession", session.id)}, token=admin)
    shown = got["data"]["adminChargingSession"]["evChargingNeeds"]
    assert shown["requestedEnergyTransfer"] == "AC_three_phase"
    assert shown["energyAmountWh"] == 22000
    assert dt.datetime.fromisoformat(shown["departureTime"]) == departure


CLOSE = """mutation($input: CloseChargingSessionInput!) { closeChargingSession(input: $input) {
  session { status } errors { code message } } }"""


async def test_tc_e_29_e_30_e_33_e_34_csms_get_transaction_status_before_closing_a_session(
    server: Any,
) -> None:
    """TC_E_29/30: the operator asks about a transaction (messages queued or not); TC_E_33/34: about
    none. Closing a session the platform thinks dead asks the station first: with messages of it still
    queued the close is refused (they are on their way); with none it is closed."""
    await add_tag(server.platform, "E29CARD")
    key = await register(server.platform, "CP-E29")
    c = await _charger(server, "CP-E29")
    gid = encode_id("Charger", c.id)
    admin = await _admin(server)
    now = dt.datetime.now(dt.UTC)
    async with connect201(server.ocpp_url, "CP-E29", key) as st:
        await _started(st, "station-tx-29", now, "E29CARD")
        session = await _session(server, c.id, "station-tx-29")
        st.answers["GetTransactionStatus"] = {"messagesInQueue": True, "ongoingIndicator": False}
        out = await op(server, admin, "getTransactionStatus", {"chargerId": gid, "transactionId": session.id})
        assert out["response"] == {"messagesInQueue": True, "ongoingIndicator": False}, out
        assert await st.expect("GetTransactionStatus") == {"transactionId": "station-tx-29"}
        st.answers["GetTransactionStatus"] = {"messagesInQueue": False}
        out = await op(server, admin, "getTransactionStatus", {"chargerId": gid})
        assert out["response"] == {"messagesInQueue": False}
        assert await st.expect("GetTransactionStatus") == {}

        st.answers["GetTransactionStatus"] = {"messagesInQueue": True, "ongoingIndicator": False}
        sid = encode_id("ChargingSession", session.id)
        r = await server.graphql(CLOSE, {"input": {"id": sid, "reason": "charger looks dead"}}, token=admin)
        err = r["data"]["closeChargingSession"]["errors"]
        assert err and err[0]["code"] == "CONFLICT" and "queued" in err[0]["message"], r
        assert await st.expect("GetTransactionStatus") == {"transactionId": "station-tx-29"}
        assert (await _session(server, c.id, "station-tx-29")).status == "Active"

        st.answers["GetTransactionStatus"] = {"messagesInQueue": False, "ongoingIndicator": False}
        r = await server.graphql(CLOSE, {"input": {"id": sid, "reason": "charger looks dead"}}, token=admin)
        assert r["data"]["closeChargingSession"]["session"]["status"] == "COMPLETED", r
    assert (await _session(server, c.id, "station-tx-29")).status == "Completed"


async def test_a_1_6_charger_refuses_2_0_1_only_commands(server: Any) -> None:
    """GetChargingProfiles and GetTransactionStatus exist only in OCPP 2.0.1: for a 1.6 charger they
    are a typed InvalidCommand and nothing is sent."""
    admin = await _admin(server)
    key = await register(server.platform, "CP-16K")
    c = await _charger(server, "CP-16K")
    gid = encode_id("Charger", c.id)
    async with connect(server.ocpp_url, "CP-16K", key) as cp:
        for name, extra in (("getChargingProfiles", {}), ("getTransactionStatus", {"transactionId": 1})):
            out = await op(server, admin, name, {"chargerId": gid, **extra})
            assert out["errors"][0]["__typename"] == "InvalidCommandError", out
            assert "OCPP 2.0.1" in out["errors"][0]["message"]
        assert cp.received.empty()


@pytest.fixture(params=["sqlite", pytest.param("mariadb", marks=pytest.mark.mariadb)])
async def db_server(request: pytest.FixtureRequest, server_factory: Any) -> Any:
    if request.param == "sqlite":
        return await server_factory()
    return await server_factory(database_url=request.getfixturevalue("migrated_mariadb_url"))


async def test_station_reports_bounded_per_charger_newest_ev_needs_shown(
    db_server: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each charger keeps its newest reports only (a station flooding notifications cannot grow the
    table); the session shows its EV's latest needs."""
    from domain import station_reports

    monkeypatch.setattr(station_reports, "KEEP_PER_CHARGER", 3)
    server = db_server
    await add_tag(server.platform, "KEEPCARD")
    key = await register(server.platform, "CP-KEEP")
    c = await _charger(server, "CP-KEEP")
    admin = await _admin(server)
    now = dt.datetime.now(dt.UTC)
    async with connect201(server.ocpp_url, "CP-KEEP", key) as st:
        await _started(st, "station-tx-keep", now, "KEEPCARD")
        for _ in range(3):
            limit = {"chargingLimit": {"chargingLimitSource": "SO"}, "evseId": 1}
            assert await st.call("NotifyChargingLimit", limit) == {}
        for energy in (10_000, 20_000):
            needs = {
                "evseId": 1,
                "chargingNeeds": {
                    "requestedEnergyTransfer": "DC",
                    "dcChargingParameters": {
                        "evMaxCurrent": 125,
                        "evMaxVoltage": 800,
                        "energyAmount": energy,
                    },
                },
            }
            assert await st.call("NotifyEVChargingNeeds", needs) == {"status": "Accepted"}
    r = await server.graphql(REPORTS, {"c": encode_id("Charger", c.id), "k": None}, token=admin)
    assert [x["kind"] for x in r["data"]["stationReports"]] == [
        "EVChargingNeeds",
        "EVChargingNeeds",
        "ChargingLimit",
    ]
    session = await _session(server, c.id, "station-tx-keep")
    got = await server.graphql(SESSION, {"id": encode_id("ChargingSession", session.id)}, token=admin)
    shown = got["data"]["adminChargingSession"]["evChargingNeeds"]
    assert shown == {"requestedEnergyTransfer": "DC", "departureTime": None, "energyAmountWh": 20_000}
