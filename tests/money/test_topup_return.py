"""Top-up return URL: the sandbox checkout sends the driver back to the app after Pay or Fail, only
ever to one of the platform's own origins (PUBLIC_URL, CORS_ORIGINS), without changing idempotency."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from domain import ledger, payments
from domain.errors import InvalidInput
from tests.helpers.auth import make_user
from tests.money.conftest import create_user

SETTINGS = SimpleNamespace(
    public_url="https://plagsini.example/", cors_origins="http://localhost:5173, https://app.plagsini.my"
)

TOPUP = """mutation($input: CreateTopUpInput!) { createTopUp(input: $input) {
  topUp { id status checkoutUrl } errors { __typename code message field } } }"""
TOPUP_STATUS = """query($id: ID!) { topUp(id: $id) { id status } }"""
WALLET = """{ wallet { balance { amount } } }"""


@pytest.mark.parametrize(
    "url",
    [
        "https://plagsini.example/wallet/return",
        "https://PLAGSINI.example:443/wallet/return?from=app#top",
        "http://localhost:5173/wallet/return",
        "https://app.plagsini.my/",
    ],
)
def test_own_origins_are_accepted(url: str) -> None:
    assert payments.validate_return_url(SETTINGS, url) == url


@pytest.mark.parametrize(
    "url",
    [
        "https://evil.example/wallet/return",
        "https://plagsini.example.evil.example/wallet/return",
        "https://plagsini.example@evil.example/wallet/return",
        "https://user:pw@plagsini.example/wallet/return",
        "http://plagsini.example/wallet/return",  # scheme is part of the origin
        "https://plagsini.example:8443/wallet/return",  # so is the port
        "http://localhost:5174/wallet/return",
        "//evil.example/wallet/return",
        "/wallet/return",
        "javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "https://plagsini.example\\@evil.example/",
        "https://plagsini.example/wallet/return\r\nLocation: https://evil.example/",
        "https://plagsini.example/" + "a" * 1100,
        "https://plagsini.example:99999/",
    ],
)
def test_foreign_or_malformed_urls_are_invalid_input(url: str) -> None:
    with pytest.raises(InvalidInput) as e:
        payments.validate_return_url(SETTINGS, url)
    assert e.value.code == "INVALID_INPUT" and e.value.field == "return_url"


def test_no_return_url_is_none() -> None:
    assert payments.validate_return_url(SETTINGS, None) is None
    assert payments.validate_return_url(SETTINGS, "  ") is None


def test_redirect_keeps_the_query_and_sets_the_outcome() -> None:
    url = payments.return_redirect(
        "https://a.example/wallet/return?x=1&status=old#f", "VG9wVXA6MQ==", "failed"
    )
    parts = urlsplit(url)
    assert (parts.scheme, parts.netloc, parts.path, parts.fragment) == (
        "https",
        "a.example",
        "/wallet/return",
        "f",
    )
    assert parse_qs(parts.query) == {"x": ["1"], "topUp": ["VG9wVXA6MQ=="], "status": ["failed"]}


async def test_stored_on_the_payment_and_idempotency_unaffected(money_platform: Any) -> None:
    user_id = await create_user(money_platform.sessionmaker)
    back = "http://localhost:8000/wallet/return"  # the default PUBLIC_URL's origin
    made = await asyncio.gather(
        *(
            payments.create_topup(
                money_platform,
                user_id=user_id,
                amount_sen=3000,
                method="card",
                idempotency_key="ret",
                return_url=back,
            )
            for _ in range(10)
        )
    )
    assert len({p.id for p in made}) == 1 and made[0].return_url == back
    # A retry with the same key (even with another or no return URL) is the same top-up, unchanged.
    again = await payments.create_topup(
        money_platform, user_id=user_id, amount_sen=3000, method="card", idempotency_key="ret"
    )
    assert again.id == made[0].id and again.return_url == back
    # A foreign URL is refused before anything is written, even with a known key.
    with pytest.raises(InvalidInput):
        await payments.create_topup(
            money_platform,
            user_id=user_id,
            amount_sen=3000,
            method="card",
            idempotency_key="ret2",
            return_url="https://evil.example/",
        )
    async with money_platform.sessionmaker() as s:
        assert await payments._find(s, user_id, "ret2") is None
    outcomes = await asyncio.gather(
        *(
            payments.sandbox_complete(money_platform, made[0].provider_reference or "", "paid")
            for _ in range(5)
        )
    )
    assert [o.status for o in outcomes].count("credited") == 1
    async with money_platform.sessionmaker() as s:
        assert await ledger.wallet_balance(s, user_id) == 3000
        assert (await ledger.check_ledger(s)).ok


# ------------------------------------------------------------------------- GraphQL and the checkout


async def test_graphql_foreign_return_url_is_a_typed_error(server_factory: Any) -> None:
    server = await server_factory(public_url="http://127.0.0.1:1", cors_origins="https://app.plagsini.my")
    _, token = await make_user(server.platform)
    r = await server.graphql(
        TOPUP,
        {
            "input": {
                "amount": "20",
                "method": "FPX",
                "idempotencyKey": "k",
                "returnUrl": "https://evil.example/wallet/return",
            }
        },
        token=token,
    )
    payload = r["data"]["createTopUp"]
    assert payload["topUp"] is None
    assert [(e["code"], e["field"]) for e in payload["errors"]] == [("INVALID_INPUT", "returnUrl")], payload
    ok = await server.graphql(
        TOPUP,
        {
            "input": {
                "amount": "20",
                "method": "FPX",
                "idempotencyKey": "k2",
                "returnUrl": "https://app.plagsini.my/wallet/return",
            }
        },
        token=token,
    )
    assert (
        ok["data"]["createTopUp"]["errors"] == []
        and ok["data"]["createTopUp"]["topUp"]["status"] == "PENDING"
    )


async def _checkout_path(server: Any, token: str, key: str, return_url: str | None) -> tuple[str, str]:
    given: dict[str, Any] = {"amount": "25", "method": "CARD", "idempotencyKey": key}
    if return_url is not None:
        given["returnUrl"] = return_url
    r = await server.graphql(TOPUP, {"input": given}, token=token)
    top = r["data"]["createTopUp"]["topUp"]
    assert top is not None, r
    return top["id"], urlsplit(top["checkoutUrl"]).path


@pytest.mark.parametrize(("button", "status"), [("pay", "succeeded"), ("fail", "failed")])
async def test_checkout_redirects_back_after_pay_or_fail(
    server_factory: Any, button: str, status: str
) -> None:
    server = await server_factory()
    _, token = await make_user(server.platform)
    back = f"{server.platform.settings.public_url.rstrip('/')}/wallet/return"
    top_id, path = await _checkout_path(server, token, f"k-{button}", back)
    page = await server.http.get(path)
    assert page.status_code == 200 and "SANDBOX" in page.text and 'id="pay"' in page.text
    done = await server.http.post(f"{path}/{button}")
    assert done.status_code == 303
    location = urlsplit(done.headers["location"])
    assert f"{location.scheme}://{location.netloc}{location.path}" == back
    assert parse_qs(location.query) == {"topUp": [top_id], "status": [status]}
    # The id in the redirect is the one the app queries.
    seen = await server.graphql(TOPUP_STATUS, {"id": top_id}, token=token)
    assert seen["data"]["topUp"]["status"] == status.upper()
    # The checkout page, opened again, offers the way back instead of the buttons.
    again = await server.http.get(path)
    assert 'id="pay"' not in again.text and 'id="return"' in again.text
    # Pressing a button again (a double submit) redirects again and changes nothing.
    twice = await server.http.post(f"{path}/pay")
    assert twice.status_code == 303 and parse_qs(urlsplit(twice.headers["location"]).query)["status"] == [
        status
    ]
    wallet = await server.graphql(WALLET, token=token)
    assert wallet["data"]["wallet"]["balance"]["amount"] == ("25.00" if button == "pay" else "0.00")


async def test_checkout_without_return_url_shows_the_result(server_factory: Any) -> None:
    server = await server_factory()
    _, token = await make_user(server.platform)
    top_id, path = await _checkout_path(server, token, "plain", None)
    done = await server.http.post(f"{path}/pay")
    assert (
        done.status_code == 200 and 'id="status">succeeded<' in done.text and 'id="return"' not in done.text
    )
    assert (await server.graphql(TOPUP_STATUS, {"id": top_id}, token=token))["data"]["topUp"]["status"] == (
        "SUCCEEDED"
    )
