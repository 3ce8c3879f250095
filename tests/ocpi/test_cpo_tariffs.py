"""Our tariffs as OCPI 2.2.1 Tariffs, pulled by the partner (extrawest-ocpi, tests/ocpi/peer.py) and
validated by its models; each Location's connectors reference the tariff billing applies there."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from domain import tariffs
from tests.ocpi.conftest import Peer
from tests.ocpi.test_roaming import peer_registers_with_us, public_chargers


async def test_partner_pulls_our_tariffs_and_locations_reference_them(server: Any, ocpi_peer: Peer) -> None:
    await peer_registers_with_us(server, ocpi_peer)
    ids = await public_chargers(server)
    async with server.platform.sessionmaker() as s, s.begin():
        default = await tariffs.create_tariff(
            s,
            {
                "name": "Standard",
                "price_per_kwh_sen": Decimal("123.5"),
                "price_per_minute_sen": Decimal("2"),
                "idle_fee_per_minute_sen": Decimal("10"),
                "idle_grace_minutes": 15,
                "session_fee_sen": 100,
                "min_charge_sen": 200,
                "max_charge_sen": 10000,
                "tax_rate": Decimal("0.08"),
            },
            is_default=True,
        )
        dc = await tariffs.create_tariff(s, {"name": "DC fast", "price_per_kwh_sen": Decimal("150")})
        gone = await tariffs.create_tariff(s, {"name": "Old", "price_per_kwh_sen": Decimal("90")})
        await tariffs.assign_tariff(s, ids[1], dc.id)
        await tariffs.assign_tariff(s, ids[2], gone.id)
        await tariffs.deactivate_tariff(s, gone.id)

    pulled = await ocpi_peer.control("pull", {"module": "tariffs", "query": "?limit=1"})
    assert pulled["ok"] and pulled["errors"] == [] and pulled["pages"] == 2, pulled
    by_id = {t["id"]: t for t in pulled["objects"]}
    assert set(by_id) == {str(default.id), str(dc.id)}  # the inactive one is not offered
    std = by_id[str(default.id)]
    assert std["currency"] == "MYR" and std["country_code"] == "MY" and std["party_id"] == "PLG"
    (element,) = std["elements"]
    assert "restrictions" not in element
    assert {c["type"]: (c["price"], c["step_size"], c["vat"]) for c in element["price_components"]} == {
        "ENERGY": (1.235, 1, 8),
        "TIME": (1.2, 1, 8),
        "PARKING_TIME": (6, 1, 8),
        "FLAT": (1, 1, 8),
    }
    assert std["min_price"] == {"excl_vat": 2} and std["max_price"] == {"excl_vat": 100}
    assert "15 minutes" in std["tariff_alt_text"][0]["text"]
    assert [c["type"] for c in by_id[str(dc.id)]["elements"][0]["price_components"]] == ["ENERGY"]

    one = await ocpi_peer.control("get-object", {"module": "tariffs", "path": f"/{dc.id}", "model": "tariff"})
    assert one["answer"]["status_code"] == 1000 and one["answer"]["data"]["id"] == str(dc.id)
    missing = await ocpi_peer.control("get-object", {"module": "tariffs", "path": f"/{gone.id}"})
    assert missing["http"] == 404

    locations = await ocpi_peer.control("pull-locations", {})
    assert locations["ok"] and locations["errors"] == [], locations
    referenced = {
        loc["id"]: {c["tariff_ids"][0] for e in loc["evses"] for c in e["connectors"]}
        for loc in locations["locations"]
    }
    # Its own tariff; the default where it has none, or where its own is no longer active.
    assert referenced == {
        str(ids[0]): {str(default.id)},
        str(ids[1]): {str(dc.id)},
        str(ids[2]): {str(default.id)},
    }
