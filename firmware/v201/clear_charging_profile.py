"""ClearChargingProfile: by id, or by the criteria."""

from firmware.core.ocpp201 import same
from firmware.v201 import PURPOSE_16


def translate(dialect, p):
    clear = {}
    if "chargingProfileId" in p:
        clear["id"] = p["chargingProfileId"]
    criteria = p.get("chargingProfileCriteria") or {}
    if "evseId" in criteria:
        clear["connectorId"] = criteria["evseId"]
    if "chargingProfilePurpose" in criteria:
        purpose = criteria["chargingProfilePurpose"]
        clear["chargingProfilePurpose"] = PURPOSE_16.get(purpose, purpose)
    if "stackLevel" in criteria:
        clear["stackLevel"] = criteria["stackLevel"]
    return "ClearChargingProfile", clear, same
