"""A test double of the domain's charger port (domain.ports.ChargerGateway), standing in for the OCPP
edge in tests of the domain alone; the real edge is tested with WebSocket chargers (tests/ocpp)."""

from __future__ import annotations

import asyncio
from typing import Any, Unpack

from domain.gateway_errors import CommandError
from domain.ports import CommandOptions


class FakeChargerGateway:
    """Test double of ChargerGateway: answers every command with ``answer`` or raises ``error``."""

    def __init__(self, answer: dict[str, Any] | None = None, error: CommandError | None = None) -> None:
        self.answer = answer if answer is not None else {"status": "Accepted"}
        self.error = error
        self.sent: list[tuple[str, str, dict[str, Any], int | None]] = []
        #: Set when a command was sent (commands staged on a unit of work go out in the background).
        self.sent_event = asyncio.Event()

    async def send_command(
        self, charge_point_id: str, action: str, payload: dict[str, Any], **options: Unpack[CommandOptions]
    ) -> dict[str, Any]:
        self.sent.append((charge_point_id, action, payload, options.get("user_id")))
        self.sent_event.set()
        if self.error is not None:
            raise self.error
        return dict(self.answer)

    def check_command(self, action: str, payload: dict[str, Any]) -> None:
        return None

    async def close_below_profile(self, charge_point_id: str, profile: int) -> bool:
        return False
