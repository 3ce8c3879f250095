"""End to end: two real MicroPython firmware processes (unix port, simulated EV) as the two chargers of
a managed site whose main supply is 32 A per phase, against the running platform.

The platform's load management sends each charger its TxDefaultProfile (the failsafe) when it connects
and a TxProfile per running transaction; the firmware stores them and its simulated pilot advertises the
limit (IEC 61851-1 duty: 16 A -> 26.67 %, 32 A -> 53.33 %). One charger takes limits in A, the other in
W (its ChargingScheduleAllowedChargingRateUnit is Power), so both rate units are converted back to A.
While both charge, an admin lowers the main supply to 20 A through GraphQL (10 A each on the pilots)
and raises it again; then one driver ends the session and the other charger gets the whole 32 A.

Observed from outside: what the platform recorded (each profile and the charger's answer, in the
database), what the firmware stored on its flash (`profiles.json`) and what its pilot shows
(`pilot.json`, written by the unix entry). Both are other processes' state: polled with deadlines.
"""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import Callable
from functools import partial
from typing import Any

from sqlalchemy import select

from api.relay import encode_id
from db.models import Charger, ChargingProfile
from firmware.pilot import duty_for_current
from tests.helpers.auth import make_user
from tests.load.conftest import managed_site
from tests.services import terminate

from .conftest import find_micropython
from .unix_port import control, spawn, write_config

SUPPLY_A = 32
LOWERED_A = 20
VOLTS_3PH = 230 * 3
CHARGERS = {"MPYSITE1": ("A", "MPYCAR1"), "MPYSITE2": ("W", "MPYCAR2")}


async def _until(fetch: Callable[[], Any], accept: Callable[[Any], bool], timeout: float, what: str) -> Any:
    """Until accept(fetch()) holds (fetch may be a coroutine function); that value, or AssertionError."""
    last: Any = None
    try:
        async with asyncio.timeout(timeout):
            while True:
                last = fetch()
                if asyncio.iscoroutine(last):
                    last = await last
                if accept(last):
                    return last
                await asyncio.sleep(0.05)  # another process's state: there is no event to wait on
    except TimeoutError:
        raise AssertionError(f"timed out after {timeout}s waiting for {what}; last: {last!r}") from None


def _read(store: str, name: str) -> Any:
    try:
        with open(os.path.join(store, name)) as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def _amps(profile: dict[str, Any]) -> float:
    """The limit of a profile's first period in A per phase."""
    sched = profile["chargingSchedule"]
    period = sched["chargingSchedulePeriod"][0]
    limit = float(period["limit"])
    if sched["chargingRateUnit"] == "W":
        limit /= 230 * int(period.get("numberPhases") or 3)
    return limit


def _stored(store: str, purpose: str) -> list[dict[str, Any]]:
    """The profiles of `purpose` the firmware keeps on its flash."""
    return [
        e["profile"]
        for e in _read(store, "profiles.json") or []
        if e["profile"].get("chargingProfilePurpose") == purpose
    ]


def _pilot(store: str) -> dict[str, Any] | None:
    return (_read(store, "pilot.json") or {}).get("1")


def _charging_at(amps: float) -> Callable[[Any], bool]:
    """The pilot advertises `amps` and the contactor is closed (the EV charges)."""
    want = duty_for_current(amps)
    return lambda p: p is not None and abs(p["duty"] - want) < 0.01 and p["relay"] is True


async def _follows(cpid: str, store: str, amps: float) -> tuple[dict[str, Any], dict[str, Any]]:
    """Until the firmware keeps one TxProfile, of `amps`, on its flash and its pilot advertises `amps`
    with the contactor closed (the relay closes a tick after the duty changes); the profile and the
    pilot."""
    [profile] = await _until(
        partial(_stored, store, "TxProfile"),
        lambda got: len(got) == 1 and _amps(got[0]) == amps,
        30,
        f"{cpid}'s stored TxProfile of {amps} A",
    )
    pilot = await _until(partial(_pilot, store), _charging_at(amps), 10, f"{cpid}'s pilot at {amps} A")
    return profile, pilot


async def test_two_micropython_chargers_follow_the_site_limit(server: Any, tmp_path: Any) -> None:
    mp = find_micropython()
    p = server.platform
    units = {cpid: "Power" for cpid, (unit, _) in CHARGERS.items() if unit == "W"}
    tags = [tag for _, tag in CHARGERS.values()]
    _, admin = await make_user(p, role="admin")
    _, keys, nodes = await managed_site(
        p, "Condo", SUPPLY_A, [(cpid, 32) for cpid in CHARGERS], units=units, tags=tags
    )

    async def accepted(cpid: str, purpose: str) -> list[ChargingProfile]:
        """The profiles of `purpose` the platform sent `cpid` and it accepted, oldest first."""
        async with p.sessionmaker() as s:
            rows = await s.scalars(
                select(ChargingProfile)
                .join(Charger, Charger.id == ChargingProfile.charger_id)
                .where(
                    Charger.charge_point_id == cpid,
                    ChargingProfile.purpose == purpose,
                    ChargingProfile.status == "Accepted",
                )
                .order_by(ChargingProfile.id)
            )
            return list(rows)

    stores: dict[str, str] = {}
    procs = []
    try:
        for cpid, (unit, _) in CHARGERS.items():
            store = str(tmp_path / cpid)
            stores[cpid] = store
            ocpp = {
                "MeterValueSampleInterval": 1,
                "TransactionMessageRetryInterval": 1,
                "HeartbeatInterval": 30,
                "MeterValuesSampledData": "Energy.Active.Import.Register,Current.Import",
                "ChargingScheduleAllowedChargingRateUnit": "Power" if unit == "W" else "Current",
            }
            cfg = write_config(
                tmp_path / f"{cpid}.json",
                server.ocpp_url,
                cpid,
                store,
                authorization_key=keys[cpid],
                security_profile=1,
                ocpp=ocpp,
            )
            procs.append((spawn(mp, cfg, tmp_path / f"{cpid}.log"), tmp_path / f"{cpid}.log"))

        # (d) the failsafe: each charger gets a TxDefaultProfile, accepts it and keeps it on flash
        for cpid, store in stores.items():
            await _until(partial(_stored, store, "TxDefaultProfile"), bool, 30, f"{cpid}'s failsafe")
            [failsafe] = _stored(store, "TxDefaultProfile")
            assert failsafe["chargingSchedule"]["chargingRateUnit"] == CHARGERS[cpid][0]
            # 0 A: a session started while the platform cannot reach the charger draws nothing
            assert _amps(failsafe) == 0
            # the platform records the answer after the firmware stored the profile and answered
            await _until(partial(accepted, cpid, "TxDefaultProfile"), bool, 30, f"{cpid}'s failsafe accepted")
            # before any TxProfile nothing is offered: the failsafe holds no current for an idle charger
            idle = _pilot(store)
            assert idle is not None and idle["duty"] == 100.0

        # a session on each charger, started by the driver's card as on a real charger
        for cpid, store in stores.items():
            control(store, "tag", CHARGERS[cpid][1])

        # (a) + (b): each transaction's TxProfile, 16 A each (in A or W), reaches the firmware, is
        # accepted and stored, and the pilot advertises 16 A
        for cpid, store in stores.items():
            rows = await _until(
                partial(accepted, cpid, "TxProfile"),
                lambda rows: bool(rows) and _amps({"chargingSchedule": rows[-1].schedule}) == 16,
                30,
                f"{cpid}'s accepted TxProfile of 16 A",
            )
            assert rows[-1].schedule["chargingRateUnit"] == CHARGERS[cpid][0]
            tx_profile, pilot = await _follows(cpid, store, 16)
            assert tx_profile["transactionId"] == rows[-1].transaction_id
            assert round(pilot["duty"], 1) == 26.7

        # an admin lowers the main supply to 20 A while both charge: 10 A each, and the pilots follow
        r = await server.graphql(
            """mutation($i: UpdateCapacityNodeInput!) { updateCapacityNode(input: $i) {
               errors { message } } }""",
            {
                "i": {"id": encode_id("CapacityNode", nodes["root"])}
                | {f"limitL{n}A": LOWERED_A for n in (1, 2, 3)}
            },
            token=admin,
        )
        assert r["data"]["updateCapacityNode"]["errors"] == [], r
        for cpid, store in stores.items():
            await _follows(cpid, store, LOWERED_A / 2)
        r = await server.graphql(
            """mutation($i: UpdateCapacityNodeInput!) { updateCapacityNode(input: $i) {
               errors { message } } }""",
            {
                "i": {"id": encode_id("CapacityNode", nodes["root"])}
                | {f"limitL{n}A": SUPPLY_A for n in (1, 2, 3)}
            },
            token=admin,
        )
        assert r["data"]["updateCapacityNode"]["errors"] == [], r

        # (c) the first driver ends the session: the second charger gets the whole supply
        first, second = list(CHARGERS)
        control(stores[first], "tag", CHARGERS[first][1])
        await _until(
            lambda: _pilot(stores[first]),
            lambda pl: pl is not None and pl["duty"] == 100.0,
            15,
            f"{first}'s pilot off after its session",
        )
        await _until(
            lambda: accepted(second, "TxProfile"),
            lambda rows: _amps({"chargingSchedule": rows[-1].schedule}) == SUPPLY_A,
            30,
            f"{second}'s TxProfile raised to {SUPPLY_A} A",
        )
        _, pilot = await _follows(second, stores[second], SUPPLY_A)
        assert round(pilot["duty"], 1) == 53.3
        assert _stored(stores[first], "TxProfile") == []  # ended with its transaction
        assert len(_stored(stores[first], "TxDefaultProfile")) == 1  # the failsafe stays
    finally:
        for proc, log in procs:
            terminate(proc, 5)
            print(log.read_text()[-3000:])
