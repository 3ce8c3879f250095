"""GetDiagnostics: upload the log file to `location` (HTTP POST, multipart), with retries;
DiagnosticsStatusNotification Uploading -> Uploaded / UploadFailed."""

from firmware import compat


def handle(cp, payload):
    location = payload["location"]
    retries = payload.get("retries", 0) or 0
    interval = payload.get("retryInterval", 5) or 5
    name = "diag-%s-%d.txt" % (cp.id, int(compat.unix_time()))

    async def upload():
        from firmware.httpclient import multipart, request, with_retries

        notify = cp.firmware.notify_diagnostics
        notify("Uploading")
        try:
            with open(cp.log_path, "rb") as f:
                content = f.read()
        except OSError:
            content = b""
        url = location + name if location.endswith("/") else location

        async def attempt():
            body, ctype = multipart("file", name, content)
            status, _ = await request("POST", url, body, {"Content-Type": ctype})
            if 200 <= status < 300:
                return True
            cp.log("diagnostics upload HTTP", status)
            return False

        def failed(e):
            cp.log("diagnostics upload", e)

        notify("Uploaded" if await with_retries(retries, interval, attempt, failed) else "UploadFailed")

    return {"fileName": name}, upload
