"""The unit of work (domain/uow.py): what a transaction stages (events, charger commands) is delivered
after its commit, in order, and never after a rollback; a failing delivery does not undo the commit.
On SQLite and MariaDB (the `sessions` fixture), with the platform's own session factory."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from db.models import PlatformSetting
from domain import ledger
from domain.gateway_errors import CommandRejected
from domain.uow import UnitOfWork, unit_of
from tests.helpers.gateway import FakeChargerGateway


class CommittedCheckingBus:
    """Records events; for each, reads through another session whether the row it announces is
    already committed (it must be: delivery is after the commit)."""

    def __init__(self, sm: async_sessionmaker[AsyncSession], fail_on: str | None = None) -> None:
        self.sm = sm
        self.fail_on = fail_on
        self.events: list[tuple[str, Any, bool]] = []

    async def _committed(self, key: str) -> bool:
        async with self.sm() as s:
            return (await s.get(PlatformSetting, key)) is not None

    async def publish(self, channel: str, payload: Any) -> None:
        seen = await self._committed(payload["key"])
        self.events.append((channel, payload, seen))
        if channel == self.fail_on:
            raise ConnectionError("the event bus is down")

    async def publish_many(self, channels: Any, payload: Any) -> None:
        for channel in channels:
            await self.publish(channel, payload)


class Outlets:
    def __init__(self, bus: Any, gateway: Any) -> None:
        self.bus = bus
        self.gateway = gateway


def _wire(sm: async_sessionmaker[AsyncSession], bus: Any, gateway: Any) -> None:
    sm.configure(outlets=Outlets(bus, gateway))


async def _stage(s: AsyncSession, key: str, *, channel: str = "test.events") -> None:
    s.add(PlatformSetting(key=key, value=1))
    await s.flush()
    uow = unit_of(s)
    uow.publish(channel, {"key": key})
    uow.send_command("CP-UOW", "RemoteStopTransaction", {"transactionId": 7})


async def test_sessions_of_the_platform_factory_are_units_of_work(sessions: Any) -> None:
    async with sessions() as s:
        assert isinstance(s, UnitOfWork)
    with pytest.raises(TypeError):
        unit_of(AsyncSession())


async def test_events_and_commands_are_delivered_after_the_commit(sessions: Any) -> None:
    bus, gateway = CommittedCheckingBus(sessions), FakeChargerGateway()
    _wire(sessions, bus, gateway)

    async with sessions() as s, s.begin():  # leaving begin() commits
        await _stage(s, "uow_a")
        s.publish(("test.one", "test.two"), {"key": "uow_a"})
        assert bus.events == [] and gateway.sent == []  # nothing before the commit
    assert bus.events == [
        ("test.events", {"key": "uow_a"}, True),
        ("test.one", {"key": "uow_a"}, True),
        ("test.two", {"key": "uow_a"}, True),
    ]
    async with asyncio.timeout(10):  # commands go out in the background (a charger may be slow)
        await gateway.sent_event.wait()
    assert gateway.sent == [("CP-UOW", "RemoteStopTransaction", {"transactionId": 7}, None)]

    async with sessions() as s:  # an explicit commit delivers too
        await _stage(s, "uow_b")
        await s.commit()
    assert bus.events[-1] == ("test.events", {"key": "uow_b"}, True)

    async with sessions.begin() as s:  # and the factory's begin()
        await _stage(s, "uow_c")
    assert bus.events[-1] == ("test.events", {"key": "uow_c"}, True)


async def test_nothing_is_delivered_after_a_rollback(sessions: Any) -> None:
    bus, gateway = CommittedCheckingBus(sessions), FakeChargerGateway()
    _wire(sessions, bus, gateway)

    with pytest.raises(RuntimeError):
        async with sessions() as s, s.begin():
            await _stage(s, "uow_rolled_back")
            raise RuntimeError("the unit fails")
    async with sessions() as s:
        await _stage(s, "uow_explicit_rollback")
        await s.rollback()
        await s.commit()  # nothing left to deliver
    async with sessions() as s:
        await _stage(s, "uow_never_committed")  # closed without a commit
    async with sessions() as s, s.begin():  # a savepoint that rolls back drops only its own
        await _stage(s, "uow_outer", channel="test.outer")
        with pytest.raises(RuntimeError):
            async with s.begin_nested():
                await _stage(s, "uow_inner", channel="test.inner")
                raise RuntimeError("the savepoint fails")
    async with asyncio.timeout(10):  # the outer unit's command (the only one started)
        await gateway.sent_event.wait()
    assert [(c, p["key"]) for c, p, _ in bus.events] == [("test.outer", "uow_outer")]
    assert len(gateway.sent) == 1  # the outer unit's command only
    async with sessions() as s:
        keys = set((await s.execute(select(PlatformSetting.key))).scalars())
    assert keys == {"uow_outer"}


async def test_a_failing_delivery_does_not_undo_the_commit(
    sessions: Any, caplog: pytest.LogCaptureFixture
) -> None:
    bus = CommittedCheckingBus(sessions, fail_on="test.broken")
    gateway = FakeChargerGateway(error=CommandRejected("NotSupported"))
    _wire(sessions, bus, gateway)
    caplog.set_level(logging.WARNING, logger="plagsini.uow")

    async with sessions() as s, s.begin():
        await _stage(s, "uow_failing", channel="test.broken")
        s.publish("test.after", {"key": "uow_failing"})
    async with asyncio.timeout(10):
        await gateway.sent_event.wait()
    # The first event failed; the next one was still delivered, in order; the row stays committed.
    assert [c for c, _, _ in bus.events] == ["test.broken", "test.after"]
    async with sessions() as s:
        assert await s.get(PlatformSetting, "uow_failing") is not None
    # The gateway's refusal was logged in the same step of the sending task that raised it.
    assert any("RemoteStopTransaction to CP-UOW" in r.getMessage() for r in caplog.records)
    assert any("cannot publish test.broken" in r.getMessage() for r in caplog.records)


async def test_wallet_movements_are_announced_once_committed(sessions: Any) -> None:
    """ledger.post stages the wallet event on the unit of work (no session.info, no listener)."""
    from tests.money.conftest import RecordingBus, create_user

    bus = RecordingBus()
    _wire(sessions, bus, None)
    user_id = await create_user(sessions)

    async def credit(s: AsyncSession, fail: bool) -> None:
        wallet = await ledger.wallet_account(s, user_id)
        gateway = await ledger.system_account(s, ledger.GATEWAY)
        await ledger.post(
            s,
            idempotency_key=f"uow-credit:{fail}",
            kind="topup",
            entries=[(wallet, 500), (gateway, -500)],
        )
        if fail:
            raise RuntimeError("after the posting, before the commit")

    with pytest.raises(RuntimeError):
        await ledger.in_transaction(sessions, lambda s: credit(s, True))
    assert bus.events == []
    await ledger.in_transaction(sessions, lambda s: credit(s, False))
    assert [(c, p["balance_sen"], p["amount_sen"]) for c, p in bus.events] == [
        (f"wallet.{user_id}", 500, 500)
    ]
