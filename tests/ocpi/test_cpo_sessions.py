"""Roaming as CPO: a partner's driver charges at our charger (a real OCPP 1.6 WebSocket charger) and
the partner (an eMSP on extrawest-ocpi, tests/ocpi/peer.py, in its own process) receives the Session
when it starts, its updates while charging and at the stop, and one CDR billed like our own receipt
(to the sen); the partner pulls both too. Every push goes through the outbox: a partner that is down
gets everything once when it comes back. Every payload the partner receives or pulls is validated
against the library's OCPI 2.2.1 models."""

from __future__ import annotations

import base64
import datetime as dt
import json
from decimal import Decimal
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from db.models import ChargingSession, IdTag, OcpiOutbox, OcpiSession, Receipt
from domain import roaming_outbox
from tests.ocpi.conftest import FAST, Peer, received, roaming_charger, until
from tests.ocpi.test_emsp import SETTLEMENT
from tests.ocpi.test_roaming import peer_registers_with_us, tok
from tests.ocpp.conftest import connect

OCMF = 'OCMF|{"RD":[{"TM":"2026-12-06T02:00:00,000+0000 S","RV":4.0,"RU":"kWh"}]}|{"SD":"3045022100AB"}'


async def test_roaming_session_and_cdr_reach_the_partner_billed_like_our_receipt(
    server: Any, ocpi_peer: Peer
) -> None:
    api, admin = await peer_registers_with_us(server, ocpi_peer)
    pushed = await ocpi_peer.control("push-token", {"uid": "ROAM01"})
    assert pushed["http"] == 201, pushed
    key = await roaming_charger(server, "CP-ROAM")
    async with connect(server.ocpp_url, "CP-ROAM", key) as cp:
        await cp.send_call(
            "StatusNotification",
            {
                "connectorId": 1,
                "errorCode": "NoError",
                "status": "Available",
                "timestamp": "2026-12-06T00:59:00Z",
            },
        )
        res = await cp.send_call(
            "StartTransaction",
            {"connectorId": 1, "idTag": "roam01", "meterStart": 1000, "timestamp": "2026-12-06T01:00:00Z"},
        )
        assert res[2]["idTagInfo"]["status"] == "Accepted"
        tx_id = res[2]["transactionId"]

        async def session_put() -> Any:
            state = await ocpi_peer.control("state")
            return state["sessions"].get(str(tx_id)) and received(state, "sessions")

        (put,) = await until("the Session PUT", session_put)
        assert put["method"] == "PUT" and put["http"] == 200 and put["error"] is None, put
        body = put["body"]
        assert put["path"].endswith(f"/sessions/MY/PLG/{tx_id}")
        assert (body["status"], body["kwh"], body["auth_method"]) == ("ACTIVE", 0, "WHITELIST")
        # (The partner's library lowercases CiStrings in the Token it pushed us.)
        assert {k: v.upper() for k, v in body["cdr_token"].items()} == {
            "country_code": "SG",
            "party_id": "XWP",
            "uid": "ROAM01",
            "type": "RFID",
            "contract_id": "SG-XWP-ROAM01",
        }
        assert body["location_id"] and body["evse_uid"] == f"{body['location_id']}-1"

        # While charging: a meter reading is PATCHed (energy and the running cost).
        await cp.send_call(
            "MeterValues",
            {
                "connectorId": 1,
                "transactionId": tx_id,
                "meterValue": [
                    {
                        "timestamp": "2026-12-06T01:30:00Z",
                        "sampledValue": [{"value": "3000", "measurand": "Energy.Active.Import.Register"}],
                    }
                ],
            },
        )

        async def patched() -> Any:
            state = await ocpi_peer.control("state")
            return [
                r for r in received(state, "sessions") if r["method"] == "PATCH" and r["body"].get("kwh") == 2
            ]

        (patch, *_) = await until("the Session PATCH", patched)
        assert patch["http"] == 200 and patch["error"] is None, patch
        assert set(patch["body"]) == {"kwh", "total_cost", "status", "last_updated"}
        assert patch["body"]["status"] == "ACTIVE" and patch["body"]["total_cost"]["excl_vat"] > 0

        # The car is full at 01:50, the driver unplugs at 02:00 (idle 10 min, 5 min grace); the charger
        # signed its readings.
        await cp.send_call(
            "StatusNotification",
            {
                "connectorId": 1,
                "errorCode": "NoError",
                "status": "SuspendedEV",
                "timestamp": "2026-12-06T01:50:00Z",
            },
        )

        async def idle() -> Any:
            async with server.platform.sessionmaker() as s:
                return (await s.get(ChargingSession, tx_id)).charging_ended_at  # type: ignore[union-attr]

        await until("the idle time to start", idle)  # status notifications are written in batches
        stop = {
            "transactionId": tx_id,
            "meterStop": 5000,
            "timestamp": "2026-12-06T02:00:00Z",
            "idTag": "ROAM01",
            "transactionData": [
                {
                    "timestamp": "2026-12-06T02:00:00Z",
                    "sampledValue": [{"value": OCMF, "format": "SignedData", "context": "Transaction.End"}],
                }
            ],
        }
        res = await cp.send_call("StopTransaction", stop)
        assert res[2]["idTagInfo"]["status"] == "Accepted"

    async def cdr_posted() -> Any:
        state = await ocpi_peer.control("state")
        done = state["sessions"].get(str(tx_id), {}).get("status") == "COMPLETED"
        return done and received(state, "cdrs")

    (cdr_post,) = await until("the CDR", cdr_posted)
    assert cdr_post["http"] == 200 and cdr_post["error"] is None, cdr_post
    cdr = cdr_post["body"]
    async with server.platform.sessionmaker() as s:
        tx = await s.get(ChargingSession, tx_id)
        receipt = (await s.execute(select(Receipt).where(Receipt.session_id == tx_id))).scalar_one()
    assert tx is not None and tx.billed
    # The CDR is the bill: the totals agree to the sen, with the tax.
    assert round(Decimal(str(cdr["total_cost"]["incl_vat"])) * 100) == receipt.total_sen == tx.total_cost_sen
    assert round(Decimal(str(cdr["total_cost"]["excl_vat"])) * 100) == receipt.subtotal_sen
    assert receipt.tax_sen > 0 and receipt.total_sen == receipt.subtotal_sen + receipt.tax_sen
    lines = {line["code"]: line["amount_sen"] for line in tx.cost_lines}
    assert round(Decimal(str(cdr["total_energy_cost"]["excl_vat"])) * 100) == lines["energy"]
    assert round(Decimal(str(cdr["total_time_cost"]["excl_vat"])) * 100) == lines["time"]
    assert round(Decimal(str(cdr["total_parking_cost"]["excl_vat"])) * 100) == lines["idle"]
    assert round(Decimal(str(cdr["total_fixed_cost"]["excl_vat"])) * 100) == lines["session_fee"] == 100
    # Exactly: 4 kWh at 123.5 sen, 50 charging min at 2 sen, 5 idle min at 10 sen, the 100 sen fee;
    # 8 % tax on the 744 sen (59.52: the total 803.52 is 804 sen, so 60 sen), shared out over the
    # parts to the sen (energy 39.84 -> 40, time and fee 8.06 -> 8, parking 4.03 -> 4).
    assert (lines["energy"], lines["time"], lines["idle"], lines["tax"]) == (494, 100, 50, 60)
    assert cdr["total_cost"] == {"excl_vat": 7.44, "incl_vat": 8.04}
    assert cdr["total_energy_cost"] == {"excl_vat": 4.94, "incl_vat": 5.34}
    assert cdr["total_time_cost"] == {"excl_vat": 1, "incl_vat": 1.08}
    assert cdr["total_parking_cost"] == {"excl_vat": 0.5, "incl_vat": 0.54}
    assert cdr["total_fixed_cost"] == {"excl_vat": 1, "incl_vat": 1.08}
    parts = ("total_energy_cost", "total_time_cost", "total_parking_cost", "total_fixed_cost")
    for vat in ("excl_vat", "incl_vat"):
        assert sum(round(Decimal(str(cdr[p][vat])) * 100) for p in parts) == round(
            Decimal(str(cdr["total_cost"][vat])) * 100
        )
    # It carries the tariff it was billed with, which its periods name (OCPI 2.2.1 Tariff objects,
    # validated by the partner's library with the rest of the CDR).
    (billed,) = cdr["tariffs"]
    assert billed["id"] == str(tx.tariff_id) and billed["currency"] == "MYR"
    assert {c["type"]: (c["price"], c["vat"]) for c in billed["elements"][0]["price_components"]} == {
        "ENERGY": (1.235, 8),
        "TIME": (1.2, 8),
        "PARKING_TIME": (6, 8),
        "FLAT": (1, 8),
    }
    assert {p["tariff_id"] for p in cdr["charging_periods"]} == {billed["id"]}
    assert (cdr["total_energy"], cdr["total_time"], cdr["total_parking_time"]) == (4, 1, 0.1667)
    assert [d["type"] for p in cdr["charging_periods"] for d in p["dimensions"]] == [
        "ENERGY",
        "TIME",
        "PARKING_TIME",
    ]
    assert cdr["signed_data"]["encoding_method"] == "OCMF"
    assert cdr["signed_data"]["signed_values"][0]["nature"] == "End"
    assert cdr["cdr_location"]["evse_uid"] == f"{cdr['cdr_location']['id']}-1"

    # The partner pulls both, and they validate; the CDR pulled is the one posted.
    sessions = await ocpi_peer.control("pull", {"module": "sessions"})
    assert sessions["ok"] and sessions["errors"] == [] and len(sessions["objects"]) == 1, sessions
    assert sessions["objects"][0]["status"] == "COMPLETED" and sessions["objects"][0]["kwh"] == 4
    assert sessions["objects"][0]["total_cost"] == cdr["total_cost"]
    cdrs = await ocpi_peer.control("pull", {"module": "cdrs"})
    assert cdrs["ok"] and cdrs["errors"] == [] and cdrs["objects"] == [cdr], cdrs
    later = await ocpi_peer.control("pull", {"module": "cdrs", "query": "?date_from=2099-01-01T00:00:00Z"})
    assert later["ok"] and later["objects"] == [] and later["totals"] == [0]

    # Nothing is left to deliver, and the CDR was posted once.
    async with server.platform.sessionmaker() as s:
        rows = (await s.execute(select(OcpiOutbox).order_by(OcpiOutbox.key))).scalars().all()
    assert [(r.key, r.pending) for r in rows if r.kind in ("cdr", "session")] == [
        (f"cdr:{tx_id}", False),
        (f"session:{tx_id}", False),
    ]
    assert len(received(await ocpi_peer.control("state"), "cdrs")) == 1

    # The settlement with the partner: the session as CPO, billed as the receipt, reconciled against
    # the CDR sent (nothing to list); had its CDR said another total, it would be listed.
    partners = (await api.ok("{ ocpiPartners { id } }", token=admin))["ocpiPartners"]
    period = {"p": partners[0]["id"], "f": "2026-12-01T00:00:00Z", "t": "2027-01-01T00:00:00Z"}
    got = (await api.ok(SETTLEMENT, period, token=admin))["roamingSettlement"]
    assert got["cpo"]["sessions"] == 1, got
    assert round(Decimal(got["cpo"]["amount"]["amount"]) * 100) == receipt.total_sen
    assert got["mismatches"] == [], got["mismatches"]
    async with server.platform.sessionmaker() as s, s.begin():
        row = (await s.execute(select(OcpiSession).where(OcpiSession.session_id == tx_id))).scalar_one()
        assert row.cdr is not None
        changed = json.loads(row.cdr)
        changed["total_cost"]["incl_vat"] = float(changed["total_cost"]["incl_vat"]) + 1
        row.cdr = json.dumps(changed)
    got = (await api.ok(SETTLEMENT, period, token=admin))["roamingSettlement"]
    assert [(m["direction"], m["problem"]) for m in got["mismatches"]] == [
        ("CPO", f"CDR total {receipt.total_sen + 100} sen, the bill {receipt.total_sen} sen")
    ]


async def test_our_own_drivers_sessions_are_not_roaming(server: Any, ocpi_peer: Peer) -> None:
    """A session with a tag that is not a partner's token is not sent to any partner."""
    await peer_registers_with_us(server, ocpi_peer)
    key = await roaming_charger(server, "CP-HOME")
    async with server.platform.sessionmaker() as s, s.begin():
        s.add(IdTag(id_tag="LOCAL01", kind="rfid", status="Accepted"))
    async with connect(server.ocpp_url, "CP-HOME", key) as cp:
        res = await cp.send_call(
            "StartTransaction",
            {"connectorId": 1, "idTag": "LOCAL01", "meterStart": 0, "timestamp": "2026-12-06T01:00:00Z"},
        )
        await cp.send_call(
            "StopTransaction",
            {
                "transactionId": res[2]["transactionId"],
                "meterStop": 1000,
                "timestamp": "2026-12-06T01:10:00Z",
            },
        )
    async with server.platform.sessionmaker() as s:
        assert (await s.execute(select(OcpiSession))).scalars().all() == []
        kinds = {r.kind for r in (await s.execute(select(OcpiOutbox))).scalars()}
        assert not kinds & {"session", "cdr"}, kinds  # (the charger's tariff is pushed: it is new)
    pulled = await ocpi_peer.control("pull", {"module": "sessions"})
    assert pulled["ok"] and pulled["objects"] == []


async def charge_20_minutes(server: Any, cpid: str, key: str, id_tag: str) -> int:
    """A session of 2 kWh in 20 minutes at a charger (started and stopped); its id."""
    async with connect(server.ocpp_url, cpid, key) as cp:
        res = await cp.send_call(
            "StartTransaction",
            {"connectorId": 1, "idTag": id_tag, "meterStart": 0, "timestamp": "2026-12-06T01:00:00Z"},
        )
        tx_id = int(res[2]["transactionId"])
        await cp.send_call(
            "StopTransaction",
            {"transactionId": tx_id, "meterStop": 2000, "timestamp": "2026-12-06T01:20:00Z"},
        )
    return tx_id


async def test_a_partner_that_is_down_gets_everything_once_when_it_comes_back(
    server: Any, ocpi_peer: Peer
) -> None:
    await peer_registers_with_us(server, ocpi_peer)
    assert (await ocpi_peer.control("push-token", {"uid": "ROAM02"}))["http"] == 201
    key = await roaming_charger(server, "CP-DOWN")
    ocpi_peer.down()
    tx_id = await charge_20_minutes(server, "CP-DOWN", key, "ROAM02")

    async def retried() -> Any:
        async with server.platform.sessionmaker() as s:
            rows = (
                (await s.execute(select(OcpiOutbox).where(OcpiOutbox.kind.in_(("session", "cdr")))))
                .scalars()
                .all()
            )
        return len(rows) == 2 and all(r.pending and r.attempts >= 2 and r.last_error for r in rows) and rows

    rows = await until("failed retries while the partner is down", retried)
    assert all(r.next_attempt_at > r.updated_at for r in rows)  # backing off
    ocpi_peer.up()

    async def delivered() -> Any:
        async with server.platform.sessionmaker() as s:
            rows = (
                (await s.execute(select(OcpiOutbox).where(OcpiOutbox.kind.in_(("session", "cdr")))))
                .scalars()
                .all()
            )
        return all(not r.pending for r in rows)

    await until("delivery once the partner is back", delivered)
    state = await ocpi_peer.control("state")
    cdrs = received(state, "cdrs")
    assert len(cdrs) == 1 and cdrs[0]["error"] is None and cdrs[0]["body"]["id"] == str(tx_id)
    # The session was never delivered before: one PUT with its final state.
    sessions = received(state, "sessions")
    assert [(r["method"], r["body"]["status"], r["error"]) for r in sessions] == [("PUT", "COMPLETED", None)]
    async with server.platform.sessionmaker() as s:
        tx = await s.get(ChargingSession, tx_id)
    assert (
        tx is not None
        and round(Decimal(str(cdrs[0]["body"]["total_cost"]["incl_vat"])) * 100) == tx.total_cost_sen
    )


async def test_bad_sessions_and_cdrs_pulls_get_their_status(server: Any, ocpi_peer: Peer) -> None:
    await peer_registers_with_us(server, ocpi_peer)
    token = (await ocpi_peer.control("state"))["platform_token"]
    base = f"{server.http_url}/ocpi/2.2.1"
    async with httpx.AsyncClient() as c:
        for module in ("sessions", "cdrs"):
            for headers in (
                {},
                tok("made-up"),
                {"Authorization": "Token " + base64.b64encode(b"x").decode()},
            ):
                r = await c.get(f"{base}/{module}", headers=headers)
                assert r.status_code == 401 and r.json()["status_code"] == 2000
            for query in ("?limit=zero", "?offset=-1", "?date_from=yesterday"):
                r = await c.get(f"{base}/{module}{query}", headers=tok(token))
                assert r.status_code == 400 and r.json()["status_code"] == 2001, (module, query)
            r = await c.get(f"{base}/{module}", headers=tok(token))
            assert r.status_code == 200 and r.json()["data"] == [] and r.headers["X-Total-Count"] == "0"


async def test_a_slow_partner_is_posted_the_cdr_once(
    server: Any, server_factory: Any, ocpi_peer: Peer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A CDR whose POST takes longer than the outbox's lease: the node delivering it holds the row
    while the POST is under way, so another node (polling the same outbox) does not post it again."""
    monkeypatch.setattr(roaming_outbox, "LEASE", dt.timedelta(seconds=1))
    await server_factory(database_url=server.platform.settings.database_url, **FAST)  # a second node
    await peer_registers_with_us(server, ocpi_peer)
    assert (await ocpi_peer.control("push-token", {"uid": "ROAM03"}))["http"] == 201
    await ocpi_peer.control("slow", {"cdrs": 3.5})  # three and a half leases
    tx_id = await charge_20_minutes(server, "CP-SLOW", await roaming_charger(server, "CP-SLOW"), "ROAM03")

    async def settled() -> Any:
        async with server.platform.sessionmaker() as s:
            row = await s.scalar(select(OcpiOutbox).where(OcpiOutbox.key == f"cdr:{tx_id}"))
        state = await ocpi_peer.control("state")
        done = row is not None and not row.pending and state["inflight"]["cdrs"] == 0
        return done and state

    state = await until("the CDR delivered and no POST under way", settled)
    posts = [r for r in received(state, "cdrs") if r["method"] == "POST"]
    assert len(posts) == 1, [p["body"]["id"] for p in posts]
    assert posts[0]["http"] == 200 and posts[0]["error"] is None
