"""OCPP 2.0.1 payload validation against the JSON schemas the `ocpp` library ships (`ocpp/v201/schemas`,
draft 06), with OCPP-J 2.0.1's CALLERROR codes.

The framing (`[2, id, action, payload]` ...) is OCPP-J's in both versions: `ocpp_server.protocol` parses
it; only the error codes' spellings differ (2.0.1 fixed `FormationViolation` → `FormatViolation` and
`OccurenceConstraintViolation` → `OccurrenceConstraintViolation`, and added `MessageTypeNotSupported`,
`RpcFrameworkError`).
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from typing import Any

import ocpp
from jsonschema import Draft6Validator
from ocpp.v201.enums import Action

from ocpp_server import protocol as p

VERSION = "2.0.1"
SUBPROTOCOL = "ocpp2.0.1"

FORMAT_VIOLATION = "FormatViolation"
OCCURRENCE_CONSTRAINT_VIOLATION = "OccurrenceConstraintViolation"

#: OCPP 1.6 code → its OCPP 2.0.1 spelling (the other codes are spelled alike).
CODES = {
    p.FORMATION_VIOLATION: FORMAT_VIOLATION,
    p.OCCURENCE_CONSTRAINT_VIOLATION: OCCURRENCE_CONSTRAINT_VIOLATION,
}

ALL_ACTIONS = frozenset(a.value for a in Action)

SCHEMA_DIR = os.path.join(os.path.dirname(ocpp.__file__), "v201", "schemas")


def code(code_16: str) -> str:
    return CODES.get(code_16, code_16)


@lru_cache(maxsize=256)
def validator(action: str, message_type: int) -> Draft6Validator | None:
    """The compiled validator of an action's request (CALL) or response (CALLRESULT), or None."""
    if action not in ALL_ACTIONS:
        return None
    name = action + ("Request" if message_type == p.CALL else "Response")
    try:
        with open(os.path.join(SCHEMA_DIR, name + ".json"), encoding="utf-8-sig") as f:
            schema = json.loads(f.read())
    except OSError:
        return None
    Draft6Validator.check_schema(schema)
    return Draft6Validator(schema)


def validate(action: str, message_type: int, payload: dict[str, Any]) -> None:
    """Raise OcppError with the 2.0.1 code when the payload fails the action's schema."""
    v = validator(action, message_type)
    if v is None:
        raise p.OcppError(p.NOT_SUPPORTED, f"no OCPP 2.0.1 schema for {action}")
    try:
        p.raise_schema_error(v, payload)
    except p.OcppError as e:
        raise p.OcppError(code(e.code), e.description, e.details) from None
