"""Platform settings stored by `updatePlatformSettings` override the environment defaults where the
platform reads them: registration, unknown chargers, heartbeat interval, minimum balance, points per
kWh, message-log retention."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import websockets
from ocpp.v16 import call

from api.relay import encode_id
from db.models import OcppMessage, PlatformSetting
from domain import chargers, platform_settings
from ocpp_server import housekeeping
from tests.helpers.auth import make_user
from tests.ocpp.conftest import connect, register

UPDATE = """mutation($i: UpdatePlatformSettingsInput!) { updatePlatformSettings(input: $i) {
  settings { registrationPolicy unknownChargerPolicy heartbeatIntervalSeconds
  minimumBalance { amount currency } pointsPerKwh messageLogRetentionDays updatedAt }
  errors { code field } } }"""
SETTINGS = """{ platformSettings { registrationPolicy unknownChargerPolicy heartbeatIntervalSeconds
  minimumBalance { amount } pointsPerKwh messageLogRetentionDays updatedAt } }"""
REGISTER = """mutation($i: RegisterInput!) { register(input: $i) { user { email } errors { code } } }"""
START = """mutation($i: StartChargingInput!) { startCharging(input: $i) { errors { code } } }"""


async def update(server: Any, token: str, **values: Any) -> dict[str, Any]:
    r = await server.graphql(UPDATE, {"i": values}, token=token)
    payload = r["data"]["updatePlatformSettings"]
    assert payload["errors"] == [], payload
    return payload["settings"]  # type: ignore[no-any-return]


async def test_defaults_come_from_the_environment_and_changes_apply_at_once(server_factory: Any) -> None:
    server = await server_factory(min_balance_sen=500, points_per_kwh=2)
    _, admin = await make_user(server.platform, role="admin")
    s = (await server.graphql(SETTINGS, token=admin))["data"]["platformSettings"]
    assert s == {
        "registrationPolicy": "REQUIRE_VERIFIED_EMAIL",
        "unknownChargerPolicy": "REJECT",
        "heartbeatIntervalSeconds": 60,
        "minimumBalance": {"amount": "5.00"},
        "pointsPerKwh": 2,
        "messageLogRetentionDays": 30,
        "updatedAt": None,
    }
    s = await update(server, admin, pointsPerKwh=7, minimumBalance="12.50")
    assert s["pointsPerKwh"] == 7 and s["minimumBalance"] == {"amount": "12.50", "currency": "MYR"}
    assert s["updatedAt"] is not None
    async with server.platform.sessionmaker() as session:
        assert await platform_settings.effective(session, "points_per_kwh", server.platform.settings) == 7
    s = await update(server, admin, resetToDefaults=["pointsPerKwh"])
    assert s["pointsPerKwh"] == 2 and s["minimumBalance"]["amount"] == "12.50"


async def test_registration_policy(server: Any) -> None:
    _, admin = await make_user(server.platform, role="admin")
    form = {"email": "new-driver@test.plagsini", "password": "a-long-enough-password-1", "name": "New Driver"}
    r = await server.graphql(REGISTER, {"i": form})
    assert r["data"]["register"]["errors"] == [{"code": "EMAIL_NOT_VERIFIED"}]
    await update(server, admin, registrationPolicy="OPEN")
    r = await server.graphql(REGISTER, {"i": form})
    assert r["data"]["register"]["user"] == {"email": "new-driver@test.plagsini"}


async def test_unknown_charger_policy_and_heartbeat_interval(server: Any) -> None:
    _, admin = await make_user(server.platform, role="admin")
    with pytest.raises(websockets.InvalidStatus):
        async with connect(server.ocpp_url, "CP-UNKNOWN-1", boot=False):
            pass
    await update(server, admin, unknownChargerPolicy="PENDING", heartbeatIntervalSeconds=120)
    async with connect(server.ocpp_url, "CP-UNKNOWN-1", boot=False) as cp:
        resp = await cp.boot()
        assert resp.status == "Pending" and resp.interval == 120
    key = await register(server.platform, "CP-HB")
    async with connect(server.ocpp_url, "CP-HB", key, boot=False) as cp:
        resp = await cp.boot()
        assert resp.status == "Accepted" and resp.interval == 120


async def test_minimum_balance_to_start_charging(server: Any) -> None:
    _, admin = await make_user(server.platform, role="admin")
    _, driver = await make_user(server.platform)
    key = await register(server.platform, "CP-MIN")

    async with server.platform.sessionmaker() as s, s.begin():
        c = await chargers.get_by_cpid(s, "CP-MIN")
        assert c is not None
        cid = encode_id("Charger", c.id)
    start = {"i": {"chargerId": cid, "connectorId": 1}}
    async with connect(server.ocpp_url, "CP-MIN", key) as cp:
        await cp.call(call.StatusNotification(connector_id=1, error_code="NoError", status="Available"))
        r = await server.graphql(START, start, token=driver)
        assert r["data"]["startCharging"]["errors"] == [{"code": "BALANCE_TOO_LOW"}]
        await update(server, admin, minimumBalance="0")
        r = await server.graphql(START, start, token=driver)
        assert r["data"]["startCharging"]["errors"] == []


async def test_message_log_retention(server: Any) -> None:
    # The node's own housekeeping runs once at start: on a slow machine that run could come after the
    # change below and delete the frame first. Runs are counted here only.
    await housekeeping.stop_housekeeping(server.platform)
    _, admin = await make_user(server.platform, role="admin")
    old = dt.datetime.now(dt.UTC) - dt.timedelta(days=5)
    async with server.platform.sessionmaker() as s, s.begin():
        s.add(OcppMessage(charger_id="CP-LOG", direction="in", message_type=2, payload="[]", created_at=old))
    assert await housekeeping.run_once(server.platform) == 0  # 30 days by default
    await update(server, admin, messageLogRetentionDays=3)
    assert await housekeeping.run_once(server.platform) == 1


async def test_another_node_sees_a_change_after_the_cache_lifetime(server: Any, monkeypatch: Any) -> None:
    _, admin = await make_user(server.platform, role="admin")
    p = server.platform
    # The cache lives as long as this test needs (an entry filled at start-up could expire midway on
    # a slow machine), then not at all.
    monkeypatch.setattr(platform_settings, "CACHE_TTL", 3600.0)
    assert await platform_settings.effective(p, "points_per_kwh") == 1
    # Another node: same database, its own cache entry, written behind this node's back.
    async with p.sessionmaker() as s, s.begin():
        s.add(PlatformSetting(key="points_per_kwh", value=9))
    assert await platform_settings.effective(p, "points_per_kwh") == 1  # cached
    monkeypatch.setattr(platform_settings, "CACHE_TTL", 0.0)
    assert await platform_settings.effective(p, "points_per_kwh") == 9
    # A bad stored value never breaks the platform: the environment default applies.
    async with p.sessionmaker() as s, s.begin():
        row = await s.get(PlatformSetting, "points_per_kwh")
        assert row is not None
        row.value = "lots"
    assert await platform_settings.effective(p, "points_per_kwh") == 1
