"""ClearChargingProfile: remove the profiles matching id / connector / purpose / stack level."""


def handle(cp, payload):
    removed = cp.smart.clear(
        payload.get("id"),
        payload.get("connectorId"),
        payload.get("chargingProfilePurpose"),
        payload.get("stackLevel"),
    )
    cp.smart_charging.apply_running()
    return {"status": "Accepted" if removed else "Unknown"}
