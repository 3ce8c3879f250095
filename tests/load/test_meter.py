"""The building meter over Modbus TCP, against a real Modbus TCP server (pymodbus): an admin gives a
site its meter's register map through GraphQL (a bad map gets a typed error), the platform polls it and
the chargers' limits follow what the building draws; a meter that stops answering is reported on the
site and, once its last reading is stale, the static limit holds again."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest
from ocpp.v16 import call
from pymodbus.server import ModbusTcpServer
from pymodbus.simulator import DataType, SimData, SimDevice
from sqlalchemy import select

from api.relay import encode_id
from db.models import SiteLoad
from domain.load import meter
from tests.helpers.auth import make_user
from tests.load.conftest import Profiles, age_reading, iso, managed_site
from tests.ocpp.conftest import connect
from tests.services import free_port

UNIT = 7
BASE = 3000  # the meter's current registers: L1, L2, L3 in tenths of an ampere at 3000, 3002, 3004

CONFIGURE = """mutation($i: SiteLoadSettingsInput!) { configureSiteLoad(input: $i) {
  siteLoad { meter { host port unitId registers scale intervalSeconds registersKind } meterError
             otherL1A otherL2A otherL3A }
  errors { __typename field message } } }"""


@pytest.fixture
async def modbus() -> AsyncIterator[tuple[ModbusTcpServer, int]]:
    port = free_port()
    server = ModbusTcpServer(
        SimDevice(id=UNIT, simdata=[SimData(address=BASE, count=8, values=0, datatype=DataType.REGISTERS)]),
        address=("127.0.0.1", port),
    )
    await server.serve_forever(background=True)
    try:
        yield server, port
    finally:
        await server.shutdown()


async def _set(server: ModbusTcpServer, l1: int, l2: int, l3: int) -> None:
    await server.async_setValues(UNIT, 3, BASE, [l1, 0, l2, 0, l3])


async def test_the_client_reads_a_real_modbus_server(modbus: tuple[ModbusTcpServer, int]) -> None:
    server, port = modbus
    await _set(server, 251, 200, 99)
    assert await meter.read_registers("127.0.0.1", port, UNIT, 3, BASE, 5) == [251, 0, 200, 0, 99]
    config = meter.clean_config(
        {
            "host": "127.0.0.1",
            "port": port,
            "unit": UNIT,
            "registers": [BASE, BASE + 2, BASE + 4],
            "scale": "0.1",
        }
    )
    assert await meter.read_phases(config) == (26, 20, 10)  # rounded up: the safe side
    with pytest.raises(meter.MeterError, match="exception"):
        await meter.read_registers("127.0.0.1", port, UNIT, 3, 9000, 2)  # no such registers
    with pytest.raises(meter.MeterError):
        await meter.read_registers("127.0.0.1", free_port(), UNIT, 3, BASE, 1)  # nobody there


async def test_limits_follow_the_polled_meter_and_fall_back_when_it_goes_quiet(
    server: Any, modbus: tuple[ModbusTcpServer, int]
) -> None:
    mb, port = modbus
    p = server.platform
    _, admin = await make_user(p, role="admin")
    prof = Profiles()
    site_id, keys, _ = await managed_site(p, "Mall", 40, [("MB-1", 32)], tags=["MB-TAG"])
    site = encode_id("Site", site_id)
    await _set(mb, 150, 120, 80)  # the building draws 15 / 12 / 8 A

    good = {
        "host": "127.0.0.1",
        "port": port,
        "unitId": UNIT,
        "registers": [BASE, BASE + 2, BASE + 4],
        "scale": "0.1",
        "intervalSeconds": 1,
    }
    for bad, field in [
        ({**good, "registers": [BASE, BASE + 2]}, "registers"),
        ({**good, "registers": [BASE, BASE + 200, BASE + 4]}, "registers"),
        ({**good, "host": "not a host!"}, "host"),
        ({**good, "port": 0}, "port"),
        ({**good, "unitId": 300}, "unitId"),
        ({**good, "scale": "0"}, "scale"),
        ({**good, "intervalSeconds": 0}, "intervalSeconds"),
    ]:
        r = await server.graphql(CONFIGURE, {"i": {"siteId": site, "meter": bad}}, token=admin)
        errors = r["data"]["configureSiteLoad"]["errors"]
        assert [(e["__typename"], e["field"]) for e in errors] == [("InvalidInputError", field)], (bad, r)
    async with p.sessionmaker() as s:
        assert await s.scalar(select(SiteLoad.meter).where(SiteLoad.site_id == site_id)) is None

    async with connect(server.ocpp_url, "MB-1", keys["MB-1"]) as cp:
        cp.answers["SetChargingProfile"] = prof.answerer("MB-1")
        r = await cp.call(
            call.StartTransaction(connector_id=1, id_tag="MB-TAG", meter_start=0, timestamp=iso())
        )
        tx = int(r.transaction_id)
        await prof.wait(lambda: prof.last_limit("MB-1") == 32)

        r = await server.graphql(CONFIGURE, {"i": {"siteId": site, "meter": good}}, token=admin)
        assert r["data"]["configureSiteLoad"]["errors"] == [], r
        assert r["data"]["configureSiteLoad"]["siteLoad"]["meter"]["registersKind"] == "HOLDING"
        # 40 A less 15 A on L1 (the most loaded phase): 25 A for the charger.
        await prof.wait(lambda: prof.last_limit("MB-1") == 25)
        await _set(mb, 300, 100, 100)  # a kitchen switches on: 30 A on L1
        await prof.wait(lambda: prof.last_limit("MB-1") == 10)

        await mb.shutdown()  # the meter goes quiet

        async def meter_error() -> str | None:
            async with p.sessionmaker() as s:
                return await s.scalar(select(SiteLoad.meter_error).where(SiteLoad.site_id == site_id))

        await _until(meter_error)
        r = await server.graphql(CONFIGURE, {"i": {"siteId": site, "staleAfterSeconds": 30}}, token=admin)
        assert r["data"]["configureSiteLoad"]["siteLoad"]["meterError"]
        assert prof.last_limit("MB-1") == 10  # a fresh last reading still holds
        # Once the last reading is older than the stale age, the static limit holds.
        await age_reading(p, site_id, 31)
        r = await server.graphql(CONFIGURE, {"i": {"siteId": site, "voltage": 230}}, token=admin)
        await prof.wait(lambda: prof.last_limit("MB-1") == 32)
        assert prof.of("MB-1")[-1]["csChargingProfiles"]["transactionId"] == tx


async def _until(probe: Any, timeout: float = 15) -> None:
    """Until `probe()` answers something true (the poller's outcome is in the database)."""
    async with asyncio.timeout(timeout):
        while not await probe():  # noqa: ASYNC110 - the poller's outcome is only in the database
            await asyncio.sleep(0.05)
