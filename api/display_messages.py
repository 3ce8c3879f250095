"""Messages on OCPP 2.0.1 stations' displays in the console: the stored messages (`displayMessages`)
and SetDisplayMessage, GetDisplayMessages, ClearDisplayMessage. See `domain/display_messages.py`."""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Any

import strawberry

from api.mapped import mapped
from api.ocpp_ops import OcppCommandPayload, charger_rows, run_command
from api.relay import encode_id
from db import models as m
from domain import display_messages
from domain.timestamps import format_timestamp


@strawberry.enum(description="OCPP 2.0.1 MessagePriorityEnumType.")
class MessagePriority(Enum):
    ALWAYS_FRONT = "AlwaysFront"
    IN_FRONT = "InFront"
    NORMAL_CYCLE = "NormalCycle"


@strawberry.enum(description="OCPP 2.0.1 MessageStateEnumType: when the station shows the message.")
class MessageState(Enum):
    CHARGING = "Charging"
    FAULTED = "Faulted"
    IDLE = "Idle"
    UNAVAILABLE = "Unavailable"


@strawberry.enum(description="OCPP 2.0.1 MessageFormatEnumType.")
class MessageFormat(Enum):
    ASCII = "ASCII"
    HTML = "HTML"
    URI = "URI"
    UTF8 = "UTF8"


@strawberry.type(description="A message on a station's display (OCPP 2.0.1).")
class DisplayMessage:
    id: strawberry.ID
    message_id: int | None = strawberry.field(description="The message's id on the station.")
    priority: str
    state: str | None
    start_at: dt.datetime | None
    end_at: dt.datetime | None
    transaction_id: str | None
    format: str
    language: str | None
    content: str
    status: str = strawberry.field(
        description="Requested, the station's answer (Accepted, Rejected, NotSupported...), Reported (the "
        "station listed it), Cleared, Failed (not answered)."
    )
    updated_at: dt.datetime

    @classmethod
    def from_model(cls, r: m.DisplayMessage) -> DisplayMessage:
        return mapped(cls, r, id=encode_id("DisplayMessage", r.id))


@strawberry.type
class Query:
    @strawberry.field(description="Admins: the messages on an OCPP 2.0.1 station's display, newest first.")
    async def display_messages(
        self, info: strawberry.Info, charger_id: strawberry.ID
    ) -> list[DisplayMessage]:
        return await charger_rows(info, charger_id, display_messages.messages, DisplayMessage.from_model)


@strawberry.input(description="SetDisplayMessage: a message for the station's display.")
class SetDisplayMessageInput:
    charger_id: strawberry.ID
    content: str = strawberry.field(description="At most 512 characters.")
    priority: MessagePriority = MessagePriority.NORMAL_CYCLE
    format: MessageFormat = MessageFormat.UTF8
    language: str | None = strawberry.field(default=None, description="e.g. en, ms (at most 8 characters).")
    state: MessageState | None = None
    start_date_time: dt.datetime | None = None
    end_date_time: dt.datetime | None = None
    transaction_id: str | None = strawberry.field(
        default=None, description="Show it during this transaction only (the station's transactionId)."
    )
    message_id: int | None = strawberry.field(default=None, description="Replace the message with this id.")


@strawberry.input(description="GetDisplayMessages: all messages, or those matching.")
class GetDisplayMessagesInput:
    charger_id: strawberry.ID
    message_ids: list[int] | None = None
    priority: MessagePriority | None = None
    state: MessageState | None = None


@strawberry.input
class ClearDisplayMessageInput:
    charger_id: strawberry.ID
    message_id: int


def _set_payload(input: SetDisplayMessageInput) -> dict[str, Any]:
    content: dict[str, Any] = {"format": input.format.value, "content": input.content}
    if input.language:
        content["language"] = input.language
    message: dict[str, Any] = {"priority": input.priority.value, "message": content}
    if input.message_id is not None:
        message["id"] = input.message_id
    if input.state is not None:
        message["state"] = input.state.value
    if input.start_date_time is not None:
        message["startDateTime"] = format_timestamp(input.start_date_time)
    if input.end_date_time is not None:
        message["endDateTime"] = format_timestamp(input.end_date_time)
    if input.transaction_id:
        message["transactionId"] = input.transaction_id
    return {"message": message}


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="Admins: SetDisplayMessage to an OCPP 2.0.1 station (the message is recorded with the "
        "station's answer as its status)."
    )
    async def set_display_message(
        self, info: strawberry.Info, input: SetDisplayMessageInput
    ) -> OcppCommandPayload:
        return await run_command(info, input.charger_id, "SetDisplayMessage", _set_payload(input))  # type: ignore[no-any-return]

    @strawberry.mutation(
        description="Admins: GetDisplayMessages; the station's NotifyDisplayMessages update the stored "
        "messages."
    )
    async def get_display_messages(
        self, info: strawberry.Info, input: GetDisplayMessagesInput
    ) -> OcppCommandPayload:
        payload: dict[str, Any] = {}
        if input.message_ids:
            payload["id"] = input.message_ids
        if input.priority is not None:
            payload["priority"] = input.priority.value
        if input.state is not None:
            payload["state"] = input.state.value
        return await run_command(info, input.charger_id, "GetDisplayMessages", payload)  # type: ignore[no-any-return]

    @strawberry.mutation(description="Admins: ClearDisplayMessage (Accepted marks the message cleared).")
    async def clear_display_message(
        self, info: strawberry.Info, input: ClearDisplayMessageInput
    ) -> OcppCommandPayload:
        payload = {"id": input.message_id}
        return await run_command(info, input.charger_id, "ClearDisplayMessage", payload)  # type: ignore[no-any-return]
