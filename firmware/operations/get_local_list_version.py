"""GetLocalListVersion: the local authorization list's version (-1 when the list is disabled)."""


def handle(cp, payload):
    if not cp.config.get("LocalAuthListEnabled"):
        return {"listVersion": -1}
    return {"listVersion": cp.auth.list_version}
