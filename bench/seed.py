"""Seed a benchmark database: chargers registered with no OCPP authentication, and an id tag."""

from __future__ import annotations

from sqlalchemy import insert, select

from db.engine import make_engine, make_sessionmaker
from db.models import Charger, IdTag


async def seed_chargers(database_url: str, n: int, prefix: str) -> None:
    engine = make_engine(database_url)
    try:
        async with make_sessionmaker(engine)() as session, session.begin():
            rows = [
                {
                    "charge_point_id": f"{prefix}{i:05d}",
                    "security_profile": 0,
                    "registration_status": "Accepted",
                    "approved": True,
                }
                for i in range(n)
            ]
            for start in range(0, len(rows), 1000):
                await session.execute(insert(Charger), rows[start : start + 1000])
            if (
                await session.execute(select(IdTag).where(IdTag.id_tag == "BENCH"))
            ).scalar_one_or_none() is None:
                session.add(IdTag(id_tag="BENCH", kind="rfid", status="Accepted"))
    finally:
        await engine.dispose()
