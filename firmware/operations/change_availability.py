"""ChangeAvailability: Operative / Inoperative for one connector or the whole charger (0);
Scheduled while a transaction runs on an affected connector (it takes effect when that ends)."""

from firmware.operations import connector_arg


def handle(cp, payload):
    kind = payload["type"]
    if kind not in ("Operative", "Inoperative"):
        raise TypeError("type")
    cid = connector_arg(cp, payload, allow_zero=True)
    if cid is None:
        return {"status": "Rejected"}
    availability = cp.availability
    targets = cp.connectors if cid == 0 else [cp.connector(cid)]
    scheduled = False
    for c in targets:
        if c.tx is not None and kind == "Inoperative":
            c.scheduled_availability = kind
            scheduled = True
        else:
            availability.set(c.id, kind)
    if cid == 0:
        if scheduled:
            for c in targets:
                c.scheduled_availability = kind
        availability.set(0, kind if not scheduled else availability.charger)
    return {"status": "Scheduled" if scheduled else "Accepted"}
