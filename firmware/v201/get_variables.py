"""GetVariables: the device-model variables the model has as 1.6 configuration keys."""

from firmware.v201.variables import KEYS, VALUE_201


def translate(dialect, p):
    asked = []
    for d in p["getVariableData"]:
        asked.append((d, KEYS.get((d["component"]["name"], d["variable"]["name"]))))
    keys = [k for _, k in asked if k is not None]

    def answer(res):
        values = {}
        for item in res.get("configurationKey") or []:
            values[item["key"]] = item.get("value")
        out = []
        for d, key in asked:
            r = {"component": d["component"], "variable": d["variable"]}
            value = values.get(key) if key is not None else None
            if value is None:
                r["attributeStatus"] = "UnknownVariable"
            else:
                r["attributeStatus"] = "Accepted"
                r["attributeValue"] = VALUE_201.get(value, value)
            out.append(r)
        return {"getVariableResult": out}

    return "GetConfiguration", {"key": keys}, answer
