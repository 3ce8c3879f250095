"""Registration with an emailed code, end to end through a real SMTP server (aiosmtpd): the code is
read from the delivered mail, never from the database."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sqlalchemy import select, update

from db.models import EmailVerification, User
from tests.accounts.conftest import (
    ME,
    REGISTER,
    REQUEST_CODE,
    VERIFY_CODE,
    code_from,
    gql,
    html_part,
    text_part,
)

PASSWORD = "a-long-enough-password"


async def _request(srv: Any, email: str) -> str:
    data = await gql(srv, REQUEST_CODE, {"email": email})
    assert data["requestEmailCode"] == {"sent": True, "errors": []}
    msg = await srv.smtp.wait_for_message(to=email, timeout=10)
    return code_from(msg)


async def test_full_registration_through_smtp(mail_server: Any) -> None:
    srv = mail_server
    email = "Rider@Example.com"
    data = await gql(srv, REQUEST_CODE, {"email": email})
    assert data["requestEmailCode"] == {"sent": True, "errors": []}
    msg = await srv.smtp.wait_for_message(to="rider@example.com", timeout=10)
    assert "PlagSini" in msg["Subject"] and "PlagSini" in msg["From"]
    assert msg.is_multipart()
    code = code_from(msg)
    assert code in text_part(msg) and code in html_part(msg)
    assert "<html" in html_part(msg) and "PlagSini" in html_part(msg)

    # The stored code is a keyed hash, never the code.
    async with srv.platform.sessionmaker() as s:
        row = await s.scalar(select(EmailVerification).where(EmailVerification.email == "rider@example.com"))
    assert row is not None and code not in row.code_hash and len(row.code_hash) == 64

    data = await gql(srv, VERIFY_CODE, {"email": email, "code": code})
    token = data["verifyEmailCode"]["verificationToken"]
    assert token and data["verifyEmailCode"]["errors"] == []

    data = await gql(
        srv,
        REGISTER,
        {
            "input": {
                "email": email,
                "password": PASSWORD,
                "name": "Rider One",
                "phone": "+60 12-345 6789",
                "verificationToken": token,
            }
        },
    )
    reg = data["register"]
    assert reg["errors"] == []
    assert reg["user"]["email"] == "rider@example.com"
    assert reg["user"]["role"] == "DRIVER" and reg["user"]["emailVerified"] is True
    assert reg["tokens"]["tokenType"] == "Bearer"

    me = (await gql(srv, ME, token=reg["tokens"]["accessToken"]))["me"]
    assert me["email"] == "rider@example.com"
    tags = [e["node"] for e in me["idTags"]["edges"]]
    assert len(tags) == 1 and tags[0]["kind"] == "APP" and tags[0]["status"] == "ACCEPTED"

    # The code is single use, and the address is now taken.
    again = await gql(srv, VERIFY_CODE, {"email": email, "code": code})
    assert again["verifyEmailCode"]["errors"][0]["code"] == "CODE_USED_UP"
    taken = await gql(
        srv,
        REGISTER,
        {"input": {"email": email, "password": PASSWORD, "name": "X", "verificationToken": token}},
    )
    assert taken["register"]["errors"][0]["__typename"] == "EmailTakenError"


async def test_registration_requires_verified_email(mail_server: Any) -> None:
    data = await gql(
        mail_server, REGISTER, {"input": {"email": "nover@example.com", "password": PASSWORD, "name": "N"}}
    )
    assert data["register"]["user"] is None
    assert data["register"]["errors"][0]["code"] == "EMAIL_NOT_VERIFIED"
    # A token for another address does not do.
    code = await _request(mail_server, "other@example.com")
    token = (await gql(mail_server, VERIFY_CODE, {"email": "other@example.com", "code": code}))[
        "verifyEmailCode"
    ]["verificationToken"]
    data = await gql(
        mail_server,
        REGISTER,
        {
            "input": {
                "email": "nover@example.com",
                "password": PASSWORD,
                "name": "N",
                "verificationToken": token,
            }
        },
    )
    assert data["register"]["errors"][0]["code"] == "INVALID_TOKEN"


async def test_registration_without_verification_when_not_required(server_factory: Any) -> None:
    srv = await server_factory(require_verified_email=False)
    data = await gql(
        srv, REGISTER, {"input": {"email": "free@example.com", "password": PASSWORD, "name": "F"}}
    )
    assert data["register"]["errors"] == []
    assert data["register"]["user"]["emailVerified"] is False


async def test_sixth_wrong_attempt_refused_even_when_correct(mail_server: Any) -> None:
    email = "brute@example.com"
    code = await _request(mail_server, email)
    wrong = f"{(int(code) + 1) % 1000000:06d}"
    for n in range(5):
        errs = (await gql(mail_server, VERIFY_CODE, {"email": email, "code": wrong}))["verifyEmailCode"][
            "errors"
        ]
        if n < 4:
            assert errs[0]["code"] == "CODE_INVALID" and errs[0]["attemptsLeft"] == 4 - n
        else:
            assert errs[0]["code"] == "CODE_USED_UP"
    data = await gql(mail_server, VERIFY_CODE, {"email": email, "code": code})
    assert data["verifyEmailCode"]["verificationToken"] is None
    assert data["verifyEmailCode"]["errors"][0]["code"] == "CODE_USED_UP"


async def test_aliased_attempts_each_count(mail_server: Any) -> None:
    email = "alias@example.com"
    code = await _request(mail_server, email)
    wrong = f"{(int(code) + 7) % 1000000:06d}"
    fields = "\n".join(
        f'a{i}: verifyEmailCode(input: {{email: "{email}", code: "{wrong}"}}) {{ errors {{ code }} }}'
        for i in range(11)
    )
    data = await gql(mail_server, f"mutation {{ {fields} }}")
    codes = [data[f"a{i}"]["errors"][0]["code"] for i in range(11)]
    assert codes[:4] == ["CODE_INVALID"] * 4
    assert set(codes[4:]) <= {"CODE_USED_UP", "RATE_LIMITED"}
    # Ten counted attempts reach the per-email limit (10 per window): the eleventh is refused as such.
    assert codes[4:10] == ["CODE_USED_UP"] * 6 and codes[10] == "RATE_LIMITED"
    data = await gql(mail_server, VERIFY_CODE, {"email": email, "code": code})
    assert data["verifyEmailCode"]["errors"][0]["code"] == "RATE_LIMITED"
    async with mail_server.platform.sessionmaker() as s:
        row = await s.scalar(select(EmailVerification).where(EmailVerification.email == email))
    assert row is not None and row.attempts == 5 and row.used_at is None


async def test_expired_code_refused(mail_server: Any) -> None:
    email = "late@example.com"
    code = await _request(mail_server, email)
    async with mail_server.platform.sessionmaker.begin() as s:
        await s.execute(
            update(EmailVerification)
            .where(EmailVerification.email == email)
            .values(expires_at=dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1))
        )
    data = await gql(mail_server, VERIFY_CODE, {"email": email, "code": code})
    assert data["verifyEmailCode"]["errors"][0]["code"] == "CODE_EXPIRED"


async def test_resend_limited_to_once_a_minute(mail_server: Any) -> None:
    email = "resend@example.com"
    await _request(mail_server, email)
    data = await gql(mail_server, REQUEST_CODE, {"email": email})
    err = data["requestEmailCode"]["errors"][0]
    assert err["code"] == "RATE_LIMITED" and 1 <= err["retryAfterSeconds"] <= 60
    assert len([m for m in mail_server.smtp.messages if email in m["To"]]) == 1


async def test_resend_at_most_five_an_hour(mail_server: Any) -> None:
    email = "hourly@example.com"
    now = dt.datetime.now(dt.UTC)
    async with mail_server.platform.sessionmaker.begin() as s:
        # Five sends earlier this hour, each more than a minute ago.
        for n in range(5):
            s.add(
                EmailVerification(
                    email=email,
                    purpose="register",
                    code_hash="x" * 64,
                    expires_at=now,
                    created_at=now - dt.timedelta(minutes=10 + n),
                )
            )
    data = await gql(mail_server, REQUEST_CODE, {"email": email})
    assert data["requestEmailCode"]["errors"][0]["code"] == "RATE_LIMITED"


async def test_request_code_for_registered_email(mail_server: Any) -> None:
    async with mail_server.platform.sessionmaker() as s:
        admin = await s.scalar(select(User).where(User.role == "admin"))
    assert admin is not None
    data = await gql(mail_server, REQUEST_CODE, {"email": admin.email})
    # The same answer as for an unknown address; the mail tells the owner they have an account.
    assert data["requestEmailCode"] == {"sent": True, "errors": []}
    msg = await mail_server.smtp.wait_for_message(to=admin.email)
    assert "already have" in text_part(msg) and not re.search(r"\b\d{6}\b", text_part(msg))
