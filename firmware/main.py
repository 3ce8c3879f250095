"""ESP32 entry point: load /config.json, join Wi-Fi, run the charge point forever.

Copy the `firmware/` package and a `main.py` containing `import firmware.main` to the board
(see firmware/README.md). A freshly installed OTA image that does not reach the central system
within `ota_confirm_s` (config) is rolled back: ChargePoint resets before marking it valid.
"""

import time

import machine
import network

from firmware import compat, config
from firmware.compat import asyncio
from firmware.hal.esp32 import Esp32Hal
from firmware.ocpp_client import ChargePoint, Reboot


def wifi_connect(cfg, timeout_s=30):
    wlan = network.WLAN(network.STA_IF)
    wlan.active(True)
    try:
        network.hostname(cfg["hostname"])
    except (AttributeError, ValueError):
        pass
    if not wlan.isconnected():
        wlan.connect(cfg["wifi_ssid"], cfg["wifi_password"])
        t0 = time.ticks_ms()
        while not wlan.isconnected() and time.ticks_diff(time.ticks_ms(), t0) < timeout_s * 1000:
            time.sleep_ms(200)
    return wlan


async def wifi_keeper(cfg, wlan):
    while True:
        await asyncio.sleep(10)
        if not wlan.isconnected():
            try:
                wlan.connect(cfg["wifi_ssid"], cfg["wifi_password"])
            except OSError:
                pass


async def run(cfg):
    compat.makedirs(cfg["store_dir"])
    hal = Esp32Hal(cfg)  # relay open, pilot +12 V
    wlan = wifi_connect(cfg)
    cp = ChargePoint(cfg, hal, cfg["store_dir"])
    asyncio.create_task(wifi_keeper(cfg, wlan))
    try:
        await cp.run()
    except Reboot as e:
        hal.set_relay(1, False)
        if str(e) == "Soft":
            machine.soft_reset()
        machine.reset()


def main():
    cfg = config.load("/config.json")
    asyncio.run(run(cfg))


main()
