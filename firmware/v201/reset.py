"""Reset: Immediate is a hard reset, OnIdle a soft one."""

from firmware.core.ocpp201 import same


def translate(dialect, p):
    kind = "Hard" if p["type"] == "Immediate" else "Soft"
    return "Reset", {"type": kind}, same
