"""DataTransfer: as it is."""

from firmware.core.ocpp201 import same


def translate(dialect, p):
    return "DataTransfer", p, same
