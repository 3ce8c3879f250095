"""The domain against its charger port (domain.ports.ChargerGateway) with a test double standing in
for the OCPP edge: remote start, reservations and the prepaid guard's remote stop work with any
implementation of the port, and the port's typed errors reach the driver as such. The same flows run
against real WebSocket chargers in tests/money/test_charging_flow.py and tests/ocpp/."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from sqlalchemy import select

from db.models import Charger, ChargingRequest, ChargingSession, Connector, Reservation, utcnow
from domain import billing, charging_requests, reservations, uow
from domain.gateway_errors import ChargerOffline
from domain.ports import ChargerGateway
from tests.helpers.gateway import FakeChargerGateway
from tests.money.conftest import assert_ledger_ok, create_user, credit_wallet


def _port(gateway: FakeChargerGateway) -> ChargerGateway:
    return gateway  # mypy checks that the double implements the port


async def _charger(platform: Any, cpid: str) -> int:
    async with platform.sessionmaker() as s, s.begin():
        c = Charger(charge_point_id=cpid, approved=True, registration_status="Accepted", online=True)
        s.add(c)
        await s.flush()
        s.add(Connector(charger_id=c.id, connector_id=1, status="Available"))
        return c.id


async def test_remote_start_through_the_port(money_platform: Any) -> None:
    gateway = FakeChargerGateway()
    money_platform.gateway = _port(gateway)
    user_id = await create_user(money_platform.sessionmaker)
    await credit_wallet(money_platform, user_id, 5000, "port-start")
    charger_id = await _charger(money_platform, "CP-PORT-1")
    money_platform.bus.events.clear()

    req = await charging_requests.start_charging(
        money_platform, user_id=user_id, charger_id=charger_id, connector_id=1
    )

    assert req.status == "Accepted"
    [(cpid, action, payload, sender)] = gateway.sent
    assert (cpid, action, sender) == ("CP-PORT-1", "RemoteStartTransaction", user_id)
    assert payload == {"connectorId": 1, "idTag": req.id_tag}
    statuses = [p["status"] for c, p in money_platform.bus.events if c == f"charging_request.{req.id}"]
    assert statuses == ["Requested", "Accepted"]


async def test_the_ports_typed_error_rejects_the_request(money_platform: Any) -> None:
    gateway = FakeChargerGateway(error=ChargerOffline("The charger went away."))
    money_platform.gateway = _port(gateway)
    user_id = await create_user(money_platform.sessionmaker)
    await credit_wallet(money_platform, user_id, 5000, "port-offline")
    charger_id = await _charger(money_platform, "CP-PORT-2")

    req = await charging_requests.start_charging(
        money_platform, user_id=user_id, charger_id=charger_id, connector_id=1
    )

    assert (req.status, req.error) == ("Rejected", "The charger went away.")
    async with money_platform.sessionmaker() as s:
        stored = await s.get(ChargingRequest, req.id)
        assert stored is not None and stored.status == "Rejected"


async def test_reserve_and_cancel_through_the_port(money_platform: Any) -> None:
    gateway = FakeChargerGateway()
    money_platform.gateway = _port(gateway)
    user_id = await create_user(money_platform.sessionmaker)
    await credit_wallet(money_platform, user_id, 5000, "port-reserve")
    charger_id = await _charger(money_platform, "CP-PORT-3")

    r = await reservations.reserve(money_platform, user_id=user_id, charger_id=charger_id, connector_id=1)
    assert r.status == "Accepted"
    assert [a for _, a, _, _ in gateway.sent] == ["ReserveNow"]
    assert gateway.sent[0][2]["reservationId"] == r.id

    cancelled = await reservations.cancel_reservation(money_platform, reservation_id=r.id, user_id=user_id)
    assert cancelled.status == "Cancelled"
    assert [a for _, a, _, _ in gateway.sent] == ["ReserveNow", "CancelReservation"]
    async with money_platform.sessionmaker() as s:
        assert (await s.get(Reservation, r.id)).status == "Cancelled"  # type: ignore[union-attr]
    await assert_ledger_ok(money_platform)


async def test_prepaid_guard_stops_through_the_port_after_the_commit(money_platform: Any) -> None:
    """The guard stages RemoteStopTransaction on the unit of work: sent once the transaction that
    claimed the stop has committed, never before."""
    gateway = FakeChargerGateway()
    money_platform.gateway = _port(gateway)
    user_id = await create_user(money_platform.sessionmaker)
    charger_id = await _charger(money_platform, "CP-PORT-4")
    async with money_platform.sessionmaker() as s, s.begin():
        tx = ChargingSession(
            charger_id=charger_id,
            connector_id=1,
            user_id=user_id,
            id_tag="TAG-PORT",
            meter_start=0,
            started_at=utcnow(),
            status="Active",
            last_energy_wh=10_000,
            last_meter_at=utcnow(),
            tariff_snapshot={"currency": "MYR", "price_per_kwh_sen": "100", "tax_rate": "0"},
        )
        s.add(tx)
        await s.flush()
        tx_id = tx.id

    with pytest.raises(RuntimeError):
        async with money_platform.sessionmaker() as s, s.begin():
            row = await s.get(ChargingSession, tx_id)
            await billing.on_meter_values(s, row)
            assert uow.unit_of(s).outbox.commands  # staged, not sent
            raise RuntimeError("the reading's transaction fails")
    async with money_platform.sessionmaker() as s:
        assert (await s.get(ChargingSession, tx_id)).stop_requested_at is None  # type: ignore[union-attr]
    assert gateway.sent == []  # rolled back: no stop

    async with money_platform.sessionmaker() as s, s.begin():
        row = await s.get(ChargingSession, tx_id)
        await billing.on_meter_values(s, row)
        assert gateway.sent == []
    async with asyncio.timeout(10):
        await gateway.sent_event.wait()
    assert gateway.sent == [("CP-PORT-4", "RemoteStopTransaction", {"transactionId": tx_id}, None)]
    async with money_platform.sessionmaker() as s:
        stopped = (
            await s.execute(select(ChargingSession.stop_requested_at).where(ChargingSession.id == tx_id))
        ).scalar_one()
    assert stopped is not None
