"""UpdateFirmware: at retrieveDate download the image into the next OTA slot (with retries), wait
for running transactions to end, install and reboot. The new image reports Installed once it has
reached the central system (FirmwareService.connected), else the watchdog rolls it back."""

from firmware import compat
from firmware.compat import asyncio


def handle(cp, payload):
    location = payload["location"]
    retrieve = compat.parse_iso(payload["retrieveDate"])
    retries = payload.get("retries", 0) or 0
    interval = payload.get("retryInterval", 5) or 5

    async def update():
        from firmware.httpclient import request, with_retries

        notify = cp.firmware.notify
        hal = cp.hal
        wait = retrieve - compat.unix_time()
        if wait > 0:
            await asyncio.sleep(wait)

        async def attempt():
            notify("Downloading")
            hal.ota_begin(0)
            status, _ = await request("GET", location, on_chunk=hal.ota_write, timeout=120)
            if status == 200:
                return True
            cp.log("firmware download HTTP", status)
            return False

        def failed(e):
            cp.log("firmware download", e)

        if not await with_retries(retries, interval, attempt, failed):
            notify("DownloadFailed")
            return
        notify("Downloaded")
        while cp.transactions.running():
            await asyncio.sleep(1)
        notify("Installing")
        if not hal.ota_finish():
            notify("InstallationFailed")
            return
        cp.schedule_reboot("Firmware", 3000)

    return {}, update
