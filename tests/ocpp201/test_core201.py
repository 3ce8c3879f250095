"""OCPP 2.0.1 beside OCPP 1.6 on the same endpoint, driven by a real WebSocket 2.0.1 station that
checks every frame against the 2.0.1 schemas (tests/ocpp201/conftest.py). Named by the OCTT 2.0.1
CSMS test cases where one exists."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from typing import Any

import pytest
import websockets
from sqlalchemy import select
from websockets.typing import Subprotocol

from api.relay import encode_id
from db.models import Charger, ChargingSession, LedgerPosting, Receipt
from domain import ledger
from tests.helpers.auth import make_user
from tests.helpers.charging import RECEIPT, START, STOP, WALLET, topup, wait_request
from tests.money.conftest import standard_tariff
from tests.ocpp.conftest import basic, connect, register
from tests.ocpp201.conftest import connect201

CHARGER = """query($id: ID!) { charger(id: $id) { ocppVersion registrationStatus
  connectors { connectorId status } } }"""


def ts(t: dt.datetime) -> str:
    return t.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


async def _charger(server: Any, cpid: str) -> Charger:
    async with server.platform.sessionmaker() as s:
        c = await s.scalar(select(Charger).where(Charger.charge_point_id == cpid))
        assert c is not None
        return c


async def _admin(server: Any) -> str:
    _, token = await make_user(server.platform, role="admin")
    return token


async def test_tc_b_58_csms_2_0_1_preferred_and_1_6_still_served(server: Any) -> None:
    """A station offering both gets ocpp2.0.1 (OCPP_PREFERRED_PROTOCOL's default); a 1.6-only charger
    still gets ocpp1.6 on the same endpoint; the version shows on the charger in GraphQL."""
    key201 = await register(server.platform, "CP-201")
    async with connect201(server.ocpp_url, "CP-201", key201, subprotocols=["ocpp1.6", "ocpp2.0.1"]):
        pass
    key16 = await register(server.platform, "CP-16")
    async with connect(server.ocpp_url, "CP-16", key16) as cp:
        assert cp.ws.subprotocol == "ocpp1.6"
    token = await _admin(server)
    for cpid, version in (("CP-201", "2.0.1"), ("CP-16", "1.6")):
        c = await _charger(server, cpid)
        r = await server.graphql(CHARGER, {"id": encode_id("Charger", c.id)}, token=token)
        assert r["data"]["charger"]["ocppVersion"] == version, r


async def test_tc_b_58_csms_preference_1_6_configured(server_factory: Any) -> None:
    server = await server_factory(ocpp_preferred_protocol="ocpp1.6")
    key = await register(server.platform, "CP-BOTH")
    async with websockets.connect(
        f"{server.ocpp_url}/CP-BOTH",
        subprotocols=[Subprotocol("ocpp2.0.1"), Subprotocol("ocpp1.6")],
        additional_headers=basic("CP-BOTH", key),
    ) as ws:
        assert ws.subprotocol == "ocpp1.6"


async def test_tc_b_58_csms_no_known_subprotocol_refused(server: Any) -> None:
    await register(server.platform, "CP-X")
    with pytest.raises(websockets.InvalidStatus) as e:
        async with websockets.connect(f"{server.ocpp_url}/CP-X", subprotocols=[Subprotocol("ocpp2.1")]):
            pass
    assert e.value.response.status_code == 400


async def test_tc_b_58_csms_2_0_1_on_the_http_port(server: Any) -> None:
    """`/ocpp/<id>` on the HTTP port negotiates the same way."""
    key = await register(server.platform, "CP-HTTP")
    http_ws = server.http_url.replace("http://", "ws://") + "/ocpp"
    async with connect201(http_ws, "CP-HTTP", key, subprotocols=["ocpp1.6", "ocpp2.0.1"]) as st:
        assert "currentTime" in await st.call("Heartbeat", {})
    assert (await _charger(server, "CP-HTTP")).ocpp_version == "2.0.1"


async def test_tc_b_01_csms_cold_boot_accepted(server: Any) -> None:
    key = await register(server.platform, "CP-B01")
    async with connect201(server.ocpp_url, "CP-B01", key) as st:
        hb = await st.call("Heartbeat", {})
        assert hb["currentTime"]
        assert await st.status(1, "Available", ts(dt.datetime.now(dt.UTC))) == {}
    c = await _charger(server, "CP-B01")
    assert (c.vendor, c.model, c.firmware_version, c.ocpp_version) == (
        "PlagSini",
        "Sim-201",
        "2.0.1-sim",
        "2.0.1",
    )


async def test_tc_b_30_csms_pending_boot_then_security_error(server_factory: Any) -> None:
    """An unknown station admitted as Pending: its boot is answered Pending, and any other CALL gets
    SecurityError (B02.FR.09) while the socket stays up."""
    server = await server_factory(ocpp_unknown_chargers="pending")
    async with connect201(server.ocpp_url, "CP-NEW", boot=False) as st:
        answer = await st.boot()
        assert answer["status"] == "Pending" and answer["interval"] > 0
        frame = json.dumps(
            [
                2,
                "s1",
                "StatusNotification",
                {
                    "timestamp": ts(dt.datetime.now(dt.UTC)),
                    "connectorStatus": "Available",
                    "evseId": 1,
                    "connectorId": 1,
                },
            ]
        )
        err = await st.raw(frame, "s1")
        assert err[:3] == [4, "s1", "SecurityError"]
        assert (await st.boot())["status"] == "Pending"  # still connected


async def test_malformed_frames_answered_with_2_0_1_codes_socket_stays_up(server: Any) -> None:
    key = await register(server.platform, "CP-BAD")
    async with connect201(server.ocpp_url, "CP-BAD", key) as st:
        # A missing required field: OccurrenceConstraintViolation (1.6 spelled it Occurence...).
        err = await st.raw(json.dumps([2, "m1", "StatusNotification", {"evseId": 1}]), "m1")
        assert err[:3] == [4, "m1", "OccurrenceConstraintViolation"]
        # An unknown property: FormatViolation (1.6: FormationViolation).
        err = await st.raw(json.dumps([2, "m2", "Heartbeat", {"bogus": 1}]), "m2")
        assert err[:3] == [4, "m2", "FormatViolation"]
        # A wrong enum value.
        bad = {
            "timestamp": ts(dt.datetime.now(dt.UTC)),
            "connectorStatus": "Charging",
            "evseId": 1,
            "connectorId": 1,
        }
        err = await st.raw(json.dumps([2, "m3", "StatusNotification", bad]), "m3")
        assert err[:3] == [4, "m3", "PropertyConstraintViolation"]
        # A 1.6-only action is unknown in 2.0.1.
        err = await st.raw(json.dumps([2, "m4", "StartTransaction", {}]), "m4")
        assert err[:3] == [4, "m4", "NotImplemented"]
        assert "currentTime" in await st.call("Heartbeat", {})


async def test_status_notification_statuses_visible_in_graphql(server: Any) -> None:
    key = await register(server.platform, "CP-G01")
    token = await _admin(server)
    c = await _charger(server, "CP-G01")
    now = dt.datetime.now(dt.UTC)
    async with connect201(server.ocpp_url, "CP-G01", key) as st:
        for i, (status, shown) in enumerate(
            [
                ("Available", "AVAILABLE"),
                ("Occupied", "PREPARING"),
                ("Unavailable", "UNAVAILABLE"),
                ("Faulted", "FAULTED"),
            ]
        ):
            await st.status(1, status, ts(now + dt.timedelta(seconds=i)))
            r = await server.graphql(CHARGER, {"id": encode_id("Charger", c.id)}, token=token)
            got = {x["connectorId"]: x["status"] for x in r["data"]["charger"]["connectors"]}
            assert got[1].upper() == shown, r


async def _app_start(
    server: Any, st: Any, c: Charger, token: str, t0: dt.datetime
) -> tuple[dict[str, Any], dict[str, Any]]:
    """EVSE 1 available, the driver starts charging there from the app: the accepted charging request
    and the RequestStartTransaction the station received."""
    await st.status(1, "Available", ts(t0 - dt.timedelta(minutes=1)))
    starting = asyncio.create_task(
        server.graphql(
            START, {"input": {"chargerId": encode_id("Charger", c.id), "connectorId": 1}}, token=token
        )
    )
    remote = await st.expect("RequestStartTransaction")
    started = await starting
    req = started["data"]["startCharging"]["request"]
    assert req["status"] == "ACCEPTED", started
    return req, remote


def _energy(wh: float, t: dt.datetime, context: str = "Sample.Periodic") -> list[dict[str, Any]]:
    return [
        {
            "timestamp": ts(t),
            "sampledValue": [
                {
                    "value": wh / 1000,
                    "context": context,
                    "measurand": "Energy.Active.Import.Register",
                    "unitOfMeasure": {"unit": "kWh"},
                }
            ],
        }
    ]


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("mariadb", marks=pytest.mark.mariadb)])
async def test_tc_f_03_e_21_j_09_j_10_csms_remote_start_stop_billed_with_receipt(
    server_factory: Any, request: pytest.FixtureRequest, backend: str
) -> None:
    """TC_F_03 (the driver app's start: RequestStartTransaction, remote first), TransactionEvent
    Started/Updated/Ended with sampled values (TC_J_09, TC_J_10), TC_E_21 (RequestStopTransaction): one
    billed session, a receipt, the wallet debited once and the ledger balanced, also when the station
    retries its Ended event."""
    db = {"database_url": request.getfixturevalue("migrated_mariadb_url")} if backend == "mariadb" else {}
    server = await server_factory(**db)
    await standard_tariff(server)
    user, token = await make_user(server.platform)
    await topup(server, token, "50.00", "topup-201")
    key = await register(server.platform, "CP-E02")
    c = await _charger(server, "CP-E02")
    t0 = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=30)
    async with connect201(server.ocpp_url, "CP-E02", key) as st:
        req, remote = await _app_start(server, st, c, token, t0)
        assert remote["idToken"]["type"] == "Central" and remote["evseId"] == 1
        tx = "f5e3c2a0-2b1d-4a5e-9e4f-201201201201"
        info = {"transactionId": tx, "chargingState": "Charging", "remoteStartId": remote["remoteStartId"]}
        answer = await st.call(
            "TransactionEvent",
            {
                "eventType": "Started",
                "timestamp": ts(t0),
                "triggerReason": "RemoteStart",
                "seqNo": 0,
                "transactionInfo": info,
                "idToken": remote["idToken"],
                "evse": {"id": 1, "connectorId": 1},
                "meterValue": _energy(1000, t0, "Transaction.Begin"),
            },
        )
        assert answer["idTokenInfo"]["status"] == "Accepted"
        view = await wait_request(server, token, req["id"], "STARTED")
        session_id = view["session"]["id"]
        await st.call(
            "TransactionEvent",
            {
                "eventType": "Updated",
                "timestamp": ts(t0 + dt.timedelta(minutes=15)),
                "triggerReason": "MeterValuePeriodic",
                "seqNo": 1,
                "transactionInfo": {"transactionId": tx},
                "meterValue": _energy(6000, t0 + dt.timedelta(minutes=15)),
            },
        )
        stopping = asyncio.create_task(
            server.graphql(STOP, {"input": {"sessionId": session_id}}, token=token)
        )
        stop_request = await st.expect("RequestStopTransaction")
        assert stop_request == {"transactionId": tx}
        assert (await stopping)["data"]["stopCharging"]["errors"] == []
        ended = {
            "eventType": "Ended",
            "timestamp": ts(t0 + dt.timedelta(minutes=30)),
            "triggerReason": "RemoteStop",
            "seqNo": 2,
            "transactionInfo": {"transactionId": tx, "stoppedReason": "Remote"},
            "meterValue": _energy(13_345, t0 + dt.timedelta(minutes=30), "Transaction.End"),
        }
        assert await st.call("TransactionEvent", ended) == {}
        assert await st.call("TransactionEvent", ended) == {}  # a retry changes nothing

    view = await wait_request(server, token, req["id"], "STOPPED")
    session = view["session"]
    # 12.345 kWh x RM1.00 + RM1.00 fee = 13.345; +8% = 14.41
    assert session["billed"] is True and session["status"] == "COMPLETED"
    assert session["cost"] == {"amount": "14.41", "currency": "MYR"}
    wallet = (await server.graphql(WALLET, token=token))["data"]["wallet"]
    assert wallet["balance"]["amount"] == "35.59"
    receipt = (await server.graphql(RECEIPT, {"id": session["receiptId"]}, token=token))["data"]["receipt"]
    assert receipt["total"]["amount"] == "14.41"
    async with server.platform.sessionmaker() as s:
        row = await s.scalar(select(ChargingSession).where(ChargingSession.ocpp_transaction_id == tx))
        assert row is not None and row.ocpp_seq_no == 2 and row.stop_reason == "Remote"
        assert row.meter_start == 1000 and row.meter_stop == 13_345
        charges = (
            (await s.execute(select(LedgerPosting).where(LedgerPosting.kind == "charge"))).scalars().all()
        )
        assert len(charges) == 1
        assert len((await s.execute(select(Receipt))).scalars().all()) == 1
        assert (await ledger.check_ledger(s)).ok


async def test_tc_c_02_csms_authorize_unknown_and_meter_values(server: Any) -> None:
    key = await register(server.platform, "CP-C02")
    async with connect201(server.ocpp_url, "CP-C02", key) as st:
        answer = await st.call("Authorize", {"idToken": {"idToken": "NOSUCHTAG", "type": "ISO14443"}})
        assert answer["idTokenInfo"]["status"] == "Invalid"
        # 2.0.1's IdToken length (36) is the platform's too: a long unknown token is unknown as any other
        answer = await st.call("Authorize", {"idToken": {"idToken": "x" * 36, "type": "eMAID"}})
        assert answer["idTokenInfo"]["status"] == "Invalid"
        answer = await st.call("Authorize", {"idToken": {"idToken": "", "type": "NoAuthorization"}})
        assert answer["idTokenInfo"]["status"] == "Unknown"
        t = dt.datetime.now(dt.UTC)
        assert await st.call("MeterValues", {"evseId": 1, "meterValue": _energy(500, t)}) == {}


async def test_tc_b_06_b_09_b_20_g_03_csms_console_commands(server: Any) -> None:
    """The console's commands (domain/commands.py) reach a 2.0.1 station as its own CALLs."""
    from domain.gateway_errors import InvalidCommand

    key = await register(server.platform, "CP-CMD")
    gw = server.platform.gateway
    async with connect201(server.ocpp_url, "CP-CMD", key) as st:
        assert await gw.send_command("CP-CMD", "Reset", {"type": "Hard"}) == {"status": "Accepted"}
        assert (await st.expect("Reset")) == {"type": "Immediate"}
        answer = await gw.send_command(
            "CP-CMD", "ChangeAvailability", {"connectorId": 1, "type": "Inoperative"}
        )
        assert answer == {"status": "Accepted"}
        assert (await st.expect("ChangeAvailability")) == {
            "operationalStatus": "Inoperative",
            "evse": {"id": 1},
        }
        answer = await gw.send_command(
            "CP-CMD", "GetConfiguration", {"key": ["OCPPCommCtrlr.HeartbeatInterval"]}
        )
        assert answer == {
            "configurationKey": [{"key": "OCPPCommCtrlr.HeartbeatInterval", "readonly": False, "value": "60"}]
        }
        answer = await gw.send_command(
            "CP-CMD", "ChangeConfiguration", {"key": "OCPPCommCtrlr.HeartbeatInterval", "value": "120"}
        )
        assert answer == {"status": "Accepted"}
        sent = await st.expect("SetVariables")
        assert sent["setVariableData"][0]["attributeValue"] == "120"
        with pytest.raises(InvalidCommand):  # a TxProfile of a transaction this station does not have
            profile = {
                "chargingProfileId": 1,
                "transactionId": 999_999,
                "stackLevel": 0,
                "chargingProfilePurpose": "TxProfile",
                "chargingProfileKind": "Relative",
                "chargingSchedule": {
                    "chargingRateUnit": "A",
                    "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 8.0}],
                },
            }
            await gw.send_command(
                "CP-CMD", "SetChargingProfile", {"connectorId": 1, "csChargingProfiles": profile}
            )


def _event(kind: str, tx: str, seq: int, t: dt.datetime, trigger: str, **extra: Any) -> dict[str, Any]:
    info = {"transactionId": tx, **extra.pop("info", {})}
    return {
        "eventType": kind,
        "timestamp": ts(t),
        "triggerReason": trigger,
        "seqNo": seq,
        "transactionInfo": info,
        **extra,
    }


async def test_tc_e_04_c_01_csms_local_start_authorize_first_and_e_53_seq_no_restarts(server: Any) -> None:
    """A driver's RFID card at the station: Authorize, then Started with the card's ISO14443 token,
    Updated, Ended (stoppedReason Local); the next transaction restarts seqNo at 0."""
    from tests.ocpp.test_core import add_tag

    await add_tag(server.platform, "04A1B2C3D4")
    card = {"idToken": "04A1B2C3D4", "type": "ISO14443"}
    key = await register(server.platform, "CP-E04")
    t0 = dt.datetime.now(dt.UTC) - dt.timedelta(hours=2)
    async with connect201(server.ocpp_url, "CP-E04", key) as st:
        assert (await st.call("Authorize", {"idToken": card}))["idTokenInfo"]["status"] == "Accepted"
        for n, tx in enumerate(("tx-local-1", "tx-local-2")):
            start = t0 + dt.timedelta(minutes=40 * n)
            answer = await st.call(
                "TransactionEvent",
                _event(
                    "Started",
                    tx,
                    0,
                    start,
                    "Authorized",
                    idToken=card,
                    evse={"id": 2, "connectorId": 1},
                    meterValue=_energy(10_000 * (n + 1), start, "Transaction.Begin"),
                ),
            )
            assert answer["idTokenInfo"]["status"] == "Accepted"
            await st.call(
                "TransactionEvent",
                _event(
                    "Updated",
                    tx,
                    1,
                    start + dt.timedelta(minutes=10),
                    "ChargingStateChanged",
                    info={"chargingState": "Charging"},
                ),
            )
            ended = _event(
                "Ended",
                tx,
                2,
                start + dt.timedelta(minutes=20),
                "StopAuthorized",
                idToken=card,
                info={"stoppedReason": "Local"},
                meterValue=_energy(
                    10_000 * (n + 1) + 2_500, start + dt.timedelta(minutes=20), "Transaction.End"
                ),
            )
            # The Ended event carries the card: answered with its status, not ConcurrentTx.
            assert (await st.call("TransactionEvent", ended))["idTokenInfo"]["status"] == "Accepted"
    async with server.platform.sessionmaker() as s:
        rows = (await s.execute(select(ChargingSession).order_by(ChargingSession.id))).scalars().all()
    assert [(r.ocpp_transaction_id, r.connector_id, r.status, r.energy_wh, r.ocpp_seq_no) for r in rows] == [
        ("tx-local-1", 2, "Completed", 2_500, 2),
        ("tx-local-2", 2, "Completed", 2_500, 2),
    ]
    assert all(r.id_tag == "04A1B2C3D4" and not r.flags for r in rows)


async def test_transaction_problems_are_answered_and_flagged_never_refused(server: Any) -> None:
    """A skipped seqNo flags the session (seq_no_gap); a meter lower at the end than at the start is
    answered and flagged; an Ended event of a transaction never seen, with no token, is answered and
    opens an UnknownTransaction fault: never a CALLERROR, which would make the station drop the data."""
    from db.models import Fault
    from tests.ocpp.test_core import add_tag

    await add_tag(server.platform, "TAG-SANITY")
    card = {"idToken": "TAG-SANITY", "type": "ISO14443"}
    key = await register(server.platform, "CP-SAN")
    t0 = dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)
    async with connect201(server.ocpp_url, "CP-SAN", key) as st:
        await st.call(
            "TransactionEvent",
            _event(
                "Started",
                "tx-s",
                0,
                t0,
                "Authorized",
                idToken=card,
                evse={"id": 1},
                meterValue=_energy(50_000, t0),
            ),
        )
        # seqNo 1 and 2 lost; 3 arrives, then the Ended with a meter lower than the start.
        await st.call(
            "TransactionEvent",
            _event(
                "Updated",
                "tx-s",
                3,
                t0 + dt.timedelta(minutes=5),
                "MeterValuePeriodic",
                meterValue=_energy(50_100, t0),
            ),
        )
        assert (
            await st.call(
                "TransactionEvent",
                _event(
                    "Ended",
                    "tx-s",
                    4,
                    t0 + dt.timedelta(minutes=10),
                    "EVDeparted",
                    info={"stoppedReason": "EVDisconnected"},
                    meterValue=_energy(40, t0),
                ),
            )
            == {}
        )
        assert (
            await st.call(
                "TransactionEvent",
                _event("Ended", "never-seen", 7, t0, "EVDeparted", meterValue=_energy(1_000, t0)),
            )
            == {}
        )
    async with server.platform.sessionmaker() as s:
        tx = await s.scalar(select(ChargingSession).where(ChargingSession.ocpp_transaction_id == "tx-s"))
        assert tx is not None and tx.status == "Completed" and tx.stop_reason == "EVDisconnected"
        assert {"seq_no_gap", "meter_stop_lt_start"} <= set(tx.flags)
        assert tx.energy_wh == 0
        fault = await s.scalar(select(Fault).where(Fault.error_code == "UnknownTransaction"))
        assert fault is not None and fault.status == "open"


async def test_tc_b_02_csms_pending_then_accepted_with_basic_auth_password(server_factory: Any) -> None:
    """An unknown 2.0.1 station is admitted Pending; the operator approves it: the platform sets its
    Basic-auth password (SetVariables SecurityCtrlr.BasicAuthPassword) and closes the connection
    admitted without credentials; the station reconnects with the password (profile 1) and boots
    Accepted."""
    from domain import chargers
    from domain.commands import after_approval

    server = await server_factory(ocpp_unknown_chargers="pending")
    async with connect201(server.ocpp_url, "NEW-201", boot=False) as st:
        assert (await st.boot())["status"] == "Pending"
        async with server.platform.sessionmaker() as s, s.begin():
            c = await chargers.get_by_cpid(s, "NEW-201")
            assert c is not None
            approval = await chargers.approve(s, c)
        key = approval.authorization_key
        assert key is not None
        notice = await after_approval(server.platform, "NEW-201", 1, key)
        assert notice.key_delivery == "Accepted" and notice.closed_unauthenticated
        sent = await st.expect("SetVariables")
        assert sent == {
            "setVariableData": [
                {
                    "attributeValue": key,
                    "component": {"name": "SecurityCtrlr"},
                    "variable": {"name": "BasicAuthPassword"},
                }
            ]
        }
        async with asyncio.timeout(10):
            await st.ws.wait_closed()
    with pytest.raises(websockets.InvalidStatus) as e:
        async with websockets.connect(f"{server.ocpp_url}/NEW-201", subprotocols=[Subprotocol("ocpp2.0.1")]):
            pass
    assert e.value.response.status_code == 401
    async with connect201(server.ocpp_url, "NEW-201", key) as st:  # boots Accepted
        assert "currentTime" in await st.call("Heartbeat", {})


async def test_prepaid_guard_stops_a_2_0_1_transaction_once(server_factory: Any) -> None:
    """The prepaid guard (domain code, a command staged on the unit of work) stops a 2.0.1 transaction
    with RequestStopTransaction naming the station's transactionId, once; the rest is debt."""
    server = await server_factory(min_balance_sen=1000, prepaid_margin_sen=100)
    await standard_tariff(server)
    user, token = await make_user(server.platform)
    await topup(server, token, "15.00", "t201")
    key = await register(server.platform, "CP-GUARD201")
    c = await _charger(server, "CP-GUARD201")
    t0 = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=20)
    tx = "guard-tx"
    async with connect201(server.ocpp_url, "CP-GUARD201", key) as st:
        # The boot's request for the device model comes on its own time: taken first, so that what
        # the station receives from here on is only what the readings cause.
        await st.expect("GetBaseReport")
        _, remote = await _app_start(server, st, c, token, t0)
        await st.call(
            "TransactionEvent",
            _event(
                "Started",
                tx,
                0,
                t0,
                "RemoteStart",
                idToken=remote["idToken"],
                evse={"id": 1},
                meterValue=_energy(0, t0),
            ),
        )

        async def meter(seq: int, wh: int, minute: int) -> None:
            t = t0 + dt.timedelta(minutes=minute)
            await st.call(
                "TransactionEvent",
                _event("Updated", tx, seq, t, "MeterValuePeriodic", meterValue=_energy(wh, t)),
            )

        await meter(1, 5_000, 5)  # 648 sen < 1500 - 100: keeps charging
        assert st.received.empty()
        await meter(2, 13_000, 10)  # 1512 sen ≥ 1400: stopped by the platform
        assert await st.expect("RequestStopTransaction") == {"transactionId": tx}
        await meter(3, 13_500, 11)  # a reading still in flight sends no second stop
        end = t0 + dt.timedelta(minutes=11)
        await st.call(
            "TransactionEvent",
            _event(
                "Ended",
                tx,
                4,
                end,
                "RemoteStop",
                info={"stoppedReason": "Remote"},
                meterValue=_energy(13_600, end),
            ),
        )
        assert st.received.empty()
    async with server.platform.sessionmaker() as s:
        row = await s.scalar(select(ChargingSession).where(ChargingSession.ocpp_transaction_id == tx))
        assert row is not None and row.billed and row.total_cost_sen == 1577
        assert await ledger.wallet_balance(s, user.id) == 0
        assert await ledger.debt_owed(s, user.id) == 77
        assert (await ledger.check_ledger(s)).ok


async def test_tc_p_02_p_03_csms_data_transfer_custom_data_and_notifications(server: Any) -> None:
    key = await register(server.platform, "CP-P02")
    now = ts(dt.datetime.now(dt.UTC))
    async with connect201(server.ocpp_url, "CP-P02", key) as st:
        assert (await st.call("DataTransfer", {"vendorId": "SomeoneElse"}))["status"] == "UnknownVendorId"
        answer = await st.call(
            "DataTransfer", {"vendorId": "PlagSini", "messageId": "echo", "data": {"x": 1}}
        )
        assert answer == {"status": "Accepted", "data": {"x": 1}}
        # customData is allowed in every object (TC_P_03).
        assert "currentTime" in await st.call("Heartbeat", {"customData": {"vendorId": "Acme", "extra": 1}})
        assert (
            await st.call("SecurityEventNotification", {"type": "StartupOfTheDevice", "timestamp": now}) == {}
        )
        event = {
            "eventId": 1,
            "timestamp": now,
            "trigger": "Delta",
            "actualValue": "Unavailable",
            "eventNotificationType": "HardWiredNotification",
            "component": {"name": "Connector", "evse": {"id": 1, "connectorId": 1}},
            "variable": {"name": "AvailabilityState"},
        }
        assert await st.call("NotifyEvent", {"generatedAt": now, "seqNo": 0, "eventData": [event]}) == {}
        # A message the platform does not handle yet: NotSupported, the socket stays up.
        uid = "pfs-1"
        err = await st.raw(json.dumps([2, uid, "PublishFirmwareStatusNotification", {"status": "Idle"}]), uid)
        assert err[:3] == [4, uid, "NotSupported"]
        assert "currentTime" in await st.call("Heartbeat", {})


async def test_tc_e_03_csms_local_start_cable_first(server: Any) -> None:
    """TxStartPoint EVConnected: Started (CablePluggedIn) carries no idToken; the card comes in an
    Updated (Authorized). The session starts at the Started event with its reading, so the driver pays
    only the energy of the transaction."""
    from tests.ocpp.test_core import add_tag

    await add_tag(server.platform, "CARD-E03")
    card = {"idToken": "CARD-E03", "type": "ISO14443"}
    key = await register(server.platform, "CP-E03")
    t0 = dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)
    async with connect201(server.ocpp_url, "CP-E03", key) as st:
        first = _event(
            "Started",
            "cable-1",
            0,
            t0,
            "CablePluggedIn",
            evse={"id": 1, "connectorId": 1},
            info={"chargingState": "EVConnected"},
            meterValue=_energy(80_000, t0, "Transaction.Begin"),
        )
        assert await st.call("TransactionEvent", first) == {}
        assert await st.call("TransactionEvent", first) == {}  # a retry
        authorized = _event(
            "Updated",
            "cable-1",
            1,
            t0 + dt.timedelta(minutes=1),
            "Authorized",
            idToken=card,
            info={"chargingState": "Charging"},
        )
        assert (await st.call("TransactionEvent", authorized))["idTokenInfo"]["status"] == "Accepted"
        end = t0 + dt.timedelta(minutes=30)
        await st.call(
            "TransactionEvent",
            _event(
                "Ended",
                "cable-1",
                2,
                end,
                "EVDeparted",
                info={"stoppedReason": "EVDisconnected"},
                meterValue=_energy(84_000, end, "Transaction.End"),
            ),
        )
    async with server.platform.sessionmaker() as s:
        tx = await s.scalar(select(ChargingSession).where(ChargingSession.ocpp_transaction_id == "cable-1"))
    assert tx is not None
    assert (tx.started_at, tx.meter_start, tx.energy_wh, tx.status, tx.flags or []) == (
        t0,
        80_000,
        4_000,
        "Completed",
        [],
    )


async def test_transaction_without_start_reading_bills_from_its_first_reading(server: Any) -> None:
    """A station configured to send no reading in its Started event: the session's meterStart is the
    first energy register reading that arrives (flagged meter_start_late), so the driver never pays
    for the meter's whole register."""
    from tests.ocpp.test_core import add_tag

    await add_tag(server.platform, "CARD-NOREAD")
    card = {"idToken": "CARD-NOREAD", "type": "ISO14443"}
    key = await register(server.platform, "CP-NOREAD")
    t0 = dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)
    async with connect201(server.ocpp_url, "CP-NOREAD", key) as st:
        await st.call(
            "TransactionEvent", _event("Started", "nr-1", 0, t0, "Authorized", idToken=card, evse={"id": 1})
        )
        t1 = t0 + dt.timedelta(minutes=5)
        await st.call(
            "TransactionEvent",
            _event("Updated", "nr-1", 1, t1, "MeterValuePeriodic", meterValue=_energy(500_000, t1)),
        )
        end = t0 + dt.timedelta(minutes=30)
        await st.call(
            "TransactionEvent",
            _event(
                "Ended",
                "nr-1",
                2,
                end,
                "StopAuthorized",
                info={"stoppedReason": "Local"},
                meterValue=_energy(503_000, end),
            ),
        )
    async with server.platform.sessionmaker() as s:
        tx = await s.scalar(select(ChargingSession).where(ChargingSession.ocpp_transaction_id == "nr-1"))
    assert tx is not None
    assert (tx.meter_start, tx.energy_wh, tx.flags) == (500_000, 3_000, ["meter_start_late"])


async def test_charging_state_suspended_ev_starts_idle_time_billed_after_the_grace(server: Any) -> None:
    """OCPP 2.0.1: a transaction's chargingState SuspendedEV (the car stopped drawing) starts its idle
    time; Charging again ends it; the Ended event bills the idle minutes after the tariff's grace."""
    from tests.money.test_idle_fee import idle_tariff
    from tests.ocpp.test_core import add_tag

    await idle_tariff(server, grace_minutes=1)
    await add_tag(server.platform, "IDLE201")
    card = {"idToken": "IDLE201", "type": "ISO14443"}
    key = await register(server.platform, "CP-IDLE201")
    t0 = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(hours=1)
    steps = [
        (5, "Charging"),
        (10, "SuspendedEV"),  # a pause within the grace: charging again ends it
        (10.5, "Charging"),
        (30, "SuspendedEV"),  # full: idle from here
    ]
    async with connect201(server.ocpp_url, "CP-IDLE201", key) as st:
        await st.call(
            "TransactionEvent",
            _event(
                "Started",
                "tx-idle",
                0,
                t0,
                "Authorized",
                idToken=card,
                evse={"id": 1, "connectorId": 1},
                meterValue=_energy(0, t0, "Transaction.Begin"),
            ),
        )
        for seq, (minutes, state) in enumerate(steps, start=1):
            await st.call(
                "TransactionEvent",
                _event(
                    "Updated",
                    "tx-idle",
                    seq,
                    t0 + dt.timedelta(minutes=minutes),
                    "ChargingStateChanged",
                    info={"chargingState": state},
                ),
            )
        end = t0 + dt.timedelta(minutes=34)
        await st.call(
            "TransactionEvent",
            _event(
                "Ended",
                "tx-idle",
                len(steps) + 1,
                end,
                "EVCommunicationLost",
                info={"stoppedReason": "EVDisconnected"},
                meterValue=_energy(10_000, end, "Transaction.End"),
            ),
        )
    async with server.platform.sessionmaker() as s:
        tx = (await s.execute(select(ChargingSession))).scalar_one()
    assert tx.status == "Completed" and tx.charging_ended_at == t0 + dt.timedelta(minutes=30)
    # 4 idle minutes - 1 of grace = 3 min x 50 sen = 150 sen.
    idle_lines = [line for line in tx.cost_lines or [] if line["code"] == "idle"]
    assert [(float(line["quantity"]), line["amount_sen"]) for line in idle_lines] == [(3.0, 150)], idle_lines
