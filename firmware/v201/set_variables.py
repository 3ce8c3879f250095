"""SetVariables: a configuration key set through its device-model variable."""

from firmware.v201.variables import KEYS, VENDOR_COMPONENT


def translate(dialect, p):
    data = p["setVariableData"][0]
    name = (data["component"]["name"], data["variable"]["name"])
    key = KEYS.get(name, name[1] if name[0] == VENDOR_COMPONENT else None)

    def answer(res):
        status = res.get("status")
        result = {
            "attributeStatus": status if status in ("Accepted", "Rejected", "RebootRequired") else "Rejected",
            "component": data["component"],
            "variable": data["variable"],
        }
        if key is None:
            result["attributeStatus"] = "UnknownVariable"
        return {"setVariableResult": [result]}

    return "ChangeConfiguration", {"key": key or "", "value": data["attributeValue"]}, answer
