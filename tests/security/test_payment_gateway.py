"""The sandbox payment gateway in production, attacked from outside a running `plagsini serve` process.

The sandbox credits wallets without real money. With ENVIRONMENT=production it is not served unless
PAYMENT_GATEWAY=sandbox is set on purpose, and then its pages need an admin's signed link. An
anonymous POST to a checkout's pay URL must never credit a wallet; the balance is read back through
GraphQL as the driver sees it.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

from tests.conftest import Node
from tests.helpers.auth import make_user

SECRET_KEY = "test-secret-key-" + "x" * 32
PRODUCTION = {"ENVIRONMENT": "production"}

TOPUP = """mutation($input: CreateTopUpInput!) { createTopUp(input: $input) {
  topUp { id status checkoutUrl } errors { code message } } }"""
WALLET = "{ wallet { balance { amount } } }"
METHODS = "{ paymentMethods { method provider sandbox } }"
LINK = """mutation($id: ID!) { createSandboxCheckoutLink(input: {topUpId: $id}) {
  url expiresAt errors { code message } } }"""


def gql(node: Node, query: str, variables: dict[str, Any] | None = None, token: str | None = None) -> Any:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    r = httpx.post(
        node.http_url + "/graphql",
        json={"query": query, "variables": variables or {}},
        headers=headers,
        timeout=30,
    )
    return r.json()


def users(tmp_path: Path, db_url: str) -> tuple[str, str, int]:
    """A driver's and an admin's access tokens on the node's database (signed with its SECRET_KEY),
    and the driver's id."""
    from plagsini.platform import Platform
    from plagsini.settings import load_settings

    async def run() -> tuple[str, str, int]:
        settings = load_settings(database_url=db_url, var_dir=tmp_path / "tokens", secret_key=SECRET_KEY)
        platform = Platform.create(settings)
        try:
            driver, driver_token = await make_user(platform)
            _, admin_token = await make_user(platform, role="admin")
            return driver_token, admin_token, driver.id
        finally:
            await platform.engine.dispose()

    return asyncio.run(run())


def balance(node: Node, token: str) -> str:
    r = gql(node, WALLET, token=token)
    assert "errors" not in r, r
    return str(r["data"]["wallet"]["balance"]["amount"])


def create_topup(node: Node, token: str, key: str) -> tuple[str, str]:
    """(top-up id, checkout path)."""
    r = gql(node, TOPUP, {"input": {"amount": "25", "method": "CARD", "idempotencyKey": key}}, token)
    top = r["data"]["createTopUp"]["topUp"]
    assert top is not None, r
    return top["id"], urlsplit(top["checkoutUrl"]).path


def test_production_serves_no_sandbox_and_an_anonymous_pay_credits_nothing(
    spawn_node: Callable[..., Node], tmp_path: Path
) -> None:
    db_url = f"sqlite+aiosqlite:///{tmp_path / 'nodes.db'}"
    # A top-up left pending while the platform ran in development (the sandbox in force)...
    dev = spawn_node()
    assert "payment gateway: sandbox" in dev.output()
    driver_token, _, _ = users(tmp_path, db_url)
    _, checkout = create_topup(dev, driver_token, "left-pending")
    dev.stop()

    # ...then the platform is deployed in production without choosing a gateway.
    node = spawn_node(**PRODUCTION)
    out = node.output()
    assert "payment gateway: none configured" in out, out
    assert "sandbox" not in out.split("payment gateway:", 1)[1].splitlines()[0]

    # The attacker, anonymous, presses Pay on the checkout (and tries the page and the webhook).
    with httpx.Client(base_url=node.http_url, timeout=30, follow_redirects=False) as web:
        assert web.post(f"{checkout}/pay").status_code == 404
        assert web.get(checkout).status_code == 404
        assert web.post("/payments/webhook/sandbox", content=b"{}").status_code == 404
    assert balance(node, driver_token) == "0.00"

    # Top-ups answer a typed error; there is no way to pay.
    r = gql(node, TOPUP, {"input": {"amount": "25", "method": "FPX", "idempotencyKey": "k"}}, driver_token)
    payload = r["data"]["createTopUp"]
    assert payload["topUp"] is None
    assert [e["code"] for e in payload["errors"]] == ["PAYMENT_GATEWAY_NOT_CONFIGURED"], payload
    assert "no payment gateway configured" in payload["errors"][0]["message"].lower()
    assert gql(node, METHODS, token=driver_token)["data"]["paymentMethods"] == []


def test_sandbox_in_production_on_purpose_needs_an_admin_link(
    spawn_node: Callable[..., Node], tmp_path: Path
) -> None:
    from domain.payments import sandbox_admin_token

    db_url = f"sqlite+aiosqlite:///{tmp_path / 'nodes.db'}"
    node = spawn_node(**PRODUCTION, PAYMENT_GATEWAY="sandbox")
    out = node.output()
    assert "payment gateway: sandbox" in out and "WARNING" in out and "production" in out, out
    driver_token, admin_token, driver_id = users(tmp_path, db_url)
    top_id, checkout = create_topup(node, driver_token, "on-purpose")
    reference = checkout.rsplit("/", 1)[1]

    with httpx.Client(base_url=node.http_url, timeout=30, follow_redirects=False) as web:
        # Anonymous: neither the page nor its buttons.
        assert web.get(checkout).status_code == 403
        assert web.post(f"{checkout}/pay").status_code == 403
        # The driver's bearer token is not an admin session, nor is a link forged or stolen.
        bearer = {"Authorization": f"Bearer {driver_token}"}
        assert web.post(f"{checkout}/pay", headers=bearer).status_code == 403
        expires = int(time.time()) + 300
        as_driver = sandbox_admin_token(SECRET_KEY, reference, driver_id, expires)
        assert web.post(f"{checkout}/pay", params={"admin": as_driver}).status_code == 403
        assert web.post(f"{checkout}/pay", params={"admin": f"1.{expires}.{'0' * 64}"}).status_code == 403
        expired = sandbox_admin_token(SECRET_KEY, reference, 1, int(time.time()) - 1)
        assert web.post(f"{checkout}/pay", params={"admin": expired}).status_code == 403
        assert balance(node, driver_token) == "0.00"

        # A driver cannot get a link; an admin can, and it opens this checkout only.
        denied = gql(node, LINK, {"id": top_id}, driver_token)["data"]["createSandboxCheckoutLink"]
        assert denied["url"] is None and denied["errors"][0]["code"] == "FORBIDDEN", denied
        link = gql(node, LINK, {"id": top_id}, admin_token)["data"]["createSandboxCheckoutLink"]
        assert link["errors"] == [] and link["url"], link
        url = urlsplit(link["url"])
        token = url.query.removeprefix("admin=")
        other_id, other_checkout = create_topup(node, driver_token, "other")
        assert web.post(f"{other_checkout}/pay", params={"admin": token}).status_code == 403

        page = web.get(url.path, params={"admin": token})
        assert page.status_code == 200 and 'id="pay"' in page.text and "SANDBOX" in page.text
        assert page.headers["cache-control"] == "no-store"
        paid = web.post(f"{checkout}/pay", params={"admin": token})
        assert paid.status_code == 200 and 'id="status">succeeded<' in paid.text
    assert balance(node, driver_token) == "25.00"


def test_development_keeps_the_sandbox_open(spawn_node: Callable[..., Node], tmp_path: Path) -> None:
    db_url = f"sqlite+aiosqlite:///{tmp_path / 'nodes.db'}"
    node = spawn_node()
    out = node.output()
    assert "payment gateway: sandbox" in out and "WARNING" not in out, out
    driver_token, _, _ = users(tmp_path, db_url)
    _, checkout = create_topup(node, driver_token, "dev")
    with httpx.Client(base_url=node.http_url, timeout=30, follow_redirects=False) as web:
        assert web.get(checkout).status_code == 200
        assert web.post(f"{checkout}/pay").status_code == 200
    assert balance(node, driver_token) == "25.00"


def test_a_bad_payment_gateway_stops_start_up(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    env = {**os.environ, "PAYMENT_GATEWAY": "paypal", "VAR_DIR": str(tmp_path / "var")}
    done = subprocess.run(
        [sys.executable, "-m", "plagsini", "serve"], cwd=ROOT, env=env, capture_output=True, timeout=60
    )
    assert done.returncode == 2
    lines = done.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("plagsini: configuration error: PAYMENT_GATEWAY"), lines


def test_gateway_in_force_per_environment() -> None:
    from plagsini.settings import load_settings

    pw = "a-long-admin-password"
    assert load_settings().active_payment_gateway == "sandbox"
    assert load_settings(environment="production", admin_password=pw).active_payment_gateway is None
    chosen = load_settings(environment="production", admin_password=pw, payment_gateway="sandbox")
    assert chosen.active_payment_gateway == "sandbox"
    assert load_settings(payment_gateway="none").active_payment_gateway is None
