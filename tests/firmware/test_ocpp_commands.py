"""Every central-system command, handled by the firmware's OCPP client against a real central system.

Tests are named after the OCTT case they follow where one exists.
"""

import asyncio
import os
import time
from datetime import UTC, datetime, timedelta

import pytest
from ocpp.exceptions import NotImplementedError as OcppNotImplemented

from .conftest import RunningCharger, fw_config

CP = "CP1"


def iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def in_(seconds):
    return iso(datetime.now(UTC) + timedelta(seconds=seconds))


async def reserve(cs, connector, id_tag, reservation_id, expires_in=60):
    """The central system sends ReserveNow (expiring in `expires_in` seconds); the charger's answer."""
    payload = {"connectorId": connector, "idTag": id_tag, "reservationId": reservation_id}
    return await cs.call(CP, "ReserveNow", {**payload, "expiryDate": in_(expires_in)})


async def status(cs, st, connector=1, since=0, timeout=10):
    return await cs.wait_for(
        "StatusNotification",
        cp=CP,
        where=lambda p: p["connectorId"] == connector and p["status"] == st,
        since=since,
        timeout=timeout,
    )


async def start_charging(cs, charger, tag="TAG1"):
    charger.hal.ev(1).plug()
    mark = cs.mark()
    assert (await cs.call(CP, "RemoteStartTransaction", {"idTag": tag, "connectorId": 1}))[
        "status"
    ] == "Accepted"
    start = await cs.wait_for("StartTransaction", cp=CP, since=mark)
    await status(cs, "Charging", since=mark)
    await charger.wait(lambda: charger.cp.connector(1).tx.get("id") is not None, 5, "transaction id")
    return start["response"]["transactionId"]


class HttpServer:
    """A tiny HTTP server for diagnostics uploads and firmware downloads."""

    def __init__(self):
        self.requests = []
        self.files = {}
        self.fail = set()

    async def handle(self, reader, writer):
        line = (await reader.readline()).decode()
        method, path, _ = line.split(" ", 2)
        headers = {}
        while True:
            h = await reader.readline()
            if h in (b"\r\n", b""):
                break
            k, _, v = h.decode().partition(":")
            headers[k.strip().lower()] = v.strip()
        body = await reader.readexactly(int(headers.get("content-length", 0)))
        self.requests.append((method, path, headers, body))
        if path in self.fail:
            code, data = 500, b"fail"
        elif method == "GET":
            code, data = (200, self.files[path]) if path in self.files else (404, b"")
        else:
            code, data = 200, b"ok"
        writer.write(b"HTTP/1.1 %d X\r\nContent-Length: %d\r\n\r\n" % (code, len(data)) + data)
        await writer.drain()
        writer.close()

    async def __aenter__(self):
        self.server = await asyncio.start_server(self.handle, "127.0.0.1", 0)
        self.url = f"http://127.0.0.1:{self.server.sockets[0].getsockname()[1]}"
        return self

    async def __aexit__(self, *exc):
        self.server.close()
        await self.server.wait_closed()


# --- Core -----------------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_tc_001_cold_boot(central_system, charger):
    boot = await central_system.wait_for("BootNotification", cp=CP)
    assert boot["payload"]["chargePointVendor"] == "PlagSini"
    assert boot["payload"]["firmwareVersion"]
    await status(central_system, "Available", connector=0)
    await status(central_system, "Available", connector=1)


@pytest.mark.asyncio
async def test_boot_pending_is_retried_after_interval(central_system, tmp_path):
    cs = central_system
    cs.boot_status = "Pending"
    cs.heartbeat_interval = 1
    store = str(tmp_path / "cp")
    rc = RunningCharger(fw_config(cs.url, CP, store), store)
    rc.power_on()
    first = await cs.wait_for("BootNotification", cp=CP)
    cs.boot_status = "Accepted"
    t0 = time.monotonic()
    await cs.wait_for("BootNotification", cp=CP, since=cs.messages.index(first) + 1)
    assert time.monotonic() - t0 >= 0.5  # waited for the interval of the Pending answer
    await rc.booted()
    # no other CALL went out before the boot was accepted
    assert [m["action"] for m in cs.messages][:2] == ["BootNotification", "BootNotification"]
    await rc.power_off()


@pytest.mark.asyncio
async def test_heartbeat_at_interval(central_system, tmp_path):
    cs = central_system
    cs.heartbeat_interval = 1
    store = str(tmp_path / "cp")
    rc = RunningCharger(fw_config(cs.url, CP, store), store)
    rc.power_on()
    await cs.wait_for("Heartbeat", cp=CP, timeout=5)
    await rc.power_off()


@pytest.mark.asyncio
async def test_tc_003_regular_session_plug_in_first(central_system, charger):
    cs = central_system
    charger.hal.ev(1).plug()
    await status(cs, "Preparing")
    assert await charger.cp.present_id_tag("TAG3")
    auth = await cs.wait_for("Authorize", cp=CP)
    assert auth["payload"] == {"idTag": "TAG3"}
    start = await cs.wait_for("StartTransaction", cp=CP)
    assert start["payload"]["connectorId"] == 1 and start["payload"]["idTag"] == "TAG3"
    await status(cs, "Charging")
    # the same card ends the session
    assert await charger.cp.present_id_tag("TAG3")
    stop = await cs.wait_for("StopTransaction", cp=CP)
    assert "reason" not in stop["payload"]  # Local is the default
    await status(cs, "Finishing")
    charger.hal.ev(1).unplug()
    await status(cs, "Available", since=cs.messages.index(stop))


@pytest.mark.asyncio
async def test_tc_004_2_identification_first_connection_timeout(central_system, tmp_path):
    cs = central_system
    store = str(tmp_path / "cp")
    rc = RunningCharger(fw_config(cs.url, CP, store, ocpp={"ConnectionTimeOut": 1}), store)
    rc.power_on()
    await rc.booted()
    assert await rc.cp.present_id_tag("TAG4")
    await status(cs, "Preparing")
    mark = cs.mark()
    await status(cs, "Available", since=mark, timeout=5)
    assert cs.find("StartTransaction") is None
    await rc.power_off()


@pytest.mark.asyncio
async def test_tc_005_1_ev_side_disconnected(central_system, charger):
    cs = central_system
    tid = await start_charging(cs, charger)
    charger.hal.ev(1).unplug()
    stop = await cs.wait_for("StopTransaction", cp=CP)
    assert stop["payload"]["reason"] == "EVDisconnected"
    assert stop["payload"]["transactionId"] == tid
    assert not charger.hal.conns[0].relay_cmd


@pytest.mark.asyncio
async def test_tc_007_cached_id_used_offline_and_tc_061_clear_cache(central_system, charger):
    cs = central_system
    charger.hal.ev(1).plug()
    assert await charger.cp.present_id_tag("CACHED")
    await cs.wait_for("StartTransaction", cp=CP)
    assert charger.cp.auth.lookup("CACHED")["status"] == "Accepted"
    assert (await cs.call(CP, "ClearCache", {}))["status"] == "Accepted"
    assert charger.cp.auth.lookup("CACHED") is None


@pytest.mark.asyncio
async def test_tc_010_remote_start_and_tc_012_remote_stop(central_system, charger):
    cs = central_system
    tid = await start_charging(cs, charger)
    mv = await cs.wait_for("MeterValues", cp=CP, where=lambda p: p.get("transactionId") == tid)
    assert mv["payload"]["meterValue"][0]["sampledValue"][0]["measurand"] == "Energy.Active.Import.Register"
    assert (await cs.call(CP, "RemoteStopTransaction", {"transactionId": tid}))["status"] == "Accepted"
    stop = await cs.wait_for("StopTransaction", cp=CP)
    assert stop["payload"]["reason"] == "Remote"
    assert stop["payload"]["meterStop"] > 0


@pytest.mark.asyncio
async def test_tc_011_1_remote_start_first_then_plug(central_system, charger):
    cs = central_system
    assert (await cs.call(CP, "RemoteStartTransaction", {"idTag": "R1"}))["status"] == "Accepted"
    await status(cs, "Preparing")
    charger.hal.ev(1).plug()
    await cs.wait_for("StartTransaction", cp=CP)


@pytest.mark.asyncio
async def test_remote_start_authorizes_first_when_configured(central_system, charger):
    cs = central_system
    cs.id_tags["BLOCKED"] = "Blocked"
    assert (await cs.call(CP, "ChangeConfiguration", {"key": "AuthorizeRemoteTxRequests", "value": "true"}))[
        "status"
    ] == "Accepted"
    charger.hal.ev(1).plug()
    await cs.call(CP, "RemoteStartTransaction", {"idTag": "BLOCKED", "connectorId": 1})
    await cs.wait_for("Authorize", cp=CP, where=lambda p: p["idTag"] == "BLOCKED")
    assert charger.cp.connector(1).pending is None
    assert cs.find("StartTransaction") is None


@pytest.mark.asyncio
async def test_tc_026_remote_start_rejected_and_tc_028_remote_stop_rejected(central_system, charger):
    cs = central_system
    await start_charging(cs, charger)
    assert (await cs.call(CP, "RemoteStartTransaction", {"idTag": "X", "connectorId": 1}))[
        "status"
    ] == "Rejected"
    assert (await cs.call(CP, "RemoteStartTransaction", {"idTag": "X", "connectorId": 9}))[
        "status"
    ] == "Rejected"
    assert (await cs.call(CP, "RemoteStopTransaction", {"transactionId": 999}))["status"] == "Rejected"


@pytest.mark.asyncio
async def test_tc_013_hard_reset_and_tc_014_soft_reset(central_system, charger):
    cs = central_system
    tid = await start_charging(cs, charger)
    assert (await cs.call(CP, "Reset", {"type": "Hard"}))["status"] == "Accepted"
    stop = await cs.wait_for("StopTransaction", cp=CP)
    assert stop["payload"]["reason"] == "HardReset" and stop["payload"]["transactionId"] == tid
    await charger.wait(lambda: charger.outcome is not None, 10, "reboot")
    assert type(charger.outcome).__name__ == "Reboot"
    mark = cs.mark()
    charger.power_on()
    await cs.wait_for("BootNotification", cp=CP, since=mark)
    await charger.booted()
    assert (await cs.call(CP, "Reset", {"type": "Soft"}))["status"] == "Accepted"
    await charger.wait(lambda: str(charger.outcome) == "Soft", 10, "soft reboot")


@pytest.mark.asyncio
async def test_tc_017_unlock_connector_and_tc_030_failure_and_tc_031_unknown(central_system, charger):
    cs = central_system
    assert (await cs.call(CP, "UnlockConnector", {"connectorId": 1}))["status"] == "Unlocked"
    tid = await start_charging(cs, charger)
    assert (await cs.call(CP, "UnlockConnector", {"connectorId": 1}))["status"] == "Unlocked"
    stop = await cs.wait_for("StopTransaction", cp=CP)
    assert stop["payload"]["reason"] == "UnlockCommand" and stop["payload"]["transactionId"] == tid
    charger.hal.inject("lock")
    assert (await cs.call(CP, "UnlockConnector", {"connectorId": 1}))["status"] == "UnlockFailed"
    assert (await cs.call(CP, "UnlockConnector", {"connectorId": 7}))["status"] == "NotSupported"


@pytest.mark.asyncio
async def test_tc_019_get_configuration_all_and_specific(central_system, charger):
    cs = central_system
    allkeys = await cs.call(CP, "GetConfiguration", {})
    keys = {k["key"]: k for k in allkeys["configurationKey"]}
    for name in (
        "HeartbeatInterval",
        "MeterValueSampleInterval",
        "TransactionMessageAttempts",
        "TransactionMessageRetryInterval",
        "NumberOfConnectors",
        "LocalAuthListEnabled",
    ):
        assert name in keys
    assert keys["NumberOfConnectors"]["readonly"] is True
    assert "value" not in keys["AuthorizationKey"]  # write-only
    one = await cs.call(CP, "GetConfiguration", {"key": ["MeterValueSampleInterval", "Nope"]})
    assert one["configurationKey"] == [{"key": "MeterValueSampleInterval", "readonly": False, "value": "1"}]
    assert one["unknownKey"] == ["Nope"]


@pytest.mark.asyncio
async def test_tc_021_change_configuration_persists_and_tc_040_not_supported_invalid(central_system, charger):
    cs = central_system
    r = await cs.call(CP, "ChangeConfiguration", {"key": "MeterValueSampleInterval", "value": "7"})
    assert r["status"] == "Accepted"
    assert (await cs.call(CP, "ChangeConfiguration", {"key": "Foo", "value": "1"}))[
        "status"
    ] == "NotSupported"
    r = await cs.call(CP, "ChangeConfiguration", {"key": "HeartbeatInterval", "value": "abc"})
    assert r["status"] == "Rejected"
    r = await cs.call(CP, "ChangeConfiguration", {"key": "NumberOfConnectors", "value": "2"})
    assert r["status"] == "Rejected"
    r = await cs.call(CP, "ChangeConfiguration", {"key": "MeterValuesSampledData", "value": "Bogus"})
    assert r["status"] == "Rejected"
    # persisted across a reboot
    await charger.power_off()
    charger.power_on()
    assert charger.cp.config.get("MeterValueSampleInterval") == 7


@pytest.mark.asyncio
async def test_tc_073_update_authorization_key(central_system, charger):
    cs = central_system
    r = await cs.call(CP, "ChangeConfiguration", {"key": "AuthorizationKey", "value": "short"})
    assert r["status"] == "Rejected"
    key = "0123456789abcdef0123"
    r = await cs.call(CP, "ChangeConfiguration", {"key": "AuthorizationKey", "value": key})
    assert r["status"] == "Accepted"
    cs.passwords[CP] = key
    mark = len(cs.handshakes)
    await charger.power_off()
    charger.power_on()
    await charger.booted()
    assert cs.handshakes[mark][2].startswith("Basic ")


@pytest.mark.asyncio
async def test_tc_085_basic_auth_wrong_key_is_refused(central_system, tmp_path):
    cs = central_system
    cs.passwords["SEC1"] = "right-key-0123456789"
    store = str(tmp_path / "cp")
    rc = RunningCharger(fw_config(cs.url, "SEC1", store, authorization_key="wrong-key-0123456789"), store)
    rc.power_on()
    await rc.wait(lambda: len(cs.handshakes) >= 2, 5, "retries")
    assert not cs.connected("SEC1")
    await rc.power_off()
    rc = RunningCharger(fw_config(cs.url, "SEC1", store, authorization_key="right-key-0123456789"), store)
    rc.power_on()
    await rc.booted()
    assert cs.handshakes[-1][1] == "ocpp1.6"
    await rc.power_off()


@pytest.mark.asyncio
async def test_tc_023_authorize_invalid_does_not_start(central_system, charger):
    cs = central_system
    cs.id_tags["BAD"] = "Invalid"
    charger.hal.ev(1).plug()
    assert not await charger.cp.present_id_tag("BAD")
    assert cs.find("StartTransaction") is None


@pytest.mark.asyncio
async def test_tc_037_3_offline_invalid_tag_is_deauthorized(central_system, tmp_path):
    cs = central_system
    cs.id_tags["UNKNOWN"] = "Invalid"
    store = str(tmp_path / "cp")
    rc = RunningCharger(fw_config(cs.url, CP, store, ocpp={"AllowOfflineTxForUnknownId": True}), store)
    rc.power_on()
    await rc.booted()
    await rc.start_offline(cs, "UNKNOWN")
    mark = cs.mark()
    await cs.start()
    start = await cs.wait_for("StartTransaction", since=mark)
    stop = await cs.wait_for("StopTransaction", since=mark)
    assert stop["payload"]["reason"] == "DeAuthorized"
    assert stop["payload"]["transactionId"] == start["response"]["transactionId"]
    await rc.power_off()


@pytest.mark.asyncio
async def test_change_availability(central_system, charger):
    cs = central_system
    r = await cs.call(CP, "ChangeAvailability", {"connectorId": 1, "type": "Inoperative"})
    assert r["status"] == "Accepted"
    await status(cs, "Unavailable")
    assert (await cs.call(CP, "RemoteStartTransaction", {"idTag": "A", "connectorId": 1}))[
        "status"
    ] == "Rejected"
    mark = cs.mark()
    assert (await cs.call(CP, "ChangeAvailability", {"connectorId": 0, "type": "Operative"}))[
        "status"
    ] == "Accepted"
    assert (await cs.call(CP, "ChangeAvailability", {"connectorId": 1, "type": "Operative"}))[
        "status"
    ] == "Accepted"
    await status(cs, "Available", since=mark)
    tid = await start_charging(cs, charger)
    r = await cs.call(CP, "ChangeAvailability", {"connectorId": 1, "type": "Inoperative"})
    assert r["status"] == "Scheduled"
    await cs.call(CP, "RemoteStopTransaction", {"transactionId": tid})
    charger.hal.ev(1).unplug()
    await status(cs, "Unavailable", since=mark)


@pytest.mark.asyncio
async def test_tc_064_data_transfer(central_system, charger):
    cs = central_system
    assert (await cs.call(CP, "DataTransfer", {"vendorId": "Other"}))["status"] == "UnknownVendorId"
    r = await cs.call(CP, "DataTransfer", {"vendorId": "PlagSini", "messageId": "Ping", "data": "x"})
    assert r == {"status": "Accepted", "data": "x"}
    r = await cs.call(CP, "DataTransfer", {"vendorId": "PlagSini", "messageId": "Nope"})
    assert r["status"] == "UnknownMessageId"


@pytest.mark.asyncio
async def test_unknown_action_is_not_implemented(central_system, charger):
    cs = central_system
    charger_cs = await cs.wait_connected(CP)
    from ocpp.messages import Call

    msg = Call(unique_id="u1", action="Frobnicate", payload={})
    async with charger_cs._call_lock:
        await charger_cs._send(msg.to_json())
        resp = await charger_cs._get_specific_response("u1", 5)
    with pytest.raises(OcppNotImplemented):
        raise resp.to_exception()


# --- Firmware management ------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_tc_045_1_get_diagnostics_uploads_log_and_tc_045_2_upload_failed(central_system, charger):
    cs = central_system
    async with HttpServer() as http:
        r = await cs.call(CP, "GetDiagnostics", {"location": http.url + "/upload"})
        assert r["fileName"].startswith("diag-CP1")
        await cs.wait_for("DiagnosticsStatusNotification", where=lambda p: p["status"] == "Uploading")
        await cs.wait_for("DiagnosticsStatusNotification", where=lambda p: p["status"] == "Uploaded")
        method, path, headers, body = http.requests[-1]
        assert method == "POST" and path == "/upload"
        assert headers["content-type"].startswith("multipart/form-data")
        assert b"BootNotification" in body  # the firmware log
        http.fail.add("/bad")
        mark = cs.mark()
        await cs.call(CP, "GetDiagnostics", {"location": http.url + "/bad", "retries": 1, "retryInterval": 1})
        await cs.wait_for(
            "DiagnosticsStatusNotification", where=lambda p: p["status"] == "UploadFailed", since=mark
        )
        assert len([r for r in http.requests if r[1] == "/bad"]) == 2


@pytest.mark.asyncio
async def test_tc_044_1_firmware_update_download_install_and_report_after_reboot(central_system, charger):
    cs = central_system
    image = bytes(range(256)) * 40
    async with HttpServer() as http:
        http.files["/fw.bin"] = image
        r = await cs.call(CP, "UpdateFirmware", {"location": http.url + "/fw.bin", "retrieveDate": in_(-1)})
        assert r == {}
        for st in ("Downloading", "Downloaded", "Installing"):
            await cs.wait_for("FirmwareStatusNotification", where=lambda p, st=st: p["status"] == st)
    assert bytes(charger.hal.ota_image) == image
    await charger.wait(lambda: charger.outcome is not None, 10, "reboot into the new image")
    mark = cs.mark()
    charger.power_on()  # the new image boots, connects, and confirms itself
    await cs.wait_for("FirmwareStatusNotification", where=lambda p: p["status"] == "Installed", since=mark)
    assert not charger.hal.ota_pending()


@pytest.mark.asyncio
async def test_tc_044_2_download_failed_and_tc_044_3_installation_failed(central_system, charger):
    cs = central_system
    async with HttpServer() as http:
        await cs.call(CP, "UpdateFirmware", {"location": http.url + "/missing.bin", "retrieveDate": in_(-1)})
        await cs.wait_for("FirmwareStatusNotification", where=lambda p: p["status"] == "DownloadFailed")
        http.files["/fw.bin"] = b"x" * 100
        charger.hal.ota_fail_install = True
        await cs.call(CP, "UpdateFirmware", {"location": http.url + "/fw.bin", "retrieveDate": in_(-1)})
        await cs.wait_for("FirmwareStatusNotification", where=lambda p: p["status"] == "InstallationFailed")
    assert charger.outcome is None  # no reboot into a bad image


# --- Local auth list ------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_tc_042_get_local_list_version_and_tc_043_send_local_list(central_system, charger):
    cs = central_system
    assert (await cs.call(CP, "GetLocalListVersion", {}))["listVersion"] == 0
    full = {
        "listVersion": 1,
        "updateType": "Full",
        "localAuthorizationList": [
            {"idTag": "L1", "idTagInfo": {"status": "Accepted"}},
            {"idTag": "L2", "idTagInfo": {"status": "Blocked"}},
        ],
    }
    assert (await cs.call(CP, "SendLocalList", full))["status"] == "Accepted"
    assert (await cs.call(CP, "GetLocalListVersion", {}))["listVersion"] == 1
    diff = {"listVersion": 2, "updateType": "Differential", "localAuthorizationList": [{"idTag": "L2"}]}
    assert (await cs.call(CP, "SendLocalList", diff))["status"] == "Accepted"
    assert charger.cp.auth.lookup("L2") is None and charger.cp.auth.lookup("L1")["status"] == "Accepted"
    old = {"listVersion": 2, "updateType": "Differential", "localAuthorizationList": []}
    assert (await cs.call(CP, "SendLocalList", old))["status"] == "VersionMismatch"
    await cs.call(CP, "ChangeConfiguration", {"key": "LocalAuthListEnabled", "value": "false"})
    assert (await cs.call(CP, "SendLocalList", full))["status"] == "NotSupported"
    assert (await cs.call(CP, "GetLocalListVersion", {}))["listVersion"] == -1


@pytest.mark.asyncio
async def test_tc_037_1_offline_start_with_local_list(central_system, charger):
    cs = central_system
    lst = {
        "listVersion": 1,
        "updateType": "Full",
        "localAuthorizationList": [{"idTag": "LOCAL1", "idTagInfo": {"status": "Accepted"}}],
    }
    await cs.call(CP, "SendLocalList", lst)
    await charger.start_offline(cs, "LOCAL1")
    mark = cs.mark()
    await cs.start()
    start = await cs.wait_for("StartTransaction", since=mark)
    assert start["payload"]["idTag"] == "LOCAL1"


# --- Reservation ----------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_tc_046_reservation_then_transaction(central_system, charger):
    cs = central_system
    r = await reserve(cs, 1, "RES", 5)
    assert r["status"] == "Accepted"
    await status(cs, "Reserved")
    charger.hal.ev(1).plug()
    assert not await charger.cp.present_id_tag("OTHER")
    assert await charger.cp.present_id_tag("RES")
    start = await cs.wait_for("StartTransaction", cp=CP)
    assert start["payload"]["reservationId"] == 5


@pytest.mark.asyncio
async def test_tc_047_reservation_expires(central_system, charger):
    cs = central_system
    await reserve(cs, 1, "RES", 6, expires_in=1)
    mark = await status(cs, "Reserved")
    await status(cs, "Available", since=cs.messages.index(mark), timeout=5)


@pytest.mark.asyncio
async def test_tc_048_reservation_faulted_occupied_unavailable_rejected(central_system, charger):
    cs = central_system
    args = {"expiryDate": in_(60), "idTag": "RES", "reservationId": 7}
    assert (await cs.call(CP, "ReserveNow", {"connectorId": 5, **args}))["status"] == "Rejected"
    charger.hal.ev(1).plug()
    await status(cs, "Preparing")
    assert (await cs.call(CP, "ReserveNow", {"connectorId": 1, **args}))["status"] == "Occupied"
    charger.hal.ev(1).unplug()
    await cs.call(CP, "ChangeAvailability", {"connectorId": 1, "type": "Inoperative"})
    assert (await cs.call(CP, "ReserveNow", {"connectorId": 1, **args}))["status"] == "Unavailable"
    await cs.call(CP, "ChangeAvailability", {"connectorId": 1, "type": "Operative"})
    charger.hal.inject("rcd")
    await status(cs, "Faulted")
    assert (await cs.call(CP, "ReserveNow", {"connectorId": 1, **args}))["status"] == "Faulted"


@pytest.mark.asyncio
async def test_tc_049_reserve_connector_zero_and_tc_051_052_cancel(central_system, charger):
    cs = central_system
    r = await reserve(cs, 0, "Z", 8)
    assert r["status"] == "Accepted"
    assert (await cs.call(CP, "CancelReservation", {"reservationId": 8}))["status"] == "Accepted"
    assert (await cs.call(CP, "CancelReservation", {"reservationId": 8}))["status"] == "Rejected"
    await reserve(cs, 0, "Z", 9)
    charger.hal.ev(1).plug()
    assert await charger.cp.present_id_tag("Z")
    start = await cs.wait_for("StartTransaction", cp=CP)
    assert start["payload"]["reservationId"] == 9


# --- Remote trigger -------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_tc_054_trigger_message_and_tc_055_rejected(central_system, charger):
    cs = central_system
    for what in (
        "Heartbeat",
        "StatusNotification",
        "MeterValues",
        "DiagnosticsStatusNotification",
        "FirmwareStatusNotification",
        "BootNotification",
    ):
        mark = cs.mark()
        r = await cs.call(CP, "TriggerMessage", {"requestedMessage": what, "connectorId": 1})
        assert r["status"] == "Accepted", what
        await cs.wait_for(what, cp=CP, since=mark)
    r = await cs.call(CP, "TriggerMessage", {"requestedMessage": "Heartbeat", "connectorId": 4})
    assert r["status"] == "Rejected"


# --- Faults reported to the central system --------------------------------------------------------


@pytest.mark.asyncio
async def test_rcd_trip_stops_transaction_and_reports_ground_failure(central_system, charger):
    cs = central_system
    tid = await start_charging(cs, charger)
    charger.hal.inject("rcd")
    st = await cs.wait_for("StatusNotification", where=lambda p: p["status"] == "Faulted")
    assert st["payload"]["errorCode"] == "GroundFailure"
    stop = await cs.wait_for("StopTransaction", cp=CP)
    assert stop["payload"]["reason"] == "EmergencyStop" and stop["payload"]["transactionId"] == tid


@pytest.mark.asyncio
async def test_welded_relay_reports_power_switch_failure(central_system, charger):
    cs = central_system
    await start_charging(cs, charger)
    charger.hal.inject("welded")
    charger.hal.ev(1).unplug()
    st = await cs.wait_for("StatusNotification", where=lambda p: p["errorCode"] == "PowerSwitchFailure")
    assert st["payload"]["status"] == "Faulted"


@pytest.mark.asyncio
async def test_new_firmware_that_cannot_boot_is_rolled_back(central_system, tmp_path):
    cs = central_system
    store = str(tmp_path / "cp")
    os.makedirs(store)
    rc = RunningCharger(fw_config(cs.url, CP, store, ota_confirm_s=0.5), store)
    rc.hal.ota_image = bytearray(b"new image")
    assert rc.hal.ota_finish()  # as if UpdateFirmware had installed it and rebooted
    cs.boot_status = "Rejected"  # the new image never gets accepted
    rc.power_on()
    await rc.wait(lambda: rc.outcome is not None, 10, "rollback reboot")
    assert str(rc.outcome) == "Rollback" and rc.hal.ota_state.get("rolled_back")
    cs.boot_status = "Accepted"
    mark = cs.mark()
    rc.power_on()  # the previous image boots again and reports the failed installation
    await cs.wait_for(
        "FirmwareStatusNotification", where=lambda p: p["status"] == "InstallationFailed", since=mark
    )
    await rc.power_off()


@pytest.mark.asyncio
async def test_meter_values_configured_measurands_and_clock_aligned(central_system, charger):
    cs = central_system
    await cs.call(
        CP,
        "ChangeConfiguration",
        {
            "key": "MeterValuesSampledData",
            "value": "Energy.Active.Import.Register,Current.Import,Voltage,SoC",
        },
    )
    await cs.call(CP, "ChangeConfiguration", {"key": "ClockAlignedDataInterval", "value": "1"})
    tid = await start_charging(cs, charger)
    mark = cs.mark()
    periodic = await cs.wait_for(
        "MeterValues",
        cp=CP,
        since=mark,
        where=lambda p: p["meterValue"][0]["sampledValue"][0]["context"] == "Sample.Periodic",
    )
    svs = periodic["payload"]["meterValue"][0]["sampledValue"]
    assert {(sv["measurand"], sv.get("phase")) for sv in svs} >= {
        ("Current.Import", "L1"),
        ("Current.Import", "L3"),
        ("Voltage", "L1-N"),
        ("SoC", None),
        ("Energy.Active.Import.Register", None),
    }
    assert periodic["payload"]["transactionId"] == tid
    aligned = await cs.wait_for(
        "MeterValues",
        cp=CP,
        since=mark,
        where=lambda p: p["meterValue"][0]["sampledValue"][0]["context"] == "Sample.Clock",
    )
    ts = aligned["payload"]["meterValue"][0]["timestamp"]
    assert ts.endswith(".000Z")  # aligned to the interval (1 s here): a whole second
