"""Support messages from the drivers' contact form: stored, answered by email, closed."""

from __future__ import annotations

import html

from sqlalchemy.ext.asyncio import AsyncSession

from db.models import SupportMessage, User, utcnow
from domain import audit, mail, rows
from domain.accounts import normalize_email
from domain.errors import Conflict, DomainError, InvalidInput
from domain.ports import DomainPlatform

MAX_SUBJECT = 200
MAX_BODY = 5000
MAX_REPLY = 10_000


class MailFailed(DomainError):
    code = "MAIL_FAILED"
    default_message = "The reply could not be sent by email; try again."


async def submit(
    session: AsyncSession,
    *,
    subject: str,
    body: str,
    email: str | None,
    name: str | None = None,
    user: User | None = None,
) -> SupportMessage:
    subject = (subject or "").strip()
    body = (body or "").strip()
    if not subject:
        raise InvalidInput("Enter a subject.", field="subject")
    if len(subject) > MAX_SUBJECT:
        raise InvalidInput(f"The subject is longer than {MAX_SUBJECT} characters.", field="subject")
    if not body:
        raise InvalidInput("Enter a message.", field="body")
    if len(body) > MAX_BODY:
        raise InvalidInput(f"The message is longer than {MAX_BODY} characters.", field="body")
    if user is not None:
        # A signed-in sender is answered at the account's own address, never at one the caller
        # names: otherwise anyone holding a driver's token could have support's replies about
        # that account mailed elsewhere.
        if not user.email:
            raise InvalidInput("This account has no email address to answer.", field="email")
        if email and normalize_email(email) != user.email:
            raise InvalidInput(
                "Signed in, we answer at your account's email address; leave the email empty.",
                field="email",
            )
        address = user.email
    else:
        if not email:
            raise InvalidInput("Enter your email address so we can answer.", field="email")
        address = normalize_email(email)
    msg = SupportMessage(
        user_id=user.id if user is not None else None,
        email=address,
        name=((name or "").strip()[:120] or (user.name if user is not None else None)),
        subject=subject,
        body=body,
        status="open",
    )
    session.add(msg)
    await session.flush()
    return msg


def reply_mail(msg: SupportMessage, reply: str, locale: str | None = None) -> mail.Mail:
    """The operator's reply, framed in the reader's language (the reply itself is as written)."""
    subject = f"Re: {msg.subject}"
    quoted = "\n".join(f"> {line}" for line in msg.body.splitlines())
    signature = mail.text(locale, "support.signature")
    you_wrote = mail.text(locale, "support.you_wrote")
    text = f"{reply}\n\n--\n{signature}\n\n{you_wrote}\n{quoted}\n"
    body = (
        "".join(f"<p>{html.escape(p)}</p>" for p in reply.split("\n\n"))
        + f'<hr><p style="color:#6b7a72">{html.escape(you_wrote)}</p><blockquote style="color:#6b7a72">'
        f"{html.escape(msg.body)}</blockquote>"
    )
    return mail.Mail(to=msg.email, subject=subject, text=text, html=mail.layout(subject, body, locale))


async def reply(
    platform: DomainPlatform, message_id: int, body: str, *, user_id: int, close: bool = False
) -> SupportMessage:
    """Email `body` to the sender (SMTP; an SMTP failure is MailFailed and nothing is recorded), then
    record the reply."""
    body = (body or "").strip()
    if not body:
        raise InvalidInput("Write a reply.", field="body")
    if len(body) > MAX_REPLY:
        raise InvalidInput("The reply is too long.", field="body")
    sm = platform.sessionmaker
    async with sm() as s:
        msg = await rows.get(s, SupportMessage, message_id, "No such support message.")
        if msg.status == "closed":
            raise Conflict("This message is closed.")
        sender = await s.get(User, msg.user_id) if msg.user_id is not None else None
    locale = sender.locale if sender is not None else None
    try:
        await mail.send_mail(platform.settings, reply_mail(msg, body, locale))
    except Exception as e:  # noqa: BLE001 - any SMTP failure is reported as such
        raise MailFailed() from e
    async with sm() as s, s.begin():
        row = await rows.get(s, SupportMessage, message_id, "No such support message.")
        row.reply = body if not row.reply else f"{row.reply}\n\n---\n\n{body}"
        row.replied_at = utcnow()
        row.replied_by_id = user_id
        row.status = "closed" if close else "replied"
        audit.record(
            s,
            actor_user_id=user_id,
            action="support.reply",
            target_type="SupportMessage",
            target_id=row.id,
            details={"body": body, "close": close},
        )
        return row


async def close(session: AsyncSession, message_id: int) -> SupportMessage:
    msg = await rows.get(session, SupportMessage, message_id, "No such support message.")
    msg.status = "closed"
    await session.flush()
    return msg


async def reopen(session: AsyncSession, message_id: int) -> SupportMessage:
    msg = await rows.get(session, SupportMessage, message_id, "No such support message.")
    msg.status = "replied" if msg.replied_at else "open"
    await session.flush()
    return msg
