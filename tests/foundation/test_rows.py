"""A bounded history keeps its newest rows per owner and kind, and touches no other owner's or kind's
rows (`domain.rows.keep_newest`, used by every bounded history: station requests, reports, device
and security events, signed certificates, a site's allocation changes)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from db.models import Charger, StationRequest
from domain import station_requests


async def test_a_charger_keeps_its_newest_requests_of_each_action(
    sessions: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(station_requests, "KEEP_PER_ACTION", 3)
    async with sessions() as s, s.begin():
        a, b = Charger(charge_point_id="KEEP-A"), Charger(charge_point_id="KEEP-B")
        s.add_all([a, b])
        await s.flush()
        opened: dict[tuple[str, str], list[int]] = {}
        # Interleaved, so the ids of one charger's action are not consecutive.
        for _ in range(5):
            for charger in (a, b):
                for action in ("GetDisplayMessages", "GetMonitoringReport"):
                    row = await station_requests.open_request(s, charger, action, {}, None)
                    opened.setdefault((charger.charge_point_id, action), []).append(row.id)
        # One request of a third action: below the bound, kept.
        lone = await station_requests.open_request(s, a, "CustomerInformation", {}, None)

    async with sessions() as s:
        kept: dict[tuple[str, str], list[int]] = {}
        for cpid, action, rid in await s.execute(
            select(Charger.charge_point_id, StationRequest.action, StationRequest.id)
            .join(Charger, Charger.id == StationRequest.charger_id)
            .order_by(StationRequest.id)
        ):
            kept.setdefault((cpid, action), []).append(rid)
    assert kept.pop(("KEEP-A", "CustomerInformation")) == [lone.id]
    assert kept == {key: ids[-3:] for key, ids in opened.items()}
