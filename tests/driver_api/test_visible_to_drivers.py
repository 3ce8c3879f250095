"""One rule of which chargers drivers see (approved, accepted in registration, public), the same for
every way a driver reads chargers: the driver app's `stations` and `station`, the `chargers` list and
one `charger` as a driver asks, a charger's tariff, and the console's driver preview (which says why
drivers do not find one). Over every combination of the three conditions, through the GraphQL API;
the SQL form and the loaded-row form of the rule give the same answers."""

from __future__ import annotations

import itertools
from typing import Any

from sqlalchemy import select

from api.relay import encode_id
from db.models import Charger
from domain import chargers, stations
from tests.helpers.auth import make_user

COMBOS = list(itertools.product((True, False), (True, False), ("Accepted", "Pending")))


def _cpid(approved: bool, public: bool, registration: str) -> str:
    return f"VIS-{'A' if approved else 'a'}{'P' if public else 'p'}{registration[0]}"


async def test_every_driver_read_follows_one_visibility_rule(server: Any) -> None:
    platform = server.platform
    _, driver = await make_user(platform)
    _, admin = await make_user(platform, role="admin")
    ids: dict[str, int] = {}
    async with platform.sessionmaker() as s, s.begin():
        for approved, public, registration in COMBOS:
            cpid = _cpid(approved, public, registration)
            await chargers.register(s, cpid, name=cpid)
            c = await chargers.get_by_cpid(s, cpid)
            assert c is not None
            c.approved, c.is_public, c.registration_status = approved, public, registration
            ids[cpid] = c.id
    seen = {_cpid(*combo) for combo in COMBOS if combo == (True, True, "Accepted")}

    r = await server.graphql(
        """{ stations(first: 100) { nodes { chargePointId } }
             chargers(first: 100, search: "VIS-") { totalCount nodes { chargePointId } } }""",
        token=driver,
    )
    assert "errors" not in r, r
    assert {n["chargePointId"] for n in r["data"]["stations"]["nodes"]} == seen
    assert {n["chargePointId"] for n in r["data"]["chargers"]["nodes"]} == seen
    assert r["data"]["chargers"]["totalCount"] == len(seen)

    for cpid, pk in ids.items():
        gid = encode_id("Charger", pk)
        one = await server.graphql(
            """query($c: String!, $id: ID!) { station(chargePointId: $c) { chargePointId }
                 charger(id: $id) { chargePointId } }""",
            {"c": cpid, "id": gid},
            token=driver,
        )
        if cpid in seen:
            assert "errors" not in one, one
            assert one["data"]["station"]["chargePointId"] == cpid
            assert one["data"]["charger"]["chargePointId"] == cpid
        else:
            assert one["errors"][0]["extensions"]["code"] == "NOT_FOUND", (cpid, one)
        preview = await server.graphql(
            "query($id: ID!) { chargerDriverPreview(id: $id) { hiddenBecause } }", {"id": gid}, token=admin
        )
        assert "errors" not in preview, preview
        assert (preview["data"]["chargerDriverPreview"]["hiddenBecause"] == []) == (cpid in seen), cpid

    # The rule's two forms agree row by row.
    async with platform.sessionmaker() as s:
        by_sql = set(
            (await s.scalars(select(Charger.charge_point_id).where(stations.public_condition()))).all()
        )
        rows = (await s.scalars(select(Charger).where(Charger.charge_point_id.like("VIS-%")))).all()
        by_row = {c.charge_point_id for c in rows if stations.visible_to_drivers(c)}
    assert by_sql == by_row == seen
