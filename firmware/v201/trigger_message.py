"""TriggerMessage: the messages both versions share keep their names."""

from firmware.core.ocpp201 import same


def translate(dialect, p):
    # The messages both versions share keep their names; the others (LogStatusNotification,
    # SignChargingStationCertificate, ...) reach the model as they are, which answers NotImplemented.
    trigger = {"requestedMessage": p["requestedMessage"]}
    evse = (p.get("evse") or {}).get("id")
    if evse:
        trigger["connectorId"] = evse
    return "TriggerMessage", trigger, same
