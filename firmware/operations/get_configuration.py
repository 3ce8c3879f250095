"""GetConfiguration: the requested keys (all when none), unknown ones listed apart;
AuthorizationKey is write-only (listed without a value)."""

from firmware.core.errors import CallError
from firmware.model.configuration import KEYS


def handle(cp, payload):
    keys = payload.get("key")
    out = []
    unknown = []
    names = keys if keys else sorted(KEYS.keys())
    if keys and len(keys) > cp.config.int_value("GetConfigurationMaxKeys"):
        raise CallError("PropertyConstraintViolation", "too many keys")
    for k in names:
        if k not in KEYS:
            unknown.append(k)
            continue
        item = {"key": k, "readonly": KEYS[k][1]}
        if KEYS[k][2] != "secret":
            item["value"] = cp.config.as_string(k)
        out.append(item)
    res: dict = {"configurationKey": out}
    if unknown:
        res["unknownKey"] = unknown
    return res
