"""Fixtures for the driver-app API tests: public and non-public chargers, and charging sessions of
two drivers, written straight to the database."""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal
from typing import Any

import pytest

from db.models import Charger, ChargingSession, Connector, Receipt

_seq = itertools.count(1)


@pytest.fixture(params=["sqlite", pytest.param("mariadb", marks=pytest.mark.mariadb)])
async def node(request: pytest.FixtureRequest, server_factory: Any) -> Any:
    """A running platform on SQLite, and again on MariaDB."""
    if request.param == "sqlite":
        return await server_factory()
    return await server_factory(database_url=request.getfixturevalue("migrated_mariadb_url"))


async def add_charger(
    platform: Any,
    cpid: str,
    lat: float | None,
    lng: float | None,
    *,
    approved: bool = True,
    public: bool = True,
    status: str | None = None,
    connectors: list[tuple[str | None, str, Decimal | None]] | None = None,
    **fields: Any,
) -> int:
    """A charger with `connectors` = [(type, status, max kW), ...] (connector ids 1..n, plus 0)."""
    async with platform.sessionmaker() as s, s.begin():
        c = Charger(
            charge_point_id=cpid,
            name=fields.pop("name", f"Station {cpid}"),
            latitude=None if lat is None else Decimal(str(round(lat, 6))),
            longitude=None if lng is None else Decimal(str(round(lng, 6))),
            approved=approved,
            is_public=public,
            registration_status=status or ("Accepted" if approved else "Pending"),
            security_profile=0,
            **fields,
        )
        s.add(c)
        await s.flush()
        s.add(Connector(charger_id=c.id, connector_id=0, status="Available"))
        for i, (ctype, cstatus, kw) in enumerate(connectors or [("CCS2", "Available", Decimal("60"))], 1):
            k = Connector(charger_id=c.id, connector_id=i, status=cstatus, connector_type=ctype)
            k.max_power_kw = kw
            s.add(k)
        return c.id


async def add_session(
    platform: Any,
    charger_pk: int,
    user_id: int,
    *,
    status: str = "Completed",
    energy_wh: int = 5000,
    total_sen: int | None = 650,
    receipt: bool = False,
    started: dt.datetime | None = None,
) -> tuple[int, int | None]:
    """A session (and its receipt when `receipt`): (session pk, receipt pk)."""
    n = next(_seq)
    t0 = started or dt.datetime(2025, 3, 1, 8, 0, tzinfo=dt.UTC) + dt.timedelta(minutes=n)
    async with platform.sessionmaker() as s, s.begin():
        tx = ChargingSession(
            charger_id=charger_pk,
            connector_id=1,
            id_tag=f"TAG{n:05d}",
            user_id=user_id,
            meter_start=0,
            started_at=t0,
            status=status,
            meter_stop=energy_wh if status == "Completed" else None,
            stopped_at=t0 + dt.timedelta(minutes=40) if status == "Completed" else None,
            energy_wh=energy_wh if status == "Completed" else None,
            last_energy_wh=energy_wh,
            total_cost_sen=total_sen if status == "Completed" else None,
            billed=status == "Completed",
        )
        s.add(tx)
        await s.flush()
        rid = None
        if receipt:
            r = Receipt(
                year=2025,
                seq=100000 + n,
                number=f"PS-2025-{100000 + n}",
                session_id=tx.id,
                user_id=user_id,
                lines=[{"description": "Energy", "quantity": "5", "unit": "kWh", "amount_sen": 600}],
                subtotal_sen=600,
                tax_sen=50,
                total_sen=650,
            )
            s.add(r)
            await s.flush()
            rid = r.id
        return tx.id, rid
