"""Stopping background tasks: a task that absorbs a cancellation still ends, a library call that drops
one still raises it, and a node that is slow to stop says what it waits on."""

from __future__ import annotations

import asyncio
import logging

import pytest

from domain.tasks import cancel_and_wait, cancellable
from plagsini import server


async def _stubborn() -> None:
    """Absorbs the first cancellation, as a library caught at the wrong moment does."""
    try:
        await asyncio.Event().wait()
    except asyncio.CancelledError:
        pass
    await asyncio.Event().wait()


async def test_cancel_and_wait_ends_a_task_that_absorbs_its_cancellation(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("domain.tasks.RECANCEL_SECONDS", 0.05)
    task = asyncio.create_task(_stubborn(), name="stubborn")
    await asyncio.sleep(0)  # it is waiting
    async with asyncio.timeout(10):
        await cancel_and_wait(task)
    assert task.cancelled()
    assert "task stubborn is still running after its cancellation" in caplog.text


async def test_a_cancellation_a_library_call_dropped_is_raised() -> None:
    async def drops_it() -> str:
        try:
            await asyncio.Event().wait()
        except asyncio.CancelledError:
            return "as if nothing happened"  # what asyncio.wait_for does on Python 3.11 in a race
        return "never"

    after: list[str] = []

    async def caller() -> None:
        await cancellable(drops_it())
        after.append("went on")

    task = asyncio.create_task(caller())
    await asyncio.sleep(0)
    task.cancel()
    async with asyncio.timeout(10):
        with pytest.raises(asyncio.CancelledError):
            await task
    assert after == []


async def test_cancellable_passes_a_result_and_a_handled_cancellation_through() -> None:
    async def value() -> int:
        await asyncio.sleep(0)
        return 7

    assert await cancellable(value()) == 7

    async def times_out() -> None:
        async with asyncio.timeout(0):  # a cancellation asyncio.timeout itself sent and handled
            await asyncio.Event().wait()

    with pytest.raises(TimeoutError):
        await cancellable(times_out())


async def test_a_node_slow_to_stop_names_the_task_it_waits_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(server, "STOP_REPORT_SECONDS", 0.01)
    reported = asyncio.Event()
    lines: list[str] = []

    class Catch(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            lines.append(record.getMessage())
            reported.set()

    handler = Catch(logging.WARNING)
    server.log.addHandler(handler)
    stuck = asyncio.create_task(asyncio.Event().wait(), name="stuck-writer")

    async def stopping() -> None:
        await stuck

    stopper = asyncio.create_task(stopping(), name="stopper")
    try:
        server.watch_stop(asyncio.get_running_loop())
        async with asyncio.timeout(10):
            await reported.wait()
    finally:
        server.log.removeHandler(handler)
        stopper.cancel()
        stuck.cancel()
        await asyncio.gather(stopper, stuck, return_exceptions=True)
    assert "node still stopping" in lines[0]
    assert "stopper at " in lines[0] and "awaiting stuck-writer" in lines[0]
    assert "stuck-writer at Event.wait" in lines[0]
