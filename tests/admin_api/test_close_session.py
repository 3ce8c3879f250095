"""An operator closes a session its charger will never end: billed on the last reading received,
like a stop (ledger balanced, a receipt), the reason in the audit log; the charger's late
StopTransaction changes nothing."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from ocpp.v16 import call
from sqlalchemy import func, select

from api.relay import encode_id
from db.models import AuditLog, LedgerPosting, Receipt
from domain import idtags, ledger, tariffs
from tests.helpers.auth import make_user
from tests.helpers.wallet import credit_wallet
from tests.ocpp.conftest import connect, register

CLOSE = """mutation($i: CloseChargingSessionInput!) { closeChargingSession(input: $i) {
  session { status energyWh billed flags cost { amount } receipt { number } } errors { code field } } }"""


@pytest.fixture(params=["sqlite", pytest.param("mariadb", marks=pytest.mark.mariadb)])
async def any_server(request: pytest.FixtureRequest, server_factory: Any) -> Any:
    if request.param == "sqlite":
        return await server_factory()
    return await server_factory(database_url=request.getfixturevalue("migrated_mariadb_url"))


def ts(t: dt.datetime) -> str:
    return t.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


async def test_operator_closes_an_abandoned_session_billed_on_the_last_reading(any_server: Any) -> None:
    server = any_server
    p = server.platform
    user, driver = await make_user(p)
    _, admin = await make_user(p, role="admin")
    async with p.sessionmaker() as s, s.begin():
        await tariffs.create_tariff(s, {"name": "Std", "price_per_kwh_sen": Decimal("100")}, is_default=True)
        tag = (await idtags.app_tag(s, user.id)).id_tag  # type: ignore[union-attr]
    await credit_wallet(p, user.id, 5000)
    key = await register(p, "CP-DEAD")
    t0 = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=40)
    async with connect(server.ocpp_url, "CP-DEAD", key) as cp:
        st = await cp.call(
            call.StartTransaction(connector_id=1, id_tag=tag, meter_start=1000, timestamp=ts(t0)),
            suppress=False,
        )
        tx_id = st.transaction_id
        await cp.call(
            call.MeterValues(
                connector_id=1,
                transaction_id=tx_id,
                meter_value=[
                    {
                        "timestamp": ts(t0 + dt.timedelta(minutes=20)),
                        "sampledValue": [
                            {"value": "6000", "measurand": "Energy.Active.Import.Register", "unit": "Wh"}
                        ],
                    }
                ],
            ),
            suppress=False,
        )
    # The charger is gone. A driver may not close sessions; a reason is required.
    gid = encode_id("ChargingSession", tx_id)
    r = await server.graphql(CLOSE, {"i": {"id": gid, "reason": "replaced"}}, token=driver)
    assert r["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    r = await server.graphql(CLOSE, {"i": {"id": gid, "reason": " "}}, token=admin)
    assert r["data"]["closeChargingSession"]["errors"] == [{"code": "INVALID_INPUT", "field": "reason"}]

    r = await server.graphql(
        CLOSE, {"i": {"id": gid, "reason": "Charger replaced after a flood"}}, token=admin
    )
    out = r["data"]["closeChargingSession"]
    assert out["errors"] == [], r
    sess = out["session"]
    assert sess["status"] == "COMPLETED" and sess["billed"] is True
    assert sess["energyWh"] == 5000 and "closed_by_operator" in sess["flags"]
    assert sess["cost"]["amount"] == "5.00" and sess["receipt"]["number"]
    # Twice: refused, nothing billed twice.
    r = await server.graphql(CLOSE, {"i": {"id": gid, "reason": "again"}}, token=admin)
    assert r["data"]["closeChargingSession"]["errors"][0]["code"] == "CONFLICT"

    # The charger comes back and sends its StopTransaction late: answered, nothing changes.
    async with connect(server.ocpp_url, "CP-DEAD", key) as cp:
        await cp.call(
            call.StopTransaction(
                meter_stop=9000, timestamp=ts(t0 + dt.timedelta(minutes=35)), transaction_id=tx_id
            ),
            suppress=False,
        )
    async with p.sessionmaker() as s:
        charges = (await s.scalars(select(LedgerPosting).where(LedgerPosting.kind == "charge"))).all()
        assert len(charges) == 1
        assert await s.scalar(select(func.count()).select_from(Receipt)) == 1
        assert await ledger.wallet_balance(s, user.id) == 4500
        assert (await ledger.check_ledger(s)).ok
        entry = await s.scalar(select(AuditLog).where(AuditLog.action == "session.close"))
        assert entry is not None and entry.details["reason"] == "Charger replaced after a flood"
