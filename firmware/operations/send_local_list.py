"""SendLocalList: a full or differential update of the local authorization list."""

from firmware.model.configuration import KEYS


def handle(cp, payload):
    if not cp.config.get("LocalAuthListEnabled"):
        return {"status": "NotSupported"}
    entries = payload.get("localAuthorizationList") or []
    if len(entries) > cp.config.int_value("SendLocalListMaxLength"):
        return {"status": "Failed"}
    status = cp.auth.send_local_list(
        payload["listVersion"], payload["updateType"], entries, KEYS["LocalAuthListMaxLength"][0]
    )
    return {"status": status}
