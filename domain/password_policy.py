"""The password rules (NIST SP 800-63B, section 5.1.1.2 "memorized secrets").

- at least 8 characters, 12 for admins; at most 256 (long passphrases are welcome);
- not one of the common and breached passwords in `domain/data/common_passwords.txt.gz`
  (compared lower-cased; see `domain/data/README.md` for where the list comes from);
- not the account's email address nor its local part (compared case-insensitively);
- not a run of fewer than 4 distinct characters ("aaaaaaaa", "abababab").

No composition rules (digits, symbols) and no forced periodic changes, as the guideline says.
A refusal is a `WeakPassword` whose `rule` names the rule that failed, so a client can say which.
This module has no heavy imports: the settings use it to check `ADMIN_PASSWORD` at start-up.
"""

from __future__ import annotations

import gzip
import unicodedata
from functools import lru_cache
from pathlib import Path

from domain.errors import WeakPassword

MIN_LENGTH = 8
MIN_ADMIN_LENGTH = 12
MAX_LENGTH = 256
MIN_DISTINCT = 4

COMMON_PASSWORDS_FILE = Path(__file__).resolve().parent / "data" / "common_passwords.txt.gz"

# The values of WeakPassword.rule (and of the GraphQL enum PasswordRule).
TOO_SHORT = "TOO_SHORT"
TOO_LONG = "TOO_LONG"
COMMON = "COMMON"
MATCHES_EMAIL = "MATCHES_EMAIL"
REPETITIVE = "REPETITIVE"
RULES = (TOO_SHORT, TOO_LONG, COMMON, MATCHES_EMAIL, REPETITIVE)


@lru_cache(maxsize=1)
def common_passwords() -> frozenset[str]:
    """The shipped list, read once (about 38,000 entries)."""
    with gzip.open(COMMON_PASSWORDS_FILE, "rt", encoding="utf-8") as f:
        return frozenset(line.rstrip("\n") for line in f if line.strip())


def _fold(value: str) -> str:
    return unicodedata.normalize("NFC", value).lower()


def min_length(role: str | None) -> int:
    return MIN_ADMIN_LENGTH if role == "admin" else MIN_LENGTH


def problem(password: str, *, email: str | None = None, role: str | None = None) -> tuple[str, str] | None:
    """The first rule `password` breaks, as (rule, message), or None when it is acceptable."""
    shortest = min_length(role)
    if len(password) < shortest:
        who = "an admin password" if role == "admin" else "your password"
        return TOO_SHORT, f"Use at least {shortest} characters for {who}."
    if len(password) > MAX_LENGTH:
        return TOO_LONG, f"Use at most {MAX_LENGTH} characters."
    folded = _fold(password)
    if email:
        address = _fold(email.strip())
        local = address.rsplit("@", 1)[0]
        if folded.strip() in (address, local):
            return MATCHES_EMAIL, "Do not use your email address (or its name part) as your password."
    if len(set(folded)) < MIN_DISTINCT or not password.strip():
        return REPETITIVE, "This password repeats too few characters; choose a less predictable one."
    if folded in common_passwords() or folded.strip() in common_passwords():
        return COMMON, "This password is among the most common (breached) passwords; choose another."
    return None


def check(
    password: str, *, email: str | None = None, role: str | None = None, field: str = "password"
) -> None:
    """Raise WeakPassword (with `rule`) when `password` breaks a rule."""
    found = problem(password, email=email, role=role)
    if found is not None:
        rule, message = found
        raise WeakPassword(message, field=field, rule=rule)
