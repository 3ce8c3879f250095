"""An operator's database from the first release (revision 0001_initial) upgraded to head with
`plagsini migrate`, on SQLite and MariaDB: the data is intact and the platform runs on it.

The database is filled with SQL as the 0001 schema has it (not through the current models, which
have newer columns): tariffs, chargers with their connectors and keys, an admin and drivers with
wallets, top-ups and failed/pending payments, ledger postings, two billed sessions with receipts, a
session still open at upgrade time, RFID and app id tags. On the upgraded database a platform
serves: an admin fetches an old receipt, a driver's wallet shows the old ledger's balance, and the
open session is stopped by a real WebSocket charger and billed exactly once. Then one revision
down and up again keeps everything.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import secrets
import subprocess
import sys
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from alembic.script import ScriptDirectory
from ocpp.v16 import call
from sqlalchemy import text

from api.relay import encode_id
from db.engine import make_engine
from db.migrate import alembic_config, current, upgrade
from domain import chargers, events, passwords
from tests.conftest import ROOT, start_server
from tests.ocpp.conftest import connect

FIRST = "0001_initial"
BACKENDS = ["sqlite", pytest.param("mariadb", marks=pytest.mark.mariadb)]
#: Tables the fixture fills; their row counts must survive every step.
TABLES = (
    "tariffs",
    "chargers",
    "connectors",
    "users",
    "id_tags",
    "ledger_accounts",
    "payments",
    "charging_sessions",
    "ledger_postings",
    "ledger_entries",
    "receipts",
    "receipt_counters",
    "meter_values",
)

LOGIN = """mutation($input: LoginInput!) { login(input: $input) {
  tokens { accessToken } errors { code message } } }"""
RECEIPT = """query($id: ID!) { receipt(id: $id) { number sessionId total { amount currency }
  subtotal { amount } tax { amount } pdfUrl lines { description amount { amount } } } }"""
WALLET = """{ wallet { balance { amount currency } debt { amount }
  transactions(first: 20) { edges { node { kind amount { amount } } } } } }"""
SESSION = """query($id: ID!) { chargingSession(id: $id) { transactionId status billed
  cost { amount } receipt { number total { amount } } } }"""
MY_RECEIPTS = """{ myReceipts(first: 20) { totalCount nodes { number total { amount } } } }"""


def _ts(t: dt.datetime) -> str:
    """A naive UTC timestamp as the 0001 columns store it."""
    return t.astimezone(dt.UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")


def _iso(t: dt.datetime) -> str:
    return t.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


def _sen(amount: str) -> int:
    return int(Decimal(amount) * 100)


@dataclass
class Old:
    """What the 0001 database holds, as the test needs it afterwards."""

    passwords: dict[str, str] = field(default_factory=dict)  # email as the driver types it → password
    charger_keys: dict[str, str] = field(default_factory=dict)
    wallet_sen: dict[int, int] = field(default_factory=dict)  # user id → balance from the entries
    receipts: dict[int, tuple[str, int]] = field(default_factory=dict)  # receipt id → (number, total)
    open_tx: int = 0
    open_started: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
    open_meter_start: int = 0


def _tariff_json(tid: int, name: str, kwh: str, fee: int) -> dict[str, Any]:
    return {
        "tariff_id": tid,
        "name": name,
        "currency": "MYR",
        "price_per_kwh_sen": kwh,
        "price_per_minute_sen": "0.0000",
        "idle_fee_per_minute_sen": "0.0000",
        "idle_grace_minutes": 0,
        "session_fee_sen": fee,
        "min_charge_sen": 0,
        "max_charge_sen": None,
        "tax_rate": "0.0800",
        "reservation_fee_sen": 0,
    }


def _lines(kwh: str, price: str, fee: int, tax: int) -> list[dict[str, Any]]:
    energy = int(Decimal(kwh) * Decimal(price))
    return [
        {
            "code": "energy",
            "description": "Energy",
            "quantity": kwh,
            "unit": "kWh",
            "unit_price_sen": price,
            "exact_sen": f"{energy}.000000",
            "amount_sen": energy,
        },
        {
            "code": "session_fee",
            "description": "Session fee",
            "quantity": "1.0000",
            "unit": "session",
            "unit_price_sen": None,
            "exact_sen": f"{fee}.000000",
            "amount_sen": fee,
        },
        {
            "code": "tax",
            "description": "Service tax 8%",
            "quantity": "0.0800",
            "unit": "rate",
            "unit_price_sen": None,
            "exact_sen": f"{tax}.000000",
            "amount_sen": tax,
        },
    ]


async def _fill_first_release(url: str) -> Old:
    """A small but realistic operator database at 0001_initial, written with plain SQL."""
    old = Old()
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    year = now.year
    day = dt.timedelta(days=1)
    t_open = now - dt.timedelta(days=200)  # the platform went live about half a year ago
    engine = make_engine(url)
    rows: list[tuple[str, list[dict[str, Any]]]] = []
    lines_col = "`lines`" if url.startswith("mysql") else '"lines"'  # a reserved word on MariaDB

    def add(sql: str, *params: dict[str, Any]) -> None:
        rows.append((sql, list(params)))

    # -- tariffs: a default AC tariff and a DC one (money in sen, prices to 4 places)
    add(
        "INSERT INTO tariffs (id, name, description, is_default, currency, price_per_kwh_sen,"
        " price_per_minute_sen, idle_fee_per_minute_sen, idle_grace_minutes, session_fee_sen,"
        " min_charge_sen, max_charge_sen, tax_rate, reservation_fee_sen, active, created_at, updated_at)"
        " VALUES (:id, :name, :d, :dflt, 'MYR', :kwh, 0, :idle, 15, :fee, 0, NULL, 0.0800, :res, 1, :t, :t)",
        {"id": 1, "name": "Standard AC", "d": "Kadar biasa", "dflt": 1, "kwh": "100.0000", "idle": "0",
         "fee": 100, "res": 0, "t": _ts(t_open)},
        {"id": 2, "name": "DC Pantas — Lebuhraya", "d": "Pengecas pantas 60 kW", "dflt": 0,
         "kwh": "150.0000", "idle": "0", "fee": 100, "res": 200, "t": _ts(t_open)},
    )  # fmt: skip
    # -- chargers (profile 1, each with its own AuthorizationKey) and their connectors
    cps = [
        (1, "KL-SENTRAL-01", "KL Sentral — Aras 2", "Kuala Lumpur", None, "3.134000", "101.686000"),
        (2, "PJ-SS2-AC-02", "Kedai Kopi Ah Seng 咖啡店", "Petaling Jaya", None, "3.118000", "101.622000"),
        (3, "JB-DC-03", "Hentian Rehat Machap — Utara", "Johor Bahru", 2, "1.964000", "103.262000"),
    ]
    for pk, cpid, name, city, tariff, lat, lon in cps:
        key = secrets.token_hex(20).upper()
        old.charger_keys[cpid] = key
        add(
            "INSERT INTO chargers (id, charge_point_id, name, vendor, model, serial_number,"
            " firmware_version, latitude, longitude, address, city, state, security_profile,"
            " auth_key_hash, registration_status, approved, is_public, availability, last_heartbeat_at,"
            " last_boot_at, online, node_id, connected_at, local_list_version, max_power_kw, tariff_id,"
            " created_at, updated_at) VALUES (:id, :cpid, :name, 'Wallbox', 'Pulsar Plus', :sn, '5.17.0',"
            " :lat, :lon, :addr, :city, 'Selangor', 1, :hash, 'Accepted', 1, 1, 'Operative', :hb, :boot, 1,"
            " 'node-a', :boot, 3, 22.00, :tariff, :t, :hb)",
            {"id": pk, "cpid": cpid, "name": name, "sn": f"SN-{pk:04d}", "lat": lat, "lon": lon,
             "addr": f"Lot {pk}, Jalan Tun Sambanthan", "city": city, "hash": chargers.hash_auth_key(key),
             "hb": _ts(now - dt.timedelta(minutes=2)), "boot": _ts(now - 3 * day), "tariff": tariff,
             "t": _ts(t_open)},
        )  # fmt: skip
        for connector in (0, 1, 2):
            add(
                "INSERT INTO connectors (charger_id, connector_id, status, error_code, connector_type,"
                " max_power_kw, status_timestamp, updated_at)"
                " VALUES (:c, :n, :s, 'NoError', :type, :kw, :t, :t)",
                {"c": pk, "n": connector, "s": "Charging" if (pk, connector) == (2, 1) else "Available",
                 "type": None if connector == 0 else ("CCS2" if pk == 3 else "Type2"),
                 "kw": None if connector == 0 else "22.00", "t": _ts(now - day)},
            )  # fmt: skip

    # -- users: an admin and four drivers (one address in mixed case, as 0001 stored it)
    people = [
        (1, "Ops@PlagSini.example", "Nurul Ain binti Ahmad", "admin"),
        (2, "siti@example.my", "Siti Nurhaliza", "driver"),
        (3, "weiming@example.my", "Tan Wei Ming 陈伟明", "driver"),
        (4, "Rajesh.Kumar@Example.MY", "Rajesh a/l Kumar", "driver"),
        (5, "zo\u00eb@example.de", "Zoë Müller", "driver"),
    ]
    for uid, email, name, role in people:
        pw = f"old-{role}-password-{uid}-{secrets.token_hex(4)}"
        old.passwords[email.lower()] = pw
        add(
            "INSERT INTO users (id, email, password_hash, name, phone, role, disabled, email_verified,"
            " referral_code, points_balance, last_login_at, password_changed_at, created_at, updated_at)"
            " VALUES (:id, :email, :pw, :name, :phone, :role, 0, 1, :ref, 0, :t, :t0, :t0, :t)",
            {"id": uid, "email": email, "pw": await passwords.hash_password(pw), "name": name,
             "phone": f"+6012345{uid:04d}", "role": role, "ref": f"REF{uid:05d}",
             "t": _ts(now - day), "t0": _ts(t_open + uid * day)},
        )  # fmt: skip
    # -- id tags: each driver's app tag, RFID cards (one blocked, one not yet linked to anyone)
    add(
        "INSERT INTO id_tags (id, id_tag, kind, status, expires_at, user_id, label, blocked_by_admin,"
        " created_at, updated_at) VALUES (:id, :tag, :kind, :st, NULL, :u, :label, :blk, :t, :t)",
        *[{"id": uid, "tag": f"APP{uid:08d}", "kind": "app", "st": "Accepted", "u": uid, "label": None,
           "blk": 0, "t": _ts(t_open + uid * day)} for uid in (2, 3, 4, 5)],
        {"id": 6, "tag": "04A1B2C3D4E5F6", "kind": "rfid", "st": "Accepted", "u": 2, "label": "Kad Siti",
         "blk": 0, "t": _ts(t_open)},
        {"id": 7, "tag": "04DEADBEEF0001", "kind": "rfid", "st": "Blocked", "u": 3, "label": "Hilang",
         "blk": 1, "t": _ts(t_open)},
        {"id": 8, "tag": "04C0FFEE000042", "kind": "rfid", "st": "Accepted", "u": None, "label": "Spare",
         "blk": 0, "t": _ts(t_open)},
    )  # fmt: skip

    # -- ledger accounts: the system accounts and a wallet per driver
    accounts = {
        "gateway": (1, "gateway_clearing"),
        "revenue": (2, "platform_revenue"),
        "tax": (3, "tax_payable"),
    }
    for uid in (2, 3, 4, 5):
        accounts[f"wallet:{uid}"] = (10 + uid, "driver_wallet")
    balances = dict.fromkeys(accounts, 0)
    add(
        "INSERT INTO ledger_accounts (id, code, kind, user_id, balance_sen, currency, created_at, updated_at)"
        " VALUES (:id, :code, :kind, :u, 0, 'MYR', :t, :t)",
        *[{"id": aid, "code": code, "kind": kind, "u": int(code[7:]) if code.startswith("wallet:") else None,
           "t": _ts(t_open)} for code, (aid, kind) in accounts.items()],
    )  # fmt: skip
    postings = iter(range(1, 1000))
    entries = iter(range(1, 1000))

    def post(key: str, kind: str, when: dt.datetime, moves: dict[str, int], **links: Any) -> None:
        assert sum(moves.values()) == 0
        pid = next(postings)
        add(
            "INSERT INTO ledger_postings (id, idempotency_key, kind, memo, session_id, payment_id,"
            " created_at) VALUES (:id, :key, :kind, :memo, :s, :p, :t)",
            {"id": pid, "key": key, "kind": kind, "memo": links.get("memo"), "s": links.get("session"),
             "p": links.get("payment"), "t": _ts(when)},
        )  # fmt: skip
        for code, amount in moves.items():
            balances[code] += amount
            add(
                "INSERT INTO ledger_entries (id, posting_id, account_id, amount_sen, balance_after_sen,"
                " created_at) VALUES (:id, :p, :a, :amt, :after, :t)",
                {"id": next(entries), "p": pid, "a": accounts[code][0], "amt": amount,
                 "after": balances[code], "t": _ts(when)},
            )  # fmt: skip

    # -- payments (top-ups): succeeded ones credited the wallet; a failed and a pending one did not
    payments = [
        (1, 2, "50.00", "fpx", "succeeded"),
        (2, 2, "20.00", "card", "succeeded"),
        (3, 3, "30.00", "ewallet", "succeeded"),
        (4, 3, "10.00", "fpx", "failed"),
        (5, 4, "100.00", "fpx", "succeeded"),
        (6, 5, "15.00", "card", "pending"),
    ]
    for pid, uid, amount, method, status in payments:
        when = t_open + dt.timedelta(days=10 + pid)
        add(
            "INSERT INTO payments (id, user_id, amount_sen, currency, method, provider, status,"
            " idempotency_key, provider_reference, checkout_url, failure_reason, created_at, updated_at,"
            " completed_at) VALUES (:id, :u, :amt, 'MYR', :m, 'sandbox', :st, :k, :ref, :url, :fail, :t,"
            " :t, :done)",
            {"id": pid, "u": uid, "amt": _sen(amount), "m": method, "st": status, "k": f"topup-{uid}-{pid}",
             "ref": f"SBX-{pid:06d}", "url": f"http://localhost:8080/pay/sandbox/SBX-{pid:06d}",
             "fail": "Declined by bank" if status == "failed" else None, "t": _ts(when),
             "done": _ts(when) if status in ("succeeded", "failed") else None},
        )  # fmt: skip
        if status == "succeeded":
            post(f"topup:{pid}", "topup", when, {"gateway": -_sen(amount), f"wallet:{uid}": _sen(amount)},
                 payment=pid, memo=f"Top-up {pid}")  # fmt: skip

    # -- two billed sessions with their receipts, and one still charging
    billed = [
        # transaction id, charger, connector, driver, id tag, tariff snapshot, kWh, price per kWh (sen)
        (1, 1, 1, 2, "04A1B2C3D4E5F6", _tariff_json(1, "Standard AC", "100.0000", 100), "20.0000",
         "100.0000"),
        (2, 3, 1, 3, "APP00000003", _tariff_json(2, "DC Pantas — Lebuhraya", "150.0000", 100), "10.0000",
         "150.0000"),
    ]  # fmt: skip
    for seq, (tx, cid, plug, uid, tag, snap, kwh, price) in enumerate(billed, start=1):
        started = now - dt.timedelta(days=30 - tx)
        stopped = started + dt.timedelta(minutes=45)
        subtotal = int(Decimal(kwh) * Decimal(price)) + 100
        tax = int((Decimal(subtotal) * Decimal("0.08")).to_integral_value())
        total = subtotal + tax
        lines = _lines(kwh, price, 100, tax)
        wh = int(Decimal(kwh) * 1000)
        add(
            "INSERT INTO charging_sessions (id, charger_id, connector_id, id_tag, user_id, tariff_id,"
            " tariff_snapshot, start_source, meter_start, meter_stop, started_at, stopped_at,"
            " charging_ended_at, stop_reason, status, cost_lines, total_cost_sen, currency, billed,"
            " billed_at, energy_wh, last_energy_wh, last_power_w, last_meter_at, created_at, updated_at)"
            " VALUES (:id, :c, :conn, :tag, :u, :tariff, :snap, :src, 120000, :stop, :t0, :t1, :t1, 'Local',"
            " 'Completed', :lines, :total, 'MYR', 1, :t1, :wh, :wh, 7200.0, :t1, :t0, :t1)",
            {"id": tx, "c": cid, "conn": plug, "tag": tag, "u": uid, "tariff": snap["tariff_id"],
             "snap": json.dumps(snap), "src": "local" if tag.startswith("04") else "app",
             "stop": 120000 + wh, "t0": _ts(started), "t1": _ts(stopped), "lines": json.dumps(lines),
             "total": total, "wh": wh},
        )  # fmt: skip
        add(
            "INSERT INTO meter_values (charger_id, connector_id, transaction_id, timestamp, measurand, unit,"
            " context, raw_value, value, created_at) VALUES (:c, :conn, :tx, :t,"
            " 'Energy.Active.Import.Register', 'Wh', 'Sample.Periodic', :raw, :v, :t)",
            *[{"c": cid, "conn": plug, "tx": tx, "t": _ts(started + dt.timedelta(minutes=15 * i)),
               "raw": str(120000 + wh * i // 3), "v": float(120000 + wh * i // 3)} for i in range(4)],
        )  # fmt: skip
        post(f"charge:{tx}", "charge", stopped, {f"wallet:{uid}": -total, "revenue": subtotal,
             "tax": tax}, session=tx, memo=f"Charging session {tx}")  # fmt: skip
        number = f"PS-{year}-{seq:06d}"
        add(
            f"INSERT INTO receipts (id, year, seq, number, session_id, user_id, {lines_col}, subtotal_sen,"
            " tax_sen, total_sen, currency, issued_at) VALUES (:id, :y, :seq, :n, :s, :u, :lines, :sub, :tax,"
            " :tot, 'MYR', :t)",
            {"id": seq, "y": year, "seq": seq, "n": number, "s": tx, "u": uid, "lines": json.dumps(lines),
             "sub": subtotal, "tax": tax, "tot": total, "t": _ts(stopped)},
        )  # fmt: skip
        old.receipts[seq] = (number, total)
    add("INSERT INTO receipt_counters (year, last_number) VALUES (:y, 2)", {"y": year})

    old.open_tx, old.open_meter_start = 3, 540_000
    old.open_started = now - dt.timedelta(minutes=40)
    add(
        "INSERT INTO charging_sessions (id, charger_id, connector_id, id_tag, user_id, tariff_id,"
        " tariff_snapshot, start_source, meter_start, started_at, status, currency, billed, last_energy_wh,"
        " last_meter_at, created_at, updated_at) VALUES (3, 2, 1, 'APP00000002', 2, 1, :snap, 'app', :m,"
        " :t, 'Active', 'MYR', 0, :last, :tm, :t, :tm)",
        {"snap": json.dumps(_tariff_json(1, "Standard AC", "100.0000", 100)), "m": old.open_meter_start,
         "t": _ts(old.open_started), "last": old.open_meter_start + 6000,
         "tm": _ts(old.open_started + dt.timedelta(minutes=20))},
    )  # fmt: skip

    try:
        async with engine.begin() as conn:
            for sql, params in rows:
                await conn.execute(text(sql), params)
            for code, (aid, _) in accounts.items():
                await conn.execute(
                    text("UPDATE ledger_accounts SET balance_sen = :b WHERE id = :id"),
                    {"b": balances[code], "id": aid},
                )
            # The wallets as the old ledger has them: the sum of each wallet's entries.
            for uid in (2, 3, 4, 5):
                summed = await conn.execute(
                    text(
                        "SELECT COALESCE(SUM(e.amount_sen), 0) FROM ledger_entries e"
                        " JOIN ledger_accounts a ON a.id = e.account_id WHERE a.code = :c"
                    ),
                    {"c": f"wallet:{uid}"},
                )
                old.wallet_sen[uid] = int(summed.scalar_one())
    finally:
        await engine.dispose()
    assert old.wallet_sen == {2: 7000 - 2268, 3: 3000 - 1728, 4: 10000, 5: 0}
    return old


async def _counts(url: str) -> dict[str, int]:
    engine = make_engine(url)
    try:
        async with engine.connect() as conn:
            return {
                t: int((await conn.execute(text(f"SELECT COUNT(*) FROM {t}"))).scalar_one()) for t in TABLES
            }
    finally:
        await engine.dispose()


def _migrate(url: str, tmp_path: Path, *args: str) -> None:
    """`plagsini migrate ...` as an operator runs it, in its own process."""
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "SECRET_KEY": "test-secret-key-" + "x" * 32,
        "VAR_DIR": str(tmp_path / "var-migrate"),
        "PYTHONPATH": str(ROOT),
    }
    done = subprocess.run(
        [sys.executable, "-m", "plagsini", "migrate", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "plagsini: database migrated" in done.stdout


async def _login(server: Any, email: str, password: str) -> str:
    r = await server.graphql(LOGIN, {"input": {"email": email, "password": password}})
    payload = r["data"]["login"]
    assert payload["errors"] == [], r
    return str(payload["tokens"]["accessToken"])


@pytest.fixture(params=BACKENDS)
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite+aiosqlite:///{tmp_path / 'operator.db'}"
    return str(request.getfixturevalue("mariadb_url"))


async def test_first_release_database_upgrades_and_runs(
    url: str, tmp_path: Path, server_factory: Any
) -> None:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    await upgrade(url, FIRST)
    old = await _fill_first_release(url)
    before = await _counts(url)

    _migrate(url, tmp_path)
    assert await current(url) == head
    assert await _counts(url) == before

    siti, admin_email = "siti@example.my", "ops@plagsini.example"
    server = await start_server(url, tmp_path / "node-a")
    try:
        admin = await _login(server, admin_email, old.passwords[admin_email])
        driver = await _login(server, siti, old.passwords[siti])
        # The address 0001 stored in mixed case signs in by its normal form.
        await _login(server, "rajesh.kumar@example.my", old.passwords["rajesh.kumar@example.my"])

        # An admin fetches a receipt issued before the upgrade, with its PDF.
        for rid, (number, total) in old.receipts.items():
            r = await server.graphql(RECEIPT, {"id": encode_id("Receipt", rid)}, token=admin)
            receipt = r["data"]["receipt"]
            assert receipt["number"] == number, r
            assert receipt["total"] == {"amount": f"{Decimal(total) / 100:.2f}", "currency": "MYR"}
            assert sum(_sen(line["amount"]["amount"]) for line in receipt["lines"]) == total
        pdf = await server.http.get(receipt["pdfUrl"])
        assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")

        # The driver's wallet is what the old ledger says, with its old movements.
        wallet = (await server.graphql(WALLET, token=driver))["data"]["wallet"]
        assert _sen(wallet["balance"]["amount"]) == old.wallet_sen[2] == 4732
        assert _sen(wallet["debt"]["amount"]) == 0
        assert [e["node"]["kind"] for e in wallet["transactions"]["edges"]] == ["charge", "topup", "topup"]

        # The session open at upgrade time is stopped by its charger (a real WebSocket client with
        # the key from 0001) and billed once, even when the charger sends StopTransaction twice.
        cpid = "PJ-SS2-AC-02"
        meter_stop = old.open_meter_start + 12_345
        async with (
            server.platform.bus.subscribe(events.session(old.open_tx)) as session_events,
            connect(server.ocpp_url, cpid, old.charger_keys[cpid]) as cp,
        ):
            stop = call.StopTransaction(
                meter_stop=meter_stop,
                timestamp=_iso(old.open_started + dt.timedelta(minutes=40)),
                transaction_id=old.open_tx,
                id_tag="APP00000002",
                reason="Local",
            )
            first = await cp.call(stop, suppress=False)
            assert first.id_tag_info is None or first.id_tag_info["status"] == "Accepted"
            await cp.call(stop, suppress=False)  # the charger sends it again (a queued copy)
            async with asyncio.timeout(15):  # announced once the stop (and its billing) committed
                async for event in session_events:
                    if event["status"] == "Completed":
                        assert event["cost_sen"] == 1441 and event["energy_wh"] == 12_345
                        break

        sid = encode_id("ChargingSession", old.open_tx)
        session = (await server.graphql(SESSION, {"id": sid}, token=driver))["data"]["chargingSession"]
        assert session["billed"] is True, session
        # 12.345 kWh x RM1.00 + RM1.00 session fee = 1334.5 sen, +8% tax = 1441.26 → 1441 sen
        assert session["status"] == "COMPLETED" and session["cost"] == {"amount": "14.41"}
        year = dt.datetime.now(dt.UTC).year
        numbers = {n for n, _ in old.receipts.values()}
        assert session["receipt"]["number"] not in numbers
        if all(n.startswith(f"PS-{year}-") for n in numbers):  # the old year's counter goes on
            assert session["receipt"]["number"] == f"PS-{year}-000003"
        wallet = (await server.graphql(WALLET, token=driver))["data"]["wallet"]
        assert _sen(wallet["balance"]["amount"]) == 4732 - 1441
        kinds = [e["node"]["kind"] for e in wallet["transactions"]["edges"]]
        assert kinds == ["charge", "charge", "topup", "topup"]
    finally:
        await server.close()

    engine = make_engine(url)
    try:
        async with engine.connect() as conn:
            charges = await conn.execute(
                text("SELECT COUNT(*) FROM ledger_postings WHERE kind = 'charge' AND session_id = 3")
            )
            assert charges.scalar_one() == 1
            unbalanced = await conn.execute(
                text(
                    "SELECT COUNT(*) FROM (SELECT posting_id FROM ledger_entries GROUP BY posting_id"
                    " HAVING SUM(amount_sen) <> 0) AS u"
                )
            )
            assert unbalanced.scalar_one() == 0
            names = await conn.execute(text("SELECT name FROM chargers ORDER BY id"))
            assert [n for (n,) in names] == [
                "KL Sentral — Aras 2",
                "Kedai Kopi Ah Seng 咖啡店",
                "Hentian Rehat Machap — Utara",
            ]
    finally:
        await engine.dispose()
    after_billing = await _counts(url)

    # One revision down and up again, with the data in place.
    assert head is not None
    head_script = ScriptDirectory.from_config(alembic_config()).get_revision(head)
    assert head_script is not None
    previous = head_script.down_revision
    _migrate(url, tmp_path, "--downgrade", "-1")
    assert await current(url) == previous
    assert await _counts(url) == after_billing
    _migrate(url, tmp_path)
    assert await current(url) == head
    assert await _counts(url) == after_billing

    server = await server_factory(database_url=url)
    driver = await _login(server, siti, old.passwords[siti])
    wallet = (await server.graphql(WALLET, token=driver))["data"]["wallet"]
    assert _sen(wallet["balance"]["amount"]) == 4732 - 1441
    mine = (await server.graphql(MY_RECEIPTS, token=driver))["data"]["myReceipts"]
    assert mine["totalCount"] == 2  # the one from before the upgrade and the one billed after it
    assert {_sen(n["total"]["amount"]) for n in mine["nodes"]} == {2268, 1441}
