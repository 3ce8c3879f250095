"""Idle fees after a grace period, through a real WebSocket charger whose frames are validated: the
car stops drawing (StatusNotification SuspendedEV, the meter stays flat), and once the tariff's grace
period is over the driver gets one Web Push "idle fee starting", received and decrypted at a push
endpoint on loopback; the stop bills the idle minutes after the grace exactly (whole sen, a balanced
ledger), and the receipt (the API's lines, the PDF, the mail) lists the idle time as its own line.
Energy flowing again within the grace period ends the idle time: no notice, no idle fee."""

from __future__ import annotations

import asyncio
import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from ocpp.v16 import call
from sqlalchemy import func, select

from api.relay import encode_id
from db.models import Charger, ChargingSession, PushNotification, Receipt, User
from domain import idle, idtags, tariffs
from tests.helpers.auth import make_user
from tests.helpers.push import BrowserSubscription, PushEndpoint, verify_vapid
from tests.money.conftest import assert_ledger_ok, credit_wallet
from tests.money.test_receipt_text import pdf_text
from tests.ocpp.conftest import connect, register

SUBSCRIBE = """mutation($i: PushSubscriptionInput!) {
  subscribePush(input: $i) { subscribed errors { code field } } }"""
CONFIG = "{ pushConfig { vapidPublicKey } }"
SESSION = """query($id: ID!) { chargingSession(id: $id) {
  status costSoFar { amount }
  idle { chargingEndedAt graceMinutes graceEndsAt feePerMinute { amount } feeSoFar { amount } }
  receipt { lines { code label quantityText amount { amount } } total { amount } pdfUrl } } }"""
BACKENDS = ["sqlite", pytest.param("mariadb", marks=pytest.mark.mariadb)]


def ts(t: dt.datetime) -> str:
    return t.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


async def idle_tariff(server: Any, grace_minutes: int, tax_rate: str = "0.08") -> None:
    """The default tariff: RM 1.00/kWh, idle RM 0.50 a minute after `grace_minutes`, 8% tax."""
    async with server.platform.sessionmaker() as s, s.begin():
        await tariffs.create_tariff(
            s,
            {
                "name": "Mall DC",
                "price_per_kwh_sen": Decimal("100"),
                "idle_fee_per_minute_sen": Decimal("50"),
                "idle_grace_minutes": grace_minutes,
                "tax_rate": Decimal(tax_rate),
            },
            is_default=True,
        )


async def _driver(server: Any, tag: str, locale: str = "en") -> tuple[Any, str]:
    user, token = await make_user(server.platform)
    async with server.platform.sessionmaker() as s, s.begin():
        await idtags.add_rfid(s, user.id, tag)
        (await s.get(User, user.id)).locale = locale  # type: ignore[union-attr]
    await credit_wallet(server.platform, user.id, 5000, f"idle-{user.id}")
    return user, token


async def _status(cp: Any, status: str, at: dt.datetime) -> None:
    await cp.call(
        call.StatusNotification(connector_id=1, error_code="NoError", status=status, timestamp=ts(at)),
        suppress=False,
    )


async def meter_reading(cp: Any, tx_id: int, at: dt.datetime, wh: int, watts: int) -> None:
    """The charger's energy register and power at `at`."""
    await cp.call(
        call.MeterValues(
            connector_id=1,
            transaction_id=tx_id,
            meter_value=[
                {
                    "timestamp": ts(at),
                    "sampledValue": [
                        {"value": str(wh), "measurand": "Energy.Active.Import.Register", "unit": "Wh"},
                        {"value": str(watts), "measurand": "Power.Active.Import", "unit": "W"},
                    ],
                }
            ],
        ),
        suppress=False,
    )


async def _push_rows(server: Any, user_id: int) -> list[str]:
    async with server.platform.sessionmaker() as s:
        return list(
            (
                await s.scalars(
                    select(PushNotification.kind)
                    .where(PushNotification.user_id == user_id)
                    .order_by(PushNotification.id)
                )
            ).all()
        )


@pytest.mark.parametrize("backend", BACKENDS)
async def test_idle_fee_notice_billing_and_receipt(
    backend: str, request: pytest.FixtureRequest, server_factory: Any, smtp_server: Any
) -> None:
    extra = {"database_url": request.getfixturevalue("mariadb_url")} if backend == "mariadb" else {}
    server = await server_factory(
        housekeeping_interval=0.1,
        smtp_host=smtp_server.host,
        smtp_port=smtp_server.port,
        smtp_tls="none",
        **extra,
    )
    await idle_tariff(server, grace_minutes=1)
    driver, token = await _driver(server, "IDLECARD1", "en")
    public_key = (await server.graphql(CONFIG))["data"]["pushConfig"]["vapidPublicKey"]
    key = await register(server.platform, "CP-IDLE", name="Mid Valley B2")
    hk = server.platform.money_housekeeping
    assert hk is not None

    async def rounds(n: int) -> None:
        target = hk.rounds + n
        async with asyncio.timeout(15):
            while hk.rounds < target:
                hk.ran.clear()
                await hk.ran.wait()

    # The charger reports with its own timestamps: the session began 40 minutes ago, the car stopped
    # drawing 12 minutes ago (the grace minute long over), and the charger stops it 4 minutes later.
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    t0 = now - dt.timedelta(minutes=40)
    ended = now - dt.timedelta(minutes=12)
    stop_at = ended + dt.timedelta(minutes=4)
    async with PushEndpoint() as endpoint:
        phone = BrowserSubscription(endpoint.url("phone"))
        r = await server.graphql(SUBSCRIBE, {"i": phone.as_input()}, token=token)
        assert r["data"]["subscribePush"]["subscribed"] is True, r

        def idle_notice(m: Any) -> Any:
            note = phone.decrypt(m)
            return (m, note) if note["kind"] == "idle_fee_starting" else None

        async with connect(server.ocpp_url, "CP-IDLE", key) as cp:
            await _status(cp, "Preparing", t0 - dt.timedelta(seconds=30))
            st = await cp.call(
                call.StartTransaction(
                    connector_id=1, id_tag="IDLECARD1", meter_start=1_000, timestamp=ts(t0)
                ),
                suppress=False,
            )
            tx_id = st.transaction_id
            sid = encode_id("ChargingSession", tx_id)
            await _status(cp, "Charging", t0)
            await meter_reading(cp, tx_id, t0 + dt.timedelta(minutes=20), 8_000, 21_000)
            # While energy flows there is no idle time.
            s0 = (await server.graphql(SESSION, {"id": sid}, token=token))["data"]["chargingSession"]
            assert s0["idle"] is None, s0
            await rounds(2)
            assert "idle_fee_starting" not in await _push_rows(server, driver.id)

            # The car is full: SuspendedEV, then flat readings at zero power.
            await meter_reading(cp, tx_id, ended, 11_000, 0)
            await _status(cp, "SuspendedEV", ended)
            await meter_reading(cp, tx_id, ended + dt.timedelta(minutes=2), 11_000, 0)
            message, note = await endpoint.wait_for(idle_notice)
            verify_vapid(message, public_key, f"http://127.0.0.1:{endpoint.port}")
            assert note["title"] == "Idle fee starting", note
            assert "Mid Valley B2" in note["body"] and "RM 0.50 per minute" in note["body"], note
            assert note["url"] == f"/charging/{tx_id}"
            assert note["data"] == {"session_id": tx_id, "charge_point_id": "CP-IDLE"}

            live = (await server.graphql(SESSION, {"id": sid}, token=token))["data"]["chargingSession"]
            idle_now = live["idle"]
            assert idle_now["graceMinutes"] == 1 and idle_now["feePerMinute"]["amount"] == "0.50", live
            assert dt.datetime.fromisoformat(idle_now["chargingEndedAt"]) == ended
            assert dt.datetime.fromisoformat(idle_now["graceEndsAt"]) == ended + dt.timedelta(minutes=1)
            # The running cost prices idle time up to the latest reading (2 min, 1 past the grace):
            # (10 kWh x RM 1.00 + 1 min x RM 0.50) + 8% = RM 11.34; the prepaid guard counts it too.
            assert live["costSoFar"]["amount"] == "11.34", live
            # 11 idle minutes or a little more past the grace at RM 0.50: RM 5.50 and up.
            assert Decimal("5.50") <= Decimal(idle_now["feeSoFar"]["amount"]) < Decimal("6.50"), idle_now

            # Later rounds (on this node or any other) never tell it again.
            await rounds(3)
            assert (await _push_rows(server, driver.id)).count("idle_fee_starting") == 1

            await cp.call(
                call.StopTransaction(
                    meter_stop=11_000, timestamp=ts(stop_at), transaction_id=tx_id, reason="EVDisconnected"
                ),
                suppress=False,
            )
        await endpoint.wait_for(lambda m: phone.decrypt(m)["kind"] == "session_stopped" or None, timeout=15)
        kinds = sorted(phone.decrypt(m)["kind"] for m in endpoint.received)
        assert kinds == ["idle_fee_starting", "session_started", "session_stopped"], kinds

    # 10 kWh x RM 1.00 = 1000 sen; idle 4 min - 1 min grace = 3 min x 50 sen = 150 sen;
    # 1150 sen + 8% = 1242 sen.
    async with server.platform.sessionmaker() as s:
        tx = await s.get(ChargingSession, tx_id)
        assert tx is not None and tx.billed and tx.total_cost_sen == 1242, tx and tx.cost_lines
        idle_lines = [line for line in tx.cost_lines if line["code"] == "idle"]
        assert len(idle_lines) == 1 and idle_lines[0]["amount_sen"] == 150, tx.cost_lines
        assert Decimal(idle_lines[0]["quantity"]) == 3
        receipt = (await s.execute(select(Receipt).where(Receipt.session_id == tx_id))).scalar_one()
        assert receipt.total_sen == 1242
    await assert_ledger_ok(server.platform)

    done = (await server.graphql(SESSION, {"id": sid}, token=token))["data"]["chargingSession"]
    assert done["idle"] is None
    lines = {line["code"]: line for line in done["receipt"]["lines"]}
    assert lines["idle"]["quantityText"] == "3 min × RM 0.50/min", lines
    assert lines["idle"]["amount"]["amount"] == "1.50" and done["receipt"]["total"]["amount"] == "12.42"
    assert "Idle fee" in lines["idle"]["label"], lines
    pdf = await server.http.get(done["receipt"]["pdfUrl"])
    text = pdf_text(pdf.content)
    assert "Idle fee (after 1 min grace)" in text and "3 min × RM 0.50/min" in text, text
    msg = await smtp_server.wait_for_message(to=driver.email)
    body = next(
        p.get_payload(decode=True).decode() for p in msg.walk() if p.get_content_type() == "text/plain"
    )
    assert "Idle fee (after 1 min grace)" in body and "3 min × RM 0.50/min" in body, body


@pytest.mark.parametrize("backend", BACKENDS)
async def test_no_notice_when_energy_flows_again_within_the_grace(
    backend: str, request: pytest.FixtureRequest, server_factory: Any
) -> None:
    """The sweep's clock is the domain's `now` argument: the grace period passes without waiting."""
    extra = {"database_url": request.getfixturevalue("mariadb_url")} if backend == "mariadb" else {}
    # The housekeeping's own rounds are a minute apart: none runs here.
    server = await server_factory(**extra)
    await idle_tariff(server, grace_minutes=10)
    driver, _ = await _driver(server, "IDLECARD2")
    key = await register(server.platform, "CP-IDLE-2")
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    t0 = now - dt.timedelta(minutes=60)
    async with connect(server.ocpp_url, "CP-IDLE-2", key) as cp:
        st = await cp.call(
            call.StartTransaction(connector_id=1, id_tag="IDLECARD2", meter_start=0, timestamp=ts(t0)),
            suppress=False,
        )
        tx_id = st.transaction_id
        await _status(cp, "Charging", t0)
        # The car pauses 50 minutes ago and draws again 5 minutes later, within the 10-minute grace.
        await _status(cp, "SuspendedEV", now - dt.timedelta(minutes=50))
        await _status(cp, "Charging", now - dt.timedelta(minutes=45))
        assert await idle.notify_due(server.platform, now=now) == 0
        async with server.platform.sessionmaker() as s:
            tx = await s.get(ChargingSession, tx_id)
            assert tx is not None and tx.charging_ended_at is None and tx.idle_notified_at is None

        # It stops drawing again 2 minutes ago: nothing within the grace, one notice after it.
        stopped = now - dt.timedelta(minutes=2)
        await _status(cp, "SuspendedEV", stopped)
        assert await idle.notify_due(server.platform, now=now) == 0
        assert await idle.notify_due(server.platform, now=stopped + dt.timedelta(minutes=9, seconds=59)) == 0
        later = stopped + dt.timedelta(minutes=10)
        # Two nodes' rounds at once: one of them tells the driver.
        told = await asyncio.gather(*(idle.notify_due(server.platform, now=later) for _ in range(3)))
        assert sorted(told) == [0, 0, 1], told
        assert await idle.notify_due(server.platform, now=later + dt.timedelta(minutes=30)) == 0
        await cp.call(
            call.StopTransaction(meter_stop=3_000, timestamp=ts(now), transaction_id=tx_id),
            suppress=False,
        )
    assert await _push_rows(server, driver.id) == ["session_started", "idle_fee_starting", "session_stopped"]
    async with server.platform.sessionmaker() as s:
        tx = await s.get(ChargingSession, tx_id)
        assert tx is not None and tx.charging_ended_at == stopped
        # Billed: 2 minutes idle, all within the grace: no idle line.
        assert tx.billed and not [line for line in tx.cost_lines if line["code"] == "idle"], tx.cost_lines
        assert await s.scalar(select(func.count()).select_from(PushNotification)) == 3
    await assert_ledger_ok(server.platform)


@pytest.mark.parametrize("backend", BACKENDS)
async def test_one_notice_across_nodes_and_a_restart(
    backend: str, request: pytest.FixtureRequest, server_factory: Any, db_url: str
) -> None:
    """Two nodes on one database run their rounds every 50 ms; a node started after the notice went out
    (a restart) finds it told: the driver's phone receives one idle notice."""
    url = request.getfixturevalue("mariadb_url") if backend == "mariadb" else db_url
    a = await server_factory(database_url=url, housekeeping_interval=0.05)
    b = await server_factory(database_url=url, housekeeping_interval=0.05)
    await idle_tariff(a, grace_minutes=1)
    driver, token = await _driver(a, "IDLECARD3")
    key = await register(a.platform, "CP-IDLE-3", name="Sunway Velocity L1")
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    t0 = now - dt.timedelta(minutes=30)

    async def rounds(server: Any, n: int) -> None:
        hk = server.platform.money_housekeeping
        target = hk.rounds + n
        async with asyncio.timeout(15):
            while hk.rounds < target:
                hk.ran.clear()
                await hk.ran.wait()

    async with PushEndpoint() as endpoint:
        phone = BrowserSubscription(endpoint.url("phone"))
        r = await b.graphql(SUBSCRIBE, {"i": phone.as_input()}, token=token)
        assert r["data"]["subscribePush"]["subscribed"] is True, r
        async with connect(a.ocpp_url, "CP-IDLE-3", key) as cp:
            await _status(cp, "Preparing", t0 - dt.timedelta(seconds=10))
            st = await cp.call(
                call.StartTransaction(connector_id=1, id_tag="IDLECARD3", meter_start=0, timestamp=ts(t0)),
                suppress=False,
            )
            await _status(cp, "Charging", t0)
            await _status(cp, "SuspendedEV", now - dt.timedelta(minutes=5))
            await endpoint.wait_for(lambda m: phone.decrypt(m)["kind"] == "idle_fee_starting" or None)
            await asyncio.gather(rounds(a, 3), rounds(b, 3))
            c = await server_factory(database_url=url, housekeeping_interval=0.05)
            await rounds(c, 3)
            async with c.platform.sessionmaker() as s:
                tx = await s.get(ChargingSession, st.transaction_id)
                assert tx is not None and tx.idle_notified_at is not None and tx.status == "Active"
        kinds = [phone.decrypt(m)["kind"] for m in endpoint.received]
        assert kinds.count("idle_fee_starting") == 1, kinds
    assert (await _push_rows(a, driver.id)).count("idle_fee_starting") == 1


async def test_sessions_without_an_idle_fee_never_hide_one_that_is_due(
    server: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sessions idle for longer whose tariff has no idle fee stay candidates of every round (they are
    never told): with more of them than one batch holds, the round still reaches the driver whose
    grace period is over. Before, a round looked at one batch only and never told that driver."""
    monkeypatch.setattr(idle, "BATCH", 3)
    driver, _ = await make_user(server.platform)
    await register(server.platform, "CP-IDLE-MANY")
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    free = tariffs.TariffSnapshot(tariff_id=None, name="Free parking")
    fee = tariffs.TariffSnapshot(
        tariff_id=None, name="Mall DC", idle_fee_per_minute_sen=Decimal("50"), idle_grace_minutes=5
    )
    async with server.platform.sessionmaker() as s, s.begin():
        charger = await s.scalar(select(Charger).where(Charger.charge_point_id == "CP-IDLE-MANY"))
        assert charger is not None
        # Seven sessions idle for an hour without an idle fee (two batches and more), and one idle
        # for ten minutes with a fee after a five-minute grace (it sorts last).
        for i, (snapshot, idle_for) in enumerate([(free, 60)] * 7 + [(fee, 10)]):
            s.add(
                ChargingSession(
                    charger_id=charger.id,
                    connector_id=1,
                    id_tag=f"IDLEMANY{i}",
                    user_id=driver.id,
                    meter_start=0,
                    started_at=now - dt.timedelta(minutes=90),
                    charging_ended_at=now - dt.timedelta(minutes=idle_for),
                    tariff_snapshot=snapshot.to_json(),
                    status="Active",
                )
            )
    assert await idle.notify_due(server.platform, now=now) == 1
    assert await _push_rows(server, driver.id) == ["idle_fee_starting"]
    assert await idle.notify_due(server.platform, now=now) == 0
