"""Email one-time codes for registration and password reset.

6 digits from a CSPRNG, stored as an HMAC (keyed with the platform secret, so a leaked table does
not give the codes away), valid `OTP_TTL_SECONDS` (5 minutes), single use. Only the latest code
for an email+purpose counts. Every verification attempt first takes one of the code's 5 tries
atomically (`attempts < 5` in the UPDATE), so the 6th attempt is refused even with the right
code and concurrent or aliased attempts cannot exceed the budget. Sending is limited to once a
minute and 5 times an hour per address (database + shared limiter), and per IP; the shared limits
of an address that has an account are keyed by the account's id.

Addresses arrive normalised (`domain.accounts.normalize_email`) and are compared byte for byte.
A mail about an account goes to the address stored on the account. Asking for a registration
code answers the same whether or not the address has an account: an unknown address gets its
code, a known one gets a mail saying it already has an account (sign in or reset the password).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from db.engine import read_session
from db.models import EmailVerification, User, utcnow
from domain import mail
from domain.errors import CodeExpired, CodeInvalid, CodeUsedUp, InvalidInput, RateLimited
from domain.ports import DomainPlatform
from domain.ratelimit import Limit, enforce, get_limiter

CODE_DIGITS = 6
MAX_ATTEMPTS = 5
RESEND_INTERVAL = dt.timedelta(minutes=1)
SENDS_PER_HOUR = 5


def generate_code() -> str:
    return f"{secrets.randbelow(10**CODE_DIGITS):0{CODE_DIGITS}d}"


def hash_code(secret: str, email: str, purpose: str, code: str) -> str:
    msg = f"otp:{purpose}:{email}:{code}".encode()
    return hmac.new(secret.encode(), msg, hashlib.sha256).hexdigest()


def _ttl(platform: DomainPlatform) -> dt.timedelta:
    return dt.timedelta(seconds=platform.settings.otp_ttl_seconds)


async def _account(platform: DomainPlatform, email: str) -> User | None:
    async with read_session(platform.sessionmaker) as session:
        return await session.scalar(select(User).where(User.email == email, User.deleted_at.is_(None)))


def _subject(user: User | None, email: str) -> str:
    return f"acct:{user.id}" if user is not None else f"email:{email}"


async def send_code(
    platform: DomainPlatform, email: str, purpose: str, ip: str | None, locale: str | None = None
) -> EmailVerification | None:
    """Create a new code and mail what applies, answering the same way whatever the address:

    - "reset": the code goes to the account's stored address; nothing is sent when no account
      has this address;
    - "register": an unknown address gets the code; an address with an account gets a mail that
      says so (sign in or reset the password) and no code.

    Returns the row when a code was mailed."""
    settings = platform.settings
    limiter = get_limiter(platform)
    user = await _account(platform, email)
    subject = _subject(user, email)
    checks = [
        (f"otp-send:{purpose}:{subject}:m", Limit(1, 60)),
        (f"otp-send:{purpose}:{subject}:h", Limit(SENDS_PER_HOUR, 3600)),
    ]
    if ip:
        checks.append((f"otp-send:ip:{ip}", Limit(settings.otp_send_per_ip_per_hour, 3600)))
    await enforce(limiter, checks, field="email")
    now = utcnow()
    async with platform.sessionmaker.begin() as session:
        # The database is the durable record of sends (survives restarts of an in-process limiter).
        recent = list(
            (
                await session.scalars(
                    select(EmailVerification.created_at)
                    .where(
                        EmailVerification.email == email,
                        EmailVerification.purpose == purpose,
                        EmailVerification.created_at > now - dt.timedelta(hours=1),
                    )
                    .order_by(EmailVerification.created_at.desc())
                )
            ).all()
        )
        if recent and recent[0] > now - RESEND_INTERVAL:
            raise RateLimited(int((recent[0] + RESEND_INTERVAL - now).total_seconds()) + 1, field="email")
        if len(recent) >= SENDS_PER_HOUR:
            oldest = recent[SENDS_PER_HOUR - 1]
            raise RateLimited(int((oldest + dt.timedelta(hours=1) - now).total_seconds()) + 1, field="email")
        # A row is written in every case, so the resend limits behave the same for every address.
        code = generate_code()
        row = EmailVerification(
            email=email,
            purpose=purpose,
            code_hash=hash_code(platform.secret_key, email, purpose, code),
            expires_at=now + _ttl(platform),
            attempts=0,
            sent_count=len(recent) + 1,
            window_started_at=recent[-1] if recent else now,
            last_sent_at=now,
            created_at=now,
        )
        session.add(row)
        await session.flush()
    minutes = max(1, settings.otp_ttl_seconds // 60)
    if purpose == "reset":
        if user is None or not user.email:
            return None
        mail.send_in_background(
            settings, mail.otp_mail(user.email, code, purpose, minutes, user.locale or locale)
        )
        return row
    if user is not None and user.email:
        mail.send_in_background(settings, mail.account_exists_mail(user.email, user.locale or locale))
        return None
    # No account yet: the language the app asked in.
    mail.send_in_background(settings, mail.otp_mail(email, code, purpose, minutes, locale))
    return row


async def verify_code(
    platform: DomainPlatform, email: str, purpose: str, code: str, ip: str | None
) -> EmailVerification:
    """Check a code and consume it. Raises CodeInvalid / CodeExpired / CodeUsedUp / RateLimited."""
    settings = platform.settings
    code = (code or "").strip()
    window = settings.login_window_seconds
    subject = _subject(await _account(platform, email), email)
    checks = [(f"otp-verify:{purpose}:{subject}", Limit(settings.otp_verify_per_email, window))]
    if ip:
        checks.append((f"otp-verify:ip:{ip}", Limit(settings.otp_verify_per_ip, window)))
    await enforce(get_limiter(platform), checks, field="code")
    now = utcnow()
    async with platform.sessionmaker.begin() as session:
        row = await session.scalar(
            select(EmailVerification)
            .where(EmailVerification.email == email, EmailVerification.purpose == purpose)
            .order_by(EmailVerification.id.desc())
            .limit(1)
        )
        if row is None:
            raise CodeInvalid(0, "No code was sent to this address; request one.")
        if row.used_at is not None or row.attempts >= MAX_ATTEMPTS:
            raise CodeUsedUp(field="code")
        if row.expires_at <= now:
            raise CodeExpired(field="code")
        attempts_before = row.attempts
        taken = await session.execute(
            update(EmailVerification)
            .where(
                EmailVerification.id == row.id,
                EmailVerification.attempts < MAX_ATTEMPTS,
                EmailVerification.used_at.is_(None),
            )
            .values(attempts=EmailVerification.attempts + 1)
        )
        if not taken.rowcount:  # type: ignore[attr-defined]
            raise CodeUsedUp(field="code")
        attempts = attempts_before + 1
        expected = row.code_hash
        row_id = row.id
    # The attempt is committed before the answer is known.
    valid = len(code) == CODE_DIGITS and code.isdigit()
    if not valid or not hmac.compare_digest(expected, hash_code(platform.secret_key, email, purpose, code)):
        left = MAX_ATTEMPTS - attempts
        if left <= 0:
            raise CodeUsedUp("Too many wrong codes; request a new one.", field="code")
        raise CodeInvalid(left)
    async with platform.sessionmaker.begin() as session:
        used = await session.execute(
            update(EmailVerification)
            .where(EmailVerification.id == row_id, EmailVerification.used_at.is_(None))
            .values(used_at=now, verified_at=now)
        )
        if not used.rowcount:  # type: ignore[attr-defined]
            raise CodeUsedUp(field="code")
        row = await session.get(EmailVerification, row_id)
        assert row is not None
    return row


async def was_verified(session: AsyncSession, verification_id: int, email: str, purpose: str) -> bool:
    row = await session.get(EmailVerification, verification_id)
    return bool(row and row.email == email and row.purpose == purpose and row.verified_at is not None)


async def latest_sent_at(session: AsyncSession, email: str, purpose: str) -> dt.datetime | None:
    result = await session.scalar(
        select(func.max(EmailVerification.created_at)).where(
            EmailVerification.email == email, EmailVerification.purpose == purpose
        )
    )
    return result


def validate_code_shape(code: str) -> None:
    if not (len(code) == CODE_DIGITS and code.isdigit()):
        raise InvalidInput(f"Enter the {CODE_DIGITS}-digit code.", field="code")
