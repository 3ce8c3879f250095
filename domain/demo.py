"""Demo data for a local platform: simulated chargers that `plagsini serve --simulate N` connects,
so a new user sees live data at once. Development only."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from db.models import Charger, Connector, IdTag, Tariff
from domain import tariffs

# Around Kuala Lumpur, so the driver app's map has something to show.
_SITES = [
    ("KLCC Park Level B2", "Kuala Lumpur", Decimal("3.153400"), Decimal("101.712900")),
    ("Mid Valley Megamall", "Kuala Lumpur", Decimal("3.118100"), Decimal("101.676600")),
    ("Sunway Pyramid P3", "Petaling Jaya", Decimal("3.073000"), Decimal("101.607500")),
    ("IOI City Mall", "Putrajaya", Decimal("2.970300"), Decimal("101.711700")),
    ("Bangsar Village", "Kuala Lumpur", Decimal("3.130600"), Decimal("101.671000")),
]
DEMO_ID_TAG = "SIMTAG"
#: The default tariff of a platform that has none, so a session on a simulated charger costs
#: something: a public AC price in Malaysia, with the 8 % service tax.
DEMO_TARIFF = {
    "name": "Standard AC (demo)",
    "price_per_kwh_sen": Decimal("120"),
    "tax_rate": Decimal("0.08"),
}


def simulated_ids(n: int, prefix: str = "SIM") -> list[str]:
    """The charge point ids the firmware simulator uses: <prefix>001, <prefix>002, ..."""
    return [f"{prefix}{i:03d}" for i in range(1, n + 1)]


async def ensure_simulated_chargers(
    sessionmaker: async_sessionmaker[AsyncSession], n: int, prefix: str = "SIM"
) -> list[str]:
    """Register (once) N public chargers without OCPP authentication, the simulator's RFID tag, and
    a default tariff (`DEMO_TARIFF`) when the platform has no tariff at all."""
    ids = simulated_ids(n, prefix)
    async with sessionmaker() as session, session.begin():
        existing = set(
            (
                await session.scalars(select(Charger.charge_point_id).where(Charger.charge_point_id.in_(ids)))
            ).all()
        )
        for i, cp_id in enumerate(ids):
            if cp_id in existing:
                continue
            name, city, lat, lng = _SITES[i % len(_SITES)]
            charger = Charger(
                charge_point_id=cp_id,
                name=f"{name} #{i // len(_SITES) + 1}",
                address=name,
                city=city,
                latitude=lat + Decimal(i // len(_SITES)) / 1000,
                longitude=lng,
                security_profile=0,
                registration_status="Accepted",
                approved=True,
                is_public=True,
                max_power_kw=Decimal("22"),
            )
            # The simulator's chargers have one connector (firmware/config.py).
            charger.connectors = [
                Connector(connector_id=1, connector_type="Type2", max_power_kw=Decimal("22"))
            ]
            session.add(charger)
        if (await session.scalar(select(IdTag).where(IdTag.id_tag == DEMO_ID_TAG))) is None:
            session.add(IdTag(id_tag=DEMO_ID_TAG, kind="rfid", status="Accepted", label="Simulator card"))
        if not await session.scalar(select(func.count()).select_from(Tariff)):
            await tariffs.create_tariff(session, dict(DEMO_TARIFF), is_default=True)
    return ids
