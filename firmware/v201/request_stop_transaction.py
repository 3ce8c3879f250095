"""RequestStopTransaction: the remote stop of the station's transactionId."""

from firmware.core.ocpp201 import same


def translate(dialect, p):
    try:
        tid = int(p["transactionId"])
    except ValueError:
        tid = -1
    return "RemoteStopTransaction", {"transactionId": tid}, same
