"""UnlockConnector: stop the connector's transaction (UnlockCommand), then release the cable lock."""

from firmware import compat
from firmware.operations import connector_arg


def handle(cp, payload):
    cid = connector_arg(cp, payload)
    if cid is None:
        return {"status": "NotSupported"}
    c = cp.connector(cid)
    if c.tx is not None:
        cp.transactions.stop(c, "UnlockCommand")
        c.pilot.controlled_stop(compat.ticks_ms())
    ok = cp.hal.unlock(cid)
    return {"status": "Unlocked" if ok else "UnlockFailed"}
