"""SetChargingProfile: the 2.0.1 profile as the 1.6 profile the model stacks."""

from firmware.v201 import PURPOSE_16


def translate(dialect, p):
    prof = p["chargingProfile"]
    sched = prof["chargingSchedule"][0]
    sched16 = {
        "chargingRateUnit": sched["chargingRateUnit"],
        "chargingSchedulePeriod": sched["chargingSchedulePeriod"],
    }
    for key in ("duration", "startSchedule", "minChargingRate"):
        if key in sched:
            sched16[key] = sched[key]
    purpose = prof["chargingProfilePurpose"]
    prof16 = {
        "chargingProfileId": prof["id"],
        "stackLevel": prof["stackLevel"],
        "chargingProfilePurpose": PURPOSE_16.get(purpose, purpose),
        "chargingProfileKind": prof["chargingProfileKind"],
        "chargingSchedule": sched16,
    }
    for key in ("recurrencyKind", "validFrom", "validTo"):
        if key in prof:
            prof16[key] = prof[key]
    if "transactionId" in prof:
        try:
            prof16["transactionId"] = int(prof["transactionId"])
        except ValueError:
            prof16["transactionId"] = -1  # not one of this station's: refused
    set16 = {"connectorId": p["evseId"], "csChargingProfiles": prof16}

    def answer(res):
        return {"status": "Accepted" if res.get("status") == "Accepted" else "Rejected"}

    return "SetChargingProfile", set16, answer
