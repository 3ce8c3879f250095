"""SetChargingProfile: install a profile (on a connector with a transaction, a TxProfile belongs
to that transaction) and apply the new limits at once."""

from firmware.operations import connector_arg


def handle(cp, payload):
    cid = connector_arg(cp, payload, allow_zero=True)
    if cid is None:
        return {"status": "Rejected"}
    profile = payload["csChargingProfiles"]
    tx_id = None
    if cid != 0:
        tx = cp.connector(cid).tx
        if tx is not None:
            tx_id = tx.get("id") or -1
    status = cp.smart.install(cid, profile, tx_id)
    cp.smart_charging.apply_running()
    return {"status": status}
