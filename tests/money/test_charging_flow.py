"""A full charging session through a real WebSocket charger (the `ocpp` library's ChargePoint):
top-up through the sandbox gateway, startCharging from GraphQL, meter values, stopCharging,
billing exactly once, receipt (and its PDF), points; and the prepaid guard."""

from __future__ import annotations

import asyncio
import datetime as dt
from decimal import Decimal
from typing import Any

from ocpp.v16 import call
from sqlalchemy import select

from api.relay import encode_id
from db.models import ChargingSession, LedgerPosting, Receipt, User
from domain import ledger
from tests.helpers.auth import make_user
from tests.helpers.charging import RECEIPT, START, STOP, WALLET, charger_pk, topup, wait_request
from tests.money.conftest import standard_tariff
from tests.ocpp.conftest import SimCharger, connect, register


def ts(t: dt.datetime) -> str:
    return t.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


async def _available(cp: SimCharger, connector: int = 1) -> None:
    await cp.call(
        call.StatusNotification(connector_id=connector, error_code="NoError", status="Available"),
        suppress=False,
    )


async def _remote_start(
    server: Any, cp: SimCharger, token: str, meter_start: int, t0: dt.datetime
) -> tuple[dict[str, Any], int]:
    """The charger reports connector 1 available, the driver starts charging there from the app
    and the charger starts the transaction at `t0`: the charging request (accepted) and the
    transaction id."""
    await _available(cp)
    charger_id = encode_id("Charger", await charger_pk(server, cp.id))
    started = asyncio.create_task(
        server.graphql(START, {"input": {"chargerId": charger_id, "connectorId": 1}}, token=token)
    )
    remote = await cp.expect("RemoteStartTransaction")
    res = await started
    req = res["data"]["startCharging"]["request"]
    assert req["status"] == "ACCEPTED", res
    tag = remote["idTag"]
    start = call.StartTransaction(connector_id=1, id_tag=tag, meter_start=meter_start, timestamp=ts(t0))
    return req, (await cp.call(start, suppress=False)).transaction_id


async def test_full_session_start_meter_stop_receipt_points(server: Any) -> None:
    await standard_tariff(server)
    user, token = await make_user(server.platform)
    await topup(server, token, "50.00", "topup-1")
    wallet = (await server.graphql(WALLET, token=token))["data"]["wallet"]
    assert wallet["balance"] == {"amount": "50.00", "currency": "MYR"}

    key = await register(server.platform, "CP-MONEY")
    async with connect(server.ocpp_url, "CP-MONEY", key) as cp:
        t0 = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=30)
        req, tx_id = await _remote_start(server, cp, token, 1000, t0)
        view = await wait_request(server, token, req["id"], "STARTED")
        assert view["session"]["transactionId"] == tx_id
        await cp.call(
            call.MeterValues(
                connector_id=1,
                transaction_id=tx_id,
                meter_value=[
                    {
                        "timestamp": ts(t0 + dt.timedelta(minutes=15)),
                        "sampledValue": [
                            {"value": "6000", "measurand": "Energy.Active.Import.Register", "unit": "Wh"}
                        ],
                    }
                ],
            ),
            suppress=False,
        )
        stopping = asyncio.create_task(
            server.graphql(STOP, {"input": {"sessionId": encode_id("ChargingSession", tx_id)}}, token=token)
        )
        stop_req = await cp.expect("RemoteStopTransaction")
        assert stop_req["transactionId"] == tx_id
        assert (await stopping)["data"]["stopCharging"]["errors"] == []
        stop = call.StopTransaction(
            meter_stop=13_345, timestamp=ts(t0 + dt.timedelta(minutes=30)), transaction_id=tx_id
        )
        await cp.call(stop, suppress=False)
        # The charger retries the same StopTransaction (e.g. a queued copy): billed once only.
        await cp.call(stop, suppress=False)

    view = await wait_request(server, token, req["id"], "STOPPED")
    session = view["session"]
    # 12.345 kWh x RM1.00 + RM1.00 fee = 1334.5 sen; +8% = 1441.26 → 1441 sen
    assert session["billed"] is True and session["status"] == "COMPLETED"
    assert session["cost"] == {"amount": "14.41", "currency": "MYR"}
    assert sum(Decimal(line["amount"]["amount"]) for line in session["costLines"]) == Decimal("14.41")

    wallet = (await server.graphql(WALLET, token=token))["data"]["wallet"]
    assert wallet["balance"]["amount"] == "35.59"
    assert [e["node"]["kind"] for e in wallet["transactions"]["edges"]] == ["charge", "topup"]

    receipt = (await server.graphql(RECEIPT, {"id": session["receiptId"]}, token=token))["data"]["receipt"]
    assert receipt["number"] == f"PS-{dt.datetime.now(dt.UTC).year}-000001"
    assert receipt["total"]["amount"] == "14.41"
    pdf = await server.http.get(receipt["pdfUrl"])
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    assert (await server.http.get(receipt["pdfUrl"].replace("sig=", "sig=0"))).status_code == 403

    async with server.platform.sessionmaker() as s:
        points = (await s.execute(select(User.points_balance).where(User.id == user.id))).scalar_one()
        assert points == 12  # floor(12.345 kWh x 1 point/kWh)
        charges = (
            (await s.execute(select(LedgerPosting).where(LedgerPosting.kind == "charge"))).scalars().all()
        )
        assert len(charges) == 1
        assert len((await s.execute(select(Receipt))).scalars().all()) == 1
        assert (await ledger.check_ledger(s)).ok


async def test_prepaid_guard_stops_remotely_and_records_debt(server_factory: Any) -> None:
    server = await server_factory(min_balance_sen=1000, prepaid_margin_sen=100)
    await standard_tariff(server)
    user, token = await make_user(server.platform)
    await topup(server, token, "15.00", "t")
    key = await register(server.platform, "CP-GUARD")
    async with connect(server.ocpp_url, "CP-GUARD", key) as cp:
        t0 = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=20)
        _, tx_id = await _remote_start(server, cp, token, 0, t0)

        async def meter(wh: int, minute: int) -> None:
            await cp.call(
                call.MeterValues(
                    connector_id=1,
                    transaction_id=tx_id,
                    meter_value=[
                        {
                            "timestamp": ts(t0 + dt.timedelta(minutes=minute)),
                            "sampledValue": [
                                {"value": str(wh), "measurand": "Energy.Active.Import.Register"}
                            ],
                        }
                    ],
                ),
                suppress=False,
            )

        await meter(5_000, 5)  # (5 x 100 + 100) x 1.08 = 648 sen < 1500 - 100: keeps charging
        assert cp.received.empty()
        await meter(13_000, 10)  # (13 x 100 + 100) x 1.08 = 1512 sen ≥ 1400: stopped by the platform
        stop_req = await cp.expect("RemoteStopTransaction")
        assert stop_req["transactionId"] == tx_id
        await meter(13_500, 11)  # a reading still in flight does not send a second stop
        await cp.call(
            call.StopTransaction(
                meter_stop=13_600, timestamp=ts(t0 + dt.timedelta(minutes=11)), transaction_id=tx_id
            ),
            suppress=False,
        )
    async with server.platform.sessionmaker() as s:
        tx = await s.get(ChargingSession, tx_id)
        assert (
            tx is not None and tx.billed and tx.total_cost_sen == 1577
        )  # (13.6 x 100 + 100) x 1.08 = 1576.8
        assert await ledger.wallet_balance(s, user.id) == 0
        assert await ledger.debt_owed(s, user.id) == 77
        assert (await ledger.check_ledger(s)).ok
    assert cp.received.empty()  # exactly one RemoteStopTransaction was sent
    # The next top-up settles the debt first.
    await topup(server, token, "10.00", "t2")
    async with server.platform.sessionmaker() as s:
        assert await ledger.debt_owed(s, user.id) == 0
        assert await ledger.wallet_balance(s, user.id) == 1000 - 77
