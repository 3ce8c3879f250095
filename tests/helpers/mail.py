"""Reading the mails a test's SMTP server received: a part's text and the 6-digit code in it."""

from __future__ import annotations

import re
from email.message import Message


def _part(msg: Message, content_type: str) -> str:
    for part in msg.walk():
        if part.get_content_type() == content_type:
            payload = part.get_payload(decode=True)
            assert isinstance(payload, bytes), f"{content_type} part without a body"
            return payload.decode(part.get_content_charset() or "utf-8")
    raise AssertionError(f"no {content_type} part")


def text_part(msg: Message) -> str:
    return _part(msg, "text/plain")


def html_part(msg: Message) -> str:
    return _part(msg, "text/html")


def code_from(msg: Message) -> str:
    """The 6-digit code of a sign-up, sign-in or reset mail (from its text part)."""
    found = re.search(r"(?<!\d)(\d{6})(?!\d)", text_part(msg))
    assert found, "no 6-digit code in the mail"
    return found.group(1)
