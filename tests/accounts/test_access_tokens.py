"""Decoding access tokens: a token verified once is remembered (its claims), and a remembered token
is still refused once it expires; a token that differs in any character is verified on its own."""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

import jwt
import pytest

from db.models import utcnow
from domain import tokens
from domain.errors import InvalidToken

SECRET = "test-secret-key-" + "y" * 32


def test_a_verified_token_is_remembered_until_it_expires(monkeypatch: Any) -> None:
    token, expires = tokens.issue_access_token(SECRET, 7, "family-1", minutes=15)
    first = tokens.decode_access_token(SECRET, token)
    assert (first.user_id, first.family_id) == (7, "family-1")

    def no_decode(*_a: Any, **_k: Any) -> Any:
        raise AssertionError("decoded again")

    monkeypatch.setattr(jwt, "decode", no_decode)
    assert tokens.decode_access_token(SECRET, token) == first  # remembered: not decoded again
    # Within the leeway after expiry it is still accepted (as PyJWT accepts it), then refused.
    monkeypatch.setattr(time, "time", lambda: expires.timestamp() + tokens.LEEWAY - 1)
    assert tokens.decode_access_token(SECRET, token) == first
    monkeypatch.setattr(time, "time", lambda: expires.timestamp() + tokens.LEEWAY)
    with pytest.raises(InvalidToken):
        tokens.decode_access_token(SECRET, token)
    with pytest.raises(AssertionError, match="decoded again"):  # forgotten: decoded (and refused) again
        tokens.decode_access_token(SECRET, token)


def test_a_token_differing_from_a_remembered_one_is_verified_on_its_own() -> None:
    token, _ = tokens.issue_access_token(SECRET, 8, "family-2", minutes=15)
    tokens.decode_access_token(SECRET, token)
    header, payload, signature = token.split(".")
    forged_claims = jwt.decode(token, options={"verify_signature": False}) | {"sub": "9"}
    forged_payload = jwt.encode(forged_claims, "another-secret-" + "z" * 32, algorithm="HS256").split(".")[1]
    for forged in (
        f"{header}.{forged_payload}.{signature}",
        token[:-2] + ("AA" if token[-2:] != "AA" else "BB"),
    ):
        with pytest.raises(InvalidToken):
            tokens.decode_access_token(SECRET, forged)
    with pytest.raises(InvalidToken):  # the same token under another secret
        tokens.decode_access_token("other-secret-key-" + "x" * 32, token)


def test_an_expired_token_is_refused_the_first_time() -> None:
    token, _ = tokens.issue_access_token(
        SECRET, 10, "family-3", minutes=1, now=utcnow() - dt.timedelta(minutes=2)
    )
    with pytest.raises(InvalidToken):
        tokens.decode_access_token(SECRET, token)
