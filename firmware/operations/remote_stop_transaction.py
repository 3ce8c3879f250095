"""RemoteStopTransaction: stop the transaction with that id, if it runs here."""


def handle(cp, payload):
    tid = payload["transactionId"]
    for c in cp.connectors:
        if c.tx is not None and c.tx.get("id") == tid:
            cp.transactions.stop(c, "Remote")
            return {"status": "Accepted"}
    return {"status": "Rejected"}
