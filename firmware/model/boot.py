"""Boot and heartbeat: BootNotification until Accepted (the interval it gives becomes the
HeartbeatInterval), the clock set from the central system's answers, Heartbeat every interval."""

from firmware import compat
from firmware.compat import asyncio
from firmware.core.errors import CallError, CallTimeout


class BootService:
    def __init__(self, cp):
        self.cp = cp
        self.accepted = False
        self.registration = None  # the status of the last BootNotification answer
        cp.requests.on_conf["Heartbeat"] = self._heartbeat_conf

    async def boot(self):
        cp = self.cp
        cfg = cp.cfg
        payload = {
            "chargePointVendor": cfg["vendor"],
            "chargePointModel": cfg["model"],
            "firmwareVersion": cfg["firmware_version"],
        }
        if cfg.get("serial"):
            payload["chargePointSerialNumber"] = cfg["serial"]
        while True:
            try:
                conf = await cp.call("BootNotification", payload)
            except (CallTimeout, CallError) as e:
                cp.log("boot failed", e)
                await asyncio.sleep(cfg["boot_retry_s"])
                continue
            self.registration = conf.get("status")
            set_clock(conf.get("currentTime"))
            interval = conf.get("interval") or 0
            if self.registration == "Accepted":
                if interval > 0:
                    cp.config.values["HeartbeatInterval"] = interval
                self.accepted = True
                return
            await asyncio.sleep(interval if interval > 0 else cfg["boot_retry_s"])

    async def heartbeat_loop(self):
        while True:
            await asyncio.sleep(max(1, self.cp.config.get("HeartbeatInterval") or 300))
            self.cp.requests.enqueue("Heartbeat", {})

    def _heartbeat_conf(self, payload, conf, local_tx):
        set_clock(conf.get("currentTime"))


def set_clock(iso):
    if iso:
        try:
            compat.set_unix_time(compat.parse_iso(iso))
        except (ValueError, IndexError):
            pass
