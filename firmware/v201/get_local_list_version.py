"""GetLocalListVersion."""


def translate(dialect, p):
    return "GetLocalListVersion", {}, lambda res: {"versionNumber": max(res.get("listVersion", 0), 0)}
