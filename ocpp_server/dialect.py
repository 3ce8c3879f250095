"""What differs between OCPP 1.6 and OCPP 2.0.1 on one charger connection: the subprotocol, the
actions and their schemas, the error codes' spellings, the handlers of inbound CALLs, and how a
command of the domain (named and shaped as in OCPP 1.6, see `domain/commands.py`) becomes a CALL.

Everything else (the receive loop, one outstanding CALL, the message log, liveness, the connection
log, the group writer) is the same `ChargerConnection` and `OcppServer` for both.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from domain.commands import OCPP201_ONLY

if TYPE_CHECKING:
    from ocpp_server.connection import ChargerConnection, Handler


@dataclass(frozen=True, slots=True)
class Outbound:
    """A domain command as this version's CALL, and how to turn its CALLRESULT back into the answer the
    domain expects (its OCPP 1.6 shape)."""

    action: str
    payload: dict[str, Any]
    answer: Callable[[dict[str, Any]], dict[str, Any]]


def _same(result: dict[str, Any]) -> dict[str, Any]:
    return result


@dataclass(frozen=True, slots=True)
class Dialect:
    version: str
    subprotocol: str
    all_actions: frozenset[str]
    handlers: Mapping[str, Handler]
    validate: Callable[[str, int, dict[str, Any]], None]
    #: An OCPP 1.6 CALLERROR code in this version's spelling.
    code: Callable[[str], str]
    outbound: Callable[[ChargerConnection, str, dict[str, Any]], Awaitable[Outbound]]


def firmware_status(result: dict[str, Any]) -> dict[str, Any]:
    """The status of a (Signed)UpdateFirmware answer, as the domain reads it."""
    return {"status": result["status"]}


def signed_update_firmware(payload: dict[str, Any]) -> dict[str, Any]:
    """The domain's UpdateFirmware (1.6-shaped) as OCPP 2.0.1's UpdateFirmware, which the 1.6 security
    extension's SignedUpdateFirmware is the same as: the firmware job's id as requestId (set by
    `domain.commands`), the signed firmware's certificate and signature and the install time when
    given."""
    firmware = {"location": payload["location"], "retrieveDateTime": payload["retrieveDate"]}
    for name in ("signingCertificate", "signature"):
        if payload.get(name):
            firmware[name] = payload[name]
    if payload.get("installDate"):
        firmware["installDateTime"] = payload["installDate"]
    out: dict[str, Any] = {"requestId": payload.get("requestId", 0), "firmware": firmware}
    for name in ("retries", "retryInterval"):
        if payload.get(name) is not None:
            out[name] = payload[name]
    return out


async def _as_is(conn: ChargerConnection, action: str, payload: dict[str, Any]) -> Outbound:
    if action in OCPP201_ONLY:
        from domain.gateway_errors import InvalidCommand

        raise InvalidCommand(f"{action} is an OCPP 2.0.1 command; this charger speaks OCPP 1.6.")
    if action == "UpdateFirmware" and "signature" in payload:
        # Signed firmware: the security extension's message (a charger without it answers the CALL
        # with a CALLERROR, and the firmware job fails).
        return Outbound("SignedUpdateFirmware", signed_update_firmware(payload), firmware_status)
    return Outbound(action, payload, _same)


def _code_16(code: str) -> str:
    return code


def v16() -> Dialect:
    from ocpp_server import protocol, security
    from ocpp_server.handlers import HANDLERS

    handlers = {**HANDLERS, **security.HANDLERS, **security.HANDLERS_16}
    return Dialect("1.6", "ocpp1.6", protocol.ALL_ACTIONS, handlers, protocol.validate, _code_16, _as_is)


def v201() -> Dialect:
    from ocpp_server import security
    from ocpp_server.v201 import commands, handlers, protocol

    return Dialect(
        protocol.VERSION,
        protocol.SUBPROTOCOL,
        protocol.ALL_ACTIONS,
        {**handlers.HANDLERS, **security.HANDLERS},
        protocol.validate,
        protocol.code,
        commands.outbound,
    )


_BY_SUBPROTOCOL: dict[str, Dialect] = {}


def for_subprotocol(subprotocol: str) -> Dialect:
    """The dialect of a negotiated subprotocol ("ocpp1.6" or "ocpp2.0.1")."""
    found = _BY_SUBPROTOCOL.get(subprotocol)
    if found is None:
        found = _BY_SUBPROTOCOL[subprotocol] = v201() if subprotocol == "ocpp2.0.1" else v16()
    return found


SUBPROTOCOLS = ("ocpp2.0.1", "ocpp1.6")


def negotiate(offered: list[str], preferred: str) -> str | None:
    """The subprotocol to answer: `preferred` when the charger offers it, else the other one it offers,
    else None (the charger speaks neither)."""
    if preferred in offered:
        return preferred
    return next((s for s in SUBPROTOCOLS if s in offered), None)
