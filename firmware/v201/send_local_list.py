"""SendLocalList: idTokens as the idTags of the local list."""

from firmware.core.ocpp201 import tag_info_16


def translate(dialect, p):
    entries = []
    for e in p.get("localAuthorizationList") or []:
        entry = {"idTag": e["idToken"]["idToken"]}
        if e.get("idTokenInfo"):
            entry["idTagInfo"] = tag_info_16(e["idTokenInfo"])
        entries.append(entry)
    send = {
        "listVersion": p["versionNumber"],
        "updateType": p["updateType"],
        "localAuthorizationList": entries,
    }

    def answer(res):
        status = res.get("status")
        return {"status": status if status in ("Accepted", "Failed", "VersionMismatch") else "Failed"}

    return "SendLocalList", send, answer
