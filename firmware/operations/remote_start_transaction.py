"""RemoteStartTransaction: start on the given connector (or the first free one) once the EV is
connected; with AuthorizeRemoteTxRequests the idTag is authorized first. A TxProfile may come along."""

from firmware.pilot import ERR_NONE


def handle(cp, payload):
    tag = payload["idTag"]
    cid = payload.get("connectorId")
    if cid is None:
        cid = 1
        for c in cp.connectors:
            if c.tx is None and c.pending is None and c.pilot.fault == ERR_NONE:
                cid = c.id
                break
    c = cp.connector(cid)
    transactions = cp.transactions
    if c is None or not transactions.may_start(c, tag, None) or c.pending is not None:
        return {"status": "Rejected"}
    profile = payload.get("chargingProfile")
    if profile is not None and profile.get("chargingProfilePurpose") != "TxProfile":
        return {"status": "Rejected"}

    async def begin():
        if cp.config.get("AuthorizeRemoteTxRequests"):
            info = await cp.authorization.authorize(tag)
            if info.get("status") != "Accepted":
                return
        transactions.prepare(c, tag, None, True, profile)

    return {"status": "Accepted"}, begin
