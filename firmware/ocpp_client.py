"""OCPP 1.6J charge point: the charger's side of the protocol, over wsclient, for every connector.

One outstanding CALL at a time. Transaction-related messages go through the journal (on flash),
so they survive being offline and reboots and are delivered in order.
"""

import json

from firmware import compat
from firmware.auth import Authorizer
from firmware.compat import asyncio
from firmware.httpclient import multipart, request
from firmware.journal import Journal
from firmware.metering import Meter
from firmware.pilot import ERR_NONE, PilotSupervisor
from firmware.smartcharging import SmartCharging
from firmware.wsclient import Backoff, ConnectionClosed, HandshakeError, WebSocketClient, make_ssl_context

# name: (default, readonly, type) -- type: int, bool, str, csl (comma separated list)
KEYS = {
    "AllowOfflineTxForUnknownId": (False, False, "bool"),
    "AuthorizationCacheEnabled": (True, False, "bool"),
    "AuthorizeRemoteTxRequests": (False, False, "bool"),
    "ClockAlignedDataInterval": (0, False, "int"),
    "ConnectionTimeOut": (60, False, "int"),
    "ConnectorPhaseRotation": ("NotApplicable", False, "str"),
    "GetConfigurationMaxKeys": (60, True, "int"),
    "HeartbeatInterval": (300, False, "int"),
    "LocalAuthorizeOffline": (True, False, "bool"),
    "LocalPreAuthorize": (False, False, "bool"),
    "MeterValuesAlignedData": ("Energy.Active.Import.Register", False, "csl"),
    "MeterValuesAlignedDataMaxLength": (8, True, "int"),
    "MeterValuesSampledData": ("Energy.Active.Import.Register,Power.Active.Import", False, "csl"),
    "MeterValuesSampledDataMaxLength": (8, True, "int"),
    "MeterValueSampleInterval": (60, False, "int"),
    "NumberOfConnectors": (1, True, "int"),
    "ResetRetries": (1, False, "int"),
    "StopTransactionOnEVSideDisconnect": (True, False, "bool"),
    "StopTransactionOnInvalidId": (True, False, "bool"),
    "StopTxnAlignedData": ("", False, "csl"),
    "StopTxnSampledData": ("", False, "csl"),
    "SupportedFeatureProfiles": (
        "Core,FirmwareManagement,LocalAuthListManagement,Reservation,SmartCharging,RemoteTrigger",
        True,
        "str",
    ),
    "TransactionMessageAttempts": (3, False, "int"),
    "TransactionMessageRetryInterval": (60, False, "int"),
    "UnlockConnectorOnEVSideDisconnect": (True, False, "bool"),
    "WebSocketPingInterval": (0, False, "int"),
    "LocalAuthListEnabled": (True, False, "bool"),
    "LocalAuthListMaxLength": (100, True, "int"),
    "SendLocalListMaxLength": (100, True, "int"),
    "ReserveConnectorZeroSupported": (True, True, "bool"),
    "ChargeProfileMaxStackLevel": (10, True, "int"),
    "ChargingScheduleAllowedChargingRateUnit": ("Current,Power", True, "str"),
    "ChargingScheduleMaxPeriods": (24, True, "int"),
    "MaxChargingProfilesInstalled": (10, True, "int"),
    "AuthorizationKey": ("", False, "secret"),
    "SecurityProfile": (0, False, "int"),
}

MEASURANDS = (
    "Energy.Active.Import.Register",
    "Power.Active.Import",
    "Current.Import",
    "Voltage",
    "SoC",
    "Current.Offered",
    "Temperature",
)
TRIGGERABLE = (
    "BootNotification",
    "DiagnosticsStatusNotification",
    "FirmwareStatusNotification",
    "Heartbeat",
    "MeterValues",
    "StatusNotification",
)


class CallError(Exception):
    def __init__(self, code, description="", details=None):
        super().__init__("%s: %s" % (code, description))
        self.code = code
        self.description = description
        self.details = details or {}


class NotConnected(Exception):
    pass


class CallTimeout(Exception):
    pass


class Reboot(Exception):
    """Raised out of ChargePoint.run() when the charger must restart (Reset, firmware install)."""


class Configuration:
    def __init__(self, store_dir, initial=None, connectors=1, auth_key=None):
        self.path = compat.path_join(store_dir, "ocpp_config.json")
        self.values = {}
        for k in KEYS:
            self.values[k] = KEYS[k][0]
        self.values["NumberOfConnectors"] = connectors
        if auth_key:
            self.values["AuthorizationKey"] = auth_key
        for k in initial or {}:
            self.values[k] = initial[k]
        saved = compat.read_json(self.path, None) or {}
        for k in saved:
            self.values[k] = saved[k]

    def get(self, key):
        return self.values.get(key)

    def int_value(self, key):
        v = self.values.get(key)
        return v if isinstance(v, int) else 0

    def list(self, key):
        v = self.values.get(key)
        return [x.strip() for x in v.split(",") if x.strip()] if isinstance(v, str) else []

    def as_string(self, key):
        v = self.values[key]
        if isinstance(v, bool):
            return "true" if v else "false"
        return str(v)

    def change(self, key, value):
        """-> Accepted / Rejected / RebootRequired / NotSupported"""
        if key not in KEYS:
            return "NotSupported"
        default, readonly, typ = KEYS[key]
        if readonly:
            return "Rejected"
        v: "int | str"  # a bool is an int
        if typ == "int":
            try:
                v = int(value)
            except ValueError:
                return "Rejected"
            if v < 0:
                return "Rejected"
            if key == "SecurityProfile" and (v < self.int_value(key) or v > 3):
                return "Rejected"  # no downgrade over OCPP
        elif typ == "bool":
            if value.lower() not in ("true", "false"):
                return "Rejected"
            v = value.lower() == "true"
        elif typ == "csl":
            items = [x.strip() for x in value.split(",") if x.strip()]
            for it in items:
                if it not in MEASURANDS:
                    return "Rejected"
            if len(items) > 8:
                return "Rejected"
            v = ",".join(items)
        elif typ == "secret":
            if len(value) < 16 or len(value) > 40:
                return "Rejected"
            v = value
        else:
            v = value
        self.values[key] = v
        saved = compat.read_json(self.path, None) or {}
        saved[key] = v
        compat.write_json(self.path, saved)
        return "Accepted"


class Connector:
    def __init__(self, cid, pilot, meter):
        self.id = cid
        self.status = None
        self.error_code = ERR_NONE
        self.reported = None  # (status, error_code) last sent
        self.pilot = pilot
        self.meter = meter
        self.tx = None
        self.pending = None  # {"idTag", "parent", "deadline_ms", "remote"}
        self.reservation = None
        self.availability = "Operative"
        self.scheduled_availability = None
        self.finishing = False
        self.stop_reason = None
        self.last_sample_ms = None


class ChargePoint:
    def __init__(self, cfg, hal, store_dir=None):
        self.cfg = cfg
        self.hal = hal
        self.id = cfg["charge_point_id"]
        self.store = store_dir or cfg["store_dir"]
        compat.makedirs(self.store)
        n = cfg["connectors"]
        self.config = Configuration(self.store, cfg.get("ocpp"), n, cfg.get("authorization_key"))
        self.auth = Authorizer(self.store)
        self.journal = Journal(compat.path_join(self.store, "journal"))
        self.smart = SmartCharging(self.store, cfg["voltage"], cfg["phases"])
        self.log_path = compat.path_join(self.store, "log.txt")
        self.connectors = []
        avail = compat.read_json(compat.path_join(self.store, "availability.json"), None) or {}
        for i in range(1, n + 1):
            pilot = PilotSupervisor(
                hal,
                i,
                cfg["ventilation_available"],
                cfg["overcurrent_grace_ms"],
                cfg["weld_check_ms"],
                cfg["stop_timeout_ms"],
                on_event=self._pilot_event,
            )
            meter = Meter(compat.path_join(self.store, "meter_%d.json" % i), cfg["phases"])
            c = Connector(i, pilot, meter)
            c.availability = avail.get(str(i), "Operative")
            self.connectors.append(c)
        self.cp_availability = avail.get("0", "Operative")
        self.cp_status = None
        self.reservation0 = None
        state = compat.read_json(compat.path_join(self.store, "state.json"), None) or {}
        self._local_tx = state.get("local_tx", 0)
        self.ws = None
        self.connected = False
        self.accepted = False
        self.registration = None
        self._call_lock = asyncio.Lock()
        self._pending = None
        self._uid = 0
        self._outbox = []
        self._wake = asyncio.Event()
        self._tasks = []
        self._session_tasks = []
        self._recv_task = None
        self._dropped = None
        self._stopping = False
        self.reboot_reason = None
        self.firmware_status = "Idle"
        self.diagnostics_status = "Idle"
        self.received = []  # actions received from the central system (for the LCD and tests)
        self.log("boot", compat.iso_now())
        self._recover_after_boot(state)

    # --- logging and persistence -----------------------------------------------------------

    def log(self, *args):
        line = compat.iso_now() + " " + " ".join([str(a) for a in args])
        if self.cfg.get("verbose"):
            compat.log(self.id, line)
        try:
            if compat.file_size(self.log_path) > 32768:
                compat.rename(self.log_path, self.log_path + ".1")
            with open(self.log_path, "a") as f:
                f.write(line + "\n")
        except OSError:
            pass

    def _save_state(self):
        compat.write_json(
            compat.path_join(self.store, "state.json"),
            {
                "local_tx": self._local_tx,
                "reboot_reason": self.reboot_reason,
                "firmware_status": self.firmware_status,
            },
        )

    def _tx_path(self, c):
        return compat.path_join(self.store, "tx_%d.json" % c.id)

    def _save_tx(self, c):
        if c.tx is None:
            compat.remove(self._tx_path(c))
        else:
            compat.write_json(self._tx_path(c), c.tx)

    def _recover_after_boot(self, state):
        """A transaction still open on flash was cut by a reboot: stop it (PowerLoss / reset reason)."""
        reason = state.get("reboot_reason") or "PowerLoss"
        for c in self.connectors:
            tx = compat.read_json(self._tx_path(c), None)
            if tx is None:
                continue
            self.journal.append(
                "StopTransaction",
                {
                    "transactionId": tx.get("id") or 0,
                    "idTag": tx["idTag"],
                    "meterStop": max(c.meter.register_wh(), tx.get("meterStart", 0)),
                    "timestamp": compat.iso_now(),
                    "reason": reason,
                },
                tx["local"],
            )
            compat.remove(self._tx_path(c))
        self.firmware_status = state.get("firmware_status", "Idle")
        if self.hal.ota_pending():
            self.firmware_status = "Installing"
        self.reboot_reason = None
        self._save_state()

    # --- public API (buttons, RFID, simulator) ---------------------------------------------

    def connector(self, cid):
        if 1 <= cid <= len(self.connectors):
            return self.connectors[cid - 1]
        return None

    async def present_id_tag(self, tag, connector_id=1):
        """An RFID card or the local button: start, or stop the running transaction of that tag."""
        c = self.connector(connector_id)
        if c.tx is not None:
            if c.tx["idTag"] == tag or self._same_group(c.tx, tag):
                self.stop_transaction(c, "Local")
                return True
            return False
        info = await self.authorize(tag)
        if info.get("status") != "Accepted":
            return False
        if not self._may_start(c, tag, info.get("parentIdTag")):
            return False
        c.pending = {
            "idTag": tag,
            "parent": info.get("parentIdTag"),
            "remote": False,
            "deadline_ms": compat.ticks_add(compat.ticks_ms(), self.config.get("ConnectionTimeOut") * 1000),
        }
        self._wake.set()
        return True

    def _same_group(self, tx, tag):
        info = self.auth.lookup(tag)
        return bool(info and tx.get("parent") and info.get("parentIdTag") == tx.get("parent"))

    async def authorize(self, tag):
        """idTagInfo for tag: local list/cache first when allowed, else Authorize.req, else offline rules."""
        local = None
        if self.config.get("LocalAuthListEnabled") or self.config.get("AuthorizationCacheEnabled"):
            local = self.auth.lookup(
                tag, self.config.get("LocalAuthListEnabled"), self.config.get("AuthorizationCacheEnabled")
            )
        if self.connected and self.accepted:
            if (
                local is not None
                and local.get("status") == "Accepted"
                and self.config.get("LocalPreAuthorize")
            ):
                return local
            try:
                conf = await self.call("Authorize", {"idTag": tag})
                info = conf.get("idTagInfo", {"status": "Invalid"})
                if self.config.get("AuthorizationCacheEnabled"):
                    self.auth.update_cache(tag, info)
                return info
            except (NotConnected, CallTimeout, CallError) as e:
                self.log("authorize failed", e)
        if self.config.get("LocalAuthorizeOffline") and local is not None:
            return local
        if self.config.get("AllowOfflineTxForUnknownId") and local is None:
            return {"status": "Accepted"}
        return {"status": "Invalid"}

    # --- the connection ---------------------------------------------------------------------

    def _url(self):
        base = self.cfg["url"]
        if not base.endswith("/"):
            base += "/"
        return base + self.id

    async def run(self):
        """Run until stopped or a Reboot is needed (then raises Reboot)."""
        self._stopping = False
        self._tasks = [
            asyncio.create_task(self._ota_watchdog()),
            asyncio.create_task(self._supervise_loop()),
            asyncio.create_task(self._meter_loop()),
            asyncio.create_task(self._connection_loop()),
        ]
        try:
            while not self._stopping:
                if self.reboot_reason is not None and self._reboot_ready():
                    break
                await asyncio.sleep(0.05)
        finally:
            await self.shutdown()
        if self.reboot_reason is not None:
            raise Reboot(self.reboot_reason)

    async def _ota_watchdog(self):
        """A new image that has not reached the central system in time is rolled back."""
        if not self.hal.ota_pending():
            return
        await asyncio.sleep(self.cfg.get("ota_confirm_s", 300))
        if self.hal.ota_pending() and not self.accepted:
            self.log("new firmware not confirmed: rolling back")
            self.firmware_status = "RolledBack"
            self._save_state()
            self.hal.ota_rollback()
            self._reboot_at = compat.ticks_ms()
            self.reboot_reason = "Rollback"

    def _reboot_ready(self):
        return len(self.journal) == 0 or not self.connected or self._reboot_deadline_passed()

    def _reboot_deadline_passed(self):
        return compat.ticks_diff(compat.ticks_ms(), self._reboot_at) > 0

    async def shutdown(self):
        self._stopping = True
        for t in self._tasks + self._session_tasks:
            compat.cancel(t)
        self._tasks = []
        self._session_tasks = []
        if self.ws is not None:
            try:
                await self.ws.close()
            except Exception:  # noqa: BLE001
                pass
        self.connected = False
        for c in self.connectors:
            c.meter.flush()

    def stop(self):
        self._stopping = True

    async def _connection_loop(self):
        backoff = Backoff(self.cfg["reconnect_base_s"], self.cfg["reconnect_cap_s"])
        while not self._stopping:
            key = self.config.get("AuthorizationKey") or None
            ctx = None
            if self._url().startswith("wss://"):
                ctx = make_ssl_context(self.cfg.get("ca_cert"))
            ws = WebSocketClient(self._url(), ("ocpp1.6",), self.id, key, ctx)
            try:
                await ws.connect()
            except (OSError, HandshakeError, ConnectionClosed, asyncio.TimeoutError) as e:
                self.log("connect failed", e)
                await asyncio.sleep(backoff.next_delay())
                continue
            backoff.reset()
            self.ws = ws
            self.connected = True
            self.log("connected", self._url())
            session = asyncio.create_task(self._session())
            # The reader runs as its own task so a dead link (no pong) can end it: a read on a
            # half-open TCP connection would otherwise block until the OS gives up, minutes later.
            recv = asyncio.create_task(self._recv_loop(ws))
            self._session_tasks = [session, recv]
            self._recv_task = recv
            try:
                await recv
            except asyncio.CancelledError:
                if self._dropped is not ws:
                    raise
                self.log("connection dropped", "no pong")
            except Exception as e:  # noqa: BLE001
                self.log("connection lost", e)
            self._recv_task = None
            self.connected = False
            for t in self._session_tasks:
                compat.cancel(t)
            self._session_tasks = []
            self._fail_pending()
            try:
                await ws.close()
            except Exception:  # noqa: BLE001
                pass
            self.ws = None
            if not self._stopping:
                await asyncio.sleep(backoff.next_delay())

    def _fail_pending(self):
        p = self._pending
        if p is not None:
            p["error"] = NotConnected()
            p["event"].set()

    async def _recv_loop(self, ws):
        while True:
            text = await ws.recv()
            try:
                msg = json.loads(text)
            except ValueError:
                await self._send_raw([4, "-1", "FormationViolation", "invalid JSON", {}])
                continue
            if not isinstance(msg, list) or len(msg) < 3:
                continue
            mtype = msg[0]
            if mtype == 2 and len(msg) >= 4:
                asyncio.create_task(self._handle_call(msg[1], msg[2], msg[3]))
            elif mtype in (3, 4):
                p = self._pending
                if p is not None and p["uid"] == msg[1]:
                    if mtype == 3:
                        p["result"] = msg[2]
                    else:
                        p["error"] = CallError(
                            msg[2], msg[3] if len(msg) > 3 else "", msg[4] if len(msg) > 4 else None
                        )
                    p["event"].set()

    async def _send_raw(self, obj):
        if self.ws is None:
            raise NotConnected()
        try:
            await self.ws.send(json.dumps(obj))
        except ConnectionClosed:
            raise NotConnected()

    async def call(self, action, payload, timeout=None):
        """Send a CALL and wait for its CALLRESULT payload. One outstanding CALL at a time."""
        if timeout is None:
            timeout = self.cfg["call_timeout_s"]
        async with self._call_lock:
            if not self.connected:
                raise NotConnected()
            self._uid += 1
            uid = "%d" % self._uid
            ev = asyncio.Event()
            self._pending = {"uid": uid, "event": ev, "result": None, "error": None}
            try:
                await self._send_raw([2, uid, action, payload])
                self.log("->", action)
                if not await compat.wait_event(ev, timeout):
                    raise CallTimeout(action)
                if self._pending["error"] is not None:
                    raise self._pending["error"]
                return self._pending["result"]
            finally:
                self._pending = None

    def _enqueue(self, action, payload):
        """Queue a non-transaction message, ordered after the journal entries queued before it."""
        if not self.connected:
            return
        self._outbox.append((self.journal._next - 1, action, payload))
        self._wake.set()

    async def _session(self):
        """After connecting: boot (if not yet accepted), statuses, then heartbeat and the sender."""
        try:
            await self._session_body()
        except NotConnected:
            pass

    async def _session_body(self):
        self._outbox = []
        if not self.accepted:
            await self._boot()
        for c in [None] + self.connectors:
            if c is not None:
                c.reported = None
        self.cp_status = None
        self._update_statuses(force=True)
        if self.firmware_status == "Installing" and self.hal.ota_pending():
            self.hal.ota_mark_valid()  # the new image reached the central system: keep it
            self._status_note("FirmwareStatusNotification", "Installed")
        elif self.firmware_status == "RolledBack":
            self._status_note("FirmwareStatusNotification", "InstallationFailed")
        hb = asyncio.create_task(self._heartbeat_loop())
        self._session_tasks.append(hb)
        if self.config.get("WebSocketPingInterval"):
            self._session_tasks.append(asyncio.create_task(self._ping_loop()))
        await self._sender_loop()

    async def _boot(self):
        payload = {
            "chargePointVendor": self.cfg["vendor"],
            "chargePointModel": self.cfg["model"],
            "firmwareVersion": self.cfg["firmware_version"],
        }
        if self.cfg.get("serial"):
            payload["chargePointSerialNumber"] = self.cfg["serial"]
        while True:
            try:
                conf = await self.call("BootNotification", payload)
            except (CallTimeout, CallError) as e:
                self.log("boot failed", e)
                await asyncio.sleep(self.cfg["boot_retry_s"])
                continue
            self.registration = conf.get("status")
            self._set_clock(conf.get("currentTime"))
            interval = conf.get("interval") or 0
            if self.registration == "Accepted":
                if interval > 0:
                    self.config.values["HeartbeatInterval"] = interval
                self.accepted = True
                return
            await asyncio.sleep(interval if interval > 0 else self.cfg["boot_retry_s"])

    def _set_clock(self, iso):
        if iso:
            try:
                compat.set_unix_time(compat.parse_iso(iso))
            except (ValueError, IndexError):
                pass

    async def _heartbeat_loop(self):
        while True:
            await asyncio.sleep(max(1, self.config.get("HeartbeatInterval") or 300))
            self._enqueue("Heartbeat", {})

    async def _ping_loop(self):
        """WebSocket ping every WebSocketPingInterval; no pong within `pong_timeout_s` (default: the
        interval) means the link is dead: drop the connection so the charger reconnects."""
        ws = self.ws
        while True:
            interval = self.config.get("WebSocketPingInterval")
            if not interval:
                return
            await asyncio.sleep(interval)
            if ws is not self.ws or ws is None:
                return
            try:
                await ws.ping()
            except Exception:  # noqa: BLE001 - the reader notices the closed connection
                return
            if not await compat.wait_event(ws.pong, self.cfg.get("pong_timeout_s") or interval):
                self.log("no pong within", self.cfg.get("pong_timeout_s") or interval, "s: reconnecting")
                self._drop(ws)
                return

    def _drop(self, ws):
        """Abandon a connection: stop its reader (the connection loop then reconnects)."""
        if ws is not self.ws or ws is None or self._recv_task is None:
            return
        self._dropped = ws
        ws._abort()
        compat.cancel(self._recv_task)

    async def _sender_loop(self):
        while True:
            sent = False
            head = self.journal.head()
            if self._outbox and (head is None or head["seq"] > self._outbox[0][0]):
                _, action, payload = self._outbox.pop(0)
                try:
                    conf = await self.call(action, payload)
                    self._after_conf(action, payload, conf)
                except (CallError, CallTimeout) as e:
                    self.log("send failed", action, e)
                sent = True
            elif head is not None:
                await self._send_journal_head(head)
                sent = True
            if not sent:
                self._wake.clear()
                await compat.wait_event(self._wake, 1.0)

    async def _send_journal_head(self, entry):
        payload = self.journal.resolve(entry)
        if payload is None:
            self.journal.drop(entry, "transaction unknown")
            return
        try:
            conf = await self.call(entry["action"], payload)
        except (CallError, CallTimeout) as e:
            n = self.journal.record_failure(entry)
            self.log("journal", entry["action"], "failed", n, e)
            if n >= self.config.get("TransactionMessageAttempts"):
                self.journal.drop(entry, "attempts exhausted")
            else:
                await asyncio.sleep(self.config.get("TransactionMessageRetryInterval") * n)
            return
        self.journal.pop(entry["seq"])
        self._after_conf(entry["action"], payload, conf, entry.get("local_tx"))

    def _after_conf(self, action, payload, conf, local_tx=None):
        if action == "StartTransaction":
            tid = conf.get("transactionId")
            self.journal.map_tx(local_tx, tid)
            info = conf.get("idTagInfo", {})
            if self.config.get("AuthorizationCacheEnabled"):
                self.auth.update_cache(payload["idTag"], info)
            for c in self.connectors:
                if c.tx is not None and c.tx["local"] == local_tx:
                    c.tx["id"] = tid
                    self._save_tx(c)
                    if info.get("status") != "Accepted" and self.config.get("StopTransactionOnInvalidId"):
                        self.stop_transaction(c, "DeAuthorized")
        elif action == "StopTransaction":
            info = conf.get("idTagInfo")
            if info and self.config.get("AuthorizationCacheEnabled"):
                self.auth.update_cache(payload["idTag"], info)
        elif action == "Heartbeat":
            self._set_clock(conf.get("currentTime"))

    # --- statuses ---------------------------------------------------------------------------

    def _compute_status(self, c):
        p = c.pilot
        if p.fault != ERR_NONE:
            return "Faulted"
        if c.tx is not None:
            if not p.ev_connected:
                return "SuspendedEV"
            if p.relay_closed and p.ev_ready:
                return "Charging"
            if p.limit_a < 6.0:
                return "SuspendedEVSE"
            return "SuspendedEV"
        if c.finishing:
            if p.ev_connected:
                return "Finishing"
            c.finishing = False
        if c.availability == "Inoperative" or self.cp_availability == "Inoperative":
            return "Unavailable"
        if c.reservation is not None:
            return "Reserved"
        if p.ev_connected or c.pending is not None:
            return "Preparing"
        return "Available"

    def _update_statuses(self, force=False):
        for c in self.connectors:
            st = self._compute_status(c)
            c.status = st
            c.error_code = c.pilot.fault
            cur = (st, c.error_code)
            if force or cur != c.reported:
                c.reported = cur
                payload = {
                    "connectorId": c.id,
                    "status": st,
                    "errorCode": c.error_code,
                    "timestamp": compat.iso_now(),
                }
                if c.pilot.fault_info:
                    payload["info"] = c.pilot.fault_info[:50]
                self._enqueue("StatusNotification", payload)
        st0 = "Unavailable" if self.cp_availability == "Inoperative" else "Available"
        if force or st0 != self.cp_status:
            self.cp_status = st0
            self._enqueue(
                "StatusNotification",
                {"connectorId": 0, "status": st0, "errorCode": "NoError", "timestamp": compat.iso_now()},
            )

    def _pilot_event(self, cid, kind, info):
        self.log("pilot", cid, kind, info)
        if kind == "fault":
            c = self.connector(cid)
            if c.tx is not None:
                self.stop_transaction(c, "EmergencyStop")

    # --- transactions -----------------------------------------------------------------------

    def _may_start(self, c, tag, parent):
        if (
            c.pilot.fault != ERR_NONE
            or c.availability == "Inoperative"
            or self.cp_availability == "Inoperative"
        ):
            return False
        if c.tx is not None:
            return False
        r = c.reservation
        if r is not None and tag != r["idTag"] and (not parent or parent != r.get("parentIdTag")):
            return False
        return True

    def _start_transaction(self, c):
        pend = c.pending
        c.pending = None
        self._local_tx += 1
        self._save_state()
        now = compat.unix_time()
        tx = {
            "local": self._local_tx,
            "id": None,
            "idTag": pend["idTag"],
            "parent": pend.get("parent"),
            "meterStart": c.meter.register_wh(),
            "start": now,
        }
        payload = {
            "connectorId": c.id,
            "idTag": pend["idTag"],
            "meterStart": tx["meterStart"],
            "timestamp": compat.iso_from_unix(now),
        }
        res = c.reservation
        if res is None and self.reservation0 is not None and self.reservation0["idTag"] == pend["idTag"]:
            res = self.reservation0
            self.reservation0 = None
        if res is not None:
            payload["reservationId"] = res["id"]
            c.reservation = None
        c.tx = tx
        self._save_tx(c)
        if pend.get("profile") is not None:
            pend["profile"]["transactionId"] = None
            self.smart.install(c.id, pend["profile"], -1)
        self.journal.append("StartTransaction", payload, tx["local"])
        c.last_sample_ms = compat.ticks_ms()
        c.pilot.authorise(True)
        self._apply_limit(c)
        self.log("start tx", c.id, tx["local"], pend["idTag"])
        self._wake.set()

    def stop_transaction(self, c, reason="Local"):
        tx = c.tx
        if tx is None:
            return False
        now_ms = compat.ticks_ms()
        c.pilot.controlled_stop(now_ms)
        c.meter.flush()
        payload = {
            "transactionId": tx.get("id") or 0,
            "idTag": tx["idTag"],
            "meterStop": c.meter.register_wh(),
            "timestamp": compat.iso_now(),
        }
        if reason != "Local":
            payload["reason"] = reason
        if self.config.list("StopTxnSampledData"):
            payload["transactionData"] = [
                {
                    "timestamp": compat.iso_from_unix(tx["start"]),
                    "sampledValue": [
                        {
                            "value": str(tx["meterStart"]),
                            "context": "Transaction.Begin",
                            "measurand": "Energy.Active.Import.Register",
                            "unit": "Wh",
                        }
                    ],
                },
                {
                    "timestamp": payload["timestamp"],
                    "sampledValue": [
                        {
                            "value": str(payload["meterStop"]),
                            "context": "Transaction.End",
                            "measurand": "Energy.Active.Import.Register",
                            "unit": "Wh",
                        }
                    ],
                },
            ]
        self.journal.append("StopTransaction", payload, tx["local"])
        c.tx = None
        c.stop_reason = reason
        c.finishing = True
        self._save_tx(c)
        self.smart.end_transaction(c.id)
        if c.scheduled_availability is not None:
            self._set_availability(c.id, c.scheduled_availability)
            c.scheduled_availability = None
        self.log("stop tx", c.id, tx["local"], reason)
        self._wake.set()
        return True

    def _apply_limit(self, c):
        tx = c.tx
        lim = self.smart.limit_at(
            c.id, compat.unix_time(), tx.get("id") if tx else None, tx["start"] if tx else None
        )
        max_a = self.cfg["max_current"]
        c.pilot.set_limit(max_a if lim is None else min(lim, max_a))

    # --- periodic work ----------------------------------------------------------------------

    async def _supervise_loop(self):
        tick = self.cfg["tick_ms"]
        lcd_every = 0
        while True:
            now = compat.ticks_ms()
            if hasattr(self.hal, "step"):
                self.hal.step(now)
            for c in self.connectors:
                try:
                    self._supervise(c, now)
                except Exception as e:  # noqa: BLE001 - keep supervising the other connectors
                    self.log("supervise error", e)
            self._expire_reservation0()
            for b in self.hal.buttons():
                await self._button(b)
            self._update_statuses()
            lcd_every += 1
            if lcd_every * tick >= 500:
                lcd_every = 0
                self._render_lcd()
            await asyncio.sleep(tick / 1000)

    def _supervise(self, c, now):
        p = c.pilot
        if c.tx is not None:
            self._apply_limit(c)
        was_connected = p.ev_connected
        p.tick(now)
        c.meter.update(now, self.hal.voltages(c.id), self.hal.currents(c.id))
        if c.tx is not None and was_connected and p.state == "A":
            if self.config.get("StopTransactionOnEVSideDisconnect"):
                self.stop_transaction(c, "EVDisconnected")
            if self.config.get("UnlockConnectorOnEVSideDisconnect"):
                self.hal.unlock(c.id)
        if c.pending is not None:
            if compat.ticks_diff(now, c.pending["deadline_ms"]) > 0:
                self.log("connection timeout", c.id)
                c.pending = None
            elif p.ev_connected and p.fault == ERR_NONE:
                self._start_transaction(c)
        r = c.reservation
        if r is not None and compat.unix_time() >= r["expiry"]:
            self.log("reservation expired", r["id"])
            c.reservation = None

    def _expire_reservation0(self):
        r = self.reservation0
        if r is not None and compat.unix_time() >= r["expiry"]:
            self.reservation0 = None

    async def _button(self, name):
        c = self.connectors[0]
        if name == "start" and c.tx is None:
            await self.present_id_tag(self.cfg["local_id_tag"], c.id)
        elif name == "stop" and c.tx is not None:
            self.stop_transaction(c, "Local")

    def _render_lcd(self):
        try:
            from firmware.lcd import render

            self.hal.display(render(self, self.cfg["lcd"]["cols"], self.cfg["lcd"]["rows"]))
        except Exception as e:  # noqa: BLE001 - the display must never stop charging
            self.log("lcd", e)

    def sample(self, c, measurands, context):
        m = c.meter
        out = []
        for name in measurands:
            if name == "Energy.Active.Import.Register":
                out.append({"value": str(m.register_wh()), "measurand": name, "unit": "Wh"})
            elif name == "Power.Active.Import":
                out.append({"value": "%.1f" % m.power_w, "measurand": name, "unit": "W"})
            elif name == "Current.Import":
                for i in range(m.phases):
                    out.append(
                        {
                            "value": "%.2f" % m.amps[i],
                            "measurand": name,
                            "unit": "A",
                            "phase": "L%d" % (i + 1),
                        }
                    )
            elif name == "Voltage":
                for i in range(m.phases):
                    out.append(
                        {
                            "value": "%.1f" % m.volts[i],
                            "measurand": name,
                            "unit": "V",
                            "phase": "L%d-N" % (i + 1),
                        }
                    )
            elif name == "Current.Offered":
                out.append({"value": "%.1f" % c.pilot.limit_a, "measurand": name, "unit": "A"})
            elif name == "SoC":
                soc = self.hal.soc(c.id)
                if soc is not None:
                    out.append(
                        {"value": "%d" % int(soc), "measurand": name, "unit": "Percent", "location": "EV"}
                    )
            elif name == "Temperature":
                t = self.hal.temperature(c.id)
                if t is not None:
                    out.append(
                        {"value": "%.1f" % t, "measurand": name, "unit": "Celsius", "location": "Body"}
                    )
        for sv in out:
            sv["context"] = context
        return out

    def _meter_values(self, c, measurands, context, ts=None):
        payload = {
            "connectorId": c.id,
            "meterValue": [
                {
                    "timestamp": compat.iso_from_unix(ts or compat.unix_time()),
                    "sampledValue": self.sample(c, measurands, context),
                }
            ],
        }
        if c.tx is not None:
            payload["transactionId"] = c.tx.get("id") or 0
        return payload

    async def _meter_loop(self):
        last_aligned = None
        while True:
            now = compat.ticks_ms()
            interval = self.config.get("MeterValueSampleInterval")
            for c in self.connectors:
                if c.tx is not None and interval:
                    if compat.ticks_diff(now, c.last_sample_ms) >= interval * 1000:
                        c.last_sample_ms = now
                        payload = self._meter_values(
                            c, self.config.list("MeterValuesSampledData"), "Sample.Periodic"
                        )
                        self.journal.append("MeterValues", payload, c.tx["local"])
                        self._wake.set()
            aligned = self.config.get("ClockAlignedDataInterval")
            if aligned:
                t = compat.unix_time()
                slot = int(t // aligned)
                if last_aligned is not None and slot != last_aligned:
                    for c in self.connectors:
                        payload = self._meter_values(
                            c, self.config.list("MeterValuesAlignedData"), "Sample.Clock", slot * aligned
                        )
                        if c.tx is not None:
                            self.journal.append("MeterValues", payload, c.tx["local"])
                        else:
                            self._enqueue("MeterValues", payload)
                    self._wake.set()
                last_aligned = slot
            await asyncio.sleep(0.2)

    # --- inbound CALLs ----------------------------------------------------------------------

    async def _handle_call(self, uid, action, payload):
        self.received.append(action)
        self.log("<-", action)
        handler = getattr(self, "on_" + action, None)
        if handler is None:
            await self._reply_error(uid, "NotImplemented", "unknown action " + action)
            return
        if not isinstance(payload, dict):
            await self._reply_error(uid, "FormationViolation", "payload must be an object")
            return
        after = None
        try:
            res = handler(payload)
            if isinstance(res, tuple):
                res, after = res
        except CallError as e:
            await self._reply_error(uid, e.code, e.description)
            return
        except KeyError as e:
            await self._reply_error(uid, "OccurenceConstraintViolation", "missing %s" % e)
            return
        except (TypeError, ValueError) as e:
            await self._reply_error(uid, "TypeConstraintViolation", str(e))
            return
        try:
            await self._send_raw([3, uid, res])
        except NotConnected:
            return
        if after is not None:
            await after()

    async def _reply_error(self, uid, code, desc):
        try:
            await self._send_raw([4, uid, code, desc[:255], {}])
        except NotConnected:
            pass

    def _conn_arg(self, payload, allow_zero=False):
        cid = payload["connectorId"]
        if not isinstance(cid, int):
            raise TypeError("connectorId must be an integer")
        if cid == 0 and allow_zero:
            return 0
        if self.connector(cid) is None:
            return None
        return cid

    def on_RemoteStartTransaction(self, payload):
        tag = payload["idTag"]
        cid = payload.get("connectorId")
        if cid is None:
            cid = 1
            for c in self.connectors:
                if c.tx is None and c.pending is None and c.pilot.fault == ERR_NONE:
                    cid = c.id
                    break
        c = self.connector(cid)
        if c is None or not self._may_start(c, tag, None) or c.pending is not None:
            return {"status": "Rejected"}
        profile = payload.get("chargingProfile")
        if profile is not None and profile.get("chargingProfilePurpose") != "TxProfile":
            return {"status": "Rejected"}

        async def begin():
            if self.config.get("AuthorizeRemoteTxRequests"):
                info = await self.authorize(tag)
                if info.get("status") != "Accepted":
                    return
            c.pending = {
                "idTag": tag,
                "parent": None,
                "remote": True,
                "profile": profile,
                "deadline_ms": compat.ticks_add(
                    compat.ticks_ms(), self.config.get("ConnectionTimeOut") * 1000
                ),
            }
            self._wake.set()

        return {"status": "Accepted"}, begin

    def on_RemoteStopTransaction(self, payload):
        tid = payload["transactionId"]
        for c in self.connectors:
            if c.tx is not None and c.tx.get("id") == tid:
                self.stop_transaction(c, "Remote")
                return {"status": "Accepted"}
        return {"status": "Rejected"}

    def _set_availability(self, cid, kind):
        if cid == 0:
            self.cp_availability = kind
        else:
            self.connector(cid).availability = kind
        data = {"0": self.cp_availability}
        for c in self.connectors:
            data[str(c.id)] = c.availability
        compat.write_json(compat.path_join(self.store, "availability.json"), data)

    def on_ChangeAvailability(self, payload):
        kind = payload["type"]
        if kind not in ("Operative", "Inoperative"):
            raise TypeError("type")
        cid = self._conn_arg(payload, allow_zero=True)
        if cid is None:
            return {"status": "Rejected"}
        targets = self.connectors if cid == 0 else [self.connector(cid)]
        scheduled = False
        for c in targets:
            if c.tx is not None and kind == "Inoperative":
                c.scheduled_availability = kind
                scheduled = True
            else:
                self._set_availability(c.id, kind)
        if cid == 0:
            if scheduled:
                for c in targets:
                    c.scheduled_availability = kind
            self._set_availability(0, kind if not scheduled else self.cp_availability)
        return {"status": "Scheduled" if scheduled else "Accepted"}

    def on_ChangeConfiguration(self, payload):
        key = payload["key"]
        value = payload["value"]
        status = self.config.change(key, value)
        if key == "MeterValueSampleInterval" and status == "Accepted":
            for c in self.connectors:
                c.last_sample_ms = compat.ticks_ms()
        if key == "AuthorizationKey" and status == "Accepted":
            ws = self.ws

            async def reconnect():
                # OCPP 1.6 security whitepaper: after a new AuthorizationKey the charge point
                # disconnects and reconnects with the new password.
                self._drop(ws)

            return {"status": status}, reconnect
        return {"status": status}

    def on_GetConfiguration(self, payload):
        keys = payload.get("key")
        out = []
        unknown = []
        names = keys if keys else sorted(KEYS.keys())
        if keys and len(keys) > self.config.int_value("GetConfigurationMaxKeys"):
            raise CallError("PropertyConstraintViolation", "too many keys")
        for k in names:
            if k not in KEYS:
                unknown.append(k)
                continue
            item = {"key": k, "readonly": KEYS[k][1]}
            if KEYS[k][2] != "secret":  # AuthorizationKey is write-only
                item["value"] = self.config.as_string(k)
            out.append(item)
        res: dict = {"configurationKey": out}
        if unknown:
            res["unknownKey"] = unknown
        return res

    def on_ClearCache(self, payload):
        if not self.config.get("AuthorizationCacheEnabled"):
            return {"status": "Rejected"}
        self.auth.clear_cache()
        return {"status": "Accepted"}

    def on_Reset(self, payload):
        kind = payload["type"]
        if kind not in ("Hard", "Soft"):
            raise TypeError("type")

        async def reset():
            for c in self.connectors:
                if c.tx is not None:
                    self.stop_transaction(c, "HardReset" if kind == "Hard" else "SoftReset")
            self._reboot_at = compat.ticks_add(compat.ticks_ms(), 5000 if kind == "Soft" else 1000)
            self.reboot_reason = kind

        return {"status": "Accepted"}, reset

    def on_UnlockConnector(self, payload):
        cid = self._conn_arg(payload)
        if cid is None:
            return {"status": "NotSupported"}
        c = self.connector(cid)
        if c.tx is not None:
            self.stop_transaction(c, "UnlockCommand")
            c.pilot.controlled_stop(compat.ticks_ms())
        ok = self.hal.unlock(cid)
        return {"status": "Unlocked" if ok else "UnlockFailed"}

    def on_GetDiagnostics(self, payload):
        location = payload["location"]
        retries = payload.get("retries", 0) or 0
        interval = payload.get("retryInterval", 5) or 5
        name = "diag-%s-%d.txt" % (self.id, int(compat.unix_time()))

        async def upload():
            self._status_note("DiagnosticsStatusNotification", "Uploading")
            try:
                with open(self.log_path, "rb") as f:
                    content = f.read()
            except OSError:
                content = b""
            url = location + name if location.endswith("/") else location
            for attempt in range(retries + 1):
                try:
                    body, ctype = multipart("file", name, content)
                    status, _ = await request("POST", url, body, {"Content-Type": ctype})
                    if 200 <= status < 300:
                        self._status_note("DiagnosticsStatusNotification", "Uploaded")
                        return
                    self.log("diagnostics upload HTTP", status)
                except Exception as e:  # noqa: BLE001
                    self.log("diagnostics upload", e)
                if attempt < retries:
                    await asyncio.sleep(interval)
            self._status_note("DiagnosticsStatusNotification", "UploadFailed")

        return {"fileName": name}, upload

    def _status_note(self, action, status):
        if action == "FirmwareStatusNotification":
            self.firmware_status = status
            self._save_state()
        else:
            self.diagnostics_status = status
        self._enqueue(action, {"status": status})

    def on_UpdateFirmware(self, payload):
        location = payload["location"]
        retrieve = compat.parse_iso(payload["retrieveDate"])
        retries = payload.get("retries", 0) or 0
        interval = payload.get("retryInterval", 5) or 5

        async def update():
            wait = retrieve - compat.unix_time()
            if wait > 0:
                await asyncio.sleep(wait)
            for attempt in range(retries + 1):
                self._status_note("FirmwareStatusNotification", "Downloading")
                try:
                    self.hal.ota_begin(0)
                    status, _ = await request("GET", location, on_chunk=self.hal.ota_write, timeout=120)
                    if status == 200:
                        break
                    self.log("firmware download HTTP", status)
                except Exception as e:  # noqa: BLE001
                    self.log("firmware download", e)
                if attempt < retries:
                    await asyncio.sleep(interval)
            else:
                self._status_note("FirmwareStatusNotification", "DownloadFailed")
                return
            self._status_note("FirmwareStatusNotification", "Downloaded")
            # Wait for transactions to finish before installing.
            while [c for c in self.connectors if c.tx is not None]:
                await asyncio.sleep(1)
            self._status_note("FirmwareStatusNotification", "Installing")
            if not self.hal.ota_finish():
                self._status_note("FirmwareStatusNotification", "InstallationFailed")
                return
            # The new image boots next; it reports Installed once it has connected (else rollback).
            self._reboot_at = compat.ticks_add(compat.ticks_ms(), 3000)
            self.reboot_reason = "Firmware"

        return {}, update

    def on_ReserveNow(self, payload):
        cid = self._conn_arg(payload, allow_zero=True)
        rid = payload["reservationId"]
        res = {
            "id": rid,
            "idTag": payload["idTag"],
            "parentIdTag": payload.get("parentIdTag"),
            "expiry": compat.parse_iso(payload["expiryDate"]),
        }
        if cid is None:
            return {"status": "Rejected"}
        if cid == 0:
            if not self.config.get("ReserveConnectorZeroSupported"):
                return {"status": "Rejected"}
            if self.cp_availability == "Inoperative":
                return {"status": "Unavailable"}
            free = [
                c
                for c in self.connectors
                if c.tx is None
                and c.reservation is None
                and c.pilot.fault == ERR_NONE
                and c.availability == "Operative"
            ]
            if not free:
                return {"status": "Occupied"}
            self.reservation0 = res
            return {"status": "Accepted"}
        c = self.connector(cid)
        if c.pilot.fault != ERR_NONE:
            return {"status": "Faulted"}
        if c.availability == "Inoperative" or self.cp_availability == "Inoperative":
            return {"status": "Unavailable"}
        if c.reservation is not None and c.reservation["id"] == rid:
            c.reservation = res
            return {"status": "Accepted"}
        if c.tx is not None or c.reservation is not None or c.pending is not None or c.pilot.ev_connected:
            return {"status": "Occupied"}
        for other in self.connectors:
            if other.reservation is not None and other.reservation["id"] == rid:
                other.reservation = None
        c.reservation = res
        return {"status": "Accepted"}

    def on_CancelReservation(self, payload):
        rid = payload["reservationId"]
        if self.reservation0 is not None and self.reservation0["id"] == rid:
            self.reservation0 = None
            return {"status": "Accepted"}
        for c in self.connectors:
            if c.reservation is not None and c.reservation["id"] == rid:
                c.reservation = None
                return {"status": "Accepted"}
        return {"status": "Rejected"}

    def on_DataTransfer(self, payload):
        vendor = payload["vendorId"]
        if vendor != "PlagSini":
            return {"status": "UnknownVendorId"}
        msg = payload.get("messageId")
        if msg == "Ping":
            return {"status": "Accepted", "data": payload.get("data", "")}
        if msg == "Log":
            return {"status": "Accepted", "data": "%d" % compat.file_size(self.log_path)}
        return {"status": "UnknownMessageId"}

    def on_GetLocalListVersion(self, payload):
        if not self.config.get("LocalAuthListEnabled"):
            return {"listVersion": -1}
        return {"listVersion": self.auth.list_version}

    def on_SendLocalList(self, payload):
        if not self.config.get("LocalAuthListEnabled"):
            return {"status": "NotSupported"}
        entries = payload.get("localAuthorizationList") or []
        if len(entries) > self.config.int_value("SendLocalListMaxLength"):
            return {"status": "Failed"}
        status = self.auth.send_local_list(
            payload["listVersion"], payload["updateType"], entries, KEYS["LocalAuthListMaxLength"][0]
        )
        return {"status": status}

    def on_TriggerMessage(self, payload):
        what = payload["requestedMessage"]
        cid = payload.get("connectorId")
        if what not in TRIGGERABLE:
            return {"status": "NotImplemented"}
        if cid is not None and cid != 0 and self.connector(cid) is None:
            return {"status": "Rejected"}

        async def send():
            if what == "BootNotification":
                self.accepted = False
                await self._boot()
            elif what == "Heartbeat":
                self._enqueue("Heartbeat", {})
            elif what == "StatusNotification":
                for c in self.connectors:
                    if cid in (None, 0, c.id):
                        c.reported = None
                if cid in (None, 0):
                    self.cp_status = None
                self._update_statuses()
            elif what == "MeterValues":
                for c in self.connectors:
                    if cid in (None, 0, c.id):
                        self._enqueue(
                            "MeterValues",
                            self._meter_values(c, self.config.list("MeterValuesSampledData"), "Trigger"),
                        )
            elif what == "DiagnosticsStatusNotification":
                self._enqueue(
                    what,
                    {
                        "status": "Idle"
                        if self.diagnostics_status in ("Uploaded", "UploadFailed")
                        else self.diagnostics_status
                    },
                )
            elif what == "FirmwareStatusNotification":
                st = self.firmware_status
                if st in ("Downloaded", "DownloadFailed", "InstallationFailed", "Installed"):
                    st = "Idle"
                self._enqueue(what, {"status": st})

        return {"status": "Accepted"}, send

    def on_SetChargingProfile(self, payload):
        cid = self._conn_arg(payload, allow_zero=True)
        if cid is None:
            return {"status": "Rejected"}
        profile = payload["csChargingProfiles"]
        tx_id = None
        if cid != 0:
            tx = self.connector(cid).tx
            if tx is not None:
                tx_id = tx.get("id") or -1
        status = self.smart.install(cid, profile, tx_id)
        for c in self.connectors:
            if c.tx is not None:
                self._apply_limit(c)
        return {"status": status}

    def on_ClearChargingProfile(self, payload):
        removed = self.smart.clear(
            payload.get("id"),
            payload.get("connectorId"),
            payload.get("chargingProfilePurpose"),
            payload.get("stackLevel"),
        )
        for c in self.connectors:
            if c.tx is not None:
                self._apply_limit(c)
        return {"status": "Accepted" if removed else "Unknown"}

    def on_GetCompositeSchedule(self, payload):
        cid = self._conn_arg(payload, allow_zero=True)
        if cid is None:
            return {"status": "Rejected"}
        unit = payload.get("chargingRateUnit") or "A"
        tx = self.connector(cid).tx if cid else None
        now = int(compat.unix_time())
        sched = self.smart.composite(
            cid,
            payload["duration"],
            unit,
            now,
            self.cfg["max_current"],
            tx.get("id") if tx else None,
            tx["start"] if tx else None,
        )
        return {
            "status": "Accepted",
            "connectorId": cid,
            "scheduleStart": sched["startSchedule"],
            "chargingSchedule": sched,
        }
