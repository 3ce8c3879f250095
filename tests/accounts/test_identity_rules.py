"""Unit tests of the address normalisation and the password rules (the attacks on a running node
are in tests/security/test_identity.py)."""

from __future__ import annotations

import unicodedata

import pytest

from domain import password_policy
from domain.accounts import normalize_email
from domain.errors import InvalidInput, WeakPassword


@pytest.mark.parametrize(
    "typed, stored",
    [
        ("  Dave@Example.COM ", "dave@example.com"),
        (unicodedata.normalize("NFD", "dáve@example.com"), "dáve@example.com"),
        ("DÁVE@EXAMPLE.COM", "dáve@example.com"),
        ("first.last+tag@example.com", "first.last+tag@example.com"),
    ],
)
def test_one_normal_form(typed: str, stored: str) -> None:
    assert normalize_email(typed) == stored
    assert normalize_email(stored) == stored  # idempotent


def test_accents_are_kept_apart() -> None:
    assert normalize_email("dáve@example.com") != normalize_email("dave@example.com")


@pytest.mark.parametrize(
    "typed",
    [
        "da\u200bve@example.com",  # zero-width space
        "dave\u00a0@example.com",  # no-break space
        "da\u0007ve@example.com",  # control
        "dave@exämple.com",  # non-ASCII domain (use its xn-- form)
        "dave@localhost",
        "x" * 180 + "@example.com",
        "a" * 10_000,
        "",
    ],
)
def test_refused_addresses(typed: str) -> None:
    with pytest.raises(InvalidInput):
        normalize_email(typed)


@pytest.mark.parametrize(
    "password, email, role, rule",
    [
        ("seven77", None, None, "TOO_SHORT"),
        ("eleven-char", None, "admin", "TOO_SHORT"),
        ("y" + "z1" * 128, None, None, "TOO_LONG"),
        ("password1", None, None, "COMMON"),
        ("PASSWORD1", None, None, "COMMON"),
        ("dave.smith", "dave.smith@example.com", None, "MATCHES_EMAIL"),
        ("Dave.Smith@Example.com", "dave.smith@example.com", None, "MATCHES_EMAIL"),
        ("zzzzzzzzzz", None, None, "REPETITIVE"),
        ("        ", None, None, "REPETITIVE"),
    ],
)
def test_password_rules(password: str, email: str | None, role: str | None, rule: str) -> None:
    with pytest.raises(WeakPassword) as refused:
        password_policy.check(password, email=email, role=role)
    assert refused.value.rule == rule and refused.value.code == "WEAK_PASSWORD"


@pytest.mark.parametrize(
    "password, role",
    [
        ("eleven-char", "driver"),
        ("twelve-chars", "admin"),
        ("ünïcödé-pässwörd", None),
        ("long-passphrase-" * 16, None),
    ],
)
def test_acceptable_passwords(password: str, role: str | None) -> None:
    assert password_policy.problem(password, email="someone@example.com", role=role) is None


def test_shipped_list_is_loaded() -> None:
    common = password_policy.common_passwords()
    assert 30_000 < len(common) < 100_000
    assert all(len(p) >= password_policy.MIN_LENGTH and p == p.lower() for p in common)
    assert {"password", "12345678", "iloveyou1", "qwertyuiop"} <= common
