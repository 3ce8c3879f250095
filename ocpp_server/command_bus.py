"""The command bus: send an OCPP command to a charger from any node.

    result = await platform.gateway.send_command("CP-1", "Reset", {"type": "Soft"}, timeout=30)

If this node holds the charger's socket the CALL goes straight out. Otherwise the node holding it is
read from the database (`chargers.node_id`), the request is published on `node.<node>.commands` and the
answer comes back on `node.replies.<this node>` (in memory on one node, Redis across nodes).

Returns the charger's CALLRESULT payload (a camelCase dict) or raises a typed error from
`domain.gateway_errors`: ChargerOffline, CommandTimeout, CommandRejected (the charger's CALLERROR,
alias CallError), InvalidCommand (payload fails the OCPP 1.6 schema), UnknownCharger.
Each command is recorded in `ocpp_commands` (who, what, answer).
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from typing import Any, Unpack

from db.engine import read_session
from db.models import OcppCommand, utcnow
from domain import chargers, events, ocpp_secrets
from domain.commands import OCPP201_ONLY
from domain.gateway_errors import (
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
from domain.ports import ChargerGateway, CommandOptions
from domain.tasks import cancel_and_wait
from ocpp_server import protocol
from ocpp_server.v201 import protocol as protocol201
from plagsini.platform import Platform

log = logging.getLogger("plagsini.ocpp.bus")

#: Extra time granted for the hop between nodes on top of the charger's timeout.
BUS_MARGIN = 3.0


def check_201_only(action: str, payload: dict[str, Any]) -> None:
    """Raise InvalidCommand unless `payload` is valid for this 2.0.1-only command: its 2.0.1 schema,
    GetTransactionStatus with the platform's session id (or none) in place of the station's."""
    check = dict(payload)
    if action == "GetTransactionStatus":
        tx = check.pop("transactionId", None)
        if tx is not None and (not isinstance(tx, int) or isinstance(tx, bool)):
            raise InvalidCommand("GetTransactionStatus: transactionId is a charging session's number.")
    try:
        protocol201.validate(action, protocol.CALL, check)
    except protocol.OcppError as e:
        raise InvalidCommand(f"{action}: {e.description}") from None


class CommandBus(ChargerGateway):
    """The OCPP 1.6 edge's charger gateway: the port `domain.ports.ChargerGateway` says what each
    method does."""

    def __init__(self, platform: Platform) -> None:
        self.platform = platform
        self.node_id = platform.node_id
        self._waiting: dict[str, asyncio.Future[events.CommandReply]] = {}
        self._tasks: list[asyncio.Task[None]] = []
        self._handlers: set[asyncio.Task[Any]] = set()

    async def send_command(
        self, charge_point_id: str, action: str, payload: dict[str, Any], **options: Unpack[CommandOptions]
    ) -> dict[str, Any]:
        """The gateway port (`ChargerGateway.send_command`), in OCPP 1.6: a charger that is not approved
        gets no command carrying drivers' idTags (ChargerNotAccepted)."""
        timeout = options.get("timeout")
        timeout = float(timeout if timeout is not None else self.platform.settings.ocpp_call_timeout)
        if action in chargers.ID_TAG_COMMANDS:
            await _check_may_receive(self.platform, charge_point_id, action)
        bus = get_bus(self.platform)
        command_id: int | None = None
        if options.get("record", True):
            command_id = await _record_start(self.platform, charge_point_id, action, payload, options)
        try:
            result = await bus.send(charge_point_id, action, payload, timeout)
        except CommandError as e:
            if command_id is not None:
                status = "timeout" if isinstance(e, CommandTimeout) else "error"
                detail = e.error_code if isinstance(e, CommandRejected) else e.code
                await _record_end(
                    self.platform, command_id, charge_point_id, status, None, f"{detail}: {e.message}"[:255]
                )
            raise
        if command_id is not None:
            await _record_end(self.platform, command_id, charge_point_id, "completed", result, None)
        return result

    def check_command(self, action: str, payload: dict[str, Any]) -> None:
        """The gateway port: a command a central system sends, its payload valid against the OCPP 1.6
        schema (InvalidCommand), or one of the commands only OCPP 2.0.1 has
        (`domain.commands.OCPP201_ONLY`) against its 2.0.1 schema."""
        if action in OCPP201_ONLY:
            check_201_only(action, payload)
            return
        if action not in protocol.OUTBOUND_ACTIONS:
            raise InvalidCommand(f"{action} is not a command a central system sends in OCPP 1.6.")
        try:
            protocol.validate(action, protocol.CALL, payload)
        except protocol.OcppError as e:
            raise InvalidCommand(f"{action}: {e.description}") from None

    async def close_below_profile(self, charge_point_id: str, profile: int) -> bool:
        """The gateway port: see :func:`close_below_profile`."""
        return await close_below_profile(self.platform, charge_point_id, profile)

    async def start(self) -> None:
        for channel, handler in (
            (events.node_commands(self.node_id), self._on_command),
            (events.node_replies(self.node_id), self._on_reply),
        ):
            ready = asyncio.Event()
            self._tasks.append(asyncio.create_task(self._listen(channel, handler, ready)))
            async with asyncio.timeout(10):
                await ready.wait()
        self.platform.command_bus = self

    async def stop(self) -> None:
        await asyncio.gather(*(cancel_and_wait(t, ignore_errors=True) for t in self._tasks))
        self._tasks.clear()
        for fut in self._waiting.values():
            if not fut.done():
                fut.set_exception(CommandTimeout("The node is shutting down."))
        if self.platform.command_bus is self:
            self.platform.command_bus = None

    async def _listen(self, channel: str, handler: Any, ready: asyncio.Event) -> None:
        while True:
            try:
                async with self.platform.bus.subscribe(channel) as messages:
                    ready.set()
                    async for message in messages:
                        try:
                            await handler(message)
                        except Exception:  # noqa: BLE001
                            log.exception("command bus: bad message on %s", channel)
                return
            except asyncio.CancelledError:
                raise
            except Exception:  # noqa: BLE001 - the bus went away: resubscribe
                log.warning("command bus: subscription to %s lost; retrying", channel, exc_info=True)
                await asyncio.sleep(1.0)

    # -- holder side -------------------------------------------------------------------------------

    async def _on_command(self, message: events.NodeCommand) -> None:
        ocpp = self.platform.ocpp
        if message["type"] == "evict":
            if ocpp is not None:
                await ocpp.evict(message["charge_point_id"])
            return
        if message["type"] == "close_below_profile":
            if ocpp is not None:
                await ocpp.close_below_profile(message["charge_point_id"], int(message["profile"]))
            return
        if message["type"] != "call":
            return
        task = asyncio.create_task(self._run_remote(message, ocpp))
        self._handlers.add(task)
        task.add_done_callback(self._handlers.discard)

    async def _run_remote(self, message: events.CallCommand, ocpp: Any) -> None:
        reply: events.CommandReply = {"id": message.get("id")}
        try:
            conn = ocpp.get(message["charge_point_id"]) if ocpp is not None else None
            if conn is None:
                raise ChargerOffline()
            reply["result"] = await conn.call_action(
                message["action"], message.get("payload") or {}, float(message.get("timeout") or 30)
            )
            reply["ok"] = True
        except CommandError as e:
            reply.update(to_wire(e))
        except Exception as e:  # noqa: BLE001
            log.exception("command bus: %s failed", message.get("action"))
            reply.update(
                {"ok": False, "error": "CommandError", "message": f"internal error: {type(e).__name__}"}
            )
        await self.platform.bus.publish(str(message["reply_to"]), reply)

    # -- requester side ----------------------------------------------------------------------------

    async def _on_reply(self, message: events.CommandReply) -> None:
        fut = self._waiting.get(str(message.get("id")))
        if fut is not None and not fut.done():
            fut.set_result(message)

    async def send(self, cpid: str, action: str, payload: dict[str, Any], timeout: float) -> dict[str, Any]:
        ocpp = self.platform.ocpp
        conn = ocpp.get(cpid) if ocpp is not None else None
        if conn is not None:
            result: dict[str, Any] = await conn.call_action(action, payload, timeout)
            return result
        async with read_session(self.platform.sessionmaker) as s:
            found = await chargers.node_of(s, cpid)
        if found is None:
            raise UnknownCharger()
        node = found[1]
        if node is None or node == self.node_id:
            raise ChargerOffline()
        from plagsini.liveness import node_alive

        if not await node_alive(self.platform, node):
            # Its node died (no heartbeat): the charger's socket went with it.
            raise ChargerOffline()
        request_id = uuid.uuid4().hex
        fut: asyncio.Future[events.CommandReply] = asyncio.get_running_loop().create_future()
        self._waiting[request_id] = fut
        command: events.CallCommand = {
            "type": "call",
            "id": request_id,
            "reply_to": events.node_replies(self.node_id),
            "charge_point_id": cpid,
            "action": action,
            "payload": payload,
            "timeout": timeout,
        }
        try:
            await self.platform.bus.publish(events.node_commands(node), command)
            reply = await self._await_reply(fut, node, timeout)
        finally:
            self._waiting.pop(request_id, None)
        if reply.get("ok"):
            return dict(reply.get("result") or {})
        raise from_wire(reply)

    async def _await_reply(
        self, fut: asyncio.Future[events.CommandReply], node: str, timeout: float
    ) -> events.CommandReply:
        """The holder's reply; ChargerOffline as soon as the holder is found dead while waiting
        (checked every NODE_HEARTBEAT_SECONDS), CommandTimeout after `timeout` + BUS_MARGIN."""
        from plagsini.liveness import node_alive

        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout + BUS_MARGIN
        check = float(self.platform.settings.node_heartbeat_seconds)
        while True:
            left = deadline - loop.time()
            if left <= 0:
                raise CommandTimeout(f"No answer from node {node} within {timeout:g}s.")
            done, _ = await asyncio.wait({fut}, timeout=min(left, check))
            if done:
                return fut.result()
            if not await node_alive(self.platform, node):
                raise ChargerOffline()


def get_bus(platform: Platform) -> CommandBus:
    bus = platform.command_bus
    if bus is None:
        # Not started (e.g. a script): local delivery still works; remote replies need start().
        bus = CommandBus(platform)
    return bus


async def _check_may_receive(platform: Platform, cpid: str, action: str) -> None:
    """Refuse (ChargerNotAccepted) a command carrying drivers' idTags to a charger that is not
    approved; the node holding the socket checks again that the charger booted Accepted on it."""
    async with read_session(platform.sessionmaker) as s:
        charger = await chargers.get_by_cpid(s, cpid)
        if charger is None:
            raise UnknownCharger()
        allowed = chargers.may_receive(
            action, approved=charger.approved, registration_status=charger.registration_status
        )
    if not allowed:
        raise ChargerNotAccepted()


async def _record_start(
    platform: Platform, cpid: str, action: str, payload: dict[str, Any], sender: CommandOptions
) -> int | None:
    try:
        async with platform.sessionmaker() as s, s.begin():
            found = await chargers.node_of(s, cpid)
            if found is None:
                return None
            row = OcppCommand(
                charger_id=found[0],
                action=action,
                request=ocpp_secrets.mask(payload),
                status="sent",
                user_id=sender.get("user_id"),
                origin=sender.get("origin"),
                api_key_id=sender.get("api_key_id"),
                node_id=platform.node_id,
            )
            s.add(row)
            await s.flush()
            command_id, charger_id = row.id, row.charger_id
    except Exception:  # noqa: BLE001 - history must not block the command
        log.warning("cannot record command", exc_info=True)
        return None
    await _publish(platform, command_id, charger_id, cpid, action, "sent")
    return command_id


async def _publish(
    platform: Platform, command_id: int, charger_id: int, cpid: str, action: str, status: str
) -> None:
    """Tell the console's live command history (`events.COMMANDS`)."""
    event: events.CommandEvent = {
        "type": "command",
        "command_id": command_id,
        "charger_id": charger_id,
        "charge_point_id": cpid,
        "action": action,
        "status": status,
    }
    try:
        await platform.bus.publish(events.COMMANDS, event)
    except Exception:  # noqa: BLE001 - the live view misses it; it is stored
        log.debug("cannot publish a command event", exc_info=True)


async def _record_end(
    platform: Platform,
    command_id: int,
    cpid: str,
    status: str,
    response: dict[str, Any] | None,
    error: str | None,
) -> None:
    try:
        async with platform.sessionmaker() as s, s.begin():
            row = await s.get(OcppCommand, command_id)
            if row is None:
                return
            row.status = status
            row.response = ocpp_secrets.mask(response) if response is not None else None
            row.error = error
            row.completed_at = utcnow()
            charger_id, action = row.charger_id, row.action
    except Exception:  # noqa: BLE001
        log.warning("cannot record command result", exc_info=True)
        return
    await _publish(platform, command_id, charger_id, cpid, action, status)


async def close_below_profile(platform: Platform, cpid: str, profile: int) -> bool:
    """Close the charger's connection (on whichever node holds it) if it was admitted on a lower
    security profile than `profile`."""
    ocpp = platform.ocpp
    if ocpp is not None and ocpp.get(cpid) is not None:
        return bool(await ocpp.close_below_profile(cpid, profile))
    async with read_session(platform.sessionmaker) as s:
        found = await chargers.node_of(s, cpid)
    if found is None or found[1] is None or found[1] == platform.node_id:
        return False
    command: events.CloseBelowProfileCommand = {
        "type": "close_below_profile",
        "charge_point_id": cpid,
        "profile": profile,
    }
    await platform.bus.publish(events.node_commands(found[1]), command)
    return True
