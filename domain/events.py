"""Event-bus channel names and payloads, defined once.

Every event is a JSON object published on one channel with `platform.bus.publish(channel, payload)`
(`plagsini.bus.EventBus`). Subscribers (GraphQL subscriptions in `api/subscriptions.py`, the
command bus) read these names from here only. Payload keys are snake_case; timestamps are ISO 8601
UTC strings; money is integer sen; energy Wh; power W.

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
| `site.<id>.load`             | domain (load)           | a site's allocation (`domain.load.service`)     |
| `dashboard.stats`            | api (node-local, timer) | DashboardStatsEvent (never crosses nodes)       |
| `auth.revoked`               | domain (accounts, keys) | AuthRevokedEvent: a user's sign-ins changed     |
| `node.<node_id>.commands`    | api → ocpp node         | NodeCommand (command bus: call, evict, ...)     |
| `node.replies.<node_id>`     | ocpp node → api node    | CommandReply                                    |

Publishing rules (what the subscriptions rely on; they never query the database per event):

* A status change of a connector is published on BOTH `charger.<cpid>.status` and
  `chargers.status`; a charger going online/offline too (`type` "online"/"offline",
  `connector_id` 0). Set `is_public` (the charger's `is_public`) so drivers' all-chargers stream can
  be filtered without a lookup; a missing `is_public` counts as public.
* Every MeterValues request (and StopTransaction transactionData) is published once on
  `charger.<cpid>.meter` as a MeterEvent, with `transaction_id` and, when the transaction has an
  owner, `user_id` (the driver receives it only when it is theirs). `values` holds the sampled values
  normalised to base units: `{"measurand", "phase", "unit", "value", "context", "location"}`
  (`value` a float, `measurand` defaulting to "Energy.Active.Import.Register"). The producer may add
  the convenience totals `energy_wh`, `power_w`, `soc` (else they are derived from `values`).
* Each change of a session's progress (start, every meter reading, stop, billing) is published
  on `session.<id>` with the SessionEvent fields the live-charging screen shows (energy so far, power
  now, cost so far, SoC, status, `started_at`) and its `user_id`.
* A wallet movement is published on `wallet.<user_id>` after the posting commits.
* A message logged by the OCPP message log goes on both `ocpp.<cpid>.log` and `ocpp.log`.

Buffers: every subscriber has a bounded buffer (`queue_size(channel)`); when a slow subscriber's
buffer is full the oldest event is dropped and the subscriber is told it lagged. Latest-value
channels (meter, status, dashboard) use small buffers: only the newest readings matter.
"""

from __future__ import annotations

from typing import Any, Literal, TypedDict


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

#: Chargers' connections, disconnections and refused connections (`domain.connection_log.event_dict`).
CONNECTIONS = "chargers.connections"

#: Fleet jobs' progress: `{"type": "fleet", "job_id", "target_id"?, "charger_id"?, "status"?}`.
FLEET = "fleet.jobs"

#: Commands sent to chargers, as they are sent and answered: `{"type": "command", "command_id",
#: "charger_id", "charge_point_id", "action", "status"}`.
COMMANDS = "ocpp.commands"

DASHBOARD_STATS = "dashboard.stats"

#: A user's sign-ins, API keys, role or status changed (`{"user_id", "reason"}`): every node re-checks
#: the GraphQL WebSockets of that user and closes (4403) those that are no longer allowed.
AUTH_REVOKED = "auth.revoked"

#: What the OCPP edge and the API tell the load management service (a charger's session or status
#: changed, a meter reading, a boot, a site's tree or settings): every node hears it, the node that
#: allocates the site acts on it (`domain.load.service`).
LOAD_EVENTS = "load.events"


def site_load(site_id: int | str) -> str:
    """A site's allocation changed (`domain.load.service`): `{"site_id", "at", "reason", "shares", ...}`."""
    return f"site.{site_id}.load"


def node_commands(node_id: str) -> str:
    return f"node.{node_id}.commands"


def node_replies(node_id: str) -> str:
    return f"node.replies.{node_id}"


#: Buffer size of one subscriber on a latest-value channel (meter values, status, dashboard).
LATEST_VALUE_QUEUE = 64
#: Buffer size of one subscriber on any other channel.
DEFAULT_QUEUE = 256


def is_latest_value(channel: str) -> bool:
    """Channels where only the newest events matter: a lagging subscriber keeps the latest."""
    return channel.endswith((".meter", ".status")) or channel in (ALL_CHARGERS_STATUS, DASHBOARD_STATS)


def queue_size(channel: str) -> int:
    return LATEST_VALUE_QUEUE if is_latest_value(channel) else DEFAULT_QUEUE


class ChargerStatusEvent(TypedDict, total=False):
    # "connector" | "online" | "offline" | "boot" | "visibility" (admins changed is_public) |
    # "firmware" | "diagnostics" (a job's status; with job_id) | "partner" (a roaming partner's EVSE)
    type: str
    charge_point_id: str
    connector_id: int
    status: str
    error_code: str
    online: bool
    info: str | None
    vendor_error_code: str | None
    is_public: bool  # the charger is listed publicly (drivers see only public chargers)
    timestamp: str
    # "boot" only: what the charger reported.
    vendor: str | None
    model: str | None
    firmware_version: str | None
    # "firmware" / "diagnostics" only.
    job_id: int
    # "partner" only: a roaming partner's EVSE changed its OCPI status (`status`) at one of its
    # stations; with the station's EVSEs AVAILABLE now.
    partner_station_id: int
    evse_uid: str
    available: int


def presence_event(
    kind: str, charge_point_id: str, *, online: bool, is_public: bool, timestamp: str
) -> ChargerStatusEvent:
    """A charger-level ChargerStatusEvent (connector 0): `kind` "online", "offline" or "visibility"."""
    return {
        "type": kind,
        "charge_point_id": charge_point_id,
        "connector_id": 0,
        "is_public": is_public,
        "online": online,
        "timestamp": timestamp,
    }


def status_channels(charge_point_id: str) -> tuple[str, str]:
    """Where a ChargerStatusEvent goes: the charger's channel and the all-chargers one."""
    return (charger_status(charge_point_id), ALL_CHARGERS_STATUS)


class SampledValue(TypedDict, total=False):
    timestamp: str  # the reading's time (ISO 8601)
    measurand: str  # e.g. "Energy.Active.Import.Register", "Power.Active.Import", "Current.Import"
    phase: str | None  # "L1", "L2", "L3", "L1-N", ...
    unit: str | None  # base unit after normalisation: Wh, W, A, V, Percent, ...
    value: float | None
    context: str | None
    location: str | None


class MeterTotals(TypedDict, total=False):
    """Optional convenience totals of a MeterEvent (derived from `values` by the subscriber when
    absent)."""

    energy_wh: float | None
    power_w: float | None
    soc: float | None


class MeterEvent(MeterTotals, total=False):
    charge_point_id: str
    connector_id: int
    transaction_id: int | None  # = charging session id
    user_id: int | None  # the session's driver, when known
    timestamp: str
    values: list[SampledValue]


class SessionEvent(TypedDict, total=False):
    session_id: int
    transaction_id: int
    user_id: int | None
    status: str
    charge_point_id: str
    connector_id: int
    energy_wh: int
    power_w: float | None
    soc: float | None
    cost_sen: int | None  # cost so far (or final cost once billed)
    currency: str
    started_at: str
    stopped_at: str | None
    flags: list[str]  # sanity-check flags for the operator (e.g. "meter_stop_lt_start")
    timestamp: str


class OcppLogEvent(TypedDict, total=False):
    charge_point_id: str
    direction: str
    message_type: int | None  # None for a frame that did not parse
    action: str | None
    unique_id: str | None
    payload: Any
    error_code: str | None
    latency_ms: float | None
    timestamp: str


class ChargingRequestEvent(TypedDict, total=False):
    request_id: int
    user_id: int
    status: str
    charge_point_id: str
    connector_id: int | None
    session_id: int | None
    transaction_id: int | None
    error: str | None
    timestamp: str


class WalletEvent(TypedDict, total=False):
    user_id: int
    balance_sen: int
    currency: str
    posting_id: int
    amount_sen: int  # signed: credit > 0, debit < 0
    kind: str  # "topup", "charge", "refund", "adjustment", ...
    description: str | None
    timestamp: str


class FaultEvent(TypedDict, total=False):
    fault_id: int
    charge_point_id: str | None
    charger_id: int
    connector_id: int | None
    error_code: str
    status: str  # "open" | "acknowledged" | "resolved"
    info: str | None
    opened_at: str | None
    timestamp: str


class DashboardStatsEvent(TypedDict, total=False):
    chargers_total: int
    chargers_online: int
    chargers_offline: int
    chargers_charging: int
    chargers_faulted: int
    sessions_active: int
    power_w: float
    energy_today_wh: float
    revenue_today_sen: int
    open_faults: int
    timestamp: str


class AuthRevokedEvent(TypedDict):
    user_id: int
    reason: str  # one of domain.revocation.REASONS


class CommandEvent(TypedDict, total=False):
    """On COMMANDS: a command of the history was sent or answered, or (``command_id`` None) an
    admin's RemoteStartTransaction began a session."""

    type: str  # "command"
    command_id: int | None
    charger_id: int | None
    charge_point_id: str
    action: str
    status: str
    session_id: int


#: Any payload of the channels above except the command bus's.
BusEvent = (
    ChargerStatusEvent
    | MeterEvent
    | SessionEvent
    | OcppLogEvent
    | ChargingRequestEvent
    | WalletEvent
    | FaultEvent
    | DashboardStatsEvent
    | AuthRevokedEvent
    | CommandEvent
)


# -- the command bus (node.<node_id>.commands, node.replies.<node_id>) -------------------------------


class CallCommand(TypedDict):
    """Send one OCPP CALL to a charger held by the receiving node; the reply goes to `reply_to`."""

    type: Literal["call"]
    id: str
    reply_to: str
    charge_point_id: str
    action: str
    payload: dict[str, Any]
    timeout: float


class EvictCommand(TypedDict):
    """The charger reconnected to another node: drop the stale socket held here."""

    type: Literal["evict"]
    charge_point_id: str


class CloseBelowProfileCommand(TypedDict):
    """Close the charger's socket if it was admitted on a security profile below `profile`."""

    type: Literal["close_below_profile"]
    charge_point_id: str
    profile: int


NodeCommand = CallCommand | EvictCommand | CloseBelowProfileCommand


class CommandReply(TypedDict, total=False):
    id: str | None
    ok: bool
    result: dict[str, Any]  # the charger's CALLRESULT payload (ok)
    # not ok: domain.gateway_errors.to_wire
    error: str
    message: str | None
    error_code: str
    description: str
    details: Any
