"""GetDiagnostics: upload the log file to `location` (HTTP POST, multipart), with retries;
DiagnosticsStatusNotification Uploading -> Uploaded / UploadFailed."""

from firmware import compat
from firmware.compat import asyncio


def handle(cp, payload):
    location = payload["location"]
    retries = payload.get("retries", 0) or 0
    interval = payload.get("retryInterval", 5) or 5
    name = "diag-%s-%d.txt" % (cp.id, int(compat.unix_time()))

    async def upload():
        from firmware.httpclient import multipart, request

        notify = cp.firmware.notify_diagnostics
        notify("Uploading")
        try:
            with open(cp.log_path, "rb") as f:
                content = f.read()
        except OSError:
            content = b""
        url = location + name if location.endswith("/") else location
        for attempt in range(retries + 1):
            try:
                body, ctype = multipart("file", name, content)
                status, _ = await request("POST", url, body, {"Content-Type": ctype})
                if 200 <= status < 300:
                    notify("Uploaded")
                    return
                cp.log("diagnostics upload HTTP", status)
            except Exception as e:  # noqa: BLE001
                cp.log("diagnostics upload", e)
            if attempt < retries:
                await asyncio.sleep(interval)
        notify("UploadFailed")

    return {"fileName": name}, upload
