"""UpdateFirmware: the firmware download, its requestId kept for the status notifications."""


def translate(dialect, p):
    fw = p["firmware"]
    dialect.firmware_request = p["requestId"]
    update = {
        "location": fw["location"],
        "retrieveDate": fw["retrieveDateTime"],
        "retries": p.get("retries", 0),
        "retryInterval": p.get("retryInterval", 5),
    }
    return "UpdateFirmware", update, lambda res: {"status": "Accepted"}
