"""A managed site with chargers for the load management tests: the site, its capacity tree, the
chargers registered on it, and a record of every SetChargingProfile the simulated chargers receive."""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from sqlalchemy import update

from db.models import IdTag, SiteLoad
from domain import chargers, sites
from domain.commands import upsert_config
from domain.load import tree


@pytest.fixture(params=["sqlite", pytest.param("mariadb", marks=pytest.mark.mariadb)])
async def db_server(request: pytest.FixtureRequest, server_factory: Any) -> Any:
    """A running platform on SQLite, and once more on MariaDB."""
    if request.param == "sqlite":
        return await server_factory()
    return await server_factory(database_url=request.getfixturevalue("migrated_mariadb_url"))


def iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass
class Frame:
    at: float
    cpid: str
    payload: dict[str, Any]


def limit_of(payload: dict[str, Any]) -> float:
    """The limit a SetChargingProfile (1.6) payload sets from its start."""
    return float(payload["csChargingProfiles"]["chargingSchedule"]["chargingSchedulePeriod"][0]["limit"])


@dataclass
class Profiles:
    """Every SetChargingProfile the chargers received, in the order they received it; each answered
    as `answer(cpid)` says (Accepted by default)."""

    frames: list[Frame] = field(default_factory=list)
    refuse: set[str] = field(default_factory=set)
    arrived: asyncio.Event = field(default_factory=asyncio.Event)

    def answerer(self, cpid: str) -> Any:
        def answer(action: str, payload: dict[str, Any]) -> dict[str, Any]:
            self.frames.append(Frame(time.monotonic(), cpid, payload))
            self.arrived.set()
            return {"status": "Rejected" if cpid in self.refuse else "Accepted"}

        return answer

    async def wait(self, pred: Callable[[], bool], timeout: float = 10) -> None:
        """Until `pred()` holds, checked after each frame; TimeoutError after `timeout` seconds."""
        async with asyncio.timeout(timeout):
            while not pred():
                self.arrived.clear()
                await self.arrived.wait()

    def of(self, cpid: str, purpose: str = "TxProfile") -> list[dict[str, Any]]:
        return [
            f.payload
            for f in self.frames
            if f.cpid == cpid and f.payload["csChargingProfiles"]["chargingProfilePurpose"] == purpose
        ]

    def last_limit(self, cpid: str, purpose: str = "TxProfile") -> float | None:
        got = self.of(cpid, purpose)
        if not got:
            return None
        return limit_of(got[-1])


async def managed_site(
    platform: Any,
    name: str,
    supply_a: int,
    chargers_: list[tuple[str, int]],
    *,
    units: dict[str, str] | None = None,
    tags: list[str] = (),  # type: ignore[assignment]
    config: dict[str, dict[str, str]] | None = None,
) -> tuple[int, dict[str, str], dict[str, int]]:
    """A site with a main supply of `supply_a` per phase and chargers (cpid, rating in A) under it
    (`units`: a charger's ChargingScheduleAllowedChargingRateUnit; `config`: other keys of its
    configuration cache); the chargers' keys and their tree nodes' ids."""
    keys: dict[str, str] = {}
    nodes: dict[str, int] = {}  # cpid -> its node; "root" -> the main supply
    async with platform.sessionmaker() as s, s.begin():
        site = await sites.create(s, {"name": name})
        root = await tree.add_node(
            s,
            site.id,
            {
                "kind": "supply",
                "name": "Main",
                "limit_l1_a": supply_a,
                "limit_l2_a": supply_a,
                "limit_l3_a": supply_a,
            },
        )
        nodes["root"] = root.id
        for cpid, rating in chargers_:
            reg = await chargers.register(s, cpid, site_id=site.id)
            assert reg.authorization_key is not None
            keys[cpid] = reg.authorization_key
            charger = reg.charger
            node = await tree.add_node(
                s,
                site.id,
                {
                    "kind": "charger",
                    "parent_id": root.id,
                    "name": cpid,
                    "charger_id": charger.id,
                    "limit_l1_a": rating,
                    "limit_l2_a": rating,
                    "limit_l3_a": rating,
                },
            )
            nodes[cpid] = node.id
            for key, value in ((config or {}).get(cpid) or {}).items():
                await upsert_config(s, charger.id, key, value, True)
            if units and cpid in units:
                await upsert_config(
                    s, charger.id, "ChargingScheduleAllowedChargingRateUnit", units[cpid], True
                )
        for tag in tags:
            s.add(IdTag(id_tag=tag, kind="rfid", status="Accepted"))
    return site.id, keys, nodes


async def send_current(cp: Any, tx: int, amps: float) -> None:
    """A MeterValues of the transaction with `amps` of Current.Import on each phase."""
    answer = await cp.send_call(
        "MeterValues",
        {
            "connectorId": 1,
            "transactionId": tx,
            "meterValue": [
                {
                    "timestamp": iso(),
                    "sampledValue": [
                        {"value": f"{amps:.1f}", "measurand": "Current.Import", "unit": "A", "phase": ph}
                        for ph in ("L1", "L2", "L3")
                    ],
                }
            ],
        },
    )
    assert answer[0] == 3, answer


async def age_reading(platform: Any, site_id: int, seconds: float) -> None:
    """Make the site's other-load reading `seconds` old (as if the meter had gone quiet that long)."""
    async with platform.sessionmaker() as s, s.begin():
        await s.execute(
            update(SiteLoad)
            .where(SiteLoad.site_id == site_id)
            .values(other_at=dt.datetime.now(dt.UTC) - dt.timedelta(seconds=seconds))
        )


async def in_force(platform: Any, site_id: int, want: dict[str, int], timeout: float = 10) -> None:
    """Until the site's allocation holds `want` (charge point id -> amperes in force, the limits the
    chargers accepted), checked after each allocation pass; TimeoutError after `timeout` seconds."""
    async with asyncio.timeout(timeout):
        while True:
            changed = platform.load_manager.changed
            async with platform.sessionmaker() as s:
                row = await tree.site_load(s, site_id)
            shares = (row.allocation or {}).get("shares") or [] if row is not None else []
            if {x["charge_point_id"]: x["limit_a"] for x in shares} == want:
                return
            await changed.wait()
