"""Typed failures of a command sent to a charger through the gateway port (`domain.ports.ChargerGateway`).

Raised by every implementation of the gateway (the OCPP command bus today) and mapped to GraphQL errors
by the API edge."""

from __future__ import annotations

from typing import Any

from domain.errors import DomainError
from domain.events import CommandReply


class CommandError(DomainError):
    code = "COMMAND_FAILED"
    default_message = "The command failed."


class ChargerOffline(CommandError):
    code = "CHARGER_OFFLINE"
    default_message = "The charger is not connected."


class CommandTimeout(CommandError):
    code = "COMMAND_TIMEOUT"
    default_message = "The charger did not answer in time."


class CommandRejected(CommandError):
    """The charger answered with a CALLERROR (`error_code` is the OCPP error code)."""

    code = "COMMAND_REJECTED"
    default_message = "The charger refused the command."

    def __init__(self, error_code: str, description: str = "", details: Any = None) -> None:
        super().__init__(f"The charger answered {error_code}" + (f": {description}" if description else ""))
        self.error_code = error_code
        self.description = description
        self.details = details


# Alias: the charger's CALLERROR.
CallError = CommandRejected


class InvalidCommand(CommandError):
    """The request payload fails the OCPP 1.6 schema; nothing was sent."""

    code = "INVALID_COMMAND"
    default_message = "The command is not valid OCPP 1.6."


class ChargerNotAccepted(CommandError):
    """The command carries drivers' idTags and the charger is not approved and accepted (pending,
    rejected, or not booted on this connection); nothing was sent."""

    code = "CHARGER_NOT_ACCEPTED"
    default_message = "The charger is not approved: it cannot receive drivers' idTags."


class UnknownCharger(CommandError):
    code = "NOT_FOUND"
    default_message = "No such charger."


def to_wire(err: CommandError) -> CommandReply:
    """Serialise for the command bus reply."""
    out: CommandReply = {"ok": False, "error": type(err).__name__, "message": err.message}
    if isinstance(err, CommandRejected):
        out["error_code"] = err.error_code
        out["description"] = err.description
        out["details"] = err.details
    return out


def from_wire(data: CommandReply) -> CommandError:
    kind = data.get("error")
    if kind == "CommandRejected":
        return CommandRejected(
            str(data.get("error_code")), str(data.get("description") or ""), data.get("details")
        )
    cls: type[CommandError] = {
        "ChargerOffline": ChargerOffline,
        "CommandTimeout": CommandTimeout,
        "InvalidCommand": InvalidCommand,
        "UnknownCharger": UnknownCharger,
        "ChargerNotAccepted": ChargerNotAccepted,
    }.get(str(kind), CommandError)
    return cls(str(data.get("message") or "") or None)
