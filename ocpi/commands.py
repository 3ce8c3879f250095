"""The Commands receiver (we are the CPO): a partner's START_SESSION, STOP_SESSION or UNLOCK_CONNECTOR
is answered at once with a CommandResponse (ACCEPTED when it could be forwarded to the charger), then
sent to the charger through the gateway (`domain.cpo_commands`), and the charger's answer is
kept and POSTed as the CommandResult to the partner's `response_url` through the outbox."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from db.models import OcpiPartner
from domain import cpo_commands
from ocpi.routes import OcpiError, envelope, json_body
from plagsini.platform import Platform

log = logging.getLogger(__name__)


class CommandsReceiver:
    def __init__(self, platform: Platform) -> None:
        self.platform = platform
        self.running: set[asyncio.Task[None]] = set()

    def timeout(self) -> int:
        """How long (s) the partner should wait for the result: the charger's answer and the POST."""
        return int(self.platform.settings.ocpp_call_timeout) + 30

    async def handle(self, request: Request, s: Any, partner: OcpiPartner, a: bool) -> Response:
        command = request.path_params["command"]
        if command not in cpo_commands.COMMANDS:
            raise OcpiError(404, 2000, "Unknown command.")
        body = await json_body(request)
        response_url = body.get("response_url")
        if (
            not isinstance(response_url, str)
            or not response_url.startswith(("http://", "https://"))
            or len(response_url) > 255
        ):
            raise OcpiError(400, 2001, "response_url is missing or not an http(s) URL.")
        try:
            target = await cpo_commands.target(s, partner, command, body)
        except cpo_commands.UnknownLocation as e:
            raise OcpiError(404, 2003, str(e)) from e
        except cpo_commands.Refused as e:
            return envelope(request, self.response(e.result, str(e)))
        # Committed before the charger is asked: a START_SESSION's token must be known when the charger
        # starts the session.
        await s.commit()
        task = asyncio.create_task(self.complete(partner.id, target, response_url))
        self.running.add(task)
        task.add_done_callback(self.running.discard)
        return envelope(request, self.response("ACCEPTED"))

    def response(self, result: str, message: str | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {"result": result, "timeout": self.timeout()}
        if message:
            out["message"] = [{"language": "en", "text": message[:512]}]
        return out

    async def complete(self, partner_id: int, target: cpo_commands.Target, response_url: str) -> None:
        """Send the command to the charger; its result is POSTed through the outbox."""
        result, message = await cpo_commands.send(self.platform, target)
        async with self.platform.sessionmaker() as s, s.begin():
            await cpo_commands.record_result(s, partner_id, response_url, result, message)
