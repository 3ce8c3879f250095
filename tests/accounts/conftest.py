# ruff: noqa: E501 - GraphQL documents read best on one line
"""Fixtures for the accounts tests: a platform that mails through a real SMTP server (aiosmtpd)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.mail import code_from, html_part, text_part

__all__ = ["code_from", "html_part", "text_part"]


@pytest.fixture
async def mail_server(server_factory: Any, smtp_server: Any) -> Any:
    """A running platform whose SMTP_HOST/SMTP_PORT point at the test's aiosmtpd server."""
    srv = await server_factory(smtp_host=smtp_server.host, smtp_port=smtp_server.port, smtp_tls="none")
    srv.smtp = smtp_server
    return srv


async def gql(srv: Any, query: str, variables: dict[str, Any] | None = None, token: str | None = None) -> Any:
    """Run a GraphQL operation that must not fail at the GraphQL level; returns `data`."""
    result = await srv.graphql(query, variables, token=token)
    assert "errors" not in result, result
    return result["data"]


async def error_code(
    srv: Any, query: str, variables: dict[str, Any] | None = None, token: str | None = None
) -> str:
    """Run a mutation whose payload must carry a typed error; returns the first error's code."""
    (payload,) = (await gql(srv, query, variables, token)).values()
    return str(payload["errors"][0]["code"])


REQUEST_CODE = """mutation($email: String!) { requestEmailCode(input: {email: $email}) {
  sent errors { __typename code message field ... on RateLimitedError { retryAfterSeconds } } } }"""
VERIFY_CODE = """mutation($email: String!, $code: String!) { verifyEmailCode(input: {email: $email, code: $code}) {
  verificationToken errors { __typename code message field ... on CodeInvalidError { attemptsLeft } } } }"""
REGISTER = """mutation($input: RegisterInput!) { register(input: $input) {
  user { id email name phone role emailVerified }
  tokens { accessToken refreshToken accessTokenExpiresAt tokenType }
  errors { __typename code message field } } }"""
LOGIN = """mutation($email: String!, $password: String!) { login(input: {email: $email, password: $password}) {
  user { id email role } tokens { accessToken refreshToken }
  errors { __typename code message field ... on RateLimitedError { retryAfterSeconds } } } }"""
REFRESH = """mutation($t: String!) { refreshToken(input: {refreshToken: $t}) {
  tokens { accessToken refreshToken } errors { __typename code } } }"""
ME = "{ me { id email name role idTags { edges { node { idTag kind status } } } } }"
