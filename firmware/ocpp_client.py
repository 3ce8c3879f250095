"""OCPP 1.6J charge point: the charger's side of the protocol, over wsclient, for every connector.

`ChargePoint` puts the parts together and runs their loops; it is the context every part reaches
the others through (`cp.requests`, `cp.transactions`, ...):

- core (`firmware/core/`): the connection, outgoing CALLs (one outstanding at a time; transaction
  messages through the journal on flash, so they survive being offline and reboots and are
  delivered in order), and the dispatch of incoming CALLs;
- model services (`firmware/model/`): configuration, boot, connectors and statuses, authorization,
  transactions, metering, smart charging, availability, reservations, firmware, display;
- operations (`firmware/operations/`): one module per CALL the central system may send,
  registered in `firmware.operations.HANDLERS` and imported on first use.
"""

from firmware import compat
from firmware.auth import Authorizer
from firmware.compat import asyncio
from firmware.core.connection import Connection
from firmware.core.errors import CallError, CallTimeout, NotConnected, Reboot
from firmware.core.requests import RequestQueue
from firmware.journal import Journal
from firmware.metering import Meter
from firmware.model.authorization import AuthorizationService
from firmware.model.availability import AvailabilityService
from firmware.model.boot import BootService
from firmware.model.configuration import Configuration
from firmware.model.connectors import Connector, StatusService
from firmware.model.display import DisplayService
from firmware.model.firmware_management import FirmwareService
from firmware.model.metering import MeteringService
from firmware.model.reservations import ReservationService
from firmware.model.smart_charging import SmartChargingService
from firmware.model.transactions import TransactionService
from firmware.pilot import PilotSupervisor
from firmware.smartcharging import SmartCharging

__all__ = ("ChargePoint", "CallError", "CallTimeout", "NotConnected", "Reboot")


class ChargePoint:
    def __init__(self, cfg, hal, store_dir=None):
        self.cfg = cfg
        self.hal = hal
        self.id = cfg["charge_point_id"]
        self.store = store_dir or cfg["store_dir"]
        compat.makedirs(self.store)
        n = cfg["connectors"]
        self.log_path = compat.path_join(self.store, "log.txt")
        self.config = Configuration(self.store, cfg.get("ocpp"), n, cfg.get("authorization_key"))
        self.auth = Authorizer(self.store)
        self.journal = Journal(compat.path_join(self.store, "journal"))
        self.smart = SmartCharging(self.store, cfg["voltage"], cfg["phases"])
        self.connectors = []
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
            self.connectors.append(c)
        state = compat.read_json(compat.path_join(self.store, "state.json"), None) or {}
        # core: the wire speaks OCPP 1.6 or, through the translation in core/ocpp201, OCPP 2.0.1
        self.protocol = cfg.get("protocol") or "ocpp1.6"
        self.dialect = None
        if self.protocol == "ocpp2.0.1":
            from firmware.core.ocpp201 import Ocpp201

            self.dialect = Ocpp201(self)
        self.connection = Connection(self)
        self.requests = RequestQueue(self)
        # model services
        self.boot = BootService(self)
        self.availability = AvailabilityService(self)
        self.statuses = StatusService(self)
        self.authorization = AuthorizationService(self)
        self.reservations = ReservationService(self)
        self.smart_charging = SmartChargingService(self)
        self.metering = MeteringService(self)
        self.transactions = TransactionService(self, state)
        self.firmware = FirmwareService(self, state)
        self.display = DisplayService(self)
        self.stopping = False
        self._tasks = []
        self.reboot_reason = None
        self._reboot_at = 0
        self.received = []  # actions received from the central system (for the LCD and tests)
        self.log("boot", compat.iso_now())
        # a transaction still open on flash was cut by a reboot: stop it (PowerLoss / reset reason)
        self.transactions.recover(state.get("reboot_reason") or "PowerLoss")
        self.save_state()

    # --- what the rest of the charger and the tests read -----------------------------------

    @property
    def ws(self):
        return self.connection.ws

    @property
    def connected(self):
        return self.connection.connected

    @property
    def accepted(self):
        return self.boot.accepted

    def connector(self, cid):
        if 1 <= cid <= len(self.connectors):
            return self.connectors[cid - 1]
        return None

    async def present_id_tag(self, tag, connector_id=1):
        """An RFID card or the local button: start, or stop the running transaction of that tag."""
        return await self.transactions.present_id_tag(tag, connector_id)

    async def authorize(self, tag):
        return await self.authorization.authorize(tag)

    def stop_transaction(self, c, reason="Local"):
        return self.transactions.stop(c, reason)

    async def call(self, action, payload, timeout=None):
        """Send a CALL and wait for its CALLRESULT payload. One outstanding CALL at a time."""
        return await self.requests.call(action, payload, timeout)

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

    def save_state(self):
        compat.write_json(
            compat.path_join(self.store, "state.json"),
            {
                "local_tx": self.transactions.local_tx,
                "reboot_reason": self.reboot_reason,
                "firmware_status": self.firmware.status,
            },
        )

    # --- running -----------------------------------------------------------------------------

    async def run(self):
        """Run until stopped or a Reboot is needed (then raises Reboot)."""
        self.stopping = False
        self._tasks = [
            asyncio.create_task(self.firmware.watchdog()),
            asyncio.create_task(self._supervise_loop()),
            asyncio.create_task(self.metering.loop()),
            asyncio.create_task(self.connection.loop()),
        ]
        try:
            while not self.stopping:
                if self.reboot_reason is not None and self._reboot_ready():
                    break
                await asyncio.sleep(0.05)
        finally:
            await self.shutdown()
        if self.reboot_reason is not None:
            raise Reboot(self.reboot_reason)

    def schedule_reboot(self, reason, delay_ms):
        """Restart in delay_ms, or once the journal and the queued messages are delivered (or the
        charger is offline)."""
        self._reboot_at = compat.ticks_add(compat.ticks_ms(), delay_ms)
        self.reboot_reason = reason

    def _reboot_ready(self):
        # The journal and the queued messages (a FirmwareStatusNotification Installing) go out first.
        return (
            (len(self.journal) == 0 and self.requests.delivered())
            or not self.connected
            or compat.ticks_diff(compat.ticks_ms(), self._reboot_at) > 0
        )

    async def shutdown(self):
        self.stopping = True
        for t in self._tasks:
            compat.cancel(t)
        self._tasks = []
        self.connection.cancel_tasks()
        await self.connection.close()
        for c in self.connectors:
            c.meter.flush()

    def stop(self):
        self.stopping = True

    async def session(self):
        """After connecting: boot (if not yet accepted), statuses, then heartbeat and the sender."""
        try:
            self.requests.clear()
            if not self.boot.accepted:
                await self.boot.boot()
            self.statuses.forget()
            self.statuses.update(force=True)
            self.firmware.connected()
            self.connection.start_task(self.boot.heartbeat_loop())
            if self.config.get("WebSocketPingInterval"):
                self.connection.start_task(self.connection.ping_loop())
            await self.requests.sender_loop()
        except NotConnected:
            pass

    def _pilot_event(self, cid, kind, info):
        self.log("pilot", cid, kind, info)
        if kind == "fault":
            c = self.connector(cid)
            if c.tx is not None:
                self.transactions.stop(c, "EmergencyStop")

    async def _supervise_loop(self):
        tick = self.cfg["tick_ms"]
        hal = self.hal
        lcd_every = 0
        while True:
            now = compat.ticks_ms()
            if hasattr(hal, "step"):
                hal.step(now)
            for c in self.connectors:
                try:
                    self._supervise(c, now)
                except Exception as e:  # noqa: BLE001 - keep supervising the other connectors
                    self.log("supervise error", e)
            self.reservations.expire()
            for b in hal.buttons():
                await self.display.button(b)
            self.statuses.update()
            lcd_every += 1
            if lcd_every * tick >= 500:
                lcd_every = 0
                self.display.render()
            await asyncio.sleep(tick / 1000)

    def _supervise(self, c, now):
        p = c.pilot
        if c.tx is not None:
            self.smart_charging.apply(c)
        was_connected = p.ev_connected
        p.tick(now)
        c.meter.update(now, self.hal.voltages(c.id), self.hal.currents(c.id))
        self.transactions.supervise(c, now, was_connected)
