"""TriggerMessage: send the requested message now (for one connector, or all when none / 0)."""

TRIGGERABLE = (
    "BootNotification",
    "DiagnosticsStatusNotification",
    "FirmwareStatusNotification",
    "Heartbeat",
    "MeterValues",
    "StatusNotification",
)


def handle(cp, payload):
    what = payload["requestedMessage"]
    cid = payload.get("connectorId")
    if what not in TRIGGERABLE:
        return {"status": "NotImplemented"}
    if cid is not None and cid != 0 and cp.connector(cid) is None:
        return {"status": "Rejected"}

    async def send():
        requests = cp.requests
        if what == "BootNotification":
            cp.boot.accepted = False
            await cp.boot.boot()
        elif what == "Heartbeat":
            requests.enqueue("Heartbeat", {})
        elif what == "StatusNotification":
            cp.statuses.forget(cid)
            cp.statuses.update()
        elif what == "MeterValues":
            for c in cp.connectors:
                if cid in (None, 0, c.id):
                    requests.enqueue(
                        "MeterValues",
                        cp.metering.meter_values(c, cp.config.list("MeterValuesSampledData"), "Trigger"),
                    )
        elif what == "DiagnosticsStatusNotification":
            requests.enqueue(what, {"status": cp.firmware.reported_diagnostics()})
        elif what == "FirmwareStatusNotification":
            requests.enqueue(what, {"status": cp.firmware.reported_status()})

    return {"status": "Accepted"}, send
