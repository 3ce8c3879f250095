"""ClearCache: the authorization cache."""

from firmware.core.ocpp201 import same


def translate(dialect, p):
    return "ClearCache", {}, same
