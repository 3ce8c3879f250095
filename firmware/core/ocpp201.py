"""OCPP 2.0.1 on the wire for the same charger: a translation at the edge of core.

The charger's model (connectors, transactions, journal, metering, reservations, local list) stays
one; when the configuration says `protocol: "ocpp2.0.1"` the request queue and the dispatcher pass
every message through `Ocpp201`:

- outgoing: the model's messages become their 2.0.1 counterparts (StartTransaction, MeterValues in a
  transaction and StopTransaction become TransactionEvent Started / Updated / Ended), and the
  answers come back in the shape the model reads;
- incoming: a 2.0.1 CALL becomes the operation the model already has (RequestStartTransaction the
  remote start, ReserveNow the reservation, ...), and its answer becomes the 2.0.1 answer.

A 2.0.1 station names its transactions itself: the id is the start time and connector as digits,
which also serves as the model's integer transaction id, so nothing needs remembering across a
reboot. A message with no 2.0.1 counterpart is not sent (`None`); a CALL with none is NotImplemented.
"""

from firmware import compat

PROTOCOL = "ocpp2.0.1"
ENERGY = "Energy.Active.Import.Register"

_STATUS = {
    "Available": "Available",
    "Preparing": "Occupied",
    "Charging": "Occupied",
    "SuspendedEV": "Occupied",
    "SuspendedEVSE": "Occupied",
    "Finishing": "Occupied",
    "Reserved": "Reserved",
    "Unavailable": "Unavailable",
    "Faulted": "Faulted",
}
_CHARGING_STATE = {
    "Charging": "Charging",
    "SuspendedEV": "SuspendedEV",
    "SuspendedEVSE": "SuspendedEVSE",
    "Preparing": "EVConnected",
    "Finishing": "EVConnected",
}
_STOPPED = {
    "EmergencyStop": "EmergencyStop",
    "EVDisconnected": "EVDisconnected",
    "HardReset": "ImmediateReset",
    "SoftReset": "Reboot",
    "Reboot": "Reboot",
    "Local": "Local",
    "PowerLoss": "PowerLoss",
    "Remote": "Remote",
    "DeAuthorized": "DeAuthorized",
}
_TAG_STATUS = ("Accepted", "Blocked", "Expired", "Invalid", "ConcurrentTx")
_RESERVE = {
    "Accepted": "Accepted",
    "Faulted": "Faulted",
    "Occupied": "Occupied",
    "Unavailable": "Unavailable",
}
_UNLOCK = {"Unlocked": "Unlocked", "UnlockFailed": "UnlockFailed", "NotSupported": "UnknownConnector"}
# 1.6 configuration keys as 2.0.1 device-model variables (the rest: the vendor component below)
_VARIABLES = {
    "HeartbeatInterval": ("OCPPCommCtrlr", "HeartbeatInterval"),
    "ChargingScheduleAllowedChargingRateUnit": ("SmartChargingCtrlr", "RateUnit"),
    "ChargeProfileMaxStackLevel": ("SmartChargingCtrlr", "ProfileStackLevel"),
    "ChargingScheduleMaxPeriods": ("SmartChargingCtrlr", "PeriodsPerSchedule"),
    "MeterValueSampleInterval": ("SampledDataCtrlr", "TxUpdatedInterval"),
    "ClockAlignedDataInterval": ("AlignedDataCtrlr", "Interval"),
    "AuthorizationKey": ("SecurityCtrlr", "BasicAuthPassword"),
}
_KEYS = dict([(v, k) for k, v in _VARIABLES.items()])
VENDOR_COMPONENT = "PlagSiniCtrlr"
REPORT_ITEMS = 20  # reportData items per NotifyReport
#: 2.0.1 chargingProfilePurpose -> the model's (1.6) name.
_PURPOSE_16 = {"ChargingStationMaxProfile": "ChargePointMaxProfile"}
#: 1.6 configuration values as 2.0.1 spells them (the rate units).
_VALUE_201 = {"Current,Power": "A,W", "Current": "A", "Power": "W", "Power,Current": "W,A"}


def _same(conf):
    return conf


def tx_id_16(timestamp, connector_id):
    """The model's integer id of a transaction started at `timestamp` on `connector_id`."""
    digits = "".join([ch for ch in timestamp if "0" <= ch <= "9"])[:14]
    return int(digits + "%d" % connector_id)


def id_token(tag):
    return {"idToken": tag, "type": "ISO14443"}


def tag_info_16(info):
    """A 2.0.1 idTokenInfo as the 1.6 idTagInfo the model caches and acts on."""
    status = (info or {}).get("status", "Invalid")
    out = {"status": status if status in _TAG_STATUS else "Invalid"}
    group = (info or {}).get("groupIdToken")
    if group:
        out["parentIdTag"] = group["idToken"]
    return out


def tag_info_201(info):
    out = {"status": info.get("status", "Invalid")}
    if info.get("parentIdTag"):
        out["groupIdToken"] = id_token(info["parentIdTag"])
    return out


def sampled_201(meter_value, context=None):
    """1.6 meterValue[] as 2.0.1 meterValue[] (numbers, units as unitOfMeasure)."""
    out = []
    for mv in meter_value:
        values = []
        for sv in mv.get("sampledValue", []):
            try:
                value = float(sv["value"])
            except (KeyError, ValueError):
                continue
            v = {"value": value}  # type: dict
            for key in ("measurand", "phase", "location"):
                if sv.get(key):
                    v[key] = sv[key]
            ctx = context or sv.get("context")
            if ctx:
                v["context"] = ctx
            if sv.get("unit"):
                v["unitOfMeasure"] = {"unit": sv["unit"]}
            values.append(v)
        if values:
            out.append({"timestamp": mv.get("timestamp") or compat.iso_now(), "sampledValue": values})
    return out


def _energy(value, timestamp, context):
    return [
        {
            "timestamp": timestamp,
            "sampledValue": [
                {"value": value, "context": context, "measurand": ENERGY, "unitOfMeasure": {"unit": "Wh"}}
            ],
        }
    ]


class Ocpp201:
    def __init__(self, cp):
        self.cp = cp
        self.firmware_request = None  # requestId of the UpdateFirmware being carried out
        self._seq = {}  # 2.0.1 transactionId -> next seqNo
        self._remote_start = {}  # evse id -> remoteStartId of the RequestStartTransaction accepted

    # --- outgoing -------------------------------------------------------------------------

    def outgoing(self, action, payload):
        """(action, payload, answer) for the 2.0.1 wire, or None when 2.0.1 has no such message."""
        fn = getattr(self, "_out_" + action, None)
        if fn is None:
            self.cp.log("2.0.1: not sent", action)
            return None
        return fn(payload)

    def _next_seq(self, tx):
        n = self._seq.get(tx, 0)
        self._seq[tx] = n + 1
        return n

    def _out_BootNotification(self, p):
        station = {"model": p["chargePointModel"], "vendorName": p["chargePointVendor"]}
        if p.get("chargePointSerialNumber"):
            station["serialNumber"] = p["chargePointSerialNumber"]
        if p.get("firmwareVersion"):
            station["firmwareVersion"] = p["firmwareVersion"]
        return "BootNotification", {"reason": "PowerUp", "chargingStation": station}, _same

    def _out_Heartbeat(self, p):
        return "Heartbeat", {}, _same

    def _out_DataTransfer(self, p):
        return "DataTransfer", p, _same

    def _out_StatusNotification(self, p):
        if not p.get("connectorId"):
            return None  # 2.0.1 reports each connector; the station as a whole has no status
        status = {
            "timestamp": p.get("timestamp") or compat.iso_now(),
            "connectorStatus": _STATUS.get(p["status"], "Unavailable"),
            "evseId": p["connectorId"],
            "connectorId": 1,
        }
        return "StatusNotification", status, _same

    def _out_Authorize(self, p):
        def answer(conf):
            return {"idTagInfo": tag_info_16(conf.get("idTokenInfo"))}

        return "Authorize", {"idToken": id_token(p["idTag"])}, answer

    def _out_StartTransaction(self, p):
        cid = p["connectorId"]
        tid = tx_id_16(p["timestamp"], cid)
        info = {"transactionId": "%d" % tid, "chargingState": "Charging"}
        trigger = "Authorized"
        remote = self._remote_start.pop(cid, None)
        if remote is not None:
            info["remoteStartId"] = remote
            trigger = "RemoteStart"
        event = {
            "eventType": "Started",
            "timestamp": p["timestamp"],
            "triggerReason": trigger,
            "seqNo": self._next_seq(info["transactionId"]),
            "transactionInfo": info,
            "idToken": id_token(p["idTag"]),
            "evse": {"id": cid, "connectorId": 1},
            "meterValue": _energy(p["meterStart"], p["timestamp"], "Transaction.Begin"),
        }
        if p.get("reservationId") is not None:
            event["reservationId"] = p["reservationId"]

        def answer(conf):
            return {
                "transactionId": tid,
                "idTagInfo": tag_info_16(conf.get("idTokenInfo") or {"status": "Accepted"}),
            }

        return "TransactionEvent", event, answer

    def _out_MeterValues(self, p):
        meter = sampled_201(p.get("meterValue", []))
        if not meter:
            return None
        if not p.get("transactionId"):
            return "MeterValues", {"evseId": p.get("connectorId", 0), "meterValue": meter}, _same
        tx = "%d" % p["transactionId"]
        info = {"transactionId": tx}
        c = self.cp.connector(p.get("connectorId", 0))
        state = _CHARGING_STATE.get(c.status) if c is not None else None
        if state:
            info["chargingState"] = state
        event = {
            "eventType": "Updated",
            "timestamp": meter[-1]["timestamp"],
            "triggerReason": "MeterValuePeriodic",
            "seqNo": self._next_seq(tx),
            "transactionInfo": info,
            "meterValue": meter,
        }
        return "TransactionEvent", event, lambda conf: {}

    def _out_StopTransaction(self, p):
        tx = "%d" % p["transactionId"]
        reason = p.get("reason", "Local")
        info = {"transactionId": tx, "stoppedReason": _STOPPED.get(reason, "Other"), "chargingState": "Idle"}
        meter = sampled_201(p.get("transactionData") or [])
        meter.extend(_energy(p["meterStop"], p["timestamp"], "Transaction.End"))
        event = {
            "eventType": "Ended",
            "timestamp": p["timestamp"],
            "triggerReason": "RemoteStop" if reason == "Remote" else "StopAuthorized",
            "seqNo": self._next_seq(tx),
            "transactionInfo": info,
            "meterValue": meter,
        }
        if reason == "EVDisconnected":
            event["triggerReason"] = "EVCommunicationLost"
        elif reason not in ("Local", "Remote", "DeAuthorized"):
            event["triggerReason"] = "AbnormalCondition"
        if p.get("idTag"):
            event["idToken"] = id_token(p["idTag"])
        self._seq.pop(tx, None)

        def answer(conf):
            if conf.get("idTokenInfo"):
                return {"idTagInfo": tag_info_16(conf["idTokenInfo"])}
            return {}

        return "TransactionEvent", event, answer

    def _out_NotifyReport(self, p):
        return "NotifyReport", p, _same

    def _out_FirmwareStatusNotification(self, p):
        status = {"status": p["status"]}
        if self.firmware_request is not None and p["status"] != "Idle":
            status["requestId"] = self.firmware_request
        return "FirmwareStatusNotification", status, _same

    # --- incoming -------------------------------------------------------------------------

    def incoming(self, action, payload):
        """(the model's action, its payload, answer) for a 2.0.1 CALL, or None if unsupported."""
        fn = getattr(self, "_in_" + action, None)
        if fn is None:
            return None
        return fn(payload)

    def _in_RequestStartTransaction(self, p):
        evse = p.get("evseId") or 1
        remote = {"idTag": p["idToken"]["idToken"], "connectorId": evse}

        def answer(res):
            if res.get("status") == "Accepted":
                self._remote_start[evse] = p["remoteStartId"]
            return {"status": res.get("status", "Rejected")}

        return "RemoteStartTransaction", remote, answer

    def _in_RequestStopTransaction(self, p):
        try:
            tid = int(p["transactionId"])
        except ValueError:
            tid = -1
        return "RemoteStopTransaction", {"transactionId": tid}, _same

    def _in_Reset(self, p):
        kind = "Hard" if p["type"] == "Immediate" else "Soft"
        return "Reset", {"type": kind}, _same

    def _in_ChangeAvailability(self, p):
        evse = (p.get("evse") or {}).get("id", 0)
        return "ChangeAvailability", {"connectorId": evse, "type": p["operationalStatus"]}, _same

    def _in_UnlockConnector(self, p):
        def answer(res):
            return {"status": _UNLOCK.get(res.get("status"), "UnlockFailed")}

        return "UnlockConnector", {"connectorId": p["evseId"]}, answer

    def _in_TriggerMessage(self, p):
        # The messages both versions share keep their names; the others (LogStatusNotification,
        # SignChargingStationCertificate, ...) reach the model as they are, which answers NotImplemented.
        trigger = {"requestedMessage": p["requestedMessage"]}
        evse = (p.get("evse") or {}).get("id")
        if evse:
            trigger["connectorId"] = evse
        return "TriggerMessage", trigger, _same

    def _in_DataTransfer(self, p):
        return "DataTransfer", p, _same

    def _in_ClearCache(self, p):
        return "ClearCache", {}, _same

    def _in_ReserveNow(self, p):
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

    def _in_CancelReservation(self, p):
        return "CancelReservation", {"reservationId": p["reservationId"]}, _same

    def _in_GetLocalListVersion(self, p):
        return "GetLocalListVersion", {}, lambda res: {"versionNumber": max(res.get("listVersion", 0), 0)}

    def _in_SendLocalList(self, p):
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

    # smart charging (K): 2.0.1 profiles as the 1.6 profiles the model stacks

    def _in_SetChargingProfile(self, p):
        prof = p["chargingProfile"]
        sched = prof["chargingSchedule"][0]
        sched16 = {
            "chargingRateUnit": sched["chargingRateUnit"],
            "chargingSchedulePeriod": sched["chargingSchedulePeriod"],
        }
        for key in ("duration", "startSchedule", "minChargingRate"):
            if key in sched:
                sched16[key] = sched[key]
        purpose = prof["chargingProfilePurpose"]
        prof16 = {
            "chargingProfileId": prof["id"],
            "stackLevel": prof["stackLevel"],
            "chargingProfilePurpose": _PURPOSE_16.get(purpose, purpose),
            "chargingProfileKind": prof["chargingProfileKind"],
            "chargingSchedule": sched16,
        }
        for key in ("recurrencyKind", "validFrom", "validTo"):
            if key in prof:
                prof16[key] = prof[key]
        if "transactionId" in prof:
            try:
                prof16["transactionId"] = int(prof["transactionId"])
            except ValueError:
                prof16["transactionId"] = -1  # not one of this station's: refused
        set16 = {"connectorId": p["evseId"], "csChargingProfiles": prof16}

        def answer(res):
            return {"status": "Accepted" if res.get("status") == "Accepted" else "Rejected"}

        return "SetChargingProfile", set16, answer

    def _in_ClearChargingProfile(self, p):
        clear = {}
        if "chargingProfileId" in p:
            clear["id"] = p["chargingProfileId"]
        criteria = p.get("chargingProfileCriteria") or {}
        if "evseId" in criteria:
            clear["connectorId"] = criteria["evseId"]
        if "chargingProfilePurpose" in criteria:
            purpose = criteria["chargingProfilePurpose"]
            clear["chargingProfilePurpose"] = _PURPOSE_16.get(purpose, purpose)
        if "stackLevel" in criteria:
            clear["stackLevel"] = criteria["stackLevel"]
        return "ClearChargingProfile", clear, _same

    def _in_GetCompositeSchedule(self, p):
        ask = {"connectorId": p["evseId"], "duration": p["duration"]}
        if p.get("chargingRateUnit"):
            ask["chargingRateUnit"] = p["chargingRateUnit"]

        def answer(res):
            if res.get("status") != "Accepted":
                return {"status": "Rejected"}
            sched = res["chargingSchedule"]
            return {
                "status": "Accepted",
                "schedule": {
                    "evseId": res["connectorId"],
                    "duration": sched.get("duration", p["duration"]),
                    "scheduleStart": res["scheduleStart"],
                    "chargingRateUnit": sched["chargingRateUnit"],
                    "chargingSchedulePeriod": sched["chargingSchedulePeriod"],
                },
            }

        return "GetCompositeSchedule", ask, answer

    def _in_GetVariables(self, p):
        """The device-model variables the model has as 1.6 configuration keys (`_KEYS`); any other
        is UnknownVariable."""
        asked = []
        for d in p["getVariableData"]:
            asked.append((d, _KEYS.get((d["component"]["name"], d["variable"]["name"]))))
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
                    r["attributeValue"] = _VALUE_201.get(value, value)
                out.append(r)
            return {"getVariableResult": out}

        return "GetConfiguration", {"key": keys}, answer

    def _in_GetBaseReport(self, p):
        """The configuration keys as device-model variables, sent in NotifyReports once answered."""
        request_id = p["requestId"]

        def answer(res):
            items = []
            for k in res.get("configurationKey", []):
                component, variable = _VARIABLES.get(k["key"], (VENDOR_COMPONENT, k["key"]))
                attr = {"type": "Actual", "mutability": "ReadOnly" if k.get("readonly") else "ReadWrite"}
                if "value" in k:
                    attr["value"] = str(_VALUE_201.get(k["value"], k["value"]))[:2500]
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
                self.cp.requests.enqueue("NotifyReport", report)
            return {"status": "Accepted"}

        return "GetConfiguration", {}, answer

    def _in_SetVariables(self, p):
        data = p["setVariableData"][0]
        name = (data["component"]["name"], data["variable"]["name"])
        key = _KEYS.get(name, name[1] if name[0] == VENDOR_COMPONENT else None)

        def answer(res):
            status = res.get("status")
            result = {
                "attributeStatus": status
                if status in ("Accepted", "Rejected", "RebootRequired")
                else "Rejected",
                "component": data["component"],
                "variable": data["variable"],
            }
            if key is None:
                result["attributeStatus"] = "UnknownVariable"
            return {"setVariableResult": [result]}

        return "ChangeConfiguration", {"key": key or "", "value": data["attributeValue"]}, answer

    def _in_UpdateFirmware(self, p):
        fw = p["firmware"]
        self.firmware_request = p["requestId"]
        update = {
            "location": fw["location"],
            "retrieveDate": fw["retrieveDateTime"],
            "retries": p.get("retries", 0),
            "retryInterval": p.get("retryInterval", 5),
        }
        return "UpdateFirmware", update, lambda res: {"status": "Accepted"}
