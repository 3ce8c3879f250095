"""The gateway's typed errors, declared by the domain (`domain.gateway_errors`); re-exported here for
the OCPP edge's own modules."""

from domain.gateway_errors import (
    CallError,
    ChargerNotAccepted,
    ChargerOffline,
    CommandError,
    CommandRejected,
    CommandTimeout,
    InvalidCommand,
    UnknownCharger,
    from_wire,
    to_wire,
)

__all__ = [
    "CallError",
    "ChargerNotAccepted",
    "ChargerOffline",
    "CommandError",
    "CommandRejected",
    "CommandTimeout",
    "InvalidCommand",
    "UnknownCharger",
    "from_wire",
    "to_wire",
]
