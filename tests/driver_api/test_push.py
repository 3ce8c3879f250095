"""Web Push to drivers, end to end: a driver's browser subscribes through the API; a real WebSocket
charger starts a session and the prepaid guard stops it; a push endpoint on loopback receives the
platform's real encrypted messages, decrypts them with the subscription's keys (RFC 8291) and checks
their VAPID signature (RFC 8292): charging started, stopped by the prepaid guard, low balance, in the
driver's language. A driver's own stop is told as such; a subscription the push service says is gone
is forgotten."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

from ocpp.v16 import call
from sqlalchemy import select, update

from api.relay import encode_id
from db.models import Charger, PushNotification, PushSubscription, User
from domain import idtags
from tests.helpers.auth import make_user
from tests.helpers.push import BrowserSubscription, PushEndpoint, verify_vapid
from tests.money.conftest import credit_wallet, standard_tariff
from tests.ocpp.conftest import connect, register

CONFIG = "{ pushConfig { vapidPublicKey } }"
SUBSCRIBE = """mutation($i: PushSubscriptionInput!) {
  subscribePush(input: $i) { subscribed errors { code field } } }"""
STOP = """mutation($i: StopChargingInput!) { stopCharging(input: $i) { errors { code message } } }"""


def ts(t: dt.datetime) -> str:
    return t.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


async def _driver(server: Any, tag: str, locale: str, balance_sen: int) -> tuple[Any, str]:
    user, token = await make_user(server.platform)
    async with server.platform.sessionmaker() as s, s.begin():
        await idtags.add_rfid(s, user.id, tag)
        (await s.get(User, user.id)).locale = locale  # type: ignore[union-attr]
    await credit_wallet(server.platform, user.id, balance_sen, f"push-{user.id}")
    return user, token


async def _subscribe(server: Any, token: str, endpoint: PushEndpoint, name: str) -> BrowserSubscription:
    browser = BrowserSubscription(endpoint.url(name))
    r = await server.graphql(SUBSCRIBE, {"i": browser.as_input()}, token=token)
    assert r["data"]["subscribePush"] == {"subscribed": True, "errors": []}, r
    return browser


async def test_prepaid_guard_stop_is_pushed_encrypted_in_the_drivers_language(server_factory: Any) -> None:
    server = await server_factory(min_balance_sen=1000, prepaid_margin_sen=100)
    await standard_tariff(server)
    driver, token = await _driver(server, "PUSHCARD1", "ms", 1500)
    public_key = (await server.graphql(CONFIG))["data"]["pushConfig"]["vapidPublicKey"]
    key = await register(server.platform, "CP-PUSH", name="Sunway Pyramid P2")

    async with PushEndpoint() as endpoint:
        phone = await _subscribe(server, token, endpoint, "phone")
        audience = f"http://127.0.0.1:{endpoint.port}"

        def kind(wanted: str) -> Any:
            def match(m: Any) -> Any:
                if not m.path.endswith("/phone"):
                    return None
                note = phone.decrypt(m)
                return (m, note) if note["kind"] == wanted else None

            return match

        async with connect(server.ocpp_url, "CP-PUSH", key) as cp:
            await cp.call(
                call.StatusNotification(connector_id=1, error_code="NoError", status="Available"),
                suppress=False,
            )
            t0 = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=20)
            st = await cp.call(
                call.StartTransaction(connector_id=1, id_tag="PUSHCARD1", meter_start=0, timestamp=ts(t0)),
                suppress=False,
            )
            tx_id = st.transaction_id
            message, started = await endpoint.wait_for(kind("session_started"))
            verify_vapid(message, public_key, audience)
            assert started["title"] == "Pengecasan bermula"
            assert started["body"] == "Kereta anda sedang dicas di Sunway Pyramid P2."
            assert started["url"] == f"/charging/{tx_id}"
            assert int(message.headers["TTL"]) > 0

            # (13 x 100 + 100) x 1.08 = 1512 sen >= 1500 - 100: the prepaid guard stops the session.
            await cp.call(
                call.MeterValues(
                    connector_id=1,
                    transaction_id=tx_id,
                    meter_value=[
                        {
                            "timestamp": ts(t0 + dt.timedelta(minutes=10)),
                            "sampledValue": [
                                {"value": "13000", "measurand": "Energy.Active.Import.Register"}
                            ],
                        }
                    ],
                ),
                suppress=False,
            )
            stop = await cp.expect("RemoteStopTransaction")
            assert stop["transactionId"] == tx_id
            await cp.call(
                call.StopTransaction(
                    meter_stop=13_100,
                    timestamp=ts(t0 + dt.timedelta(minutes=11)),
                    transaction_id=tx_id,
                    reason="Remote",
                ),
                suppress=False,
            )

        message, stopped = await endpoint.wait_for(kind("session_stopped"))
        verify_vapid(message, public_key, audience)
        assert stopped["data"] == {
            "session_id": tx_id,
            "reason": "prepaid_guard",
            "charge_point_id": "CP-PUSH",
        }
        assert stopped["title"] == "Pengecasan berhenti"
        assert "baki anda rendah" in stopped["body"] and "Sunway Pyramid P2" in stopped["body"], stopped
        assert stopped["url"] == f"/receipt/{tx_id}"
        _, low = await endpoint.wait_for(kind("low_balance"))
        assert low["title"] == "Baki rendah" and "RM 10.00" in low["body"], low
        # Each notification went out once.
        kinds = [phone.decrypt(m)["kind"] for m in endpoint.received]
        assert sorted(kinds) == ["low_balance", "session_started", "session_stopped"], kinds

    # The sender marks each notification sent after its post (a moment after the endpoint got it).
    deadline = asyncio.get_running_loop().time() + 10
    while True:
        async with server.platform.sessionmaker() as s:
            rows = (
                await s.scalars(select(PushNotification).where(PushNotification.user_id == driver.id))
            ).all()
        if all(r.sent_at is not None for r in rows) or asyncio.get_running_loop().time() > deadline:
            break
        await asyncio.sleep(0.05)
    assert len(rows) == 3 and all(r.sent_at is not None for r in rows), [(r.kind, r.sent_at) for r in rows]


async def test_driver_stop_and_a_gone_subscription(server_factory: Any) -> None:
    server = await server_factory(min_balance_sen=500)
    await standard_tariff(server)
    driver, token = await _driver(server, "PUSHCARD2", "en", 5000)
    key = await register(server.platform, "CP-PUSH-2", name="KLCC L3")
    async with PushEndpoint() as endpoint:
        phone = await _subscribe(server, token, endpoint, "phone")
        await _subscribe(server, token, endpoint, "old-laptop")
        endpoint.status_for["old-laptop"] = 410  # that browser unsubscribed at the push service

        async with connect(server.ocpp_url, "CP-PUSH-2", key) as cp:
            await cp.call(
                call.StatusNotification(connector_id=1, error_code="NoError", status="Available"),
                suppress=False,
            )
            t0 = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5)
            st = await cp.call(
                call.StartTransaction(connector_id=1, id_tag="PUSHCARD2", meter_start=0, timestamp=ts(t0)),
                suppress=False,
            )
            stopping = server.graphql(
                STOP, {"i": {"sessionId": encode_id("ChargingSession", st.transaction_id)}}, token=token
            )
            task = asyncio.ensure_future(stopping)
            await cp.expect("RemoteStopTransaction")
            r = await task
            assert r["data"]["stopCharging"]["errors"] == [], r
            await cp.call(
                call.StopTransaction(
                    meter_stop=2_000,
                    timestamp=ts(t0 + dt.timedelta(minutes=4)),
                    transaction_id=st.transaction_id,
                    reason="Remote",
                ),
                suppress=False,
            )

        def stopped(m: Any) -> Any:
            if m.path.endswith("/phone"):
                note = phone.decrypt(m)
                return note if note["kind"] == "session_stopped" else None
            return None

        note = await endpoint.wait_for(stopped)
        assert note["data"]["reason"] == "driver" and note["body"] == "You stopped charging at KLCC L3.", note
    async with server.platform.sessionmaker() as s:
        endpoints = (
            await s.scalars(select(PushSubscription.endpoint).where(PushSubscription.user_id == driver.id))
        ).all()
    assert endpoints == [endpoint.url("phone")]


async def test_subscriptions_are_checked_and_need_a_driver(server_factory: Any) -> None:
    server = await server_factory()
    _, token = await make_user(server.platform)
    bad = {"endpoint": "javascript:alert(1)", "p256dh": "AAAA", "auth": "AAAA"}
    r = await server.graphql(SUBSCRIBE, {"i": bad}, token=token)
    assert r["data"]["subscribePush"]["errors"][0]["field"] == "endpoint"
    short_key = {**BrowserSubscription("https://push.example/abc").as_input(), "p256dh": "AAAA"}
    r = await server.graphql(SUBSCRIBE, {"i": short_key}, token=token)
    assert r["data"]["subscribePush"]["errors"][0]["field"] == "p256dh"
    anonymous = await server.graphql(
        SUBSCRIBE, {"i": BrowserSubscription("https://push.example/x").as_input()}
    )
    codes = {e["extensions"]["code"] for e in anonymous.get("errors") or []} | {
        e["code"] for e in ((anonymous.get("data") or {}).get("subscribePush") or {}).get("errors") or []
    }
    assert codes == {"UNAUTHENTICATED"}, anonymous


WATCH = """mutation($i: WatchChargerInput!) { watchCharger(input: $i) {
  watch { chargePointId connectorId holdMinutes } errors { code field message } } }"""
RESERVE = """mutation($i: ReserveConnectorInput!) { reserveConnector(input: $i) {
  reservation { id status connectorId } errors { code message } } }"""
MY_WATCHES = "{ myChargerWatches(first: 10) { nodes { chargePointId } } }"


async def test_notify_me_when_free_through_to_the_reservation(server_factory: Any) -> None:
    """A driver waits for a busy charger; when its connector frees up, the push (decrypted at the
    endpoint) offers to hold it, and the driver holds it with a reservation the charger accepts."""
    server = await server_factory(min_balance_sen=500)
    await standard_tariff(server)
    waiting, token = await _driver(server, "WAITCARD", "zh", 5000)
    key = await register(server.platform, "CP-BUSY", name="IOI City Mall G1")
    async with server.platform.sessionmaker() as s, s.begin():
        await s.execute(
            update(Charger).where(Charger.charge_point_id == "CP-BUSY").values(is_public=True, approved=True)
        )
    async with PushEndpoint() as endpoint, connect(server.ocpp_url, "CP-BUSY", key) as cp:
        phone = await _subscribe(server, token, endpoint, "phone")
        await cp.call(
            call.StatusNotification(connector_id=1, error_code="NoError", status="Available"), suppress=False
        )
        # While a connector is free there is nothing to wait for.
        free = await server.graphql(WATCH, {"i": {"chargePointId": "CP-BUSY"}}, token=token)
        assert free["data"]["watchCharger"]["errors"][0]["code"] == "CONFLICT", free
        await cp.call(
            call.StatusNotification(connector_id=1, error_code="NoError", status="Charging"), suppress=False
        )
        r = await server.graphql(WATCH, {"i": {"chargePointId": "CP-BUSY"}}, token=token)
        assert r["data"]["watchCharger"] == {
            "watch": {"chargePointId": "CP-BUSY", "connectorId": None, "holdMinutes": 10},
            "errors": [],
        }, r
        mine = (await server.graphql(MY_WATCHES, token=token))["data"]["myChargerWatches"]["nodes"]
        assert mine == [{"chargePointId": "CP-BUSY"}]

        # The other driver finishes: the connector is free.
        await cp.call(
            call.StatusNotification(connector_id=1, error_code="NoError", status="Finishing"), suppress=False
        )
        assert not endpoint.received  # not free yet
        await cp.call(
            call.StatusNotification(connector_id=1, error_code="NoError", status="Available"), suppress=False
        )

        def freed(m: Any) -> Any:
            note = phone.decrypt(m)
            return note if note["kind"] == "charger_free" else None

        note = await endpoint.wait_for(freed)
        assert (
            note["title"] == "充电桩空闲" and "IOI City Mall G1" in note["body"] and "10" in note["body"]
        ), note
        assert note["url"] == "/c/CP-BUSY/1?hold=10"
        assert note["data"] == {"charge_point_id": "CP-BUSY", "connector_id": 1}
        # The watch fired once: freeing up again notifies nobody.
        await cp.call(
            call.StatusNotification(connector_id=1, error_code="NoError", status="Preparing"), suppress=False
        )
        await cp.call(
            call.StatusNotification(connector_id=1, error_code="NoError", status="Available"), suppress=False
        )
        assert (await server.graphql(MY_WATCHES, token=token))["data"]["myChargerWatches"]["nodes"] == []

        # The driver follows the notification and holds the connector for its minutes.
        async with server.platform.sessionmaker() as s:
            charger_id = await s.scalar(select(Charger.id).where(Charger.charge_point_id == "CP-BUSY"))
        reserving = asyncio.ensure_future(
            server.graphql(
                RESERVE,
                {"i": {"chargerId": encode_id("Charger", charger_id), "connectorId": 1, "minutes": 10}},
                token=token,
            )
        )
        hold = await cp.expect("ReserveNow")
        assert hold["connectorId"] == 1
        reservation = (await reserving)["data"]["reserveConnector"]
        assert reservation["errors"] == [] and reservation["reservation"]["status"] == "ACCEPTED", reservation
    async with server.platform.sessionmaker() as s:
        rows = (await s.scalars(select(PushNotification).where(PushNotification.user_id == waiting.id))).all()
    assert [r.kind for r in rows] == ["charger_free"]


def test_stop_reasons_name_who_stopped() -> None:
    from domain.push import message, stop_reason

    assert stop_reason("Remote", "driver") == "driver"
    assert stop_reason("Remote", "prepaid_guard") == "prepaid_guard"
    assert stop_reason("Remote", None) == "operator"  # a RemoteStop sent from the console's commands
    for charger_side in ("Local", "EVDisconnected", "PowerLoss", "EmergencyStop", None):
        assert stop_reason(charger_side, "driver" if charger_side == "Local" else None) == "charger"
    texts = {
        r: message("session_stopped", {"charger": "X", "reason": r}, "en")["body"]
        for r in ("operator", "charger")
    }
    assert texts == {
        "operator": "An operator stopped your session at X.",
        "charger": "The charger X ended the session.",
    }
