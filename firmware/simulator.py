"""Charger simulator: N firmware instances with the sim HAL in one process.

    python -m firmware.simulator --url ws://localhost:9000 --chargers 3 [--scenario charge]

Each simulated charger runs the real firmware (ocpp_client, pilot supervisor, journal, metering)
against the sim HAL, whose EV follows a scenario: plug in, authorise, charge, unplug, faults.
The module is written for the MicroPython subset too (the e2e test runs it under the unix port);
only `main()` needs CPython's argparse.
"""

import sys

from firmware import compat, config
from firmware.compat import asyncio
from firmware.hal.sim import SimHal
from firmware.ocpp_client import ChargePoint, Reboot

SCENARIOS = ("idle", "charge", "remote", "faults", "mixed")
PROTOCOLS = ("ocpp1.6", "ocpp2.0.1")
FAULTS = ("rcd", "overcurrent", "pilot_short", "power_loss")


class SimCharger:
    """One simulated charger: firmware + sim HAL, rebooted in-process on Reset / firmware install."""

    def __init__(self, cfg, ev_kwargs=None, time_scale=1.0):
        self.cfg = cfg
        self.store = cfg["store_dir"]
        compat.makedirs(self.store)
        self.hal = SimHal(cfg["connectors"], ev_kwargs, time_scale, self.store)
        self.cp = None
        self.boots = 0
        self._stop = False
        self._power_cut = False

    async def run(self):
        while not self._stop:
            self._power_cut = False
            self.hal.power_lost = False
            self.cp = ChargePoint(self.cfg, self.hal, self.store)
            self.boots += 1
            try:
                await self.cp.run()
            except Reboot as e:
                compat.log(self.cfg["charge_point_id"], "reboot", e)
                continue
            if not self._power_cut:
                break

    def power_cut(self):
        """Lose power: the firmware stops at once (no OCPP goodbye) and boots again from flash."""
        self._power_cut = True
        if self.cp is not None:
            self.cp.stop()

    def stop(self):
        self._stop = True
        if self.cp is not None:
            self.cp.stop()

    async def command(self, cmd, arg=None, connector=1):
        """plug | unplug | tag <idTag> | start | stop | fault <name> | clear <name> | soc <pct>"""
        ev = self.hal.ev(connector)
        if cmd == "plug":
            ev.plug()
        elif cmd == "unplug":
            ev.unplug()
        elif cmd == "tag":
            if self.cp is None:
                raise RuntimeError("the charger is not running")
            return await self.cp.present_id_tag(arg, connector)
        elif cmd in ("start", "stop"):
            self.hal.press(cmd)
        elif cmd == "fault" and arg == "power_loss":
            self.power_cut()
        elif cmd == "fault":
            self.hal.inject(arg, connector, True)
        elif cmd == "clear":
            self.hal.inject(arg, connector, False)
        elif cmd == "soc":
            ev.soc = float(arg)
        else:
            raise ValueError("unknown command " + str(cmd))
        return True

    async def _until(self, predicate, timeout_s):
        deadline = compat.ticks_add(compat.ticks_ms(), int(timeout_s * 1000))
        while not predicate():
            if compat.ticks_diff(compat.ticks_ms(), deadline) > 0 or self._stop:
                return False
            await asyncio.sleep(0.1)
        return True

    def _tx(self, connector=1):
        return self.cp is not None and self.cp.connector(connector).tx is not None

    def _drivers(self, id_tag, connector=1):
        """A session someone else started here (a driver's start from the app), or waits to start:
        not the scenario's own card."""
        if self.cp is None:
            return False
        c = self.cp.connector(connector)
        if c.tx is not None:
            return c.tx["idTag"] != id_tag
        return c.pending is not None and c.pending["idTag"] != id_tag

    async def _drivers_session(self, id_tag, connector=1):
        """If a driver started (or is starting) a session here: the driver's car is plugged in and
        stays until the session ends (the driver stops it in the app), then leaves. The scenario's
        own car never ends a driver's session. False if there is none."""
        if not self._drivers(id_tag, connector):
            return False
        await self.command("plug", connector=connector)
        await self._until(lambda: not self._drivers(id_tag, connector), 24 * 3600)
        await asyncio.sleep(1)
        await self.command("unplug", connector=connector)
        return True

    async def scenario(self, name, id_tag="SIMTAG", session_s=30.0, pause_s=5.0, seed=0):
        """Drive the EV through a scenario until stopped."""
        await self._until(lambda: self.cp is not None and self.cp.accepted, 60)
        if name == "idle":
            return
        if name == "remote":
            # A car plugged in, waiting for a driver's start from the app; it leaves after each
            # session and the next one arrives.
            while not self._stop:
                if self.hal.ev(1).soc >= 99.0:
                    self.hal.ev(1).soc = 20.0
                await self.command("plug")
                await self._until(lambda: self._drivers(id_tag), 24 * 3600)
                await self._drivers_session(id_tag)
                await asyncio.sleep(pause_s)
            return
        n = seed
        while not self._stop:
            await asyncio.sleep(pause_s * (0.5 + compat.rand_float()))
            if await self._drivers_session(id_tag):
                continue
            await self.command("plug")
            await asyncio.sleep(0.5)
            if await self._drivers_session(id_tag):
                continue
            if not await self.command("tag", id_tag):
                await asyncio.sleep(pause_s)
                await self.command("unplug")
                continue
            await self._until(lambda: self._tx(), 30)
            if name == "faults":
                await asyncio.sleep(session_s / 2)
                fault = FAULTS[n % len(FAULTS)]
                n += 1
                await self.command("fault", fault)
                await asyncio.sleep(2)
                await self.command("unplug")
                await self.command("clear", fault)
            else:
                await self._until(lambda: not self._tx() or self.hal.ev(1).soc >= 100.0, session_s)
                if self._tx():
                    await self.command("tag", id_tag)  # the driver ends the session with the card
                await asyncio.sleep(1)
                if await self._drivers_session(id_tag):  # a driver started from the app meanwhile
                    continue
                await self.command("unplug")
                if self.hal.ev(1).soc >= 99.0:
                    self.hal.ev(1).soc = 20.0  # a new car arrives


def _default_store():
    if compat.exists("/tmp"):
        return "/tmp/plagsini-sim"
    return "sim-data"


def charger_config(
    url,
    cp_id,
    store_dir,
    auth_key=None,
    meter_interval=10,
    heartbeat_interval=60,
    overrides=None,
    protocol="ocpp1.6",
):
    cfg = config.make(
        url=url,
        protocol=protocol,
        charge_point_id=cp_id,
        store_dir=store_dir,
        authorization_key=auth_key,
        security_profile=1 if auth_key else 0,
        serial=cp_id,
        ocpp={
            "MeterValueSampleInterval": meter_interval,
            "HeartbeatInterval": heartbeat_interval,
            "MeterValuesSampledData": "Energy.Active.Import.Register,Power.Active.Import,Current.Import,SoC",
            "TransactionMessageRetryInterval": 5,
        },
    )
    if overrides:
        cfg = config.merge(cfg, overrides)
    return cfg


async def run_simulator(
    url,
    chargers=1,
    scenario="charge",
    id_prefix="SIM",
    auth_key=None,
    id_tag="SIMTAG",
    store_dir=None,
    duration=None,
    time_scale=1.0,
    meter_interval=10,
    heartbeat_interval=60,
    session_s=30.0,
    pause_s=5.0,
    stop_event=None,
    overrides=None,
    protocol="ocpp1.6",
):
    """Run `chargers` simulated chargers `<id_prefix>001`, `<id_prefix>002`, ... against `url`.

    url: central-system base URL; the charge point id is appended as the last path segment.
    scenario: idle | charge | remote | faults | mixed (mixed cycles through the others).
    auth_key: Basic-auth password (security profile 1/2): a str for all chargers, a dict
        {cp_id: key}, or a callable cp_id -> key; None = no auth.
    store_dir: where each charger keeps its flash (journal, meter register, keys).
    duration: seconds to run; None = until stop_event is set (or forever).
    time_scale: speeds up the EV battery model; session_s / pause_s: charge / idle time per cycle.
    overrides: config keys merged into every charger's config (see firmware/config.py).
    protocol: "ocpp1.6" or "ocpp2.0.1" (the same charger; see firmware/core/ocpp201.py).
    Returns the list of SimCharger objects.
    """
    if protocol not in PROTOCOLS:
        raise ValueError("unknown protocol %s (one of %s)" % (protocol, ", ".join(PROTOCOLS)))
    if scenario not in SCENARIOS:
        raise ValueError("unknown scenario %s (one of %s)" % (scenario, ", ".join(SCENARIOS)))
    store_dir = store_dir or _default_store()
    sims = []
    tasks = []
    for i in range(chargers):
        cp_id = "%s%03d" % (id_prefix, i + 1)
        if auth_key is None or isinstance(auth_key, str):
            key = auth_key
        elif isinstance(auth_key, dict):
            key = auth_key.get(cp_id)
        else:
            key = auth_key(cp_id)
        cfg = charger_config(
            url,
            cp_id,
            compat.path_join(store_dir, cp_id),
            key,
            meter_interval,
            heartbeat_interval,
            overrides,
            protocol,
        )
        sim = SimCharger(cfg, {"soc": 10.0 + (i * 17) % 60}, time_scale)
        sims.append(sim)
        name = scenario
        if scenario == "mixed":
            name = ("charge", "remote", "faults", "idle")[i % 4]
        tasks.append(asyncio.create_task(sim.run()))
        tasks.append(
            asyncio.create_task(
                sim.scenario(
                    name, "%s-%s" % (id_tag, cp_id) if chargers > 1 else id_tag, session_s, pause_s, i
                )
            )
        )
    try:
        if duration is not None:
            if stop_event is not None:
                await compat.wait_event(stop_event, duration)
            else:
                await asyncio.sleep(duration)
        elif stop_event is not None:
            await stop_event.wait()
        else:
            while True:
                await asyncio.sleep(3600)
    finally:
        for s in sims:
            s.stop()
        for t in tasks:
            compat.cancel(t)
        for s in sims:
            if s.cp is not None:
                await s.cp.shutdown()
    return sims


def load_auth_keys(path):
    """--auth-key-file: a JSON object {charge point id: AuthorizationKey}."""
    import json

    with open(path) as f:
        keys = json.load(f)
    if not isinstance(keys, dict) or not all(isinstance(v, str) for v in keys.values()):
        raise ValueError("%s: expected a JSON object {charge point id: key}" % path)
    return keys


def parse_args(argv=None):
    import argparse

    parser = argparse.ArgumentParser(prog="plagsini simulate", description="Run simulated chargers.")
    parser.add_argument("--url", default="ws://localhost:9000", help="central-system URL (id is appended)")
    parser.add_argument("--chargers", type=int, default=1)
    parser.add_argument("--scenario", choices=SCENARIOS, default="charge")
    parser.add_argument("--protocol", choices=PROTOCOLS, default="ocpp1.6", help="the OCPP version spoken")
    parser.add_argument("--id-prefix", default="SIM")
    keys = parser.add_mutually_exclusive_group()
    keys.add_argument("--auth-key", default=None, help="Basic-auth password for all chargers")
    keys.add_argument(
        "--auth-key-file", default=None, help='JSON file {"SIM001": "key", ...}: one password per charger'
    )
    parser.add_argument("--id-tag", default="SIMTAG")
    parser.add_argument("--store-dir", default=None)
    parser.add_argument("--duration", type=float, default=None, help="seconds; default: run forever")
    parser.add_argument("--time-scale", type=float, default=1.0, help="speed up the EV battery model")
    parser.add_argument("--meter-interval", type=int, default=10, help="MeterValueSampleInterval (s)")
    parser.add_argument("--heartbeat-interval", type=int, default=60, help="HeartbeatInterval (s)")
    parser.add_argument("--session-s", type=float, default=30.0, help="charging time per session (s)")
    parser.add_argument("--pause-s", type=float, default=5.0, help="idle time between sessions (s)")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    if args.auth_key_file:
        try:
            args.auth_key = load_auth_keys(args.auth_key_file)
        except (OSError, ValueError) as e:
            parser.error("--auth-key-file: %s" % e)
    return args


def main(argv=None):
    """CLI entry: `python -m firmware.simulator --url ws://localhost:9000 --chargers 3`."""
    args = parse_args(argv)
    try:
        asyncio.run(
            run_simulator(
                args.url,
                args.chargers,
                args.scenario,
                args.id_prefix,
                args.auth_key,
                args.id_tag,
                args.store_dir,
                args.duration,
                args.time_scale,
                args.meter_interval,
                args.heartbeat_interval,
                args.session_s,
                args.pause_s,
                protocol=args.protocol,
            )
        )
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
