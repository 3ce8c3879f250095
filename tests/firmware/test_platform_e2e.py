"""End-to-end: the firmware under the real MicroPython unix port against the running PlagSini platform.

The platform is a `plagsini serve` subprocess (SQLite); everything the operator does goes through its
GraphQL API: log in, create a tariff, a driver with a funded wallet and an RFID card, register the
charger (security profile 1: its AuthorizationKey is the firmware's Basic-auth password), then:

1. boot accepted, connector Preparing (the simulated EV is plugged in);
2. admin remoteStartTransaction → StartTransaction → MeterValues stored → admin remoteStopTransaction →
   the session is Completed (reason Remote) and billed;
3. a second remote start; the platform node is stopped while the EV charges (offline period): the
   firmware journals MeterValues on flash, the driver ends the session with the card, so
   StopTransaction is journaled too; the node is started again on the same ports and database →
   the charger reconnects and delivers the queued messages in order; the session is Completed with
   the right meter stop, the queued readings are stored with their original (past) timestamps, and
   the session is billed.
"""

import datetime as dt
import json
import os
import time
from decimal import Decimal

from tests.conftest import TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD
from tests.services import free_port, terminate

from .conftest import find_micropython
from .platform_client import PlatformClient, poll
from .unix_port import control, spawn, write_config

CPID = "MPYPLAT1"
TAG = "MPYCARD01"


def _journal(store):
    d = os.path.join(store, "journal")
    if not os.path.isdir(d):
        return []
    out = []
    for name in sorted(n for n in os.listdir(d) if n.endswith(".msg")):
        try:
            with open(os.path.join(d, name)) as f:
                out.append(json.load(f))
        except (OSError, ValueError):
            pass  # being written or just delivered
    return out


def _until(predicate, timeout, what):
    """Wait for state in the firmware's files (another process: there is no event to wait on)."""
    return poll(predicate, bool, timeout, what, interval=0.05)


def _ts(value):
    return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))


def _completed(session):
    return session["status"].lower() == "completed"


def _queued(store, action):
    return [e for e in _journal(store) if e["action"] == action]


def _setup_platform(api):
    """Tariff, a driver with money and a card, and the charger; returns (charger id, key)."""
    api.mutate(
        "createTariff",
        """mutation($i: CreateTariffInput!) {
             createTariff(input: $i) { tariff { id } errors { message } } }""",
        {"i": {"name": "Firmware e2e", "pricePerKwh": "1.20", "sessionFee": "1.00", "isDefault": True}},
    )
    user = api.mutate(
        "adminCreateUser",
        """mutation($i: AdminCreateUserInput!) {
             adminCreateUser(input: $i) { user { id } errors { message } } }""",
        {"i": {"email": "mpy-driver@test.plagsini", "name": "MicroPython Driver"}},
    )["user"]
    api.mutate(
        "adjustWallet",
        """mutation($i: AdjustWalletInput!) {
             adjustWallet(input: $i) { wallet { balance { amount } } errors { message } } }""",
        {
            "i": {
                "userId": user["id"],
                "amount": "500.00",
                "kind": "ADJUSTMENT",
                "reason": "firmware e2e float",
                "idempotencyKey": "mpy-e2e-float",
            }
        },
    )
    api.mutate(
        "addRfidTag",
        """mutation($i: AddRfidTagInput!) { addRfidTag(input: $i) { idTag { idTag } errors { message } } }""",
        {"i": {"idTag": TAG, "userId": user["id"], "label": "firmware e2e card"}},
    )
    reg = api.mutate(
        "registerCharger",
        """mutation($i: RegisterChargerInput!) {
             registerCharger(input: $i) { charger { id chargePointId securityProfile } authorizationKey
                                          errors { message } } }""",
        {"i": {"chargePointId": CPID, "securityProfile": 1, "name": "MicroPython bench"}},
    )
    assert reg["charger"]["securityProfile"] == 1
    assert reg["authorizationKey"]
    return reg["charger"]["id"], reg["authorizationKey"]


def _firmware_config(tmp_path, ocpp_url, key):
    store = str(tmp_path / "fw-store")
    fields = {"authorization_key": key, "security_profile": 1, "serial": "MPY-0001", "call_timeout_s": 5}
    return write_config(tmp_path / "fw-config.json", ocpp_url, CPID, store, **fields), store


def _remote_start(api, charger_id):
    res = api.mutate(
        "remoteStartTransaction",
        """mutation($i: RemoteStartTransactionInput!) {
             remoteStartTransaction(input: $i) { status response errors { message } } }""",
        {"i": {"chargerId": charger_id, "idTag": TAG, "connectorId": 1}},
    )
    assert res["status"] == "Accepted", res


def _started_tx(api, charger_id, since, exclude=()):
    """The transaction id of the first MeterValues stored for a new transaction after `since`."""

    def fetch():
        rows = api.meter_values(charger_id, since, measurand="Energy.Active.Import.Register")
        return [r["transactionId"] for r in rows if r["transactionId"] and r["transactionId"] not in exclude]

    return poll(fetch, bool, 15, "MeterValues of a new transaction")[0]


def _energy_rows(api, charger_id, since, tid):
    return api.meter_values(charger_id, since, transaction_id=tid, measurand="Energy.Active.Import.Register")


def _stop_payload(api, tid):
    for m in api.messages(CPID, "StopTransaction"):
        frame = json.loads(m["payload"])
        if frame[0] == 2 and frame[3]["transactionId"] == tid:
            return frame[3]
    return None


def test_micropython_charger_against_running_platform(spawn_node, tmp_path):
    mp = find_micropython()
    ports = {"HTTP_PORT": str(free_port()), "OCPP_PORT": str(free_port())}
    db = {"DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'platform.db'}"}
    t0 = time.monotonic()
    node = spawn_node(**ports, **db)
    api = PlatformClient(node.http_url)
    api.login(TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD)
    charger_id, key = _setup_platform(api)
    since = (dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1)).isoformat()

    cfg_path, store = _firmware_config(tmp_path, node.ocpp_url, key)
    log_path = tmp_path / "firmware.log"
    proc = spawn(mp, cfg_path, log_path)
    try:
        # --- boot over security profile 1 (Basic auth with the registered key) ---------------------
        poll(lambda: api.charger(charger_id), lambda c: c["online"] and c["lastBootAt"], 20, "boot")
        poll(lambda: api.connector_status(charger_id), lambda s: s == "Preparing", 10, "connector Preparing")
        boot = poll(lambda: api.messages(CPID, "BootNotification"), bool, 10, "BootNotification logged")[0]
        assert json.loads(boot["payload"])[3]["chargePointVendor"] == "PlagSini"

        # --- session 1: remote start from GraphQL, meter values, remote stop ----------------------
        _remote_start(api, charger_id)
        tid1 = _started_tx(api, charger_id, since)
        poll(lambda: api.connector_status(charger_id), lambda s: s == "Charging", 10, "Charging")
        rows = poll(
            lambda: _energy_rows(api, charger_id, since, tid1),
            lambda r: len(r) >= 2 and r[-1]["value"] > r[0]["value"],
            15,
            "energy rising in session 1",
        )
        assert all(r["unit"] == "Wh" for r in rows)
        s1 = api.session(tid1)
        assert s1["status"].lower() == "active" and s1["connectorId"] == 1

        res = api.mutate(
            "remoteStopTransaction",
            """mutation($i: RemoteStopTransactionInput!) {
                 remoteStopTransaction(input: $i) { status errors { message } } }""",
            {"i": {"chargerId": charger_id, "transactionId": tid1}},
        )
        assert res["status"] == "Accepted"
        s1 = poll(lambda: api.session(tid1), _completed, 15, "session 1 completed")
        assert s1["stopReason"].lower() == "remote"
        stop1 = poll(lambda: _stop_payload(api, tid1), bool, 10, "StopTransaction 1 in the message log")
        assert stop1["reason"] == "Remote"
        assert s1["energyWh"] > 0
        s1 = poll(lambda: api.session(tid1), lambda s: s["billed"], 10, "session 1 billed")
        assert Decimal(s1["cost"]["amount"]) > 0
        assert {line["code"] for line in s1["costLines"]}

        # --- session 2: remote start, then the platform goes away while the EV charges -----------
        _remote_start(api, charger_id)
        tid2 = _started_tx(api, charger_id, since, exclude={tid1})
        poll(
            lambda: _energy_rows(api, charger_id, since, tid2),
            lambda r: len(r) >= 1,
            10,
            "a live MeterValues of session 2",
        )
        stop_began = time.monotonic()
        node.stop()
        stop_took = time.monotonic() - stop_began
        # The platform is down once its process has ended: a node told to stop still answers the
        # frames of connections it holds while it drains (a reading then is live, not queued).
        offline_at = dt.datetime.now(dt.UTC)
        _until(lambda: len(_queued(store, "MeterValues")) >= 3, 15, "3 queued MeterValues")
        path = control(store, "tag", TAG)  # the driver ends the session with the card while offline
        _until(lambda: not os.path.exists(path), 10, "card presented")
        _until(lambda: _queued(store, "StopTransaction"), 10, "queued StopTransaction")
        queued = _journal(store)
        queued = queued[: [e["action"] for e in queued].index("StopTransaction") + 1]
        queued_mv = [e for e in queued if e["action"] == "MeterValues"]
        queued_stop = queued[-1]["payload"]
        assert all(e["payload"]["transactionId"] == tid2 for e in queued_mv)
        assert queued_stop["transactionId"] == tid2
        assert "reason" not in queued_stop  # Local

        # --- the node comes back on the same ports and database: in-order delivery ---------------
        node2 = spawn_node(**ports, **db)
        assert node2.ocpp_url == node.ocpp_url
        api.rebase(node2.http_url)
        api.login(TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD)
        _until(lambda: not _journal(store), 20, "journal drained after reconnect")
        s2 = poll(lambda: api.session(tid2), _completed, 10, "session 2 completed")
        assert s2["stopReason"].lower() == "local"
        assert _ts(s2["stoppedAt"]) == _ts(queued_stop["timestamp"])
        start2 = next(
            json.loads(m["payload"])
            for m in api.messages(CPID, "StartTransaction", direction="out")
            if json.loads(m["payload"])[2].get("transactionId") == tid2
        )
        assert start2[2]["idTagInfo"]["status"] == "Accepted"
        meter_start = next(
            json.loads(m["payload"])[3]["meterStart"]
            for m in api.messages(CPID, "StartTransaction")
            if json.loads(m["payload"])[1] == start2[1]
        )
        assert s2["energyWh"] == queued_stop["meterStop"] - meter_start

        # the platform received the queued messages in journal order, and only after the restart
        # (the message log is written in batches after the frames are handled: wait for it)
        want = [(e["action"], json.dumps(e["payload"], sort_keys=True)) for e in queued]
        inbound = poll(
            lambda: [
                json.loads(m["payload"])
                for m in api.messages(CPID, direction="in", since=offline_at.isoformat())
                if m["action"] in ("MeterValues", "StopTransaction")
            ],
            lambda frames: len(frames) >= len(want),
            10,
            "the queued frames in the message log",
        )
        got = [(f[2], json.dumps(f[3], sort_keys=True)) for f in inbound]
        assert got[: len(want)] == want

        # the queued readings are stored with their original (past, offline-period) timestamps
        stored = {_ts(r["timestamp"]): r["value"] for r in _energy_rows(api, charger_id, since, tid2)}
        for e in queued_mv:
            mv = e["payload"]["meterValue"][0]
            ts = _ts(mv["timestamp"])
            assert ts >= offline_at - dt.timedelta(seconds=2), "a queued reading from before the outage"
            energy = next(
                sv for sv in mv["sampledValue"] if sv.get("measurand") == "Energy.Active.Import.Register"
            )
            assert ts in stored, f"queued reading at {ts} not stored: {sorted(stored)}"
            assert stored[ts] == float(energy["value"]) * (1000 if energy.get("unit") == "kWh" else 1)
        assert max(stored) < dt.datetime.now(dt.UTC) - dt.timedelta(seconds=0.5)

        # billed like any other session
        s2 = poll(lambda: api.session(tid2), lambda s: s["billed"], 10, "session 2 billed")
        assert Decimal(s2["cost"]["amount"]) > 0 and s2["costLines"]
        poll(lambda: api.charger(charger_id), lambda c: c["online"], 10, "charger online again")
        print(f"platform node stop took {stop_took:.1f}s; test took {time.monotonic() - t0:.1f}s")
        assert time.monotonic() - t0 < 90
    finally:
        terminate(proc, 5)
        api.close()
        print(log_path.read_text()[-6000:])
        for n in sorted(tmp_path.glob("node*.log")):
            print(n.name, n.read_text(errors="replace")[-3000:])
