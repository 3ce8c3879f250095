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

This module is the minimum 2.0.1 core: the station's own messages (BootNotification, Heartbeat,
StatusNotification, Authorize, TransactionEvent Started / Updated / Ended with meter values, and the
few others the model sends). Each CALL the central system may send is translated by its own module
under `firmware/v201/` (`request_start_transaction.py`, ...), imported when that CALL arrives and
released when it is answered, as the operations under `firmware/operations/` are.
"""

from firmware import compat, v201

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


def same(conf):
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
        self.remote_start = {}  # evse id -> remoteStartId of the RequestStartTransaction accepted

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
        return "BootNotification", {"reason": "PowerUp", "chargingStation": station}, same

    def _out_Heartbeat(self, p):
        return "Heartbeat", {}, same

    def _out_DataTransfer(self, p):
        return "DataTransfer", p, same

    def _out_StatusNotification(self, p):
        if not p.get("connectorId"):
            return None  # 2.0.1 reports each connector; the station as a whole has no status
        status = {
            "timestamp": p.get("timestamp") or compat.iso_now(),
            "connectorStatus": _STATUS.get(p["status"], "Unavailable"),
            "evseId": p["connectorId"],
            "connectorId": 1,
        }
        return "StatusNotification", status, same

    def _out_Authorize(self, p):
        def answer(conf):
            return {"idTagInfo": tag_info_16(conf.get("idTokenInfo"))}

        return "Authorize", {"idToken": id_token(p["idTag"])}, answer

    def transaction_id(self, p):
        """The model's id of the transaction the StartTransaction `p` starts (the station's own)."""
        return tx_id_16(p["timestamp"], p["connectorId"])

    def _out_StartTransaction(self, p):
        cid = p["connectorId"]
        tid = self.transaction_id(p)
        info = {"transactionId": "%d" % tid, "chargingState": "Charging"}
        trigger = "Authorized"
        remote = self.remote_start.pop(cid, None)
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
            return "MeterValues", {"evseId": p.get("connectorId", 0), "meterValue": meter}, same
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
        return "NotifyReport", p, same

    def _out_FirmwareStatusNotification(self, p):
        status = {"status": p["status"]}
        if self.firmware_request is not None and p["status"] != "Idle":
            status["requestId"] = self.firmware_request
        return "FirmwareStatusNotification", status, same

    # --- incoming -------------------------------------------------------------------------

    def incoming(self, action, payload):
        """(the model's action, its payload, answer) for a 2.0.1 CALL, or None if unsupported."""
        translate = v201.translator_for(action)
        if translate is None:
            return None
        return translate(self, payload)

    def release(self, action):
        """The CALL of action is answered: its translation module may go (MicroPython)."""
        v201.release(action)
