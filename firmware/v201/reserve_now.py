"""ReserveNow: the reservation of an EVSE (or of the station), groupIdToken as the parent tag."""

_RESERVE = {
    "Accepted": "Accepted",
    "Faulted": "Faulted",
    "Occupied": "Occupied",
    "Unavailable": "Unavailable",
}


def translate(dialect, p):
    reserve = {
        "connectorId": p.get("evseId") or 0,
        "expiryDate": p["expiryDateTime"],
        "idTag": p["idToken"]["idToken"],
        "reservationId": p["id"],
    }
    if p.get("groupIdToken"):
        reserve["parentIdTag"] = p["groupIdToken"]["idToken"]

    def answer(res):
        return {"status": _RESERVE.get(res.get("status"), "Rejected")}

    return "ReserveNow", reserve, answer
