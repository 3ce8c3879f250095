"""What charger firmware this project did not write does, over a real WebSocket charger: idTags in
another letter case (CiString), StopTransaction data that starts with the Transaction.Begin reading,
who started a session (admin, API key, at the charger)."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from typing import Any

import pytest
from ocpp.v16 import call
from sqlalchemy import select
from websockets.typing import Subprotocol

from api.relay import encode_id
from db.models import ChargingSession, IdTag, Reservation
from domain import chargers
from tests.helpers.auth import make_api_key, make_user
from tests.ocpp.conftest import SimCharger, connect, register


def iso(t: dt.datetime) -> str:
    return t.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


async def add_tag(platform: Any, tag: str, **kw: Any) -> None:
    async with platform.sessionmaker() as s, s.begin():
        s.add(IdTag(id_tag=tag, kind="rfid", status="Accepted", **kw))


async def start_tx(cp: Any, tag: str, meter: int = 1000, ts: dt.datetime | None = None) -> Any:
    return await cp.call(
        call.StartTransaction(connector_id=1, id_tag=tag, meter_start=meter, timestamp=iso(ts or now())),
        suppress=False,
    )


async def get_tx(platform: Any, tx_id: int) -> ChargingSession:
    async with platform.sessionmaker() as s:
        tx = await s.get(ChargingSession, tx_id)
        assert tx is not None
        return tx


@pytest.fixture(params=["sqlite", pytest.param("mariadb", marks=pytest.mark.mariadb)])
async def any_server(request: pytest.FixtureRequest, server_factory: Any) -> Any:
    """The platform on SQLite, then on MariaDB."""
    if request.param == "sqlite":
        return await server_factory()
    return await server_factory(database_url=request.getfixturevalue("migrated_mariadb_url"))


@pytest.fixture
async def cp(any_server: Any) -> AsyncIterator[SimCharger]:
    key = await register(any_server.platform, "CP-I")
    async with connect(any_server.ocpp_url, "CP-I", key) as charger:
        yield charger


# ---------------------------------------------------------------- idTag: a CiString


async def test_id_tag_in_another_case_is_the_same_card(any_server: Any, cp: SimCharger) -> None:
    """A card reader sends the UID in lower case: Authorize, StartTransaction (with the reservation
    and the concurrent-transaction check), StopTransaction and the local list all see the card."""
    platform = any_server.platform
    await add_tag(platform, "CARD-AB12", parent_id_tag="FLEET-7")
    await add_tag(platform, "CAFÉ-1")
    auth = await cp.call(call.Authorize(id_tag="card-ab12"), suppress=False)
    assert auth.id_tag_info["status"] == "Accepted"
    assert auth.id_tag_info["parent_id_tag"] == "FLEET-7"
    # Only ASCII letters fold: an accent is a different character (MariaDB's collation said equal).
    assert (await cp.call(call.Authorize(id_tag="CAFE-1"), suppress=False)).id_tag_info["status"] == "Invalid"
    assert (await cp.call(call.Authorize(id_tag="cafÉ-1"), suppress=False)).id_tag_info[
        "status"
    ] == "Accepted"

    async with platform.sessionmaker() as s, s.begin():
        c = await chargers.get_by_cpid(s, "CP-I")
        assert c is not None
        s.add(
            Reservation(
                charger_id=c.id,
                connector_id=1,
                id_tag="Card-Ab12",
                expires_at=dt.datetime.now(dt.UTC) + dt.timedelta(hours=1),
                status="Accepted",
            )
        )
    start = await start_tx(cp, "card-AB12")
    assert start.id_tag_info["status"] == "Accepted"
    tx = await get_tx(platform, start.transaction_id)
    assert tx.reservation_id is not None and "id_tag_not_accepted" not in (tx.flags or [])
    again = await cp.call(call.Authorize(id_tag="CARD-ab12"), suppress=False)
    assert again.id_tag_info["status"] == "ConcurrentTx"
    stop = await cp.call(
        call.StopTransaction(
            meter_stop=2000, timestamp=iso(now()), transaction_id=start.transaction_id, id_tag="card-ab12"
        ),
        suppress=False,
    )
    assert stop.id_tag_info["status"] == "Accepted"

    # A differential local list for the card in lower case sends the card, not its removal.
    from domain.commands import execute

    async with platform.sessionmaker() as s:
        charger_id = (await chargers.get_by_cpid(s, "CP-I")).id  # type: ignore[union-attr]
    await execute(
        platform,
        charger_id,
        "SendLocalList",
        {"listVersion": 5, "updateType": "Differential", "_idTags": ["card-ab12"]},
    )
    sent = await cp.expect("SendLocalList")
    assert sent["localAuthorizationList"] == [
        {"idTag": "CARD-AB12", "idTagInfo": {"status": "Accepted", "parentIdTag": "FLEET-7"}}
    ]


# ---------------------------------------------------------------- meter readings in time order


async def test_stop_transaction_data_in_time_order(any_server: Any, cp: SimCharger) -> None:
    """transactionData that starts with the Transaction.Begin reading (as many chargers send it) is
    a normal session; a register that really went down between two readings is flagged."""
    platform = any_server.platform
    await add_tag(platform, "TAG-MV")
    t0 = now() - dt.timedelta(hours=1)

    def reading(ts: dt.datetime, wh: int, context: str = "Sample.Periodic", **kw: Any) -> dict[str, Any]:
        sv = {
            "value": str(wh),
            "context": context,
            "measurand": "Energy.Active.Import.Register",
            "unit": "Wh",
        }
        return {"timestamp": iso(ts), "sampledValue": [{**sv, **kw}]}

    start = await start_tx(cp, "TAG-MV", meter=1000, ts=t0)
    await cp.call(
        call.MeterValues(
            connector_id=1,
            transaction_id=start.transaction_id,
            meter_value=[reading(t0 + dt.timedelta(minutes=10), 1500)],
        ),
        suppress=False,
    )
    data = [
        reading(t0, 1000, "Transaction.Begin"),
        reading(t0 + dt.timedelta(minutes=30), 3000),
        # a phase register and an export register are their own series
        reading(t0 + dt.timedelta(minutes=30), 900, phase="L1"),
        {
            "timestamp": iso(t0 + dt.timedelta(minutes=30)),
            "sampledValue": [{"value": "2", "measurand": "Energy.Active.Export.Register", "unit": "kWh"}],
        },
        reading(t0 + dt.timedelta(hours=1), 5000, "Transaction.End"),
        reading(t0 + dt.timedelta(minutes=45), 4000),  # sent out of order
    ]
    await cp.call(
        call.StopTransaction(
            meter_stop=5000,
            timestamp=iso(t0 + dt.timedelta(hours=1)),
            transaction_id=start.transaction_id,
            transaction_data=data,
        ),
        suppress=False,
    )
    tx = await get_tx(platform, start.transaction_id)
    assert tx.flags in (None, []), tx.flags
    assert tx.energy_wh == 4000

    # A register that went down (4000 → 3500) is flagged, whatever order the readings came in.
    start2 = await start_tx(cp, "TAG-MV", meter=5000, ts=t0 + dt.timedelta(hours=2))
    await cp.call(
        call.StopTransaction(
            meter_stop=6000,
            timestamp=iso(t0 + dt.timedelta(hours=3)),
            transaction_id=start2.transaction_id,
            transaction_data=[
                reading(t0 + dt.timedelta(hours=2, minutes=40), 3500),
                reading(t0 + dt.timedelta(hours=2), 5000, "Transaction.Begin"),
                reading(t0 + dt.timedelta(hours=2, minutes=20), 5800),
            ],
        ),
        suppress=False,
    )
    assert "meter_decreased" in ((await get_tx(platform, start2.transaction_id)).flags or [])


# ---------------------------------------------------------------- who started a session


ADMIN_SESSION = """query($id: ID!) { adminChargingSession(id: $id) {
  startSource startedByApiKeyId startedBy { id email } } }"""
REMOTE_START = """mutation($i: RemoteStartTransactionInput!) {
  remoteStartTransaction(input: $i) { status errors { code message } } }"""


async def test_remote_start_records_who_started_it(any_server: Any, cp: SimCharger) -> None:
    platform = any_server.platform
    await add_tag(platform, "TAG-RS")
    admin, token = await make_user(platform, role="admin")
    api_key = await make_api_key(platform, admin.id, scope="read_write")
    charger_gid = encode_id("Charger", (await chargers_id(platform, "CP-I")))

    async def session_of(tx_id: int, auth: str) -> dict[str, Any]:
        r = await any_server.graphql(ADMIN_SESSION, {"id": encode_id("ChargingSession", tx_id)}, token=auth)
        assert "errors" not in r, r
        return dict(r["data"]["adminChargingSession"])

    meters = iter(range(1000, 100000, 1000))  # distinct starts (same second, same tag)

    async def remote_start(auth: str) -> int:
        r = await any_server.graphql(
            REMOTE_START, {"i": {"chargerId": charger_gid, "idTag": "TAG-RS", "connectorId": 1}}, token=auth
        )
        assert r["data"]["remoteStartTransaction"]["status"] == "Accepted", r
        sent = await cp.expect("RemoteStartTransaction")
        # The charger starts right away, with the tag as its reader had it (lower case).
        start = await start_tx(cp, sent["idTag"].lower(), meter=next(meters))
        await cp.call(
            call.StopTransaction(
                meter_stop=999999, timestamp=iso(now()), transaction_id=start.transaction_id
            ),
            suppress=False,
        )
        return int(start.transaction_id)

    by_admin = await session_of(await remote_start(token), token)
    assert by_admin["startSource"] == "admin"
    assert by_admin["startedBy"]["email"] == admin.email and by_admin["startedByApiKeyId"] is None

    by_key = await session_of(await remote_start(api_key), token)
    assert by_key["startSource"] == "api_key"
    assert by_key["startedBy"]["email"] == admin.email and by_key["startedByApiKeyId"] is not None

    # The same tag at the charger afterwards: a local start (each remote start is used once).
    local = await start_tx(cp, "TAG-RS", meter=next(meters))
    assert (await session_of(local.transaction_id, token))["startSource"] == "local"
    assert (await session_of(local.transaction_id, token))["startedBy"] is None


async def chargers_id(platform: Any, cpid: str) -> int:
    async with platform.sessionmaker() as s:
        c = await chargers.get_by_cpid(s, cpid)
        assert c is not None
        return c.id


async def test_session_rows_keep_the_tag_as_sent(any_server: Any, cp: SimCharger) -> None:
    """The session keeps the idTag exactly as the charger sent it; only comparisons fold case."""
    await add_tag(any_server.platform, "TAG-KEEP")
    start = await start_tx(cp, "tag-Keep")
    async with any_server.platform.sessionmaker() as s:
        tx = (
            await s.execute(select(ChargingSession).where(ChargingSession.id == start.transaction_id))
        ).scalar_one()
    assert (tx.id_tag, tx.id_tag_key, tx.user_id) == ("tag-Keep", "TAG-KEEP", None)


# ---------------------------------------------------------------- TC_073: a new password over OCPP


CHANGE_CONFIGURATION = """mutation($i: ChangeConfigurationInput!) {
  changeConfiguration(input: $i) { status errors { code field } } }"""


async def test_tc_073_new_authorization_key_over_ocpp(server: Any) -> None:
    """An admin sends ChangeConfiguration AuthorizationKey (hex digits, as the whitepaper has it);
    once the charger accepts it, it reconnects with the new password, and only that one works. A key
    no 1.6 charger can hold is refused before it is sent."""
    from tests.ocpp.conftest import basic

    old = await register(server.platform, "CP-73")
    assert old is not None
    _, token = await make_user(server.platform, role="admin")
    gid = encode_id("Charger", await chargers_id(server.platform, "CP-73"))
    new = b"OCA_OCTT_admin_test".hex().upper()  # the OCTT TC_073 value: 19 bytes
    async with connect(server.ocpp_url, "CP-73", old) as cp:
        too_long = await server.graphql(
            CHANGE_CONFIGURATION,
            {"i": {"chargerId": gid, "key": "AuthorizationKey", "value": "ab" * 21}},
            token,
        )
        assert [e["code"] for e in too_long["data"]["changeConfiguration"]["errors"]] == ["INVALID_INPUT"]
        r = await server.graphql(
            CHANGE_CONFIGURATION, {"i": {"chargerId": gid, "key": "AuthorizationKey", "value": new}}, token
        )
        assert r["data"]["changeConfiguration"] == {"status": "Accepted", "errors": []}, r
        assert await cp.expect("ChangeConfiguration") == {"key": "AuthorizationKey", "value": new}
    import websockets
    from websockets.exceptions import InvalidStatus

    with pytest.raises(InvalidStatus):
        async with websockets.connect(
            f"{server.ocpp_url}/CP-73",
            subprotocols=[Subprotocol("ocpp1.6")],
            additional_headers=basic("CP-73", old),
        ):
            pass
    async with connect(
        server.ocpp_url, "CP-73", additional_headers=basic("CP-73", b"OCA_OCTT_admin_test")
    ) as cp:
        assert (await cp.call(call.Heartbeat(), suppress=False)).current_time
