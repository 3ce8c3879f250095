"""The simulator: N firmware chargers in one process against a central system."""

import asyncio

import pytest

from firmware import simulator


def simulate(cs, store_dir, chargers, scenario, id_prefix, **options):
    """Runs the simulator's `chargers` chargers (named `id_prefix` + 001...) against `cs` in a task."""
    return asyncio.create_task(
        simulator.run_simulator(
            cs.url,
            chargers=chargers,
            scenario=scenario,
            id_prefix=id_prefix,
            store_dir=str(store_dir),
            **options,
        )
    )


@pytest.mark.asyncio
async def test_run_simulator_three_chargers_charge_scenario(central_system, tmp_path):
    cs = central_system
    stop = asyncio.Event()
    timing = {"time_scale": 50.0, "meter_interval": 1, "session_s": 1.5, "pause_s": 0.2}
    task = simulate(cs, tmp_path, 3, "charge", "SIMT", stop_event=stop, **timing)
    try:
        for i in (1, 2, 3):
            cp = f"SIMT00{i}"
            await cs.wait_for("BootNotification", cp=cp)
            start = await cs.wait_for("StartTransaction", cp=cp)
            assert start["payload"]["idTag"] == f"SIMTAG-{cp}"
            await cs.wait_for("MeterValues", cp=cp, where=lambda p: "transactionId" in p)
            await cs.wait_for("StopTransaction", cp=cp, timeout=15)
    finally:
        stop.set()
        sims = await asyncio.wait_for(task, 10)
    assert len(sims) == 3
    assert all(s.cp.accepted for s in sims)


@pytest.mark.asyncio
async def test_faults_scenario_reports_a_fault(central_system, tmp_path):
    cs = central_system
    sims_task = simulate(cs, tmp_path, 1, "faults", "FLT", session_s=0.5, pause_s=0.2, duration=30)
    try:
        st = await cs.wait_for(
            "StatusNotification", cp="FLT001", where=lambda p: p["status"] == "Faulted", timeout=15
        )
        assert st["payload"]["errorCode"] == "GroundFailure"
        stop = await cs.wait_for("StopTransaction", cp="FLT001")
        assert stop["payload"]["reason"] == "EmergencyStop"
    finally:
        sims_task.cancel()
        try:
            await sims_task
        except asyncio.CancelledError:
            pass


@pytest.mark.asyncio
async def test_auth_key_per_charger_and_remote_scenario(central_system, tmp_path):
    cs = central_system
    cs.passwords = {"AK001": "key-for-AK001-0000", "AK002": "key-for-AK002-0000"}
    stop = asyncio.Event()
    task = simulate(
        cs, tmp_path, 2, "remote", "AK", auth_key=lambda cp: f"key-for-{cp}-0000", stop_event=stop
    )
    try:
        for cp in ("AK001", "AK002"):
            await cs.wait_for("StatusNotification", cp=cp, where=lambda p: p["status"] == "Preparing")
        r = await cs.call("AK002", "RemoteStartTransaction", {"idTag": "APP", "connectorId": 1})
        assert r["status"] == "Accepted"
        await cs.wait_for("StartTransaction", cp="AK002")
    finally:
        stop.set()
        await asyncio.wait_for(task, 10)


@pytest.mark.asyncio
async def test_a_drivers_session_from_the_app_lasts_until_the_driver_stops_it(central_system, tmp_path):
    """`make run`'s simulated chargers: a driver's start from the app on a charger running the charge
    scenario is not ended by the scenario's own car (it was unplugged a moment later, so a driver
    trying the app saw the session end by itself). It lasts until the driver stops it, then the car
    leaves and the scenario goes on."""
    cs = central_system
    cp = "DRV001"
    stop = asyncio.Event()
    timing = {"time_scale": 50.0, "meter_interval": 1, "session_s": 1.5, "pause_s": 2.0}
    task = simulate(cs, tmp_path, 1, "charge", "DRV", stop_event=stop, **timing)
    try:
        own = await cs.wait_for("StopTransaction", cp=cp, timeout=20)  # the scenario's own session
        after = cs.messages.index(own)
        await cs.wait_for(
            "StatusNotification", cp=cp, where=lambda p: p["status"] == "Available", since=after
        )
        mark = cs.mark()
        r = await cs.call(cp, "RemoteStartTransaction", {"idTag": "DRIVER", "connectorId": 1})
        assert r["status"] == "Accepted"
        start = await cs.wait_for(
            "StartTransaction", cp=cp, where=lambda p: p["idTag"] == "DRIVER", since=mark
        )
        tx = start["response"]["transactionId"]
        # Five readings a second apart: longer than the scenario's session and pause together.
        since = cs.messages.index(start)
        for _ in range(5):
            reading = await cs.wait_for(
                "MeterValues", cp=cp, where=lambda p: p.get("transactionId") == tx, since=since
            )
            since = cs.messages.index(reading) + 1
        assert cs.find("StopTransaction", cp=cp, since=mark) is None
        assert cs.find("StartTransaction", cp=cp, since=cs.messages.index(start) + 1) is None
        r = await cs.call(cp, "RemoteStopTransaction", {"transactionId": tx})
        assert r["status"] == "Accepted"
        ended = await cs.wait_for("StopTransaction", cp=cp, since=mark)
        assert ended["payload"]["transactionId"] == tx and ended["payload"]["reason"] == "Remote"
        # The car leaves; the scenario's next car charges with the simulator's card.
        at = cs.messages.index(ended)
        await cs.wait_for("StatusNotification", cp=cp, where=lambda p: p["status"] == "Available", since=at)
        await cs.wait_for(
            "StartTransaction", cp=cp, where=lambda p: p["idTag"] == "SIMTAG", since=at, timeout=20
        )
    finally:
        stop.set()
        await asyncio.wait_for(task, 10)


def test_unknown_scenario_is_refused():
    with pytest.raises(ValueError):
        asyncio.run(simulator.run_simulator("ws://127.0.0.1:1", scenario="nope"))


@pytest.mark.asyncio
async def test_main_cli_runs_for_a_duration(central_system, tmp_path):
    args = [
        "--url",
        central_system.url,
        "--chargers",
        "2",
        "--scenario",
        "idle",
        "--id-prefix",
        "CLI",
        "--store-dir",
        str(tmp_path),
        "--duration",
        "3",
    ]
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, simulator.main, args)
    await central_system.wait_for("BootNotification", cp="CLI002")
    assert await asyncio.wait_for(fut, 10) == 0


@pytest.mark.asyncio
async def test_tc_032_1_power_loss_fault_reboots_and_stops_the_transaction(central_system, tmp_path):
    cs = central_system
    cfg = simulator.charger_config(cs.url, "PWR001", str(tmp_path / "PWR001"), meter_interval=1)
    sim = simulator.SimCharger(cfg)
    task = asyncio.create_task(sim.run())
    try:
        await cs.wait_for("StatusNotification", cp="PWR001", where=lambda p: p["status"] == "Available")
        await sim.command("plug")
        assert await sim.command("tag", "PWRTAG")
        start = await cs.wait_for("StartTransaction", cp="PWR001")
        mark = cs.mark()
        await sim.command("fault", "power_loss")
        await cs.wait_for("BootNotification", cp="PWR001", since=mark)
        stop = await cs.wait_for("StopTransaction", cp="PWR001", since=mark)
        assert stop["payload"]["reason"] == "PowerLoss"
        assert stop["payload"]["transactionId"] == start["response"]["transactionId"]
        assert sim.boots == 2
    finally:
        sim.stop()
        await asyncio.wait_for(task, 10)
