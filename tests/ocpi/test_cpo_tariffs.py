"""Our tariffs as OCPI 2.2.1 Tariffs, pulled by the partner (extrawest-ocpi, tests/ocpi/peer.py) and
validated by its models; each Location's connectors reference the tariff billing applies there."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import select

from db.models import OcpiOutbox, Tariff
from domain import tariffs
from tests.ocpi.conftest import Peer, received, until
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
    # Minimum and maximum, without and with the 8 % tax.
    assert std["min_price"] == {"excl_vat": 2, "incl_vat": 2.16}
    assert std["max_price"] == {"excl_vat": 100, "incl_vat": 108}
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


CREATE = """mutation($i: CreateTariffInput!) { createTariff(input: $i) { tariff { id } errors { code } } }"""
UPDATE = """mutation($i: UpdateTariffInput!) { updateTariff(input: $i) { tariff { id } errors { code } } }"""
DEACTIVATE = (
    """mutation($i: TariffIdInput!) { deactivateTariff(input: $i) { tariff { id } errors { code } } }"""
)


async def test_a_tariff_the_operator_changes_is_pushed_to_the_partner(server: Any, ocpi_peer: Peer) -> None:
    api, admin = await peer_registers_with_us(server, ocpi_peer)

    # Created in the console: PUT to the partner's tariffs receiver, valid by the library's model.
    made = await api.ok(
        CREATE, {"i": {"name": "Night", "pricePerKwh": "0.95", "taxRate": "0.08"}}, token=admin
    )
    assert made["createTariff"]["errors"] == [], made
    gid = made["createTariff"]["tariff"]["id"]
    async with server.platform.sessionmaker() as s:
        (tariff_id,) = (await s.scalars(select(Tariff.id).where(Tariff.name == "Night"))).all()

    async def held(price: float) -> Any:
        state = await ocpi_peer.control("state")
        got = state["tariffs"].get(str(tariff_id))
        return got and got["elements"][0]["price_components"][0]["price"] == price and state

    state = await until("the new tariff at the partner", lambda: held(0.95))
    (put,) = received(state, "tariffs")
    assert (put["method"], put["error"], put["http"]) == ("PUT", None, 200), put
    assert put["path"].endswith(f"/tariffs/MY/PLG/{tariff_id}")
    assert put["body"]["elements"][0]["price_components"][0] == {
        "type": "ENERGY",
        "price": 0.95,
        "step_size": 1,
        "vat": 8,
    }

    # Changed while the partner is down: delivered once it is back.
    ocpi_peer.down()
    changed = await api.ok(UPDATE, {"i": {"id": gid, "pricePerKwh": "1.05"}}, token=admin)
    assert changed["updateTariff"]["errors"] == [], changed

    async def retried() -> Any:
        async with server.platform.sessionmaker() as s:
            row = await s.scalar(select(OcpiOutbox).where(OcpiOutbox.key == f"tariff:{tariff_id}"))
            return row is not None and row.pending and row.attempts >= 1 and row.last_error

    await until("the tariff push retried", retried)
    ocpi_peer.up()
    await until("the changed tariff at the partner", lambda: held(1.05))

    # Deactivated: DELETEd at the partner.
    gone = await api.ok(DEACTIVATE, {"i": {"id": gid}}, token=admin)
    assert gone["deactivateTariff"]["errors"] == [], gone

    async def deleted() -> Any:
        state = await ocpi_peer.control("state")
        return str(tariff_id) not in state["tariffs"] and state

    state = await until("the tariff deleted at the partner", deleted)
    calls = [(r["method"], r["http"]) for r in received(state, "tariffs")]
    assert calls == [("PUT", 200), ("PUT", 200), ("DELETE", 200)], calls  # each change once


async def test_a_tariff_the_partner_no_longer_has_is_deleted_once(server: Any, ocpi_peer: Peer) -> None:
    """A deactivated tariff's DELETE that the partner answers 404 (it dropped the tariff itself) is
    done: the outbox row is delivered, not retried for ever."""
    api, admin = await peer_registers_with_us(server, ocpi_peer)
    made = await api.ok(
        CREATE, {"i": {"name": "Gone", "pricePerKwh": "0.80", "taxRate": "0.08"}}, token=admin
    )
    gid = made["createTariff"]["tariff"]["id"]
    async with server.platform.sessionmaker() as s:
        (tariff_id,) = (await s.scalars(select(Tariff.id).where(Tariff.name == "Gone"))).all()

    async def held() -> Any:
        return str(tariff_id) in (await ocpi_peer.control("state"))["tariffs"]

    await until("the tariff at the partner", held)
    await ocpi_peer.control("forget-tariff", {"id": tariff_id})
    gone = await api.ok(DEACTIVATE, {"i": {"id": gid}}, token=admin)
    assert gone["deactivateTariff"]["errors"] == [], gone

    async def settled() -> Any:
        async with server.platform.sessionmaker() as s:
            row = await s.scalar(select(OcpiOutbox).where(OcpiOutbox.key == f"tariff:{tariff_id}"))
            return row is not None and not row.pending and row

    row = await until("the DELETE delivered", settled)
    assert row.last_error is None
    calls = [(r["method"], r["http"]) for r in received(await ocpi_peer.control("state"), "tariffs")]
    assert calls == [("PUT", 200), ("DELETE", 404)], calls
