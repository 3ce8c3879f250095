"""The domain's commands to an OCPP 2.0.1 charging station.

The domain speaks to chargers through one port (`domain.ports.ChargerGateway`) in OCPP 1.6's names
and shapes (`domain/commands.py`, the command history, the console's forms). For a station connected
with OCPP 2.0.1 the connection's dialect turns each command into its 2.0.1 CALL here, and the answer
back into the 1.6 answer the domain expects:

| domain command          | OCPP 2.0.1 CALL           |
|-------------------------|---------------------------|
| RemoteStartTransaction  | RequestStartTransaction   |
| RemoteStopTransaction   | RequestStopTransaction (the station's own transactionId) |
| ChangeAvailability      | ChangeAvailability        |
| Reset                   | Reset (Hard → Immediate, Soft → OnIdle) |
| GetConfiguration        | GetVariables (keys `Component.Variable`, or a 1.6 key of `KEYS_16`) |
| ChangeConfiguration     | SetVariables (key `Component.Variable`, or a 1.6 key of `KEYS_16`) |
| ReserveNow              | ReserveNow (the reservation id as `id`, connector 0 → no `evseId`) |
| SendLocalList           | SendLocalList (versionNumber; entries as Central idTokens, `send_local_list`) |
| GetLocalListVersion     | GetLocalListVersion (versionNumber → listVersion) |
| SetChargingProfile      | SetChargingProfile (`charging_profile`: the station's transactionId) |
| ClearChargingProfile    | ClearChargingProfile (id → chargingProfileId, the rest as its criteria) |
| GetCompositeSchedule    | GetCompositeSchedule (connectorId → evseId; the schedule back in 1.6's shape) |
| GetChargingProfiles     | GetChargingProfiles (2.0.1 only; the answer names its requestId) |
| GetTransactionStatus    | GetTransactionStatus (2.0.1 only; the session's transactionId the station's) |
| UpdateFirmware          | UpdateFirmware (requestId = the firmware job; signing fields, installDateTime) |
| UnlockConnector, TriggerMessage, ClearCache, DataTransfer, CancelReservation | their 2.0.1 namesakes |
| the security commands (CertificateSigned, ...) | see `ocpp_server/security.outbound201` |
| `domain.commands.OCPP201_ONLY` (GetBaseReport, SetNetworkProfile, ...) | themselves, as given |

Any other command is refused as InvalidCommand before anything is sent.
"""

from __future__ import annotations

import itertools
import time
from typing import TYPE_CHECKING, Any

from db.engine import read_session
from domain import transaction_events
from domain.commands import OCPP201_ONLY
from domain.gateway_errors import InvalidCommand
from ocpp_server.dialect import Outbound, firmware_status, signed_update_firmware

if TYPE_CHECKING:
    from ocpp_server.connection import ChargerConnection

#: remoteStartId: an integer the station echoes in the TransactionEvent it starts; unique enough per
#: station (milliseconds since start-up, then counting).
_remote_start_ids = itertools.count(int(time.time() * 1000) % 2**30)


def _same(result: dict[str, Any]) -> dict[str, Any]:
    return result


def _status_as(mapping: dict[str, str], default: str) -> Any:
    def answer(result: dict[str, Any]) -> dict[str, Any]:
        return {"status": mapping.get(result.get("status", ""), default)}

    return answer


#: OCPP 1.6 configuration keys the platform itself sets, as 2.0.1 device-model variables. The
#: AuthorizationKey (40 hex digits) becomes the Basic-auth password as text, which admission accepts
#: (`domain.chargers.verify_auth_key` reads hex digits as the key they spell).
KEYS_16 = {
    "AuthorizationKey": "SecurityCtrlr.BasicAuthPassword",
    "HeartbeatInterval": "OCPPCommCtrlr.HeartbeatInterval",
    "MeterValueSampleInterval": "SampledDataCtrlr.TxUpdatedInterval",
    "ClockAlignedDataInterval": "AlignedDataCtrlr.Interval",
    "ChargingScheduleAllowedChargingRateUnit": "SmartChargingCtrlr.RateUnit",
    "ChargeProfileMaxStackLevel": "SmartChargingCtrlr.ProfileStackLevel",
}


def _component_variable(key: str) -> tuple[dict[str, Any], dict[str, Any]]:
    key = KEYS_16.get(key, key)
    component, sep, variable = key.partition(".")
    if not sep or not component or not variable:
        raise InvalidCommand(f"{key!r}: an OCPP 2.0.1 setting is named Component.Variable.")
    return {"name": component}, {"name": variable}


def _get_configuration(payload: dict[str, Any]) -> Outbound:
    keys = payload.get("key") or []
    if not keys:
        raise InvalidCommand(
            "Name the variables to read (Component.Variable): a full report is not available yet."
        )
    data = []
    asked: dict[tuple[str, str], str] = {}  # (component, variable) → the key as the domain named it
    for key in keys:
        component, variable = _component_variable(key)
        data.append({"component": component, "variable": variable})
        asked[(component["name"], variable["name"])] = key

    def answer(result: dict[str, Any]) -> dict[str, Any]:
        found, unknown = [], []
        for r in result.get("getVariableResult", []):
            name = (r["component"]["name"], r["variable"]["name"])
            key = asked.get(name, ".".join(name))
            if r.get("attributeStatus") == "Accepted":
                found.append({"key": key, "readonly": False, "value": r.get("attributeValue", "")})
            else:
                unknown.append(key)
        out: dict[str, Any] = {"configurationKey": found}
        if unknown:
            out["unknownKey"] = unknown
        return out

    return Outbound("GetVariables", {"getVariableData": data}, answer)


#: SetVariables attributeStatus → ChangeConfiguration status.
_SET_STATUS = {"Accepted": "Accepted", "Rejected": "Rejected", "RebootRequired": "RebootRequired"}


def _change_configuration(payload: dict[str, Any]) -> Outbound:
    component, variable = _component_variable(payload["key"])

    def answer(result: dict[str, Any]) -> dict[str, Any]:
        results = result.get("setVariableResult") or [{}]
        return {"status": _SET_STATUS.get(results[0].get("attributeStatus", ""), "NotSupported")}

    data = [{"attributeValue": payload["value"], "component": component, "variable": variable}]
    return Outbound("SetVariables", {"setVariableData": data}, answer)


def _evse(connector_id: int | None) -> dict[str, Any]:
    return {"evse": {"id": connector_id}} if connector_id else {}


#: ReserveNow's answers have the same names in both versions.
RESERVE_STATUS = {s: s for s in ("Accepted", "Faulted", "Occupied", "Rejected", "Unavailable")}


def reserve_now(payload: dict[str, Any]) -> dict[str, Any]:
    """A 1.6 ReserveNow as 2.0.1's: the platform's id tags are Central idTokens, the parent tag the
    group."""
    reserve: dict[str, Any] = {
        "id": payload["reservationId"],
        "expiryDateTime": payload["expiryDate"],
        "idToken": _id_token(payload["idTag"]),
    }
    if payload.get("connectorId"):
        reserve["evseId"] = payload["connectorId"]
    if payload.get("parentIdTag"):
        reserve["groupIdToken"] = _id_token(payload["parentIdTag"])
    return reserve


def _id_token(tag: str) -> dict[str, Any]:
    return {"idToken": tag, "type": "Central"}


def send_local_list(payload: dict[str, Any]) -> dict[str, Any]:
    """A 1.6 SendLocalList (the domain's list from its id tags) as 2.0.1's; an entry without
    idTagInfo still removes the token in a differential update."""
    entries = []
    for e in payload.get("localAuthorizationList") or []:
        entry: dict[str, Any] = {"idToken": _id_token(e["idTag"])}
        info16 = e.get("idTagInfo")
        if info16:
            info: dict[str, Any] = {"status": info16["status"]}
            if info16.get("expiryDate"):
                info["cacheExpiryDateTime"] = info16["expiryDate"]
            if info16.get("parentIdTag"):
                info["groupIdToken"] = _id_token(info16["parentIdTag"])
            entry["idTokenInfo"] = info
        entries.append(entry)
    out: dict[str, Any] = {"versionNumber": payload["listVersion"], "updateType": payload["updateType"]}
    if entries:
        out["localAuthorizationList"] = entries
    return out


_TRIGGERED = {"DiagnosticsStatusNotification": "LogStatusNotification"}

#: OCPP 1.6 chargingProfilePurpose → OCPP 2.0.1's (and back).
PURPOSE_201 = {"ChargePointMaxProfile": "ChargingStationMaxProfile"}
PURPOSE_16 = {v: k for k, v in PURPOSE_201.items()}


async def _station_tx(conn: ChargerConnection, session_id: int) -> str:
    """The station's transactionId of one of the platform's sessions on this charger."""
    async with read_session(conn.server.platform.sessionmaker) as s:
        tx_id = await transaction_events.ocpp_transaction_id(s, conn.charger_id, session_id)
    if tx_id is None:
        raise InvalidCommand("This charger has no such OCPP 2.0.1 transaction.")
    return tx_id


def charging_profile(prof16: dict[str, Any], station_tx: str | None) -> dict[str, Any]:
    """A 1.6 csChargingProfiles as a 2.0.1 ChargingProfileType: one chargingSchedule (its id the
    profile's), the purpose renamed, a TxProfile's transactionId the station's own (`station_tx`)."""
    sched16 = prof16["chargingSchedule"]
    schedule: dict[str, Any] = {
        "id": prof16["chargingProfileId"],
        "chargingRateUnit": sched16["chargingRateUnit"],
        "chargingSchedulePeriod": [dict(p) for p in sched16["chargingSchedulePeriod"]],
    }
    for key in ("startSchedule", "duration", "minChargingRate"):
        if sched16.get(key) is not None:
            schedule[key] = sched16[key]
    purpose = prof16["chargingProfilePurpose"]
    out: dict[str, Any] = {
        "id": prof16["chargingProfileId"],
        "stackLevel": prof16["stackLevel"],
        "chargingProfilePurpose": PURPOSE_201.get(purpose, purpose),
        "chargingProfileKind": prof16["chargingProfileKind"],
        "chargingSchedule": [schedule],
    }
    for key in ("recurrencyKind", "validFrom", "validTo"):
        if prof16.get(key) is not None:
            out[key] = prof16[key]
    if station_tx is not None:
        out["transactionId"] = station_tx
    return out


async def _set_charging_profile(conn: ChargerConnection, payload: dict[str, Any]) -> Outbound:
    prof16 = payload["csChargingProfiles"]
    session_id = prof16.get("transactionId")
    station_tx = await _station_tx(conn, session_id) if session_id is not None else None
    return Outbound(
        "SetChargingProfile",
        {"evseId": payload["connectorId"], "chargingProfile": charging_profile(prof16, station_tx)},
        _status_as({"Accepted": "Accepted"}, "Rejected"),
    )


def _clear_charging_profile(payload: dict[str, Any]) -> Outbound:
    clear: dict[str, Any] = {}
    if payload.get("id") is not None:
        clear["chargingProfileId"] = payload["id"]
    criteria: dict[str, Any] = {}
    if payload.get("connectorId") is not None:
        criteria["evseId"] = payload["connectorId"]
    if payload.get("chargingProfilePurpose") is not None:
        purpose = payload["chargingProfilePurpose"]
        criteria["chargingProfilePurpose"] = PURPOSE_201.get(purpose, purpose)
    if payload.get("stackLevel") is not None:
        criteria["stackLevel"] = payload["stackLevel"]
    if criteria:
        clear["chargingProfileCriteria"] = criteria
    return Outbound("ClearChargingProfile", clear, _status_as({"Accepted": "Accepted"}, "Unknown"))


def _composite_schedule(payload: dict[str, Any]) -> Outbound:
    ask: dict[str, Any] = {"duration": payload["duration"], "evseId": payload["connectorId"]}
    if payload.get("chargingRateUnit"):
        ask["chargingRateUnit"] = payload["chargingRateUnit"]

    def answer(result: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {"status": "Accepted" if result.get("status") == "Accepted" else "Rejected"}
        schedule = result.get("schedule")
        if schedule:
            out["connectorId"] = schedule["evseId"]
            out["scheduleStart"] = schedule["scheduleStart"]
            out["chargingSchedule"] = {
                "duration": schedule["duration"],
                "chargingRateUnit": schedule["chargingRateUnit"],
                "chargingSchedulePeriod": schedule["chargingSchedulePeriod"],
            }
        return out

    return Outbound("GetCompositeSchedule", ask, answer)


async def _transaction_status(conn: ChargerConnection, payload: dict[str, Any]) -> Outbound:
    ask: dict[str, Any] = {}
    if payload.get("transactionId") is not None:
        ask["transactionId"] = await _station_tx(conn, payload["transactionId"])
    return Outbound("GetTransactionStatus", ask, _same)


async def outbound(conn: ChargerConnection, action: str, payload: dict[str, Any]) -> Outbound:
    from ocpp_server import security

    secured = security.outbound201(action, payload)
    if secured is not None:
        return secured
    if action == "RemoteStartTransaction":
        start: dict[str, Any] = {
            "idToken": {"idToken": payload["idTag"], "type": "Central"},
            "remoteStartId": next(_remote_start_ids) % 2**31,
        }
        if payload.get("connectorId"):
            start["evseId"] = payload["connectorId"]
        if payload.get("chargingProfile"):
            start["chargingProfile"] = charging_profile(payload["chargingProfile"], None)
        return Outbound("RequestStartTransaction", start, _status_as({"Accepted": "Accepted"}, "Rejected"))
    if action == "RemoteStopTransaction":
        return Outbound(
            "RequestStopTransaction",
            {"transactionId": await _station_tx(conn, payload["transactionId"])},
            _status_as({"Accepted": "Accepted"}, "Rejected"),
        )
    if action == "ChangeAvailability":
        return Outbound(
            "ChangeAvailability",
            {"operationalStatus": payload["type"], **_evse(payload["connectorId"])},
            _same,
        )
    if action == "Reset":
        kind = "Immediate" if payload["type"] == "Hard" else "OnIdle"
        return Outbound(
            "Reset", {"type": kind}, _status_as({"Accepted": "Accepted", "Scheduled": "Accepted"}, "Rejected")
        )
    if action == "GetConfiguration":
        return _get_configuration(payload)
    if action == "ChangeConfiguration":
        return _change_configuration(payload)
    if action == "UnlockConnector":
        return Outbound(
            "UnlockConnector",
            {"evseId": payload["connectorId"], "connectorId": 1},
            _status_as({"Unlocked": "Unlocked", "UnknownConnector": "NotSupported"}, "UnlockFailed"),
        )
    if action == "TriggerMessage":
        requested = payload["requestedMessage"]
        trigger = {
            "requestedMessage": _TRIGGERED.get(requested, requested),
            **_evse(payload.get("connectorId")),
        }
        return Outbound("TriggerMessage", trigger, _status_as({"Accepted": "Accepted"}, "Rejected"))
    if action == "ReserveNow":
        return Outbound("ReserveNow", reserve_now(payload), _status_as(RESERVE_STATUS, "Rejected"))
    if action == "SendLocalList":
        return Outbound(
            "SendLocalList",
            send_local_list(payload),
            _status_as({s: s for s in ("Accepted", "Failed", "VersionMismatch")}, "Failed"),
        )
    if action == "GetLocalListVersion":
        return Outbound("GetLocalListVersion", {}, lambda r: {"listVersion": r.get("versionNumber", 0)})
    if action == "CancelReservation":
        return Outbound(
            "CancelReservation",
            {"reservationId": payload["reservationId"]},
            _status_as({"Accepted": "Accepted"}, "Rejected"),
        )
    if action == "SetChargingProfile":
        return await _set_charging_profile(conn, payload)
    if action == "ClearChargingProfile":
        return _clear_charging_profile(payload)
    if action == "GetCompositeSchedule":
        return _composite_schedule(payload)
    if action == "GetTransactionStatus":
        return await _transaction_status(conn, payload)
    if action == "GetChargingProfiles":  # the answer names the requestId the reports will carry
        return Outbound(action, payload, lambda r: {**r, "requestId": payload["requestId"]})
    if action == "UpdateFirmware":
        # Accepted, AcceptedCanceled (an update in progress was cancelled for it), or a refusal
        # (Rejected, InvalidCertificate, RevokedCertificate) that fails the firmware job.
        return Outbound("UpdateFirmware", signed_update_firmware(payload), firmware_status)
    if action in OCPP201_ONLY:
        return Outbound(action, payload, _same)
    if action in ("ClearCache", "DataTransfer"):
        return Outbound(action, payload, _same)
    raise InvalidCommand(f"{action} is not available for OCPP 2.0.1 chargers yet.")
