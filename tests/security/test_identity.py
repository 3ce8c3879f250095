# ruff: noqa: E501 - GraphQL documents read best on one line
"""Identity attacks against a running node (`plagsini serve` in its own process), on SQLite and on
MariaDB (migrated with `plagsini migrate`, as an operator does), mailing through a real SMTP sink.

- a look-alike address (`dáve@` for the victim `dave@`) gets no reset code for the victim's
  account and cannot change the victim's password; an admin's search tells the two apart;
- accented, decomposed and upper-case spellings of an address do not get around the per-account
  sign-in limit;
- asking for a registration code answers the same for a known and an unknown address;
- common/breached, short, too long and email-equal passwords are refused with a typed error
  naming the rule, on registration, password change, reset and admin creation, and a weak
  ADMIN_PASSWORD stops start-up with one line.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
import unicodedata
from collections.abc import AsyncIterator, Callable
from email.message import Message
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.accounts.conftest import text_part
from tests.conftest import ROOT, TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD, Node, SmtpSink
from tests.services import free_port

VICTIM = "dave@example.test"
VICTIM_PASSWORD = "violet-kettle-harbour-91"
LOOK_ALIKE = "dáve@example.test"  # a-acute: equal to "dave" under MariaDB's default collation
PER_ACCOUNT = 5

REQUEST_CODE = "mutation($email: String!) { requestEmailCode(input: {email: $email}) { sent errors { __typename code message field } } }"
VERIFY_CODE = "mutation($email: String!, $code: String!) { verifyEmailCode(input: {email: $email, code: $code}) { verificationToken errors { __typename code } } }"
REGISTER = "mutation($input: RegisterInput!) { register(input: $input) { user { id email } tokens { accessToken } errors { __typename code message field } } }"
REGISTER_RULE = "mutation($input: RegisterInput!) { register(input: $input) { user { id email } tokens { accessToken } errors { __typename code message field ... on WeakPasswordError { rule } } } }"
LOGIN = "mutation($email: String!, $password: String!) { login(input: {email: $email, password: $password}) { user { id email } tokens { accessToken } errors { __typename code } } }"
REQUEST_RESET = "mutation($email: String!) { requestPasswordReset(input: {email: $email}) { ok errors { __typename code } } }"
RESET = "mutation($email: String!, $code: String!, $pw: String!) { resetPassword(input: {email: $email, code: $code, newPassword: $pw}) { ok errors { __typename code message field } } }"
RESET_RULE = "mutation($email: String!, $code: String!, $pw: String!) { resetPassword(input: {email: $email, code: $code, newPassword: $pw}) { ok errors { __typename code message field ... on WeakPasswordError { rule } } } }"
CHANGE = "mutation($cur: String!, $new: String!) { changePassword(input: {currentPassword: $cur, newPassword: $new}) { tokens { accessToken } errors { __typename code field ... on WeakPasswordError { rule } } } }"
ADMIN_CREATE = "mutation($input: AdminCreateUserInput!) { adminCreateUser(input: $input) { user { id email } errors { __typename code field } } }"
ADMIN_CREATE_RULE = "mutation($input: AdminCreateUserInput!) { adminCreateUser(input: $input) { user { id email } errors { __typename code field ... on WeakPasswordError { rule } } } }"
SEARCH = "query($q: String!) { users(search: $q, first: 50) { edges { node { email } } } }"


# ---------------------------------------------------------------------------------------- fixtures


@pytest.fixture(params=["sqlite", pytest.param("mariadb", marks=pytest.mark.mariadb)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite+aiosqlite:///{tmp_path / 'identity.db'}"
    # A MySQL/MariaDB database is migrated before nodes start (`plagsini migrate`, run by the
    # deployment tests); here a copy of the session's migrated template.
    return str(request.getfixturevalue("migrated_mariadb_url"))


class Api:
    """What a client of the node does: GraphQL over HTTP, and reading its mailbox."""

    def __init__(self, node: Node, smtp: SmtpSink) -> None:
        self.node = node
        self.smtp = smtp
        self.http = httpx.AsyncClient(base_url=node.http_url, timeout=30)

    async def raw(self, query: str, variables: dict[str, Any], token: str | None = None) -> dict[str, Any]:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        r = await self.http.post("/graphql", json={"query": query, "variables": variables}, headers=headers)
        return dict(r.json())

    async def op(self, query: str, variables: dict[str, Any], token: str | None = None) -> dict[str, Any]:
        """The single root field's payload; the operation must not fail at the GraphQL level."""
        result = await self.raw(query, variables, token)
        assert not result.get("errors"), result
        (payload,) = result["data"].values()
        return dict(payload)

    def mark(self) -> int:
        return len(self.smtp.messages)

    async def mail_to(self, address: str, after: int, timeout: float = 15.0) -> Message:  # noqa: ASYNC109
        """The first mail after `after` whose envelope recipient is exactly `address`."""
        import asyncio

        earlier = {id(m) for m in self.smtp.messages[:after]}

        def match(m: Message) -> bool:
            return id(m) not in earlier and envelope(m) == [address]

        return await asyncio.to_thread(self.smtp._wait, match, timeout)

    async def code(self, address: str, after: int) -> str:
        found = re.search(r"\b(\d{6})\b", text_part(await self.mail_to(address, after)))
        assert found, "no code in the mail"
        return found.group(1)

    async def verification_token(self, email: str) -> str:
        mark = self.mark()
        assert (await self.op(REQUEST_CODE, {"email": email}))["errors"] == []
        code = await self.code(email, mark)
        payload = await self.op(VERIFY_CODE, {"email": email, "code": code})
        assert payload["errors"] == [], payload
        return str(payload["verificationToken"])

    async def register(
        self, email: str, password: str, token: str | None = None, query: str = REGISTER
    ) -> dict[str, Any]:
        token = token or await self.verification_token(email)
        return await self.op(
            query,
            {"input": {"email": email, "password": password, "name": "Test", "verificationToken": token}},
        )

    async def login(self, email: str, password: str) -> dict[str, Any]:
        return await self.op(LOGIN, {"email": email, "password": password})

    async def settle(self, after: int) -> None:
        """Mail sent before now has been handed to the sink: a fresh registration code, asked for
        last, has arrived (codes are mailed in the background, in order of the requests)."""
        sentinel = f"sentinel-{time.monotonic_ns()}@example.test"
        assert (await self.op(REQUEST_CODE, {"email": sentinel}))["errors"] == []
        await self.mail_to(sentinel, after)


def envelope(m: Message) -> list[str]:
    return [a.strip() for a in str(m.get("X-Envelope-To", "")).split(",") if a.strip()]


@pytest.fixture
async def api(
    spawn_node: Callable[..., Node], smtp_server: SmtpSink, database_url: str
) -> AsyncIterator[Api]:
    node = spawn_node(
        DATABASE_URL=database_url,
        SMTP_HOST=smtp_server.host,
        SMTP_PORT=str(smtp_server.port),
        SMTP_TLS="none",
        LOGIN_ATTEMPTS_PER_ACCOUNT=str(PER_ACCOUNT),
    )
    client = Api(node, smtp_server)
    try:
        yield client
    finally:
        await client.http.aclose()


async def _victim(api: Api) -> dict[str, Any]:
    registered = await api.register(VICTIM, VICTIM_PASSWORD)
    assert registered["errors"] == [] and registered["user"]["email"] == VICTIM, registered
    return dict(registered["user"])


# ----------------------------------------------------------------------------------------- attacks


async def test_look_alike_address_cannot_reset_the_victims_password(api: Api) -> None:
    victim = await _victim(api)
    stolen_password = "attacker-owns-this-now-7"

    # The attacker, who receives mail for dáve@example.test, asks for a reset of "their" account.
    mark = api.mark()
    assert await api.op(REQUEST_RESET, {"email": LOOK_ALIKE}) == {"ok": True, "errors": []}
    await api.settle(mark)
    leaked = [m for m in api.smtp.messages[mark:] if envelope(m) != [] and "sentinel-" not in envelope(m)[0]]
    if leaked:
        # Finish the attack the way the attacker would, with the code from their mailbox.
        found = re.search(r"\b(\d{6})\b", text_part(leaked[0]))
        assert found
        await api.op(RESET, {"email": LOOK_ALIKE, "code": found.group(1), "pw": stolen_password})

    # The victim's password is unchanged; the attacker's does not open the victim's account.
    assert (await api.login(VICTIM, stolen_password))["user"] is None, (
        "the look-alike reset the victim's password"
    )
    assert (await api.login(LOOK_ALIKE, stolen_password))["user"] is None
    assert (await api.login(VICTIM, VICTIM_PASSWORD))["user"] == victim
    assert leaked == [], f"a reset mail went to {[envelope(m) for m in leaked]}"

    # The victim's own reset (typed in another case) mails the stored address and works.
    mark = api.mark()
    assert await api.op(REQUEST_RESET, {"email": "Dave@EXAMPLE.test"}) == {"ok": True, "errors": []}
    code = await api.code(VICTIM, mark)
    assert await api.op(RESET, {"email": VICTIM, "code": code, "pw": "copper-lantern-meadow-4"}) == {
        "ok": True,
        "errors": [],
    }
    assert (await api.login(VICTIM, "copper-lantern-meadow-4"))["user"] == victim

    # The look-alike is an address of its own: it can register its own, separate account, and an
    # admin's search tells the two apart.
    other = await api.register(LOOK_ALIKE, "granite-puffin-orchard-2")
    assert other["errors"] == [] and other["user"]["email"] == LOOK_ALIKE, other
    assert other["user"]["id"] != victim["id"]
    admin_token = (await api.login(TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD))["tokens"]["accessToken"]
    for query, expected in (("dave@", [VICTIM]), ("dáve@", [LOOK_ALIKE]), ("DÁVE", [LOOK_ALIKE])):
        listed = await api.raw(SEARCH, {"q": query}, token=admin_token)
        assert [e["node"]["email"] for e in listed["data"]["users"]["edges"]] == expected, (query, listed)


async def test_other_spellings_do_not_get_around_the_per_account_limit(api: Api) -> None:
    victim = await _victim(api)
    # The attacker uses up the victim's sign-in attempts...
    codes = [(await api.login(VICTIM, f"guess-number-{i}"))["errors"][0]["code"] for i in range(PER_ACCOUNT)]
    assert codes == ["INVALID_CREDENTIALS"] * PER_ACCOUNT
    assert (await api.login(VICTIM, VICTIM_PASSWORD))["errors"][0]["code"] == "RATE_LIMITED"
    # ...then goes on with other spellings of the address (here with the right password: the
    # worst case). None of them signs in to the victim's account.
    spellings = [
        LOOK_ALIKE,
        unicodedata.normalize("NFD", LOOK_ALIKE),
        "DÁVE@EXAMPLE.TEST",
        "dâve@example.test",
        "dãve@example.test",
        "Dave@Example.Test",
        " dave@example.test ",
    ]
    for spelling in spellings:
        answer = await api.login(spelling, VICTIM_PASSWORD)
        assert answer["user"] is None and answer["tokens"] is None, (spelling, answer, victim)
        code = answer["errors"][0]["code"]
        # Spellings of the same address count against the same (spent) budget; others are not it.
        same = unicodedata.normalize("NFC", spelling.strip().lower()) == VICTIM
        assert code == ("RATE_LIMITED" if same else "INVALID_CREDENTIALS"), (spelling, answer)


async def test_registration_code_answers_alike_for_known_and_unknown_addresses(api: Api) -> None:
    # The known address got its account from an admin (no code was asked for it lately).
    admin_token = (await api.login(TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD))["tokens"]["accessToken"]
    known = {"email": VICTIM, "name": "Dave", "role": "DRIVER", "password": VICTIM_PASSWORD}
    assert (await api.op(ADMIN_CREATE, {"input": known}, token=admin_token))["errors"] == []
    unknown = "nobody-yet@example.test"
    mark = api.mark()
    known_answer = await api.raw(REQUEST_CODE, {"email": VICTIM})
    unknown_answer = await api.raw(REQUEST_CODE, {"email": unknown})
    assert known_answer == unknown_answer == {"data": {"requestEmailCode": {"sent": True, "errors": []}}}

    # The mail says what applies: the known address is told it has an account (and gets no code).
    known_mail = text_part(await api.mail_to(VICTIM, mark))
    assert "already have" in known_mail and "sign in" in known_mail and "reset your password" in known_mail
    assert not re.search(r"\b\d{6}\b", known_mail)
    assert re.search(r"\b\d{6}\b", text_part(await api.mail_to(unknown, mark)))

    # Asking again at once is refused alike.
    again = [await api.op(REQUEST_CODE, {"email": e}) for e in (VICTIM, unknown)]
    assert [[x["code"] for x in a["errors"]] for a in again] == [["RATE_LIMITED"], ["RATE_LIMITED"]]


async def test_weak_passwords_are_refused_with_the_rule(api: Api) -> None:
    email = "carolina.smith@example.test"
    token = await api.verification_token(email)
    refused = {
        "short7!": "TOO_SHORT",
        "password1": "COMMON",
        "Qwertyuiop": "COMMON",
        "carolina.smith": "MATCHES_EMAIL",
        "Carolina.Smith@Example.Test": "MATCHES_EMAIL",
        "abababababab": "REPETITIVE",
        "x1" * 200: "TOO_LONG",
    }
    for password, rule in refused.items():
        payload = await api.register(email, password, token, query=REGISTER_RULE)
        assert payload["user"] is None, (password, payload)
        (error,) = payload["errors"]
        assert (error["__typename"], error["code"], error["field"], error["rule"]) == (
            "WeakPasswordError",
            "WEAK_PASSWORD",
            "password",
            rule,
        ), (password, error)
    registered = await api.register(email, "sea-glass-quarry-lamp", token)
    assert registered["errors"] == [], registered
    access = registered["tokens"]["accessToken"]

    # Changing to a breached password is refused, and so is a reset to one.
    changed = await api.op(CHANGE, {"cur": "sea-glass-quarry-lamp", "new": "baseball1"}, token=access)
    assert [(e["code"], e["field"], e["rule"]) for e in changed["errors"]] == [
        ("WEAK_PASSWORD", "newPassword", "COMMON")
    ]
    mark = api.mark()
    assert (await api.op(REQUEST_RESET, {"email": email}))["ok"] is True
    code = await api.code(email, mark)
    reset = await api.op(RESET_RULE, {"email": email, "code": code, "pw": "trustno1"})
    assert [(e["code"], e["rule"]) for e in reset["errors"]] == [("WEAK_PASSWORD", "COMMON")]
    assert (await api.op(RESET_RULE, {"email": email, "code": code, "pw": "moss-harbor-violin-8"}))[
        "ok"
    ] is True
    assert (await api.login(email, "moss-harbor-violin-8"))["user"]["email"] == email

    # An admin account needs 12 characters; a driver's 11 are enough.
    admin_token = (await api.login(TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD))["tokens"]["accessToken"]
    as_admin = {"email": "new-admin@example.test", "name": "New", "role": "ADMIN", "password": "tulip-amber"}
    created = await api.op(ADMIN_CREATE_RULE, {"input": as_admin}, token=admin_token)
    assert [(e["code"], e["rule"]) for e in created["errors"]] == [("WEAK_PASSWORD", "TOO_SHORT")]
    created = await api.op(
        ADMIN_CREATE_RULE, {"input": {**as_admin, "password": "password1234"}}, token=admin_token
    )
    assert [(e["code"], e["rule"]) for e in created["errors"]] == [("WEAK_PASSWORD", "COMMON")]
    as_driver = {**as_admin, "email": "new-driver@example.test", "role": "DRIVER", "password": "tulip-amber"}
    created = await api.op(ADMIN_CREATE_RULE, {"input": as_driver}, token=admin_token)
    assert created["errors"] == [] and created["user"]["email"] == "new-driver@example.test"


@pytest.mark.parametrize(
    "password, rule",
    [("admin-pass1", "TOO_SHORT"), ("password1234", "COMMON"), ("first@plagsini.test", "MATCHES_EMAIL")],
)
def test_weak_admin_password_stops_start_up_with_one_line(tmp_path: Path, password: str, rule: str) -> None:
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'weak.db'}",
        "VAR_DIR": str(tmp_path / "var"),
        "HTTP_HOST": "127.0.0.1",
        "HTTP_PORT": str(free_port()),
        "OCPP_HOST": "127.0.0.1",
        "OCPP_PORT": str(free_port()),
        "ADMIN_EMAIL": "first@plagsini.test",
        "ADMIN_PASSWORD": password,
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "plagsini", "serve"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    try:
        while proc.poll() is None:
            try:
                started = httpx.get(f"http://127.0.0.1:{env['HTTP_PORT']}/healthz", timeout=1).status_code
            except httpx.HTTPError:
                started = 0
            assert started != 200, f"the node started with ADMIN_PASSWORD={password!r}"
            assert time.monotonic() < deadline, "the node neither started nor stopped"
            time.sleep(0.1)
    finally:
        if proc.poll() is None:
            proc.kill()
        out, err = proc.communicate(timeout=15)
    assert proc.returncode == 2
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("plagsini: configuration error: ADMIN_PASSWORD"), err
    assert rule in lines[0] and password not in lines[0]
