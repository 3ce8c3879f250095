# ruff: noqa: E501 - GraphQL documents and page expressions read best on one line
"""GraphiQL on /graphql and the API keys page's examples, in Chromium.

GraphiQL runs with the browser cut off from every host but the platform.

The page, its scripts and styles come from the node itself (built with the console): a query with
an API key in the headers editor, the docs explorer (introspection), and a live subscription over
graphql-transport-ws. Every request to another host is aborted and recorded; there must be none.
Screenshots in test-artifacts/admin/graphiql-*.png.
"""

from __future__ import annotations

import asyncio
import json
import shutil
from asyncio.subprocess import PIPE
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from plagsini.platform import Platform
from plagsini.settings import load_settings
from tests.conftest import ROOT, TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD, Node
from tests.e2e.admin.conftest import Console
from tests.e2e.admin.test_admin_spa import login
from tests.helpers.browser import wait_for_function
from tests.ocpp.conftest import connect, register
from tests.services import free_port

LOGIN = "mutation($e: String!, $p: String!) { login(input: {email: $e, password: $p}) { tokens { accessToken } } }"
CREATE_KEY = "mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret errors { message } } }"
QUERY = "{ platform { name } me { email } }"
SUBSCRIPTION = "subscription Live { dashboardStats { chargersTotal timestamp } }"

# GraphiQL's editors are CodeMirror 5 instances; the page's own CodeMirror object sets their text.
SET_EDITOR = "([selector, text]) => document.querySelector(selector).CodeMirror.setValue(text)"
RESPONSE = "document.querySelector('.graphiql-response .CodeMirror').CodeMirror.getValue()"
QUERY_EDITOR = ".graphiql-query-editor .CodeMirror"
# The tools pane holds the variables and the headers editors; the one shown is not `.hidden`.
HEADERS_EDITOR = ".graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror"


def _api_key(node: Node) -> str:
    with httpx.Client(base_url=node.http_url, timeout=15) as http:
        login = http.post(
            "/graphql", json={"query": LOGIN, "variables": {"e": TEST_ADMIN_EMAIL, "p": TEST_ADMIN_PASSWORD}}
        )
        token = login.json()["data"]["login"]["tokens"]["accessToken"]
        created = http.post(
            "/graphql",
            json={"query": CREATE_KEY, "variables": {"i": {"name": "GraphiQL test", "scope": "READ"}}},
            headers={"Authorization": f"Bearer {token}"},
        ).json()["data"]["createApiKey"]
        assert not created["errors"], created
        return str(created["secret"])


async def test_graphiql_runs_from_the_platform_alone(
    spawn_node: Callable[..., Node], browser: Any, artifacts: Path
) -> None:
    node = spawn_node(DASHBOARD_STATS_INTERVAL="0.5")
    key = _api_key(node)
    own = urlsplit(node.http_url).netloc
    elsewhere: list[str] = []

    async def only_the_platform(route: Any) -> None:
        if urlsplit(route.request.url).netloc == own:
            await route.continue_()
        else:
            elsewhere.append(route.request.url)
            await route.abort("internetdisconnected")

    ctx = await browser.new_context(viewport={"width": 1366, "height": 768})
    await ctx.route("**/*", only_the_platform)
    page = await ctx.new_page()
    console = Console(page)
    sent_frames: list[dict[str, Any]] = []
    sockets: list[str] = []

    def on_socket(ws: Any) -> None:
        sockets.append(ws.url)
        ws.on("framesent", lambda payload: sent_frames.append(json.loads(payload)))

    page.on("websocket", on_socket)

    await page.goto(node.http_url + "/graphql")
    await page.wait_for_selector(".graphiql-container .graphiql-query-editor .CodeMirror", timeout=30000)
    # The headers editor is open and names the API-key header.
    headers_text = await page.evaluate(
        "(s) => document.querySelector(s).CodeMirror.getValue()", HEADERS_EDITOR
    )
    assert '"Authorization": "Bearer ' in headers_text
    await page.screenshot(path=str(artifacts / "graphiql-start.png"))

    # A query with the API key: `me` is the key's owner.
    await page.evaluate(SET_EDITOR, [HEADERS_EDITOR, json.dumps({"Authorization": f"Bearer {key}"})])
    await page.evaluate(SET_EDITOR, [QUERY_EDITOR, QUERY])
    await page.click(".graphiql-execute-button")
    await wait_for_function(page, f"{RESPONSE}.includes({json.dumps(TEST_ADMIN_EMAIL)})")
    result = json.loads(await page.evaluate(RESPONSE))
    assert result["data"] == {"platform": {"name": "PlagSini"}, "me": {"email": TEST_ADMIN_EMAIL}}

    # The docs explorer, from introspection.
    await page.click("[aria-label='Show Documentation Explorer']")
    await page.wait_for_selector(".graphiql-doc-explorer >> text=Root Types")
    await page.click(".graphiql-doc-explorer a:has-text('Query')")
    await page.wait_for_selector(".graphiql-doc-explorer >> text=chargers")
    await page.screenshot(path=str(artifacts / "graphiql-docs.png"))

    # A subscription over graphql-transport-ws: values keep coming (a new timestamp each time).
    await page.evaluate(SET_EDITOR, [QUERY_EDITOR, SUBSCRIPTION])
    await page.click(".graphiql-execute-button")
    await wait_for_function(page, f"{RESPONSE}.includes('dashboardStats')")
    response = json.loads(await page.evaluate(RESPONSE))
    assert response.get("data"), (response, sockets, sent_frames)
    first = response["data"]["dashboardStats"]["timestamp"]
    await wait_for_function(
        page,
        f"(() => {{ try {{ return JSON.parse({RESPONSE}).data.dashboardStats.timestamp !== {json.dumps(first)}; }} catch {{ return false; }} }})()",
        timeout=15000,
    )
    await page.screenshot(path=str(artifacts / "graphiql-subscription.png"))
    assert sockets == [f"ws://{own}/graphql"], sockets
    init = next(f for f in sent_frames if f.get("type") == "connection_init")
    assert init["payload"] == {"authorization": f"Bearer {key}"}
    assert any(
        f.get("type") == "subscribe" and "dashboardStats" in f["payload"]["query"] for f in sent_frames
    )

    assert elsewhere == [], f"the page asked other hosts: {elsewhere}"
    assert [e for e in console.errors if "favicon" not in e] == []
    await ctx.close()


async def test_api_keys_page_shows_working_examples_for_the_new_key(
    spawn_node: Callable[..., Node], browser: Any, artifacts: Path, tmp_path: Path
) -> None:
    """The API keys page shows a curl command and a subscription for the platform's own URL with
    the key just created; the curl command, run as shown, answers with the chargers, and the
    subscription, run as shown, prints a charger's status change."""
    curl = shutil.which("curl")
    if curl is None:
        pytest.skip("curl is not installed")
    port = free_port()
    public = f"http://127.0.0.1:{port}"
    node = spawn_node(HTTP_PORT=str(port), PUBLIC_URL=public)
    page = await (await browser.new_context(viewport={"width": 1366, "height": 768})).new_page()
    console = Console(page)
    await login(page, public)
    await page.goto(public + "/admin/api")
    placeholder = await page.locator("[data-testid=curl-example]").inner_text()
    assert f"curl {public}/graphql" in placeholder and "<your API key>" in placeholder

    await page.fill("input[name=name]", "Integrator")
    await page.click("button[type=submit]")
    secret = (await page.locator("[data-testid=api-key]").inner_text()).strip()
    assert secret.startswith("psk_")
    command = await page.locator("[data-testid=curl-example]").inner_text()
    subscription = await page.locator("[data-testid=subscription-example]").inner_text()
    assert f"Bearer {secret}" in command
    assert f'url: "ws://127.0.0.1:{port}/graphql"' in subscription and f'"Bearer {secret}"' in subscription
    await page.locator("[data-testid=api-usage]").screenshot(path=str(artifacts / "api-keys-examples.png"))

    # The command exactly as shown (its quoting included), run by a shell.
    proc = await asyncio.create_subprocess_exec(
        "bash", "-c", command.replace("curl ", f"{curl} -sS ", 1), stdout=PIPE, stderr=PIPE
    )
    stdout, stderr = await asyncio.wait_for(proc.communicate(), 30)
    assert proc.returncode == 0, stderr
    assert json.loads(stdout) == {"data": {"chargers": {"nodes": []}}}
    assert node.http_url == public and console.errors == []
    await _run_subscription_example(subscription, node, tmp_path)


async def _run_subscription_example(example: str, node: Node, tmp_path: Path) -> None:
    """Run the page's subscription example as it is, with Node and graphql-ws (the console's
    node_modules), and have a charger send StatusNotifications until the example prints one."""
    node_bin = shutil.which("node")
    modules = ROOT / "admin_spa" / "node_modules" / "graphql-ws"
    if node_bin is None or not modules.exists():
        pytest.skip("node or admin_spa/node_modules/graphql-ws is missing")
    (tmp_path / "node_modules").symlink_to(modules.parent)
    script = tmp_path / "example.mjs"
    script.write_text(example)
    db_url = f"sqlite+aiosqlite:///{tmp_path / 'nodes.db'}"
    platform = Platform.create(load_settings(database_url=db_url, broadcast_url="memory://"))
    try:
        key = await register(platform, "CP-EXAMPLE")
    finally:
        await platform.close()
    # Node 22 has WebSocket built in; Node 20 behind a flag.
    proc = await asyncio.create_subprocess_exec(
        node_bin, "--experimental-websocket", str(script), stdout=PIPE, stderr=PIPE
    )
    try:
        printed: list[str] = []

        async def read_until_the_charger() -> None:
            # console.log prints the event's object over several lines
            while not any("CP-EXAMPLE" in line for line in printed):
                line = await proc.stdout.readline()  # type: ignore[union-attr]
                if not line:
                    return
                printed.append(line.decode())

        async with connect(node.ocpp_url, "CP-EXAMPLE", key) as cp:
            reader = asyncio.ensure_future(read_until_the_charger())
            deadline = asyncio.get_running_loop().time() + 30
            while not reader.done() and asyncio.get_running_loop().time() < deadline:
                status = {"connectorId": 1, "errorCode": "NoError", "status": "Available"}
                await cp.send_call("StatusNotification", status)
                await asyncio.wait([reader], timeout=0.5)
            reader.cancel()
        assert any("chargePointId: 'CP-EXAMPLE'" in line for line in printed), "".join(printed)
    finally:
        proc.kill()
        await proc.wait()
