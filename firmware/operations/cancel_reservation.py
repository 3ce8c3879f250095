"""CancelReservation: drop the reservation with that id (of a connector or of connector 0)."""


def handle(cp, payload):
    return {"status": "Accepted" if cp.reservations.cancel(payload["reservationId"]) else "Rejected"}
