"""Support messages: drivers (or anyone, with an email address) write through the contact form;
admins list them, reply by email and close them."""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Any

import strawberry

from api import audited
from api.accounts_types import User
from api.errors import UserError, payload_or_errors, register_error_type
from api.mapped import mapped
from api.permissions import get_viewer, require_admin
from api.relay import Connection, decode_id, encode_id, list_page
from db import models as m
from db.engine import read_session
from domain import support
from domain.ratelimit import Limit, enforce, get_limiter
from domain.read_models import operations as read
from domain.read_models import users

#: Contact-form messages per hour, per client address and per sender.
SEND_PER_HOUR = 10


@strawberry.type(description="The reply could not be sent by email; nothing was recorded.")
class MailFailedError(UserError):
    pass


register_error_type(support.MailFailed, MailFailedError)


@strawberry.enum
class SupportMessageStatus(Enum):
    OPEN = "open"
    REPLIED = "replied"
    CLOSED = "closed"


@strawberry.type(description="A message from the contact form, and the reply sent to it.")
class SupportMessage:
    id: strawberry.ID
    email: str
    name: str | None
    subject: str
    body: str
    status: SupportMessageStatus
    reply: str | None
    replied_at: dt.datetime | None
    created_at: dt.datetime
    user_pk: strawberry.Private[int | None]

    @strawberry.field(description="The sender's account, when they were signed in (admins).")
    async def user(self, info: strawberry.Info) -> User | None:
        await require_admin(info, write=False)
        if self.user_pk is None:
            return None
        async with read_session(info.context.platform.sessionmaker) as s:
            u = await users.by_id(s, self.user_pk)
        return User.from_model(u) if u is not None else None

    @classmethod
    def from_model(cls, r: m.SupportMessage) -> SupportMessage:
        return mapped(
            cls,
            r,
            id=encode_id("SupportMessage", r.id),
            status=SupportMessageStatus(r.status),
            user_pk=r.user_id,
        )


@strawberry.input
class SendSupportMessageInput:
    subject: str
    body: str
    email: str | None = strawberry.field(
        default=None,
        description="Required when not signed in. Signed in, replies go to the account's email address "
        "(leave this empty; another address is refused).",
    )
    name: str | None = None


@strawberry.type
class SendSupportMessagePayload:
    message: SupportMessage | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class ReplySupportMessageInput:
    id: strawberry.ID
    body: str
    close: bool = strawberry.field(default=False, description="Close the message after replying.")


@strawberry.input
class SupportMessageInput:
    id: strawberry.ID


@strawberry.type
class SupportMessagePayload:
    message: SupportMessage | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class Query:
    @strawberry.field(description="Admins: support messages, newest first.")
    async def support_messages(
        self,
        info: strawberry.Info,
        status: SupportMessageStatus | None = None,
        search: str | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[SupportMessage]:
        await require_admin(info)
        q = read.support_messages(status=None if status is None else status.value, search=search)
        return await list_page(info, q, to_node=SupportMessage.from_model, first=first, after=after)


async def _status_change(
    info: strawberry.Info, admin_id: int, gid: strawberry.ID, change: Any, action: str
) -> SupportMessagePayload:
    """Close or reopen a message (`change`), audited as `action` by the admin."""

    async def work() -> SupportMessagePayload:
        pk = decode_id(gid, "SupportMessage")
        msg = await audited.change(info, admin_id, action, "SupportMessage", lambda s: change(s, pk))
        return SupportMessagePayload(message=SupportMessage.from_model(msg))

    return await payload_or_errors(SupportMessagePayload, work())


@strawberry.type
class Mutation:
    @strawberry.mutation(description="Contact form: a message to support (email optional when signed in).")
    async def send_support_message(
        self, info: strawberry.Info, input: SendSupportMessageInput
    ) -> SendSupportMessagePayload:
        async def work() -> SendSupportMessagePayload:
            viewer = await get_viewer(info)
            platform = info.context.platform
            checks = [(f"support:ip:{info.context.client_ip}", Limit(SEND_PER_HOUR, 3600))]
            sender = viewer.user.email if viewer else input.email
            if sender:
                checks.append((f"support:email:{sender.strip().lower()[:191]}", Limit(SEND_PER_HOUR, 3600)))
            await enforce(get_limiter(platform), checks)
            async with platform.sessionmaker() as s, s.begin():
                msg = await support.submit(
                    s,
                    subject=input.subject,
                    body=input.body,
                    email=input.email,
                    name=input.name,
                    user=viewer.user if viewer else None,
                )
            return SendSupportMessagePayload(message=SupportMessage.from_model(msg))

        return await payload_or_errors(SendSupportMessagePayload, work())

    @strawberry.mutation(description="Admins: reply to a support message by email (and optionally close it).")
    async def reply_support_message(
        self, info: strawberry.Info, input: ReplySupportMessageInput
    ) -> SupportMessagePayload:
        admin = await require_admin(info)

        async def work() -> SupportMessagePayload:
            msg = await support.reply(
                info.context.platform,
                decode_id(input.id, "SupportMessage"),
                input.body,
                user_id=admin.id,
                close=input.close,
            )
            return SupportMessagePayload(message=SupportMessage.from_model(msg))

        return await payload_or_errors(SupportMessagePayload, work())

    @strawberry.mutation(description="Admins: close a support message.")
    async def close_support_message(
        self, info: strawberry.Info, input: SupportMessageInput
    ) -> SupportMessagePayload:
        admin = await require_admin(info)

        return await _status_change(info, admin.id, input.id, support.close, "support.close")

    @strawberry.mutation(description="Admins: reopen a closed support message.")
    async def reopen_support_message(
        self, info: strawberry.Info, input: SupportMessageInput
    ) -> SupportMessagePayload:
        admin = await require_admin(info)

        return await _status_change(info, admin.id, input.id, support.reopen, "support.reopen")
