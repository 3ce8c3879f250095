"""Sign-in, argon2id hashes, rotating refresh tokens, logout, password change/reset, account deletion."""

from __future__ import annotations

from typing import Any

from argon2 import extract_parameters
from argon2.low_level import Type
from sqlalchemy import select

from db.models import IdTag, LedgerAccount, RefreshToken, User, Vehicle
from domain import ledger
from tests.accounts.conftest import LOGIN, ME, REFRESH, code_from, gql
from tests.helpers.auth import DEFAULT_PASSWORD, make_user


async def _login(srv: Any, email: str, password: str = DEFAULT_PASSWORD) -> dict[str, Any]:
    return (await gql(srv, LOGIN, {"email": email, "password": password}))["login"]  # type: ignore[no-any-return]


async def test_stored_hash_is_argon2id_with_required_parameters(server: Any) -> None:
    user, _ = await make_user(server.platform, email="hash@example.com")
    async with server.platform.sessionmaker() as s:
        stored = await s.scalar(select(User.password_hash).where(User.id == user.id))
    assert stored is not None and stored.startswith("$argon2id$")
    params = extract_parameters(stored)
    assert params.type is Type.ID
    assert params.memory_cost >= 19 * 1024  # KiB
    assert params.time_cost >= 2
    assert DEFAULT_PASSWORD not in stored


async def test_login_success_and_typed_failures(server: Any) -> None:
    user, _ = await make_user(server.platform, email="login@example.com")
    ok = await _login(server, "Login@Example.com")
    assert ok["errors"] == [] and ok["user"]["email"] == "login@example.com"
    me = (await gql(server, ME, token=ok["tokens"]["accessToken"]))["me"]
    assert me["email"] == "login@example.com"

    wrong = await _login(server, "login@example.com", "not-the-password")
    unknown = await _login(server, "nobody@example.com", "not-the-password")
    assert wrong["errors"][0]["__typename"] == "InvalidCredentialsError"
    # An unknown address gets exactly the same answer as a wrong password.
    assert wrong["errors"] == unknown["errors"] and wrong["tokens"] is None


async def test_anonymous_and_bad_tokens(server: Any) -> None:
    assert (await gql(server, "{ me { id } }"))["me"] is None
    result = await server.graphql("{ me { id } }", token="not-a-token")
    assert result["data"]["me"] is None
    assert result["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    result = await server.graphql("{ users { totalCount } }")
    assert result["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert "Traceback" not in str(result)


async def test_login_rate_limit_counts_aliased_attempts(server: Any) -> None:
    await make_user(server.platform, email="limit@example.com")
    limit = server.platform.settings.login_attempts_per_account
    fields = "\n".join(
        f'a{i}: login(input: {{email: "limit@example.com", password: "wrong-{i}"}}) {{ errors {{ code }} }}'
        for i in range(limit)
    )
    data = await gql(server, f"mutation {{ {fields} }}")
    assert [data[f"a{i}"]["errors"][0]["code"] for i in range(limit)] == ["INVALID_CREDENTIALS"] * limit
    # The limit is reached: the right password is refused now.
    refused = await _login(server, "limit@example.com")
    assert refused["errors"][0]["code"] == "RATE_LIMITED" and refused["tokens"] is None
    assert refused["errors"][0]["retryAfterSeconds"] >= 1


async def test_refresh_rotates_and_reuse_revokes_family(server: Any) -> None:
    await make_user(server.platform, email="rotate@example.com")
    first = await _login(server, "rotate@example.com")
    t1 = first["tokens"]
    r2 = (await gql(server, REFRESH, {"t": t1["refreshToken"]}))["refreshToken"]
    assert r2["errors"] == []
    t2 = r2["tokens"]
    assert t2["refreshToken"] != t1["refreshToken"]
    assert (await gql(server, ME, token=t2["accessToken"]))["me"]["email"] == "rotate@example.com"

    # Reuse of the rotated token: refused, and the whole family (t2 too) is revoked.
    reuse = (await gql(server, REFRESH, {"t": t1["refreshToken"]}))["refreshToken"]
    assert reuse["errors"][0]["code"] == "INVALID_TOKEN"
    after = (await gql(server, REFRESH, {"t": t2["refreshToken"]}))["refreshToken"]
    assert after["errors"][0]["code"] == "INVALID_TOKEN"
    result = await server.graphql(ME, token=t2["accessToken"])
    assert result["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"

    # Another sign-in (another family) is untouched.
    other = await _login(server, "rotate@example.com")
    assert (await gql(server, ME, token=other["tokens"]["accessToken"]))["me"] is not None
    async with server.platform.sessionmaker() as s:
        rows = (await s.scalars(select(RefreshToken))).all()
    assert all(len(r.token_hash) == 64 for r in rows)
    assert not any(r.token_hash in (t1["refreshToken"], t2["refreshToken"]) for r in rows)


async def test_logout_revokes_session(server: Any) -> None:
    await make_user(server.platform, email="bye@example.com")
    a = (await _login(server, "bye@example.com"))["tokens"]
    b = (await _login(server, "bye@example.com"))["tokens"]
    out = await gql(
        server, "mutation { logout(input: {}) { revokedSessions errors { code } } }", token=a["accessToken"]
    )
    assert out["logout"] == {"revokedSessions": 1, "errors": []}
    assert (await server.graphql(ME, token=a["accessToken"]))["errors"][0]["extensions"][
        "code"
    ] == "UNAUTHENTICATED"
    assert (await gql(server, REFRESH, {"t": a["refreshToken"]}))["refreshToken"]["errors"][0][
        "code"
    ] == "INVALID_TOKEN"
    # The other session lives until logout everywhere.
    assert (await gql(server, ME, token=b["accessToken"]))["me"] is not None
    out = await gql(
        server, "mutation { logout(input: {allSessions: true}) { revokedSessions } }", token=b["accessToken"]
    )
    assert out["logout"]["revokedSessions"] == 2  # b and the sign-in make_user made
    assert "errors" in await server.graphql(ME, token=b["accessToken"])


async def test_change_password(server: Any) -> None:
    _, old_token = await make_user(server.platform, email="chpw@example.com")
    q = """mutation($c: String!, $n: String!) {
      changePassword(input: {currentPassword: $c, newPassword: $n}) {
        tokens { accessToken } errors { code field } } }"""
    bad = await gql(server, q, {"c": "wrong-password", "n": "new-password-123"}, token=old_token)
    assert bad["changePassword"]["errors"] == [{"code": "INVALID_CREDENTIALS", "field": "currentPassword"}]
    weak = await gql(server, q, {"c": DEFAULT_PASSWORD, "n": "short"}, token=old_token)
    assert weak["changePassword"]["errors"][0]["code"] == "WEAK_PASSWORD"
    ok = await gql(server, q, {"c": DEFAULT_PASSWORD, "n": "new-password-123"}, token=old_token)
    assert ok["changePassword"]["errors"] == []
    new_token = ok["changePassword"]["tokens"]["accessToken"]
    assert (await gql(server, ME, token=new_token))["me"]["email"] == "chpw@example.com"
    assert "errors" in await server.graphql(ME, token=old_token)
    assert (await _login(server, "chpw@example.com"))["errors"][0]["code"] == "INVALID_CREDENTIALS"
    assert (await _login(server, "chpw@example.com", "new-password-123"))["errors"] == []


async def test_reset_password_through_smtp(mail_server: Any) -> None:
    srv = mail_server
    _, token = await make_user(srv.platform, email="forgot@example.com")
    q = "mutation($e: String!) { requestPasswordReset(input: {email: $e}) { ok errors { code } } }"
    assert (await gql(srv, q, {"e": "forgot@example.com"}))["requestPasswordReset"] == {
        "ok": True,
        "errors": [],
    }
    # Unknown addresses get the same answer, and no mail.
    assert (await gql(srv, q, {"e": "ghost@example.com"}))["requestPasswordReset"] == {
        "ok": True,
        "errors": [],
    }
    msg = await srv.smtp.wait_for_message(to="forgot@example.com", timeout=10)
    assert "reset" in msg["Subject"].lower()
    code = code_from(msg)
    reset = """mutation($e: String!, $c: String!, $p: String!) {
      resetPassword(input: {email: $e, code: $c, newPassword: $p}) { ok errors { code } } }"""
    wrong = f"{(int(code) + 1) % 1000000:06d}"
    assert (await gql(srv, reset, {"e": "forgot@example.com", "c": wrong, "p": "brand-new-pass-1"}))[
        "resetPassword"
    ]["errors"][0]["code"] == "CODE_INVALID"
    ok = await gql(srv, reset, {"e": "forgot@example.com", "c": code, "p": "brand-new-pass-1"})
    assert ok["resetPassword"] == {"ok": True, "errors": []}
    assert "errors" in await srv.graphql(ME, token=token)  # every session ended
    assert (await _login(srv, "forgot@example.com", "brand-new-pass-1"))["errors"] == []
    assert not any("ghost@example.com" in (m["To"] or "") for m in srv.smtp.messages)


async def test_delete_account_anonymises_and_keeps_ledger(server: Any) -> None:
    user, token = await make_user(server.platform, email="leaver@example.com", phone="+60123456789")
    await gql(
        server,
        'mutation { createVehicle(input: {brand: "BYD", model: "Atto 3"}) { errors { code } } }',
        token=token,
    )
    async with server.platform.sessionmaker.begin() as s:
        await ledger.wallet_account(s, user.id)
    q = "mutation($p: String!) { deleteAccount(input: {password: $p}) { ok errors { code } } }"
    assert (await gql(server, q, {"p": "wrong-password"}, token=token))["deleteAccount"]["errors"][0][
        "code"
    ] == "INVALID_CREDENTIALS"
    assert (await gql(server, q, {"p": DEFAULT_PASSWORD}, token=token))["deleteAccount"] == {
        "ok": True,
        "errors": [],
    }
    async with server.platform.sessionmaker() as s:
        row = await s.get(User, user.id)
        assert row is not None
        assert row.email is None and row.phone is None and row.password_hash is None
        assert row.name == "Deleted user" and row.deleted_at is not None and row.disabled
        assert (await s.scalars(select(Vehicle).where(Vehicle.user_id == user.id))).all() == []
        tags = (await s.scalars(select(IdTag).where(IdTag.user_id == user.id))).all()
        assert tags and all(t.status == "Invalid" for t in tags)
        wallet = await s.scalar(select(LedgerAccount).where(LedgerAccount.user_id == user.id))
        assert wallet is not None  # ledger history stays, attached to the anonymised row
    assert "errors" in await server.graphql(ME, token=token)
    assert (await _login(server, "leaver@example.com"))["errors"][0]["code"] == "INVALID_CREDENTIALS"
    # The address is free again.
    await make_user(server.platform, email="leaver@example.com")
