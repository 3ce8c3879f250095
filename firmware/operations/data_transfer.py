"""DataTransfer for vendor PlagSini: Ping (echoes data) and Log (the log file's size)."""

from firmware import compat


def handle(cp, payload):
    vendor = payload["vendorId"]
    if vendor != "PlagSini":
        return {"status": "UnknownVendorId"}
    msg = payload.get("messageId")
    if msg == "Ping":
        return {"status": "Accepted", "data": payload.get("data", "")}
    if msg == "Log":
        return {"status": "Accepted", "data": "%d" % compat.file_size(cp.log_path)}
    return {"status": "UnknownMessageId"}
