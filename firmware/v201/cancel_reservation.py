"""CancelReservation."""

from firmware.core.ocpp201 import same


def translate(dialect, p):
    return "CancelReservation", {"reservationId": p["reservationId"]}, same
