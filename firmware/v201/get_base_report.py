"""GetBaseReport: the configuration keys as device-model variables, in NotifyReports."""

from firmware import compat
from firmware.v201.variables import REPORT_ITEMS, VALUE_201, VARIABLES, VENDOR_COMPONENT


def translate(dialect, p):
    request_id = p["requestId"]

    def answer(res):
        items = []
        for k in res.get("configurationKey", []):
            component, variable = VARIABLES.get(k["key"], (VENDOR_COMPONENT, k["key"]))
            attr = {"type": "Actual", "mutability": "ReadOnly" if k.get("readonly") else "ReadWrite"}
            if "value" in k:
                attr["value"] = str(VALUE_201.get(k["value"], k["value"]))[:2500]
            else:
                attr["mutability"] = "WriteOnly"
            items.append(
                {
                    "component": {"name": component},
                    "variable": {"name": variable[:50]},
                    "variableAttribute": [attr],
                    "variableCharacteristics": {"dataType": "string", "supportsMonitoring": False},
                }
            )
        now = compat.iso_now()
        parts = [items[i : i + REPORT_ITEMS] for i in range(0, len(items), REPORT_ITEMS)] or [[]]
        for n, part in enumerate(parts):
            report = {"requestId": request_id, "generatedAt": now, "seqNo": n, "tbc": n < len(parts) - 1}
            if part:
                report["reportData"] = part
            dialect.cp.requests.enqueue("NotifyReport", report)
        return {"status": "Accepted"}

    return "GetConfiguration", {}, answer
