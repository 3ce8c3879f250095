"""Outbound commands through the admin GraphQL API, named by OCTT case: remote start/stop, reset,
unlock, configuration, local list, firmware/diagnostics, reservations, trigger, smart charging,
clear cache, data transfer."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

import pytest
from ocpp.v16 import call
from sqlalchemy import select

from api.relay import encode_id
from db.models import Charger, IdTag, Reservation
from tests.helpers.auth import make_user
from tests.ocpp.conftest import connect, register

PAYLOAD = "status response errors { __typename code message ... on CommandRejectedError { errorCode } }"


@pytest.fixture
async def admin(server: Any) -> str:
    _user, token = await make_user(server.platform, role="admin")
    return token


async def cid(server: Any, cpid: str = "CP-1") -> str:
    async with server.platform.sessionmaker() as s:
        c = (await s.execute(select(Charger).where(Charger.charge_point_id == cpid))).scalar_one()
    return str(encode_id("Charger", c.id))


async def op(
    server: Any, token: str, name: str, input: dict[str, Any], fields: str = PAYLOAD
) -> dict[str, Any]:
    # Input type names follow the mutation (AdminCancelReservationInput for the admin cancel).
    type_name = {
        "cancelChargerReservation": "AdminCancelReservationInput",
        "resetCharger": "ResetChargerInput",
    }.get(name, name[0].upper() + name[1:] + "Input")
    if name in ("clearCache", "getLocalListVersion"):
        type_name = "ChargerCommandInput"
    q = f"mutation($input: {type_name}!) {{ {name}(input: $input) {{ {fields} }} }}"
    r = await server.graphql(q, {"input": input}, token=token)
    assert "errors" not in r, r
    return dict(r["data"][name])


async def test_tc_010_remote_start_and_tc_012_remote_stop(server: Any, charger: Any, admin: str) -> None:
    c = await cid(server)
    out = await op(
        server, admin, "remoteStartTransaction", {"chargerId": c, "idTag": "TAG-R", "connectorId": 1}
    )
    assert out["status"] == "Accepted" and out["errors"] == []
    req = await charger.expect("RemoteStartTransaction")
    assert req == {"idTag": "TAG-R", "connectorId": 1}
    async with server.platform.sessionmaker() as s, s.begin():
        s.add(IdTag(id_tag="TAG-R", kind="app", status="Accepted"))
    start = await charger.call(
        call.StartTransaction(
            connector_id=1, id_tag="TAG-R", meter_start=0, timestamp=dt.datetime.now(dt.UTC).isoformat()
        ),
        suppress=False,
    )
    out = await op(
        server, admin, "remoteStopTransaction", {"chargerId": c, "transactionId": start.transaction_id}
    )
    assert out["status"] == "Accepted"
    assert (await charger.expect("RemoteStopTransaction")) == {"transactionId": start.transaction_id}


async def test_tc_026_remote_start_rejected_and_tc_028_remote_stop_rejected(
    server: Any, charger: Any, admin: str
) -> None:
    c = await cid(server)
    charger.answers["RemoteStartTransaction"] = {"status": "Rejected"}
    charger.answers["RemoteStopTransaction"] = {"status": "Rejected"}
    assert (await op(server, admin, "remoteStartTransaction", {"chargerId": c, "idTag": "X"}))[
        "status"
    ] == "Rejected"
    assert (await op(server, admin, "remoteStopTransaction", {"chargerId": c, "transactionId": 7}))[
        "status"
    ] == "Rejected"


async def test_tc_011_2_remote_start_time_out_is_typed(server: Any, charger: Any, admin: str) -> None:
    charger.answers["RemoteStartTransaction"] = None
    out = await op(server, admin, "remoteStartTransaction", {"chargerId": await cid(server), "idTag": "X"})
    assert out["status"] is None and out["errors"][0]["__typename"] == "CommandTimeoutError"


async def test_offline_and_callerror_are_typed(server: Any, charger: Any, admin: str) -> None:
    charger.answers["ClearCache"] = ("error", "NotImplemented")
    out = await op(server, admin, "clearCache", {"chargerId": await cid(server)})
    assert (
        out["errors"][0]["__typename"] == "CommandRejectedError"
        and out["errors"][0]["errorCode"] == "NotImplemented"
    )
    await register(server.platform, "CP-OFF")
    out = await op(server, admin, "clearCache", {"chargerId": await cid(server, "CP-OFF")})
    assert out["errors"][0]["__typename"] == "ChargerOfflineError"


async def test_commands_need_an_admin(server: Any, charger: Any) -> None:
    _u, driver = await make_user(server.platform)
    r = await server.graphql(
        "mutation($i: ChargerCommandInput!) { clearCache(input: $i) { status } }",
        {"i": {"chargerId": await cid(server)}},
        token=driver,
    )
    assert r["errors"][0]["extensions"]["code"] == "FORBIDDEN"


@pytest.mark.parametrize("kind", ["Hard", "Soft"])
async def test_tc_013_014_reset_without_transaction(server: Any, charger: Any, admin: str, kind: str) -> None:
    out = await op(server, admin, "resetCharger", {"chargerId": await cid(server), "type": kind.upper()})
    assert out["status"] == "Accepted"
    assert (await charger.expect("Reset")) == {"type": kind}
    # The charger reboots: boot, status of every connector.
    assert (await charger.boot()).status == "Accepted"


async def test_tc_017_unlock_connector_and_tc_030_031(server: Any, charger: Any, admin: str) -> None:
    c = await cid(server)
    assert (await op(server, admin, "unlockConnector", {"chargerId": c, "connectorId": 1}))[
        "status"
    ] == "Unlocked"
    charger.answers["UnlockConnector"] = {"status": "UnlockFailed"}
    assert (await op(server, admin, "unlockConnector", {"chargerId": c, "connectorId": 1}))[
        "status"
    ] == "UnlockFailed"
    charger.answers["UnlockConnector"] = {"status": "NotSupported"}
    assert (await op(server, admin, "unlockConnector", {"chargerId": c, "connectorId": 9}))[
        "status"
    ] == "NotSupported"


async def test_tc_019_retrieve_configuration_and_tc_021_change(server: Any, charger: Any, admin: str) -> None:
    c = await cid(server)
    out = await op(
        server, admin, "getConfiguration", {"chargerId": c}, PAYLOAD + " configuration { key value readonly }"
    )
    assert {k["key"] for k in out["configuration"]} == {"HeartbeatInterval", "NumberOfConnectors"}
    charger.answers["GetConfiguration"] = lambda a, p: {
        "configurationKey": [{"key": "HeartbeatInterval", "readonly": False, "value": "60"}],
        "unknownKey": [k for k in p.get("key", []) if k != "HeartbeatInterval"],
    }
    out = await op(
        server,
        admin,
        "getConfiguration",
        {"chargerId": c, "keys": ["HeartbeatInterval", "Nope"]},
        PAYLOAD + " unknownKeys",
    )
    assert out["unknownKeys"] == ["Nope"]
    out = await op(
        server, admin, "changeConfiguration", {"chargerId": c, "key": "HeartbeatInterval", "value": "120"}
    )
    assert out["status"] == "Accepted"
    r = await server.graphql(
        "query($c: ID!) { chargerConfiguration(chargerId: $c) { key value readonly } }", {"c": c}, token=admin
    )
    cache = {k["key"]: k for k in r["data"]["chargerConfiguration"]}
    assert cache["HeartbeatInterval"]["value"] == "120" and cache["NumberOfConnectors"]["readonly"] is True


async def test_tc_040_configuration_not_supported_and_invalid(server: Any, charger: Any, admin: str) -> None:
    c = await cid(server)
    charger.answers["ChangeConfiguration"] = {"status": "NotSupported"}
    out = await op(server, admin, "changeConfiguration", {"chargerId": c, "key": "Foo", "value": "1"})
    assert out["status"] == "NotSupported"
    charger.answers["ChangeConfiguration"] = {"status": "Rejected"}
    out = await op(
        server, admin, "changeConfiguration", {"chargerId": c, "key": "HeartbeatInterval", "value": "-5"}
    )
    assert out["status"] == "Rejected"


async def test_tc_042_043_local_list(server: Any, charger: Any, admin: str) -> None:
    c = await cid(server)
    async with server.platform.sessionmaker() as s, s.begin():
        s.add_all([IdTag(id_tag=f"L{i}", kind="rfid", status="Accepted") for i in range(3)])
    assert (await op(server, admin, "getLocalListVersion", {"chargerId": c}))["response"] == {
        "listVersion": 0
    }
    out = await op(server, admin, "sendLocalList", {"chargerId": c, "updateType": "FULL"})
    assert out["status"] == "Accepted"
    sent = await charger.expect("SendLocalList")
    assert sent["updateType"] == "Full" and sent["listVersion"] == 1
    assert {e["idTag"] for e in sent["localAuthorizationList"]} >= {"L0", "L1", "L2"}
    out = await op(
        server,
        admin,
        "sendLocalList",
        {"chargerId": c, "updateType": "DIFFERENTIAL", "idTags": ["L1", "GONE"]},
    )
    sent = await charger.expect("SendLocalList")
    assert sent["listVersion"] == 2
    assert sent["localAuthorizationList"] == [
        {"idTag": "L1", "idTagInfo": {"status": "Accepted"}},
        {"idTag": "GONE"},
    ]
    for status in ("NotSupported", "Failed", "VersionMismatch"):
        charger.answers["SendLocalList"] = {"status": status}
        assert (await op(server, admin, "sendLocalList", {"chargerId": c, "updateType": "FULL"}))[
            "status"
        ] == status
    async with server.platform.sessionmaker() as s:
        ch = (await s.execute(select(Charger).where(Charger.charge_point_id == "CP-1"))).scalar_one()
        assert ch.local_list_version == 2


async def test_tc_044_firmware_and_tc_045_diagnostics(server: Any, charger: Any, admin: str) -> None:
    c = await cid(server)
    when = (dt.datetime.now(dt.UTC) + dt.timedelta(minutes=1)).isoformat()
    out = await op(
        server,
        admin,
        "updateFirmware",
        {"chargerId": c, "location": "https://fw.example/x.bin", "retrieveDate": when},
        PAYLOAD + " firmwareJob { id status }",
    )
    assert out["firmwareJob"]["status"] == "Accepted"
    for st in ("Downloading", "Downloaded", "Installing", "Installed"):
        await charger.call(call.FirmwareStatusNotification(status=st), suppress=False)
    out = await op(
        server,
        admin,
        "getDiagnostics",
        {"chargerId": c, "location": "ftp://diag.example/"},
        PAYLOAD + " diagnosticsJob { id status fileName }",
    )
    assert out["diagnosticsJob"]["fileName"] == "diag-1.tar.gz"
    for st in ("Uploading", "UploadFailed"):
        await charger.call(call.DiagnosticsStatusNotification(status=st), suppress=False)
    r = await server.graphql(
        "query($c: ID!) { firmwareJobs(chargerId: $c) { status history { status } } "
        "diagnosticsJobs(chargerId: $c) { status } }",
        {"c": c},
        token=admin,
    )
    assert r["data"]["firmwareJobs"][0]["status"] == "Installed"
    assert [h["status"] for h in r["data"]["firmwareJobs"][0]["history"]][-1] == "Installed"
    assert r["data"]["diagnosticsJobs"][0]["status"] == "UploadFailed"


async def test_a_firmware_status_sent_before_the_answer_is_kept(
    server: Any, charger: Any, admin: str
) -> None:
    """A charger may report Downloading before its answer to UpdateFirmware is stored: storing the
    answer must not write the firmware job back as it was before the command."""
    c = await cid(server)
    charger.delay["UpdateFirmware"] = 0.5  # it answers after reporting progress

    async def report() -> None:
        await charger.expect("UpdateFirmware")
        await charger.call(call.FirmwareStatusNotification(status="Downloading"), suppress=False)

    reporter = asyncio.create_task(report())
    when = dt.datetime.now(dt.UTC).isoformat()
    out = await op(
        server,
        admin,
        "updateFirmware",
        {"chargerId": c, "location": "https://fw.example/y.bin", "retrieveDate": when},
        PAYLOAD + " firmwareJob { id status }",
    )
    await reporter
    assert out["firmwareJob"]["status"] == "Downloading"
    r = await server.graphql(
        "query($c: ID!) { firmwareJobs(chargerId: $c) { status history { status } } }", {"c": c}, token=admin
    )
    job = r["data"]["firmwareJobs"][0]
    assert job["status"] == "Downloading"
    assert sorted(h["status"] for h in job["history"]) == ["Accepted", "Downloading"]


async def test_tc_046_reservation_transaction_and_tc_051_cancel(
    server: Any, charger: Any, admin: str
) -> None:
    c = await cid(server)
    async with server.platform.sessionmaker() as s, s.begin():
        s.add(IdTag(id_tag="RES-1", kind="rfid", status="Accepted"))
    expiry = (dt.datetime.now(dt.UTC) + dt.timedelta(minutes=30)).isoformat()

    async def reserve(connector_id: int) -> dict[str, Any]:
        variables = {"chargerId": c, "connectorId": connector_id, "idTag": "RES-1", "expiryDate": expiry}
        out = await op(
            server, admin, "reserveNow", variables, PAYLOAD + " reservation { reservationId status }"
        )
        return dict(out["reservation"])

    reservation = await reserve(1)
    rid = reservation["reservationId"]
    assert reservation["status"] == "Accepted"
    assert (await charger.expect("ReserveNow"))["reservationId"] == rid
    start = await charger.call(
        call.StartTransaction(
            connector_id=1,
            id_tag="RES-1",
            meter_start=0,
            timestamp=dt.datetime.now(dt.UTC).isoformat(),
            reservation_id=rid,
        ),
        suppress=False,
    )
    assert start.id_tag_info["status"] == "Accepted"
    async with server.platform.sessionmaker() as s:
        assert (await s.get(Reservation, rid)).status == "Used"  # type: ignore[union-attr]
    # TC_051: cancel another reservation; TC_052: the charger rejects the cancel.
    rid2 = (await reserve(0))["reservationId"]
    charger.answers["CancelReservation"] = {"status": "Rejected"}
    out = await op(server, admin, "cancelChargerReservation", {"chargerId": c, "reservationId": rid2})
    assert out["status"] == "Rejected"
    charger.answers["CancelReservation"] = {"status": "Accepted"}
    out = await op(server, admin, "cancelChargerReservation", {"chargerId": c, "reservationId": rid2})
    assert out["status"] == "Accepted"
    async with server.platform.sessionmaker() as s:
        assert (await s.get(Reservation, rid2)).status == "Cancelled"  # type: ignore[union-attr]


@pytest.mark.parametrize("status", ["Faulted", "Occupied", "Unavailable", "Rejected"])
async def test_tc_048_reservation_refused(server: Any, charger: Any, admin: str, status: str) -> None:
    charger.answers["ReserveNow"] = {"status": status}
    expiry = (dt.datetime.now(dt.UTC) + dt.timedelta(minutes=30)).isoformat()
    out = await op(
        server,
        admin,
        "reserveNow",
        {"chargerId": await cid(server), "connectorId": 1, "idTag": "X", "expiryDate": expiry},
        PAYLOAD + " reservation { status }",
    )
    assert out["status"] == status and out["reservation"]["status"] == status


async def test_tc_054_trigger_message_and_tc_055_rejected(server: Any, charger: Any, admin: str) -> None:
    c = await cid(server)
    out = await op(server, admin, "triggerMessage", {"chargerId": c, "requestedMessage": "HEARTBEAT"})
    assert out["status"] == "Accepted"
    charger.answers["TriggerMessage"] = {"status": "Rejected"}
    out = await op(
        server,
        admin,
        "triggerMessage",
        {"chargerId": c, "requestedMessage": "METER_VALUES", "connectorId": 1},
    )
    assert out["status"] == "Rejected"


PROFILE = {
    "chargingProfileId": 10,
    "stackLevel": 0,
    "chargingProfilePurpose": "TxDefaultProfile",
    "chargingProfileKind": "Absolute",
    "chargingSchedule": {
        "chargingRateUnit": "A",
        "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 16.0}, {"startPeriod": 3600, "limit": 10.5}],
    },
}


async def test_tc_056_057_smart_charging_and_tc_066_067(server: Any, charger: Any, admin: str) -> None:
    c = await cid(server)
    out = await op(
        server,
        admin,
        "setChargingProfile",
        {"chargerId": c, "connectorId": 0, "csChargingProfiles": PROFILE},
        PAYLOAD + " chargingProfile { status chargingProfileId }",
    )
    assert out["chargingProfile"] == {"status": "Accepted", "chargingProfileId": 10}
    sent = await charger.expect("SetChargingProfile")
    assert sent["csChargingProfiles"]["chargingSchedule"]["chargingSchedulePeriod"][1]["limit"] == 10.5
    tx_profile = dict(PROFILE, chargingProfileId=11, chargingProfilePurpose="TxProfile", transactionId=1)
    out = await op(
        server,
        admin,
        "setChargingProfile",
        {"chargerId": c, "connectorId": 1, "csChargingProfiles": tx_profile},
    )
    assert out["status"] == "Accepted"
    charger.answers["GetCompositeSchedule"] = {
        "status": "Accepted",
        "connectorId": 1,
        "chargingSchedule": {
            "chargingRateUnit": "A",
            "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 16.0}],
        },
    }
    out = await op(
        server, admin, "getCompositeSchedule", {"chargerId": c, "connectorId": 1, "duration": 3600}
    )
    assert out["status"] == "Accepted" and out["response"]["chargingSchedule"]["chargingRateUnit"] == "A"
    out = await op(server, admin, "clearChargingProfile", {"chargerId": c, "id": 10})
    assert out["status"] == "Accepted"
    r = await server.graphql(
        "query($c: ID!) { chargingProfiles(chargerId: $c) { chargingProfileId status } }",
        {"c": c},
        token=admin,
    )
    assert {p["chargingProfileId"]: p["status"] for p in r["data"]["chargingProfiles"]} == {
        10: "Cleared",
        11: "Accepted",
    }
    bad = await op(
        server,
        admin,
        "setChargingProfile",
        {"chargerId": c, "connectorId": 0, "csChargingProfiles": {"x": 1}},
    )
    assert bad["errors"][0]["__typename"] == "InvalidCommandError"


async def test_tc_059_remote_start_with_charging_profile(server: Any, charger: Any, admin: str) -> None:
    profile = dict(PROFILE, chargingProfilePurpose="TxProfile")
    out = await op(
        server,
        admin,
        "remoteStartTransaction",
        {"chargerId": await cid(server), "idTag": "T", "connectorId": 1, "chargingProfile": profile},
    )
    assert out["status"] == "Accepted"
    assert (await charger.expect("RemoteStartTransaction"))["chargingProfile"]["chargingProfileId"] == 10


async def test_tc_061_clear_cache_and_tc_064_data_transfer(server: Any, charger: Any, admin: str) -> None:
    c = await cid(server)
    assert (await op(server, admin, "clearCache", {"chargerId": c}))["status"] == "Accepted"
    out = await op(
        server, admin, "dataTransfer", {"chargerId": c, "vendorId": "com.example", "messageId": "m"}
    )
    assert out["status"] == "UnknownVendorId"
    charger.answers["DataTransfer"] = {"status": "Rejected"}
    assert (await op(server, admin, "dataTransfer", {"chargerId": c, "vendorId": "x"}))[
        "status"
    ] == "Rejected"
    # Charger → central system DataTransfer: unknown vendors get UnknownVendorId.
    resp = await charger.call(call.DataTransfer(vendor_id="com.example"), suppress=False)
    assert resp.status == "UnknownVendorId"


async def test_change_availability(server: Any, charger: Any, admin: str) -> None:
    c = await cid(server)
    out = await op(
        server, admin, "changeAvailability", {"chargerId": c, "connectorId": 0, "type": "INOPERATIVE"}
    )
    assert out["status"] == "Accepted"
    r = await server.graphql("query($c: ID!) { charger(id: $c) { availability } }", {"c": c}, token=admin)
    assert r["data"]["charger"]["availability"] == "Inoperative"


async def test_admin_register_approve_update_delete_and_queries(server: Any, admin: str) -> None:
    r = await server.graphql(
        "mutation($i: RegisterChargerInput!) { registerCharger(input: $i) { authorizationKey "
        "charger { id chargePointId securityProfile } errors { code } } }",
        {"i": {"chargePointId": "CP-NEW", "name": "Mall A", "city": "Kuching"}},
        token=admin,
    )
    reg = r["data"]["registerCharger"]
    key = reg["authorizationKey"]
    assert len(key) >= 16 and reg["charger"]["securityProfile"] == 1
    dup = await server.graphql(
        "mutation($i: RegisterChargerInput!) { registerCharger(input: $i) { errors { code field } } }",
        {"i": {"chargePointId": "CP-NEW"}},
        token=admin,
    )
    assert dup["data"]["registerCharger"]["errors"][0]["code"] == "CONFLICT"
    gid = reg["charger"]["id"]
    async with connect(server.ocpp_url, "CP-NEW", key) as cp:
        await cp.call(
            call.StatusNotification(connector_id=1, error_code="NoError", status="Available"), suppress=False
        )
        await cp.call(call.Heartbeat(), suppress=False)
        await server.platform.ocpp.message_log.flush()
        r = await server.graphql(
            '{ chargers(search: "mall", online: true) { totalCount '
            "nodes { chargePointId online connectors { connectorId status } } } }",
            token=admin,
        )
        node = r["data"]["chargers"]["nodes"][0]
        assert node["chargePointId"] == "CP-NEW" and node["connectors"] == [
            {"connectorId": 1, "status": "Available"}
        ]
        r = await server.graphql(
            '{ ocppMessages(chargePointId: "CP-NEW", action: "Heartbeat", first: 5) '
            "{ totalCount nodes { direction messageType latencyMs } } }",
            token=admin,
        )
        assert {n["direction"] for n in r["data"]["ocppMessages"]["nodes"]} == {"in", "out"}
    r = await server.graphql(
        "mutation($i: UpdateChargerInput!) { updateCharger(input: $i) "
        "{ authorizationKey charger { name } } }",
        {"i": {"id": gid, "name": "Mall B", "rotateAuthorizationKey": True}},
        token=admin,
    )
    assert r["data"]["updateCharger"]["charger"]["name"] == "Mall B"
    assert r["data"]["updateCharger"]["authorizationKey"] != key
    r = await server.graphql(
        "mutation($i: DeleteChargerInput!) { deleteCharger(input: $i) { deletedId errors { code } } }",
        {"i": {"id": gid}},
        token=admin,
    )
    assert r["data"]["deleteCharger"]["deletedId"] == gid


async def test_meter_values_time_range_query(server: Any, charger: Any, admin: str) -> None:
    t0 = dt.datetime.now(dt.UTC) - dt.timedelta(hours=2)
    for i in range(4):
        await charger.call(
            call.MeterValues(
                connector_id=1,
                meter_value=[
                    {
                        "timestamp": (t0 + dt.timedelta(minutes=30 * i)).isoformat(),
                        "sampledValue": [{"value": str(i)}],
                    }
                ],
            ),
            suppress=False,
        )
    r = await server.graphql(
        "query($c: ID!, $s: DateTime!, $u: DateTime!) { meterValues(chargerId: $c, since: $s, until: $u) "
        "{ value unit measurand } }",
        {
            "c": await cid(server),
            "s": (t0 + dt.timedelta(minutes=15)).isoformat(),
            "u": (t0 + dt.timedelta(minutes=75)).isoformat(),
        },
        token=admin,
    )
    assert [v["value"] for v in r["data"]["meterValues"]] == [1.0, 2.0]


async def test_tc_047_reservation_expire(server: Any, charger: Any, admin: str) -> None:
    from ocpp_server.housekeeping import run_once

    expiry = (dt.datetime.now(dt.UTC) + dt.timedelta(minutes=30)).isoformat()
    out = await op(
        server,
        admin,
        "reserveNow",
        {"chargerId": await cid(server), "connectorId": 1, "idTag": "X", "expiryDate": expiry},
        PAYLOAD + " reservation { reservationId }",
    )
    rid = out["reservation"]["reservationId"]
    async with server.platform.sessionmaker() as s, s.begin():
        r = await s.get(Reservation, rid)
        assert r is not None
        r.expires_at = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)
    await run_once(server.platform)
    async with server.platform.sessionmaker() as s:
        assert (await s.get(Reservation, rid)).status == "Expired"  # type: ignore[union-attr]


async def test_tc_049_reserve_charge_point_and_tc_053_parent_id_tag(
    server: Any, charger: Any, admin: str
) -> None:
    async with server.platform.sessionmaker() as s, s.begin():
        s.add(IdTag(id_tag="GROUP", kind="rfid", status="Accepted"))
        s.add(IdTag(id_tag="MEMBER", kind="rfid", status="Accepted", parent_id_tag="GROUP"))
    expiry = (dt.datetime.now(dt.UTC) + dt.timedelta(minutes=30)).isoformat()
    out = await op(
        server,
        admin,
        "reserveNow",
        {
            "chargerId": await cid(server),
            "connectorId": 0,
            "idTag": "GROUP",
            "expiryDate": expiry,
            "parentIdTag": "GROUP",
        },
        PAYLOAD + " reservation { reservationId status }",
    )
    rid = out["reservation"]["reservationId"]
    assert (await charger.expect("ReserveNow"))["connectorId"] == 0
    # A member of the group starts on connector 2 without naming the reservation: it is consumed.
    start = await charger.call(
        call.StartTransaction(
            connector_id=2, id_tag="MEMBER", meter_start=0, timestamp=dt.datetime.now(dt.UTC).isoformat()
        ),
        suppress=False,
    )
    assert start.id_tag_info == {"status": "Accepted", "parent_id_tag": "GROUP"}
    async with server.platform.sessionmaker() as s:
        from db.models import ChargingSession

        assert (await s.get(Reservation, rid)).status == "Used"  # type: ignore[union-attr]
        assert (await s.get(ChargingSession, start.transaction_id)).reservation_id == rid  # type: ignore[union-attr]
