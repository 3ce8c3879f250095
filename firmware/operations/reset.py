"""Reset: stop running transactions (HardReset / SoftReset), then restart once the journal is
delivered (Soft after at most 5 s, Hard after at most 1 s)."""


def handle(cp, payload):
    kind = payload["type"]
    if kind not in ("Hard", "Soft"):
        raise TypeError("type")

    async def reset():
        cp.transactions.stop_all("HardReset" if kind == "Hard" else "SoftReset")
        cp.schedule_reboot(kind, 5000 if kind == "Soft" else 1000)

    return {"status": "Accepted"}, reset
