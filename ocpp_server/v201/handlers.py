"""One handler per inbound OCPP 2.0.1 action (charging station → central system).

Each turns the 2.0.1 message into the platform's terms and calls the same domain code as OCPP 1.6
(often the 1.6 handler itself, which does the domain call and stages the same events):

- BootNotification / Heartbeat: the 1.6 handlers (the answers have the same shape). After an accepted
  boot, a station whose device model was never asked for gets GetBaseReport FullInventory.
- NotifyReport: stored as the station's device model (`domain/device_model.py`).
- NotifyDisplayMessages: the messages a station shows (`domain/display_messages.py`).
- NotifyCustomerInformation: a part of the customer data an operator asked for
  (`domain/customer_information.py`).
- FirmwareStatusNotification: the firmware job of its requestId takes the status in the platform's
  terms (`handlers.SIGNED_FIRMWARE_STATUS`), and a fleet rollout with it.
- StatusNotification: connector statuses mapped onto the platform's (`CONNECTOR_STATUS`); an EVSE is
  the platform's connector (`evseId`), as 2.0.1 stations have one connector per EVSE.
- Authorize: the same id tag rules; 2.0.1 says NoCredit where 1.6 says Invalid.
- Authorize, TransactionEvent: where the station shows tariffs and costs (its device model's
  TariffCostCtrlr), an accepted idTokenInfo carries the tariff as its personal message, an Updated
  event brings CostUpdated with the running cost, the answer to Ended the billed total
  (`domain/cost_display.py`).
- TransactionEvent: Started records a charging session (named by the charger's transactionId),
  Updated stores readings, Ended stops and bills it. Never a CALLERROR for a transaction's data: a
  charger drops an event that keeps failing, and with it the billing data; problems flag the session.
- MeterValues: the same readings as 1.6.
- ReportChargingProfiles, NotifyChargingLimit, ClearedChargingLimit, NotifyEVChargingNeeds: stored
  for the operator (`domain/station_reports.py`).
- DataTransfer: the same vendor extensions as 1.6. The security messages (SecurityEventNotification,
  SignCertificate, LogStatusNotification) are `ocpp_server/security.py`'s, shared with 1.6.
- NotifyEvent, NotifyMonitoringReport: stored as the charger's device events and monitors
  (`domain/monitoring.py`).
"""

from __future__ import annotations

import logging
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from db.engine import read_session
from domain import (
    authorization,
    commands,
    cost_display,
    customer_information,
    device_model,
    display_messages,
    monitoring,
    reservations,
    roaming_tokens,
    station_reports,
    transaction_events,
    transactions,
)
from domain.errors import DomainError
from domain.load import service as load
from domain.load import tree as load_tree
from ocpp_server import handlers as h16
from ocpp_server import protocol as p

if TYPE_CHECKING:
    from ocpp_server.connection import ChargerConnection, Handler
    from plagsini.platform import Platform

log = logging.getLogger("plagsini.ocpp201")

#: OCPP 2.0.1 connectorStatus → the platform's connector status (named as in OCPP 1.6). Occupied
#: becomes Preparing; a transaction's chargingState then tells Charging / SuspendedEV / SuspendedEVSE.
CONNECTOR_STATUS = {
    "Available": "Available",
    "Occupied": "Preparing",
    "Reserved": "Reserved",
    "Unavailable": "Unavailable",
    "Faulted": "Faulted",
}

#: A transaction's chargingState → the connector status it shows.
CHARGING_STATE_STATUS = {
    "Charging": "Charging",
    "SuspendedEV": "SuspendedEV",
    "SuspendedEVSE": "SuspendedEVSE",
    "EVConnected": "Preparing",
}

#: OCPP 2.0.1 stoppedReason → the session's stop reason (OCPP 1.6's Reason); the rest are "Other".
STOP_REASON = {
    "DeAuthorized": "DeAuthorized",
    "EmergencyStop": "EmergencyStop",
    "EVDisconnected": "EVDisconnected",
    "ImmediateReset": "HardReset",
    "Local": "Local",
    "PowerLoss": "PowerLoss",
    "Reboot": "Reboot",
    "Remote": "Remote",
}

#: Transactions begun before authorization that one connection remembers (the oldest is dropped).
MAX_UNAUTHORIZED_STARTS = 16

#: The platform's id tags are at most this long (OCPP 2.0.1's IdToken); a longer idToken is unknown.
MAX_ID_TAG = 36

ENERGY_REGISTER = "Energy.Active.Import.Register"


def boot_payload_16(payload: dict[str, Any]) -> dict[str, Any]:
    """A 2.0.1 BootNotification's station identity in the 1.6 fields the domain stores."""
    station = payload["chargingStation"]
    modem = station.get("modem") or {}
    return {
        "chargePointVendor": station["vendorName"],
        "chargePointModel": station["model"],
        "chargePointSerialNumber": station.get("serialNumber"),
        "firmwareVersion": station.get("firmwareVersion"),
        "iccid": modem.get("iccid"),
        "imsi": modem.get("imsi"),
    }


async def boot_notification(conn: ChargerConnection, payload: dict[str, Any]) -> dict[str, Any]:
    answer = await h16.boot_notification(conn, boot_payload_16(payload))
    if conn.accepted:
        conn.server.spawn(fetch_device_model(conn.server.platform, conn.charger_id, conn.cpid))
    return answer


async def fetch_device_model(platform: Platform, charger_id: int, cpid: str) -> None:
    """After an accepted boot: ask a station whose device model the platform has not asked for yet
    for its full inventory (GetBaseReport FullInventory; the NotifyReports fill the device model)."""
    async with read_session(platform.sessionmaker) as s:
        if await device_model.has_full_inventory(s, charger_id):
            return
    try:
        await commands.execute(platform, charger_id, "GetBaseReport", {"reportBase": "FullInventory"})
    except DomainError as e:  # offline again, or the station refused: the console can ask later
        log.info("%s: no device model fetched after boot: %s", cpid, e.code)


async def notify_report(conn: ChargerConnection, payload: dict[str, Any]) -> dict[str, Any]:
    """One part of a report (GetBaseReport/GetReport): stored as the station's device model."""
    async with conn.server.platform.sessionmaker() as s, s.begin():
        await device_model.store_report(s, conn.charger_id, payload)
    return {}


async def heartbeat(conn: ChargerConnection, payload: dict[str, Any]) -> dict[str, Any]:
    return await h16.heartbeat(conn, payload)


async def status_notification(conn: ChargerConnection, payload: dict[str, Any]) -> dict[str, Any]:
    status = CONNECTOR_STATUS[payload["connectorStatus"]]
    await h16.status_notification(
        conn,
        {
            "connectorId": payload["evseId"],
            "status": status,
            "errorCode": "OtherError" if status == "Faulted" else "NoError",
            "timestamp": payload["timestamp"],
        },
    )
    return {}


def _scaled(value: float, multiplier: int) -> Decimal:
    """A sampled value times 10^multiplier, exactly (the JSON number as written, not its binary float)."""
    return Decimal(repr(value)).scaleb(multiplier)


def _scaled_text(value: float, multiplier: int) -> str:
    return format(_scaled(value, multiplier), "f")


def sampled_values_16(meter_value: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """2.0.1 meterValue[] as 1.6 meterValue[] (value as text scaled by the unit's multiplier, the unit
    by name), which the domain's readings take."""
    out = []
    for mv in meter_value:
        values = []
        for sv in mv["sampledValue"]:
            unit = sv.get("unitOfMeasure") or {}
            v16: dict[str, Any] = {"value": _scaled_text(sv["value"], unit.get("multiplier", 0))}
            for key in ("context", "measurand", "phase", "location"):
                if key in sv:
                    v16[key] = sv[key]
            if "unit" in unit:
                v16["unit"] = unit["unit"]
            values.append(v16)
        out.append({"timestamp": mv["timestamp"], "sampledValue": values})
    return out


def energy_register_wh(meter_value: list[dict[str, Any]]) -> int | None:
    """The last whole-meter energy register reading of meterValue[] in Wh, or None."""
    found: int | None = None
    for mv in meter_value:
        for sv in mv["sampledValue"]:
            if sv.get("measurand", ENERGY_REGISTER) != ENERGY_REGISTER or sv.get("phase"):
                continue
            unit = sv.get("unitOfMeasure") or {}
            value = _scaled(sv["value"], unit.get("multiplier", 0))
            if unit.get("unit", "Wh") == "kWh":
                value *= 1000
            found = int(value.to_integral_value())
    return found


def id_token_info(info: dict[str, Any], refusal: authorization.StartRefusal | None) -> dict[str, Any]:
    """A 1.6 idTagInfo (and the domain's refusal) as a 2.0.1 idTokenInfo."""
    out: dict[str, Any] = {"status": info["status"]}
    if refusal is not None:
        out["status"] = "NoCredit" if refusal.reason == authorization.NO_CREDIT else "Invalid"
    if info.get("expiryDate"):
        out["cacheExpiryDateTime"] = info["expiryDate"]
    if info.get("parentIdTag"):
        out["groupIdToken"] = {"idToken": info["parentIdTag"], "type": "Central"}
    return out


def _tag(id_token: dict[str, Any] | None) -> str | None:
    """The platform id tag of an idToken (None: no token, or one the platform cannot have issued)."""
    if not id_token:
        return None
    value = id_token.get("idToken") or ""
    return value if 0 < len(value) <= MAX_ID_TAG else None


async def authorize(conn: ChargerConnection, payload: dict[str, Any]) -> dict[str, Any]:
    tag = _tag(payload["idToken"])
    if tag is None:
        return {"idTokenInfo": {"status": "Unknown"}}
    # The one rule of both versions, a partner asked in real time for a tag we do not know.
    info, refusal = await roaming_tokens.authorize(conn.server.platform, tag, conn.charger_id)
    return {"idTokenInfo": await _with_tariff(conn, id_token_info(info, refusal), tag)}


async def _with_tariff(conn: ChargerConnection, info: dict[str, Any], tag: str | None) -> dict[str, Any]:
    """An accepted idTokenInfo with the tariff as its personal message, where the station shows it, in
    the language of the driver holding `tag` where the station shows that."""
    if info.get("status") != "Accepted":
        return info
    async with read_session(conn.server.platform.sessionmaker) as s:
        message = await cost_display.tariff_message(s, conn.charger_id, tag)
    return {**info, "personalMessage": message} if message is not None else info


async def _cost(conn: ChargerConnection, ocpp_tx: str, event_type: str, answer: dict[str, Any]) -> None:
    """Where the station shows costs: the running cost after an Updated event (CostUpdated, sent once
    answered), the billed total in the answer to Ended."""
    if event_type == "Started":
        return
    async with read_session(conn.server.platform.sessionmaker) as s:
        if "Cost" not in await cost_display.enabled(s, conn.charger_id):
            return
        tx = await transaction_events.find(s, conn.charger_id, ocpp_tx)
        if tx is None:
            return
        if event_type == "Ended":
            total = cost_display.final_cost(tx)
            if total is not None:
                answer["totalCost"] = float(total)
            return
        if tx.status != "Active":
            return
        running = await cost_display.running_cost(s, tx)
    update = {"totalCost": float(running), "transactionId": ocpp_tx}
    conn.server.spawn(_send_cost(conn, update))


async def _send_cost(conn: ChargerConnection, update: dict[str, Any]) -> None:
    try:
        await conn.server.platform.gateway.send_command(conn.cpid, "CostUpdated", update, record=False)
    except DomainError as e:
        log.info("%s: CostUpdated not delivered: %s", conn.cpid, e.code)


async def meter_values(conn: ChargerConnection, payload: dict[str, Any]) -> dict[str, Any]:
    await h16.meter_values(
        conn, {"connectorId": payload["evseId"], "meterValue": sampled_values_16(payload["meterValue"])}
    )
    return {}


async def transaction_event(conn: ChargerConnection, payload: dict[str, Any]) -> dict[str, Any]:
    info = payload["transactionInfo"]
    ocpp_tx = info["transactionId"]
    seq_no = payload["seqNo"]
    meter = payload.get("meterValue") or []
    h16.check_meter_timestamps(meter)
    platform = conn.server.platform
    async with read_session(platform.sessionmaker) as s:
        tx = await transaction_events.find(s, conn.charger_id, ocpp_tx)
        known = (
            (tx.id, tx.connector_id, tx.last_energy_wh, transaction_events.meter_start_unknown(tx))
            if tx is not None
            else None
        )
    answer: dict[str, Any] = {}
    tag = _tag(payload.get("idToken"))
    if known is None:
        first = conn.unauthorized_starts
        if tag is None:
            if payload["eventType"] == "Ended":
                # Never authorized: nothing to attribute the energy to. Kept as the 1.6 path keeps an
                # unknown transaction (a fault with its readings); answered, never refused.
                first.pop(ocpp_tx, None)
                await _stop_unknown(conn, payload)
            elif ocpp_tx not in first:
                # Started before authorization (cable first): where and with which reading it began,
                # for the session the authorizing event records.
                if len(first) >= MAX_UNAUTHORIZED_STARTS:
                    first.pop(next(iter(first)))
                first[ocpp_tx] = payload
            elif energy_register_wh(first[ocpp_tx].get("meterValue") or []) is None:
                first[ocpp_tx] = {**first[ocpp_tx], "meterValue": meter}
            return {"idTokenInfo": {"status": "Unknown"}} if payload.get("idToken") else {}
        started = await _start(conn, first.pop(ocpp_tx, payload), tag, payload)
        answer["idTokenInfo"] = await _with_tariff(conn, started, tag)
        load.touch(platform, conn.charger_id)  # a new session on a managed site gets its share
        async with read_session(platform.sessionmaker) as s:
            tx = await transaction_events.find(s, conn.charger_id, ocpp_tx)
            assert tx is not None
            known = (tx.id, tx.connector_id, tx.last_energy_wh, transaction_events.meter_start_unknown(tx))
    elif tag is not None:
        async with read_session(platform.sessionmaker) as s:
            tag_info = await authorization.id_tag_info(s, tag, exclude_transaction_id=known[0])
        answer["idTokenInfo"] = id_token_info(tag_info, None)
    session_id, connector_id, last_wh, no_start_reading = known
    reading = energy_register_wh(meter)
    if no_start_reading and reading is not None:
        async with platform.sessionmaker() as s, s.begin():
            tx = await transaction_events.find(s, conn.charger_id, ocpp_tx)
            if tx is not None:
                transaction_events.settle_meter_start(tx, reading)
                last_wh = tx.last_energy_wh
    if payload["eventType"] == "Ended":
        meter_stop = reading
        await h16.stop_transaction(
            conn,
            {
                "transactionId": session_id,
                "meterStop": meter_stop if meter_stop is not None else last_wh,
                "timestamp": payload["timestamp"],
                "reason": STOP_REASON.get(info.get("stoppedReason", "Local"), "Other"),
                "transactionData": sampled_values_16(meter),
            },
        )
    elif meter and payload["eventType"] == "Updated":
        await h16.meter_values(
            conn,
            {
                "connectorId": connector_id,
                "transactionId": session_id,
                "meterValue": sampled_values_16(meter),
            },
        )
    async with platform.sessionmaker() as s, s.begin():
        tx = await transaction_events.find(s, conn.charger_id, ocpp_tx)
        if tx is not None:
            transaction_events.note_seq_no(tx, seq_no)
    await _cost(conn, ocpp_tx, payload["eventType"], answer)
    status = CHARGING_STATE_STATUS.get(info.get("chargingState", ""))
    if status is not None and payload["eventType"] != "Ended":
        await h16.status_notification(
            conn,
            {
                "connectorId": connector_id,
                "status": status,
                "errorCode": "NoError",
                "timestamp": payload["timestamp"],
            },
        )
    return answer


async def _start(
    conn: ChargerConnection, payload: dict[str, Any], tag: str, authorizing: dict[str, Any]
) -> dict[str, Any]:
    """Record the session of a transaction, named by the charger's transactionId, when its first event
    with an idToken (`authorizing`) arrives: from `payload`, its first event (the Started of a
    transaction that began before authorization, else the authorizing event itself)."""
    meter = payload.get("meterValue") or []
    meter_start = energy_register_wh(meter)
    late = meter_start is None and authorizing is not payload
    if meter_start is None:
        meter_start = energy_register_wh(authorizing.get("meterValue") or [])
    ts = h16.parse_ts(payload["timestamp"], "timestamp")
    platform = conn.server.platform
    evse = payload.get("evse") or authorizing.get("evse") or {}
    async with platform.sessionmaker() as s, s.begin():
        result = await transactions.start_transaction(
            s,
            conn.charger_id,
            evse.get("id", 1),
            tag,
            meter_start if meter_start is not None else 0,
            ts,
            reservation_id=payload.get("reservationId", authorizing.get("reservationId")),
            settings=platform.settings,
        )
        if meter_start is None and result.created:
            transactions.add_flag(result.tx, transactions.FLAG_METER_START_UNKNOWN)
        elif late and result.created:
            transactions.add_flag(result.tx, transactions.FLAG_METER_START_LATE)
        transaction_events.link(result.tx, payload["transactionInfo"]["transactionId"], authorizing["seqNo"])
        h16.publish_started(conn, result)
        info = id_token_info(result.id_tag_info, result.refusal)
    if meter and payload["eventType"] == "Started":
        await h16.meter_values(
            conn,
            {
                "connectorId": result.tx.connector_id,
                "transactionId": result.tx.id,
                "meterValue": sampled_values_16(meter),
            },
        )
    return info


async def _stop_unknown(conn: ChargerConnection, payload: dict[str, Any]) -> None:
    """An Ended event of a transaction the platform never saw, without an idToken: kept as the 1.6
    path keeps a StopTransaction of an unknown transaction (a fault with its readings)."""
    meter = payload.get("meterValue") or []
    try:
        await h16.stop_transaction(
            conn,
            {
                "transactionId": -1,
                "meterStop": energy_register_wh(meter) or 0,
                "timestamp": payload["timestamp"],
                "transactionData": sampled_values_16(meter),
            },
        )
    except p.OcppError:
        pass


async def data_transfer(conn: ChargerConnection, payload: dict[str, Any]) -> dict[str, Any]:
    """The same vendor extensions as 1.6 (the messages have the same shape)."""
    return await h16.data_transfer(conn, payload)


async def reservation_status_update(conn: ChargerConnection, payload: dict[str, Any]) -> dict[str, Any]:
    """The station ended a reservation itself (Expired, or Removed): the platform stops honouring it."""
    async with conn.server.platform.sessionmaker() as s, s.begin():
        await reservations.station_ended(
            s, conn.charger_id, payload["reservationId"], payload["reservationUpdateStatus"]
        )
    return {}


async def firmware_status_notification(conn: ChargerConnection, payload: dict[str, Any]) -> dict[str, Any]:
    """The firmware job named by requestId (else the latest) moves on, and a fleet rollout with it."""
    reported = payload["status"]
    await h16.firmware_status(conn, h16.SIGNED_FIRMWARE_STATUS[reported], reported, payload.get("requestId"))
    return {}


async def notify_display_messages(conn: ChargerConnection, payload: dict[str, Any]) -> dict[str, Any]:
    """The messages a station shows (its answer to GetDisplayMessages), stored."""
    async with conn.server.platform.sessionmaker() as s, s.begin():
        await display_messages.store_notified(s, conn.charger_id, payload)
    return {}


async def notify_customer_information(conn: ChargerConnection, payload: dict[str, Any]) -> dict[str, Any]:
    """N09/N10: a part of the customer information the operator asked for, kept with its request."""
    async with conn.server.platform.sessionmaker() as s, s.begin():
        await customer_information.store_part(s, conn.charger_id, payload)
    return {}


async def notify_event(conn: ChargerConnection, payload: dict[str, Any]) -> dict[str, Any]:
    """Events of monitored (or hard-wired) variables: stored as the charger's device events."""
    async with conn.server.platform.sessionmaker() as s, s.begin():
        await monitoring.store_events(s, conn.charger_id, payload)
    return {}


async def notify_monitoring_report(conn: ChargerConnection, payload: dict[str, Any]) -> dict[str, Any]:
    """The station's monitors (its answer to GetMonitoringReport), stored."""
    async with conn.server.platform.sessionmaker() as s, s.begin():
        await monitoring.store_monitoring_report(s, conn.charger_id, payload)
    return {}


async def _report(
    conn: ChargerConnection,
    kind: str,
    payload: dict[str, Any],
    evse_id: int | None,
    request_id: int | None = None,
) -> None:
    async with conn.server.platform.sessionmaker() as s, s.begin():
        await station_reports.record(
            s, conn.charger_id, kind, payload, evse_id=evse_id, request_id=request_id
        )


async def report_charging_profiles(conn: ChargerConnection, payload: dict[str, Any]) -> dict[str, Any]:
    """K09: a part of the station's answer to GetChargingProfiles (the profiles it holds), stored for
    the operator under its requestId."""
    await _report(conn, station_reports.PROFILES, payload, payload["evseId"], payload["requestId"])
    return {}


async def notify_charging_limit(conn: ChargerConnection, payload: dict[str, Any]) -> dict[str, Any]:
    """K12: a limit set by another party (an EMS, the grid operator), stored for the operator."""
    await _report(conn, station_reports.LIMIT, payload, payload.get("evseId"))
    return {}


async def cleared_charging_limit(conn: ChargerConnection, payload: dict[str, Any]) -> dict[str, Any]:
    """K13: that external limit is gone (stored beside it)."""
    await _report(conn, station_reports.LIMIT, payload, payload.get("evseId"))
    return {}


async def notify_ev_charging_needs(conn: ChargerConnection, payload: dict[str, Any]) -> dict[str, Any]:
    """K15: an EV's charging needs (departure time, energy), kept with the session on that EVSE and
    answered Accepted; on a managed site the session's TxProfile (what the site allows it) is sent
    again, for the station to hand to the EV."""
    async with conn.server.platform.sessionmaker() as s, s.begin():
        row = await station_reports.record(
            s, conn.charger_id, station_reports.EV_NEEDS, payload, evse_id=payload["evseId"]
        )
        tx_id = row.transaction_id
        managed = tx_id is not None and bool(await load_tree.managed_sites(s, {conn.charger_id}))
    if tx_id is not None and managed:  # the station gets the session's TxProfile again
        load.resend(conn.server.platform, conn.charger_id, tx_id)
    return {"status": "Accepted"}


HANDLERS: dict[str, Handler] = {
    "BootNotification": boot_notification,
    "Heartbeat": heartbeat,
    "StatusNotification": status_notification,
    "Authorize": authorize,
    "TransactionEvent": transaction_event,
    "MeterValues": meter_values,
    "DataTransfer": data_transfer,
    "ReservationStatusUpdate": reservation_status_update,
    "NotifyEvent": notify_event,
    "NotifyReport": notify_report,
    "FirmwareStatusNotification": firmware_status_notification,
    "NotifyDisplayMessages": notify_display_messages,
    "NotifyCustomerInformation": notify_customer_information,
    "NotifyMonitoringReport": notify_monitoring_report,
    "ReportChargingProfiles": report_charging_profiles,
    "NotifyChargingLimit": notify_charging_limit,
    "ClearedChargingLimit": cleared_charging_limit,
    "NotifyEVChargingNeeds": notify_ev_charging_needs,
}
