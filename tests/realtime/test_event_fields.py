"""The payload fields the subscriptions rely on, as the OCPP server publishes them (domain/events.py):
meter events carry the session's `user_id`, status events `is_public`, fault events a timestamp."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

from ocpp.v16 import call
from sqlalchemy import select

from db.models import IdTag
from domain import events as ev
from tests.helpers.auth import make_user
from tests.ocpp.conftest import connect, register


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat().replace("+00:00", "Z")


async def driver_with_charger(p: Any, cpid: str, **fields: Any) -> tuple[Any, str]:
    """A driver and their idTag, and a registered charger `cpid` (security profile 0)."""
    driver, _ = await make_user(p)
    await register(p, cpid, profile=0, **fields)
    async with p.sessionmaker() as s:
        id_tag = (await s.execute(select(IdTag.id_tag).where(IdTag.user_id == driver.id))).scalars().first()
    assert id_tag
    return driver, id_tag


async def start(cp: Any, id_tag: str) -> int:
    """StartTransaction on connector 1; the transaction id."""
    started = await cp.call(
        call.StartTransaction(connector_id=1, id_tag=id_tag, meter_start=0, timestamp=now()), suppress=False
    )
    return int(started.transaction_id)


async def next_where(sub: Any, predicate: Any) -> dict[str, Any]:
    async for event in sub:  # bounded by the caller's timeout
        if isinstance(event, dict) and predicate(event):
            return event
    raise AssertionError("subscription ended")


async def test_ocpp_events_carry_user_id_is_public_and_timestamps(server: Any) -> None:
    p = server.platform
    driver, id_tag = await driver_with_charger(p, "CP-FIELDS", is_public=False)
    async with (
        p.bus.subscribe(ev.charger_meter("CP-FIELDS")) as meter,
        p.bus.subscribe(ev.ALL_CHARGERS_STATUS) as status,
        p.bus.subscribe(ev.FAULTS) as faults,
        connect(server.ocpp_url, "CP-FIELDS") as cp,
        asyncio.timeout(20),
    ):
        tx = await start(cp, id_tag)
        await cp.call(
            call.MeterValues(
                connector_id=1,
                transaction_id=tx,
                meter_value=[{"timestamp": now(), "sampledValue": [{"value": "150", "unit": "Wh"}]}],
            ),
            suppress=False,
        )
        reading = await next_where(meter, lambda e: e.get("transaction_id") == tx)
        assert reading["user_id"] == driver.id

        await cp.call(
            call.StatusNotification(
                connector_id=1, error_code="GroundFailure", status="Faulted", timestamp=now()
            ),
            suppress=False,
        )
        changed = await next_where(status, lambda e: e.get("type") == "connector")
        assert changed["is_public"] is False and changed["timestamp"]
        fault = await next_where(faults, lambda e: e.get("charge_point_id") == "CP-FIELDS")
        assert fault["error_code"] == "GroundFailure"
        assert dt.datetime.fromisoformat(fault["timestamp"].replace("Z", "+00:00"))


def _declared(typed_dict: Any) -> set[str]:
    return set(typed_dict.__required_keys__ | typed_dict.__optional_keys__)


async def _collect(sub: Any, until: Any) -> list[dict[str, Any]]:
    """Every event of `sub` up to the first that satisfies `until`, then those already buffered."""
    out: list[dict[str, Any]] = []
    async for event in sub:  # bounded by the caller's timeout
        if isinstance(event, dict):
            out.append(event)
            if until(event):
                break
    while len(sub):
        event = await anext(sub)
        if isinstance(event, dict):
            out.append(event)
    return out


async def test_every_published_key_is_declared_in_its_typed_payload(server: Any) -> None:
    """What the OCPP server publishes matches the TypedDicts of domain/events.py that mypy checks
    producers and subscribers against: no key on the wire that the type does not declare."""
    p = server.platform
    _, id_tag = await driver_with_charger(p, "CP-TYPED")
    async with (
        p.bus.subscribe(ev.ALL_CHARGERS_STATUS) as status,
        p.bus.subscribe(ev.charger_meter("CP-TYPED")) as meter,
        p.bus.subscribe(ev.ocpp_log("CP-TYPED")) as log,
        p.bus.subscribe(ev.FAULTS) as faults,
        connect(server.ocpp_url, "CP-TYPED") as cp,
        asyncio.timeout(30),
    ):
        tx = await start(cp, id_tag)
        async with p.bus.subscribe(ev.session(tx)) as session:
            sample = {"timestamp": now(), "sampledValue": [{"value": "150", "unit": "Wh"}]}
            await cp.call(
                call.MeterValues(connector_id=1, transaction_id=tx, meter_value=[sample]), suppress=False
            )
            await cp.call(
                call.StatusNotification(
                    connector_id=1, error_code="GroundFailure", status="Faulted", timestamp=now()
                ),
                suppress=False,
            )
            await cp.call(
                call.StopTransaction(
                    meter_stop=300, timestamp=now(), transaction_id=tx, transaction_data=[sample]
                ),
                suppress=False,
            )
            sessions = await _collect(session, lambda e: e.get("status") != "Active")
        seen = {
            "session": sessions,
            "status": await _collect(status, lambda e: e.get("status") == "Faulted"),
            # StopTransaction's transactionData: stamped with the stop's time, not the sample's.
            "meter": await _collect(meter, lambda e: e.get("timestamp") != sample["timestamp"]),
            "faults": await _collect(faults, lambda e: e.get("charge_point_id") == "CP-TYPED"),
            "log": await _collect(
                log, lambda e: e.get("action") == "StopTransaction" and e["direction"] == "out"
            ),
        }
    expected = {
        "status": ev.ChargerStatusEvent,
        "meter": ev.MeterEvent,
        "log": ev.OcppLogEvent,
        "faults": ev.FaultEvent,
        "session": ev.SessionEvent,
    }
    assert {e.get("type") for e in seen["status"]} >= {"online", "boot", "connector"}
    assert len(seen["meter"]) >= 2  # MeterValues and StopTransaction's transactionData
    for name, events in seen.items():
        for event in events:
            assert set(event) <= _declared(expected[name]), (name, set(event) - _declared(expected[name]))
            for value in event.get("values") or []:
                assert set(value) <= _declared(ev.SampledValue), set(value) - _declared(ev.SampledValue)
