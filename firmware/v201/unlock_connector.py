"""UnlockConnector: of the EVSE."""

_UNLOCK = {"Unlocked": "Unlocked", "UnlockFailed": "UnlockFailed", "NotSupported": "UnknownConnector"}


def translate(dialect, p):
    def answer(res):
        return {"status": _UNLOCK.get(res.get("status"), "UnlockFailed")}

    return "UnlockConnector", {"connectorId": p["evseId"]}, answer
