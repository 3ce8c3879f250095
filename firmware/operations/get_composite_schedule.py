"""GetCompositeSchedule: the limits of the installed profiles over `duration` seconds from now."""

from firmware import compat
from firmware.operations import connector_arg


def handle(cp, payload):
    cid = connector_arg(cp, payload, allow_zero=True)
    if cid is None:
        return {"status": "Rejected"}
    unit = payload.get("chargingRateUnit") or "A"
    tx = cp.connector(cid).tx if cid else None
    now = int(compat.unix_time())
    sched = cp.smart.composite(
        cid,
        payload["duration"],
        unit,
        now,
        cp.cfg["max_current"],
        tx.get("id") if tx else None,
        tx["start"] if tx else None,
    )
    return {
        "status": "Accepted",
        "connectorId": cid,
        "scheduleStart": sched["startSchedule"],
        "chargingSchedule": sched,
    }
