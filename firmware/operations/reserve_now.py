"""ReserveNow: reserve a connector (or, with ReserveConnectorZeroSupported, any free connector:
connector 0) for an idTag or its group until expiryDate. The same reservation id again replaces it."""

from firmware import compat
from firmware.operations import connector_arg
from firmware.pilot import ERR_NONE


def handle(cp, payload):
    cid = connector_arg(cp, payload, allow_zero=True)
    rid = payload["reservationId"]
    res = {
        "id": rid,
        "idTag": payload["idTag"],
        "parentIdTag": payload.get("parentIdTag"),
        "expiry": compat.parse_iso(payload["expiryDate"]),
    }
    if cid is None:
        return {"status": "Rejected"}
    availability = cp.availability
    if cid == 0:
        if not cp.config.get("ReserveConnectorZeroSupported"):
            return {"status": "Rejected"}
        if availability.charger == "Inoperative":
            return {"status": "Unavailable"}
        for c in cp.connectors:
            if (
                c.tx is None
                and c.reservation is None
                and c.pilot.fault == ERR_NONE
                and c.availability == "Operative"
            ):
                cp.reservations.any = res
                return {"status": "Accepted"}
        return {"status": "Occupied"}
    c = cp.connector(cid)
    if c.pilot.fault != ERR_NONE:
        return {"status": "Faulted"}
    if not availability.operative(c):
        return {"status": "Unavailable"}
    if c.reservation is not None and c.reservation["id"] == rid:
        c.reservation = res
        return {"status": "Accepted"}
    if c.tx is not None or c.reservation is not None or c.pending is not None or c.pilot.ev_connected:
        return {"status": "Occupied"}
    for other in cp.connectors:
        if other.reservation is not None and other.reservation["id"] == rid:
            other.reservation = None
    c.reservation = res
    return {"status": "Accepted"}
