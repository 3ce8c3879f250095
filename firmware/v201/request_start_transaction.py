"""RequestStartTransaction: the remote start (its remoteStartId comes back in TransactionEvent Started)."""


def translate(dialect, p):
    evse = p.get("evseId") or 1
    remote = {"idTag": p["idToken"]["idToken"], "connectorId": evse}

    def answer(res):
        if res.get("status") == "Accepted":
            dialect.remote_start[evse] = p["remoteStartId"]
        return {"status": res.get("status", "Rejected")}

    return "RemoteStartTransaction", remote, answer
