"""Event-bus channel names and payloads, defined once.

Every event is a JSON object published on one channel. Subscribers (GraphQL subscriptions,
the command bus) read these names from here only.

| channel                      | published by            | payload                                         |
|------------------------------|-------------------------|-------------------------------------------------|
| `charger.<cpid>.status`      | ocpp_server             | ChargerStatusEvent                              |
| `charger.<cpid>.meter`       | ocpp_server             | MeterEvent                                      |
| `chargers.status`            | ocpp_server             | ChargerStatusEvent (all chargers, for admins)   |
| `session.<id>`               | domain (sessions)       | SessionEvent                                    |
| `ocpp.<cpid>.log`            | ocpp_server             | OcppLogEvent                                    |
| `ocpp.log`                   | ocpp_server             | OcppLogEvent (all chargers)                     |
| `charging_request.<id>`      | domain (sessions)       | ChargingRequestEvent                            |
| `wallet.<user_id>`           | domain (wallet)         | WalletEvent                                     |
| `faults`                     | domain (faults)         | FaultEvent                                      |
| `node.<node_id>.commands`    | api → ocpp node         | command-bus request                             |
| `node.replies.<node_id>`     | ocpp node → api node    | command-bus reply                               |
"""

from __future__ import annotations

from typing import Any, TypedDict


def charger_status(cpid: str) -> str:
    return f"charger.{cpid}.status"


ALL_CHARGERS_STATUS = "chargers.status"


def charger_meter(cpid: str) -> str:
    return f"charger.{cpid}.meter"


def session(session_id: int | str) -> str:
    return f"session.{session_id}"


def ocpp_log(cpid: str) -> str:
    return f"ocpp.{cpid}.log"


ALL_OCPP_LOG = "ocpp.log"


def charging_request(request_id: int | str) -> str:
    return f"charging_request.{request_id}"


def wallet(user_id: int | str) -> str:
    return f"wallet.{user_id}"


FAULTS = "faults"


def node_commands(node_id: str) -> str:
    return f"node.{node_id}.commands"


def node_replies(node_id: str) -> str:
    return f"node.replies.{node_id}"


class ChargerStatusEvent(TypedDict, total=False):
    type: str  # "connector" | "online" | "offline" | "boot"
    charge_point_id: str
    connector_id: int
    status: str
    error_code: str
    online: bool
    timestamp: str


class MeterEvent(TypedDict, total=False):
    charge_point_id: str
    connector_id: int
    transaction_id: int | None
    timestamp: str
    values: list[dict[str, Any]]


class SessionEvent(TypedDict, total=False):
    session_id: int
    transaction_id: int
    user_id: int | None
    status: str
    energy_wh: int
    power_w: float | None
    soc: float | None
    cost_sen: int
    timestamp: str


class OcppLogEvent(TypedDict, total=False):
    charge_point_id: str
    direction: str
    message_type: int
    action: str | None
    unique_id: str
    payload: Any
    latency_ms: float | None
    timestamp: str


class ChargingRequestEvent(TypedDict, total=False):
    request_id: int
    user_id: int
    status: str
    session_id: int | None
    transaction_id: int | None
    error: str | None


class WalletEvent(TypedDict, total=False):
    user_id: int
    balance_sen: int
    posting_id: int
    amount_sen: int
    kind: str


class FaultEvent(TypedDict, total=False):
    fault_id: int
    charge_point_id: str
    connector_id: int
    error_code: str
    status: str
