"""db.bulk.insert_rows stores exactly what SQLAlchemy's `insert(Model)` executemany stores, on SQLite
and MariaDB: same values read back through the ORM, defaults filled, timestamps in UTC."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from db import bulk
from db.models import Charger, MeterValue, OcppMessage, utcnow

UTC8 = dt.timezone(dt.timedelta(hours=8))


def meter_rows(charger_id: int, tx: int | None) -> list[dict[str, Any]]:
    first = dt.datetime(2026, 11, 24, 16, 0, 0, 123456, tzinfo=UTC8)  # 08:00:00.123456 UTC
    second = dt.datetime(2026, 11, 24, 8, 0, 10, tzinfo=dt.UTC)
    rows: list[dict[str, Any]] = []
    for ts in (first, first, first, second, second):
        rows.append(
            {
                "charger_id": charger_id,
                "connector_id": 1,
                "transaction_id": tx,
                "timestamp": ts,
                "measurand": "Energy.Active.Import.Register",
                "phase": None if len(rows) % 2 else "L1",
                "unit": "Wh",
                "location": None,
                "context": "Sample.Periodic",
                "format": None,
                "raw_value": str(1000 + len(rows)),
                "value": 1000.5 + len(rows),
            }
        )
    return rows


async def add_charger(sessions: async_sessionmaker[AsyncSession], cpid: str) -> int:
    async with sessions() as s, s.begin():
        charger = Charger(charge_point_id=cpid)
        s.add(charger)
        await s.flush()
        return charger.id


def columns(row: Any, names: list[str]) -> dict[str, Any]:
    return {n: getattr(row, n) for n in names}


async def test_insert_rows_matches_core_insert(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    cid = await add_charger(sessions, "CP-BULK")
    before = utcnow()
    async with sessions() as s, s.begin():
        conn = await s.connection()
        await bulk.insert_rows(conn, MeterValue, meter_rows(cid, 7))
        await conn.execute(insert(MeterValue), meter_rows(cid, 8))
        frames = [
            {
                "charger_id": "CP-BULK",
                "direction": d,
                "message_type": t,
                "action": "MeterValues",
                "unique_id": "u1",
                "payload": '[2,"u1","MeterValues",{"connectorId":1}]' if d == "in" else '[3,"u1",{}]',
                "error_code": None,
                "latency_ms": 1.25 if d == "out" else None,
                "node_id": "n1",
            }
            for d, t in (("in", 2), ("out", 3))
        ]
        await bulk.insert_rows(conn, OcppMessage, frames)
        await conn.execute(insert(OcppMessage), frames)
        await bulk.insert_rows(conn, OcppMessage, [])  # nothing to do
    after = utcnow()

    names = [c for c in MeterValue.__table__.c.keys() if c not in ("id", "transaction_id", "created_at")]
    async with sessions() as s:
        got = (await s.execute(select(MeterValue).order_by(MeterValue.id))).scalars().all()
        assert len(got) == 10
        fast = [columns(r, names) for r in got if r.transaction_id == 7]
        core = [columns(r, names) for r in got if r.transaction_id == 8]
        assert fast == core
        assert fast[0]["timestamp"] == dt.datetime(2026, 11, 24, 8, 0, 0, 123456, tzinfo=dt.UTC)
        assert fast[3]["timestamp"] == dt.datetime(2026, 11, 24, 8, 0, 10, tzinfo=dt.UTC)
        # created_at: the Python-side default, filled for rows that leave it out.
        assert all(before - dt.timedelta(seconds=1) <= r.created_at <= after for r in got)

        msg_names = [c for c in OcppMessage.__table__.c.keys() if c not in ("id", "created_at")]
        logged = (await s.execute(select(OcppMessage).order_by(OcppMessage.id))).scalars().all()
        assert [columns(r, msg_names) for r in logged[:2]] == [columns(r, msg_names) for r in logged[2:]]
        assert logged[1].latency_ms == 1.25 and logged[0].latency_ms is None


async def test_rows_with_different_keys_fall_back(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    rows = meter_rows(await add_charger(sessions, "CP-BULK-2"), None)
    async with sessions() as s, s.begin():
        del rows[1]["context"]  # this row lets the column default apply
        await bulk.insert_rows(await s.connection(), MeterValue, rows)
    async with sessions() as s:
        got = (await s.execute(select(MeterValue.raw_value, MeterValue.context))).all()
        assert sorted(got) == [
            ("1000", "Sample.Periodic"),
            ("1001", None),
            ("1002", "Sample.Periodic"),
            ("1003", "Sample.Periodic"),
            ("1004", "Sample.Periodic"),
        ]
