"""OCPP-J 1.6 framing: parse a frame, validate a payload, build CALLRESULT/CALLERROR frames.

The `ocpp` library ships the OCPP 1.6 JSON schemas and the message classes; this module keeps one
compiled validator per (action, direction) for the life of the process, validates in the event loop
(no thread-pool hop per message) and maps schema failures to the OCPP 1.6 CALLERROR codes (note the
1.6 spellings `FormationViolation` and `OccurenceConstraintViolation`).
"""

from __future__ import annotations

import decimal
import json
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import ocpp
from jsonschema import Draft4Validator
from jsonschema.exceptions import best_match
from ocpp.v16.enums import Action

CALL = 2
CALLRESULT = 3
CALLERROR = 4

# CALLERROR codes of OCPP-J 1.6 (table 7).
NOT_IMPLEMENTED = "NotImplemented"
NOT_SUPPORTED = "NotSupported"
INTERNAL_ERROR = "InternalError"
PROTOCOL_ERROR = "ProtocolError"
SECURITY_ERROR = "SecurityError"
FORMATION_VIOLATION = "FormationViolation"
PROPERTY_CONSTRAINT_VIOLATION = "PropertyConstraintViolation"
OCCURENCE_CONSTRAINT_VIOLATION = "OccurenceConstraintViolation"
TYPE_CONSTRAINT_VIOLATION = "TypeConstraintViolation"
GENERIC_ERROR = "GenericError"

ERROR_CODES = frozenset(
    {
        NOT_IMPLEMENTED,
        NOT_SUPPORTED,
        INTERNAL_ERROR,
        PROTOCOL_ERROR,
        SECURITY_ERROR,
        FORMATION_VIOLATION,
        PROPERTY_CONSTRAINT_VIOLATION,
        OCCURENCE_CONSTRAINT_VIOLATION,
        TYPE_CONSTRAINT_VIOLATION,
        GENERIC_ERROR,
    }
)

ALL_ACTIONS = frozenset(a.value for a in Action)

# Actions a charge point sends to the central system (OCPP 1.6 core + optional profiles).
INBOUND_ACTIONS = frozenset(
    {
        "Authorize",
        "BootNotification",
        "DataTransfer",
        "DiagnosticsStatusNotification",
        "FirmwareStatusNotification",
        "Heartbeat",
        "MeterValues",
        "StartTransaction",
        # the security extension ("Improved security for OCPP 1.6-J")
        "LogStatusNotification",
        "SecurityEventNotification",
        "SignCertificate",
        "SignedFirmwareStatusNotification",
        "StatusNotification",
        "StopTransaction",
    }
)

# Actions the central system sends to a charge point.
OUTBOUND_ACTIONS = frozenset(
    {
        "CancelReservation",
        "ChangeAvailability",
        "ChangeConfiguration",
        "ClearCache",
        "ClearChargingProfile",
        "DataTransfer",
        "GetCompositeSchedule",
        "GetConfiguration",
        "GetDiagnostics",
        "GetLocalListVersion",
        "RemoteStartTransaction",
        "RemoteStopTransaction",
        "ReserveNow",
        "Reset",
        "SendLocalList",
        "SetChargingProfile",
        "TriggerMessage",
        "UnlockConnector",
        "UpdateFirmware",
        # the security extension ("Improved security for OCPP 1.6-J")
        "CertificateSigned",
        "DeleteCertificate",
        "ExtendedTriggerMessage",
        "GetInstalledCertificateIds",
        "GetLog",
        "InstallCertificate",
        "SignedUpdateFirmware",
    }
)

# Schemas with `multipleOf: 0.1` numbers: validated on Decimals, as the library does.
_DECIMAL_SCHEMAS = frozenset(
    {("SetChargingProfile", CALL), ("RemoteStartTransaction", CALL), ("GetCompositeSchedule", CALLRESULT)}
)

#: The OCPP 1.6 JSON schemas shipped with the `ocpp` library (pinned in pyproject.toml).
SCHEMA_DIR = os.path.join(os.path.dirname(ocpp.__file__), "v16", "schemas")
_UNIQUE_ID_RE = re.compile(r'^\s*\[\s*\d+\s*,\s*"((?:[^"\\]|\\.){1,36})"')


class OcppError(Exception):
    """An error that becomes a CALLERROR frame."""

    def __init__(self, code: str, description: str = "", details: dict[str, Any] | None = None) -> None:
        super().__init__(f"{code}: {description}")
        self.code = code
        self.description = description
        self.details = details or {}


@dataclass(slots=True)
class Frame:
    message_type: int
    unique_id: str
    action: str | None = None
    payload: Any = None
    error_code: str | None = None
    error_description: str | None = None
    error_details: Any = None


class FrameError(OcppError):
    """A frame that cannot be parsed; `unique_id` is what could be recovered from it ("-1" if nothing)."""

    def __init__(self, code: str, description: str, unique_id: str) -> None:
        super().__init__(code, description)
        self.unique_id = unique_id


def _guess_unique_id(raw: str | bytes) -> str:
    if isinstance(raw, bytes):
        raw = raw[:200].decode("utf-8", "replace")
    m = _UNIQUE_ID_RE.match(raw[:200])
    return m.group(1) if m else "-1"


def parse_frame(raw: str | bytes) -> Frame:
    """Parse one OCPP-J frame or raise FrameError with the CALLERROR code to answer."""
    if isinstance(raw, bytes):
        # OCPP-J frames are text frames; a binary frame is a formation violation.
        raise FrameError(FORMATION_VIOLATION, "binary frames are not OCPP-J", _guess_unique_id(raw))
    try:
        msg = json.loads(raw)
    except (ValueError, RecursionError):
        raise FrameError(FORMATION_VIOLATION, "message is not valid JSON", _guess_unique_id(raw)) from None
    if not isinstance(msg, list) or not msg:
        raise FrameError(FORMATION_VIOLATION, "message is not a JSON array", "-1")
    mtype = msg[0]
    uid_raw = msg[1] if len(msg) > 1 else None
    uid = uid_raw if isinstance(uid_raw, str) and 0 < len(uid_raw) <= 36 else None
    uid_for_error = uid if uid is not None else "-1"
    if type(mtype) is not int or mtype not in (CALL, CALLRESULT, CALLERROR):
        raise FrameError(FORMATION_VIOLATION, f"unknown MessageTypeId {mtype!r}", uid_for_error)
    if uid is None:
        if uid_raw is None:
            raise FrameError(PROTOCOL_ERROR, "message has no UniqueId", "-1")
        raise FrameError(FORMATION_VIOLATION, "UniqueId must be a string of 1 to 36 characters", "-1")
    if mtype == CALL:
        if len(msg) != 4:
            code = PROTOCOL_ERROR if len(msg) < 4 else FORMATION_VIOLATION
            raise FrameError(code, f"a CALL has 4 elements, got {len(msg)}", uid)
        action, payload = msg[2], msg[3]
        if not isinstance(action, str):
            raise FrameError(FORMATION_VIOLATION, "Action must be a string", uid)
        if not isinstance(payload, dict):
            raise FrameError(FORMATION_VIOLATION, "payload must be a JSON object", uid)
        return Frame(CALL, uid, action=action, payload=payload)
    if mtype == CALLRESULT:
        if len(msg) != 3 or not isinstance(msg[2], dict):
            raise FrameError(PROTOCOL_ERROR, "a CALLRESULT is [3, id, {payload}]", uid)
        return Frame(CALLRESULT, uid, payload=msg[2])
    if len(msg) != 5 or not isinstance(msg[2], str) or not isinstance(msg[3], str):
        raise FrameError(PROTOCOL_ERROR, "a CALLERROR is [4, id, code, description, {details}]", uid)
    return Frame(CALLERROR, uid, error_code=msg[2], error_description=msg[3], error_details=msg[4])


def dumps(obj: Any) -> str:
    return json.dumps(obj, separators=(",", ":"), default=_json_default)


def _json_default(obj: Any) -> Any:
    if isinstance(obj, decimal.Decimal):
        return int(obj) if obj == obj.to_integral_value() else float(obj)
    if hasattr(obj, "isoformat"):
        return obj.isoformat()
    raise TypeError(f"{type(obj).__name__} is not JSON serialisable")


def call_frame(unique_id: str, action: str, payload: dict[str, Any]) -> str:
    return dumps([CALL, unique_id, action, payload])


def result_frame(unique_id: str, payload: dict[str, Any]) -> str:
    return dumps([CALLRESULT, unique_id, payload])


def error_frame(
    unique_id: str, code: str, description: str = "", details: dict[str, Any] | None = None
) -> str:
    return dumps([CALLERROR, unique_id, code, description[:255], details or {}])


# OCPP 1.6 (section 7, types): "integer" is 32 bit. The shipped JSON schemas leave integers
# unbounded, so a connectorId of 10^30 passed validation and failed in the database with a traceback.
INT32_MIN, INT32_MAX = -(2**31), 2**31 - 1
# Domain minimums the 1.6 specification states for integer fields (section 6): a connectorId is 0 (the
# charge point) or a connector; a transaction starts on a connector (> 0).
_MINIMUMS: dict[tuple[str | None, int | None, str], int] = {
    (None, None, "connectorId"): 0,
    ("StartTransaction", CALL, "connectorId"): 1,
}


def _bound_integers(node: Any, action: str, message_type: int, name: str = "") -> None:
    """Give every integer of a schema the 32-bit range, and the domain minimums above."""
    if isinstance(node, dict):
        if node.get("type") == "integer":
            lo = _MINIMUMS.get((action, message_type, name), _MINIMUMS.get((None, None, name), INT32_MIN))
            node["minimum"] = max(node.get("minimum", INT32_MIN), lo)
            node["maximum"] = min(node.get("maximum", INT32_MAX), INT32_MAX)
        for key, value in node.items():
            if key == "properties" and isinstance(value, dict):
                for prop, sub in value.items():
                    _bound_integers(sub, action, message_type, prop)
            elif isinstance(value, dict | list):
                _bound_integers(value, action, message_type, name if key == "items" else "")
    elif isinstance(node, list):
        for item in node:
            _bound_integers(item, action, message_type, name)


@lru_cache(maxsize=256)
def validator(action: str, message_type: int) -> Draft4Validator | None:
    """The compiled validator for an action's request (CALL) or response (CALLRESULT), or None.
    Integers are bounded to 32 bits and to the domain minimums of `_MINIMUMS`."""
    name = action if message_type == CALL else action + "Response"
    path = os.path.join(SCHEMA_DIR, name + ".json")
    try:
        with open(path, encoding="utf-8-sig") as f:
            parse_float: Any = decimal.Decimal if (action, message_type) in _DECIMAL_SCHEMAS else float
            schema = json.loads(f.read(), parse_float=parse_float)
    except OSError:
        return None
    _bound_integers(schema, action, message_type)
    Draft4Validator.check_schema(schema)
    return Draft4Validator(schema)


# -- precompiled fast path -------------------------------------------------------------------------
#
# jsonschema walks the schema for every message (~0.2-0.5 ms for a MeterValues on this hardware, the
# largest CPU cost of ingest after the database). The OCPP 1.6 schemas use a small subset of draft 4,
# so each is compiled once into nested Python closures that answer "certainly valid". Only payloads
# they cannot confirm go to jsonschema, which has the last word (and the error message): the fast
# path never accepts what jsonschema would reject, it may only send valid-but-unusual payloads (a
# float where an integer is expected, ...) the slow way.

_Check = Any  # Callable[[Any], bool]
_IGNORED = frozenset({"$schema", "title", "description", "id"})


class _Unsupported(Exception):
    pass


def _compile(schema: dict[str, Any]) -> _Check:
    keys = set(schema) - _IGNORED
    typ = schema.get("type")
    keys.discard("type")
    enum = schema.get("enum")
    keys.discard("enum")
    if enum is not None and (typ != "string" or not all(isinstance(e, str) for e in enum)):
        raise _Unsupported("enum")
    if typ == "object":
        props = {k: _compile(v) for k, v in (schema.get("properties") or {}).items()}
        required = tuple(schema.get("required") or ())
        extra = schema.get("additionalProperties", True)
        if extra not in (True, False):
            raise _Unsupported("additionalProperties schema")
        keys -= {"properties", "required", "additionalProperties"}
        if keys:
            raise _Unsupported(str(keys))
        closed = extra is False

        def check_object(x: Any) -> bool:
            if type(x) is not dict:
                return False
            for r in required:
                if r not in x:
                    return False
            for k, v in x.items():
                c = props.get(k)
                if c is None:
                    if closed:
                        return False
                elif not c(v):
                    return False
            return True

        return check_object
    if typ == "array":
        items = schema.get("items")
        if items is not None and not isinstance(items, dict):
            raise _Unsupported("tuple items")
        item = _compile(items) if items is not None else None
        lo, hi = schema.get("minItems"), schema.get("maxItems")
        keys -= {"items", "minItems", "maxItems", "additionalProperties"}
        if keys:
            raise _Unsupported(str(keys))

        def check_array(x: Any) -> bool:
            if type(x) is not list:
                return False
            if (lo is not None and len(x) < lo) or (hi is not None and len(x) > hi):
                return False
            return item is None or all(item(v) for v in x)

        return check_array
    if typ == "string":
        allowed = frozenset(enum) if enum is not None else None
        lo, hi = schema.get("minLength"), schema.get("maxLength")
        # "format" is not checked by the validators here (no format checker), so it is not either.
        keys -= {"minLength", "maxLength", "format", "additionalProperties"}
        if keys:
            raise _Unsupported(str(keys))

        def check_string(x: Any) -> bool:
            if type(x) is not str:
                return False
            if allowed is not None and x not in allowed:
                return False
            return not ((lo is not None and len(x) < lo) or (hi is not None and len(x) > hi))

        return check_string
    if typ in ("integer", "number"):
        lo, hi = schema.get("minimum"), schema.get("maximum")
        keys -= {"minimum", "maximum", "additionalProperties"}
        if keys:
            raise _Unsupported(str(keys))
        kinds = (int,) if typ == "integer" else (int, float)

        def check_number(x: Any) -> bool:
            if type(x) not in kinds:
                return False
            return not ((lo is not None and x < lo) or (hi is not None and x > hi))

        return check_number
    if typ == "boolean" and not keys - {"additionalProperties"}:
        return lambda x: type(x) is bool
    raise _Unsupported(f"type {typ!r} with {keys}")


@lru_cache(maxsize=256)
def fast_check(action: str, message_type: int) -> _Check | None:
    """The precompiled "certainly valid" check of an action's schema, or None (jsonschema only)."""
    if (action, message_type) in _DECIMAL_SCHEMAS:
        return None
    v = validator(action, message_type)
    if v is None:
        return None
    try:
        return _compile(v.schema)
    except _Unsupported:
        return None


_CODE_BY_KEYWORD = {
    "type": TYPE_CONSTRAINT_VIOLATION,
    "maxLength": TYPE_CONSTRAINT_VIOLATION,
    "minLength": TYPE_CONSTRAINT_VIOLATION,
    "required": OCCURENCE_CONSTRAINT_VIOLATION,
    "minItems": OCCURENCE_CONSTRAINT_VIOLATION,
    "maxItems": OCCURENCE_CONSTRAINT_VIOLATION,
    "additionalProperties": FORMATION_VIOLATION,
    "enum": PROPERTY_CONSTRAINT_VIOLATION,
    "minimum": PROPERTY_CONSTRAINT_VIOLATION,
    "maximum": PROPERTY_CONSTRAINT_VIOLATION,
    "multipleOf": PROPERTY_CONSTRAINT_VIOLATION,
    "format": PROPERTY_CONSTRAINT_VIOLATION,
}


def validate(action: str, message_type: int, payload: dict[str, Any]) -> None:
    """Raise OcppError with the matching 1.6 code when the payload fails the action's schema."""
    fast = fast_check(action, message_type)
    if fast is not None and fast(payload):
        return
    v = validator(action, message_type)
    if v is None:
        raise OcppError(NOT_SUPPORTED, f"no schema for {action}")
    if (action, message_type) in _DECIMAL_SCHEMAS:
        payload = json.loads(dumps(payload), parse_float=decimal.Decimal)
    raise_schema_error(v, payload)


def raise_schema_error(v: Any, payload: Any) -> None:
    """Raise OcppError with the 1.6 code of the schema keyword `payload` fails first (nothing when it
    is valid); the OCPP 2.0.1 edge maps the codes to its own spellings."""
    if v.is_valid(payload):
        return
    err = best_match(v.iter_errors(payload))
    if err is None:  # pragma: no cover - is_valid said otherwise
        return
    code = _CODE_BY_KEYWORD.get(str(err.validator), FORMATION_VIOLATION)
    if err.validator in ("minimum", "maximum") and not INT32_MIN <= err.instance <= INT32_MAX:
        code = TYPE_CONSTRAINT_VIOLATION  # not an OCPP integer at all
    where = "/".join(str(p) for p in err.absolute_path) or "payload"
    raise OcppError(code, f"{where}: {err.message}"[:255])
