"""ChangeAvailability: of one EVSE, or the station (no evse)."""

from firmware.core.ocpp201 import same


def translate(dialect, p):
    evse = (p.get("evse") or {}).get("id", 0)
    return "ChangeAvailability", {"connectorId": evse, "type": p["operationalStatus"]}, same
