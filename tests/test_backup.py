"""`plagsini backup` and `plagsini restore` as an operator runs them, each a separate process.

A node (`plagsini serve`, SQLite in WAL mode) serves a real WebSocket charger that charges a driver's
session with meter values flowing; `plagsini backup` runs during the charging; `plagsini restore`
refuses while the node serves; the node is stopped, the backup restored, a node started on it: the
data up to the backup is there (and nothing written after it), and the charger's StopTransaction
bills the session exactly once. Also: a corrupt backup is refused with one line, a backup from a
newer release is refused, an older one is migrated, and a MySQL/MariaDB DATABASE_URL gets the
pointer to the README procedure.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import fcntl
import hashlib
import os
import sqlite3
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from ocpp.v16 import call

from api.relay import encode_id
from tests.conftest import ROOT, TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD
from tests.ocpp.conftest import SimCharger, connect
from tests.security.api import Account, Api

CPID = "CP-BACKUP"
WALLET = """{ wallet { balance { amount }
  transactions(first: 20) { edges { node { kind amount { amount } } } } } }"""
SESSION = """query($id: ID!) { chargingSession(id: $id) { transactionId status billed energyWh
  cost { amount } } }"""
METER = """query($c: ID!, $s: DateTime!, $t: Int) {
  meterValues(chargerId: $c, since: $s, transactionId: $t, measurand: "Energy.Active.Import.Register")
  { value } }"""


def ts(t: dt.datetime) -> str:
    return t.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


def cli_env(db: Path, var_dir: Path, **extra: str) -> dict[str, str]:
    return {
        **os.environ,
        "DATABASE_URL": f"sqlite+aiosqlite:///{db}",
        "VAR_DIR": str(var_dir),
        "SECRET_KEY": "test-secret-key-" + "x" * 32,
        "LOG_LEVEL": "warning",
        **extra,
    }


def plagsini(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "plagsini", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _size(path: Path) -> int:
    return path.stat().st_size


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _glob(folder: Path, pattern: str) -> list[Path]:
    return list(folder.glob(pattern))


async def aplagsini(env: dict[str, str], *args: str) -> tuple[int, str, str]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "plagsini",
        *args,
        cwd=ROOT,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    async with asyncio.timeout(120):
        out, err = await proc.communicate()
    assert proc.returncode is not None
    return proc.returncode, out.decode(), err.decode()


async def _setup(api: Api) -> tuple[Account, Account, str, str]:
    """Tariff, a driver with RM50, the charger (profile 1); returns (admin, driver, charger id, key)."""
    admin = await api.login(TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD)
    await api.ok(
        """mutation($i: CreateTariffInput!) { createTariff(input: $i) { errors { message } } }""",
        {"i": {"name": "Backup AC", "pricePerKwh": "1.00", "sessionFee": "1.00", "isDefault": True}},
        token=admin.access,
    )
    driver = await api.create_driver(admin)
    await api.credit(admin, driver.id, "50.00")
    reg = await api.ok(
        """mutation($i: RegisterChargerInput!) { registerCharger(input: $i) {
             charger { id } authorizationKey errors { message } } }""",
        {"i": {"chargePointId": CPID, "securityProfile": 1}},
        token=admin.access,
    )
    return admin, driver, reg["registerCharger"]["charger"]["id"], reg["registerCharger"]["authorizationKey"]


async def _start(api: Api, cp: SimCharger, driver: Account, charger_id: str, t0: dt.datetime) -> int:
    await cp.call(
        call.StatusNotification(connector_id=1, error_code="NoError", status="Available"), suppress=False
    )
    started = asyncio.create_task(
        api.ok(
            """mutation($i: StartChargingInput!) { startCharging(input: $i) {
                 request { status } errors { code message } } }""",
            {"i": {"chargerId": charger_id, "connectorId": 1}},
            token=driver.access,
        )
    )
    remote = await cp.expect("RemoteStartTransaction")
    assert (await started)["startCharging"]["request"]["status"] == "ACCEPTED"
    st = await cp.call(
        call.StartTransaction(connector_id=1, id_tag=remote["idTag"], meter_start=0, timestamp=ts(t0)),
        suppress=False,
    )
    assert st.id_tag_info["status"] == "Accepted", st
    return int(st.transaction_id)


async def _meter(cp: SimCharger, tx: int, wh: int, at: dt.datetime) -> None:
    await cp.call(
        call.MeterValues(
            connector_id=1,
            transaction_id=tx,
            meter_value=[
                {
                    "timestamp": ts(at),
                    "sampledValue": [
                        {"value": str(wh), "measurand": "Energy.Active.Import.Register", "unit": "Wh"}
                    ],
                }
            ],
        ),
        suppress=False,
    )


async def test_backup_while_charging_restore_and_bill_once(spawn_node: Any, tmp_path: Path) -> None:
    db, var_dir = tmp_path / "platform.db", tmp_path / "var"
    env = cli_env(db, var_dir)
    node = spawn_node(DATABASE_URL=env["DATABASE_URL"], VAR_DIR=str(var_dir))
    api = Api(node.http_url)
    t0 = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=30)
    since = ts(t0 - dt.timedelta(minutes=1))
    try:
        admin, driver, charger_id, key = await _setup(api)
        acked: list[tuple[int, float]] = []  # (Wh, loop time the charger got the answer)
        async with connect(node.ocpp_url, CPID, key) as cp:
            tx = await _start(api, cp, driver, charger_id, t0)
            for wh in (100, 200, 300):  # committed well before the backup
                await _meter(cp, tx, wh, t0 + dt.timedelta(seconds=wh // 10))
            loop = asyncio.get_running_loop()
            flowing = asyncio.Event()
            stop_at: list[int] = []  # set after the backup: stop a few values later

            async def flow() -> None:
                wh = 300
                while not stop_at or len(acked) < stop_at[0]:
                    wh += 10
                    await _meter(cp, tx, wh, t0 + dt.timedelta(seconds=wh // 10))
                    acked.append((wh, loop.time()))
                    flowing.set()

            flow_task = asyncio.create_task(flow())
            await flowing.wait()
            backup_started = loop.time()
            rc, out, err = await aplagsini(env, "backup")  # meter values keep flowing meanwhile
            backup_done = loop.time()
            # Some more charging after the backup: this must be gone after the restore.
            stop_at.append(len(acked) + 3)
            async with asyncio.timeout(30):
                await flow_task
            assert rc == 0, err
            assert out.startswith("plagsini: backup written to "), out
            path = Path(out.split("backup written to ", 1)[1].split(" (", 1)[0])
            assert path.parent == var_dir / "backups" and path.name.startswith("plagsini-20")
            assert f"({_size(path)} bytes" in out
            backup_digest = _digest(path)
            during = [wh for wh, t in acked if t < backup_done]
            assert any(t > backup_started for _, t in acked), "no meter value during the backup"

            # While the node serves, restore refuses and changes nothing.
            refused = plagsini(env, "restore", str(path))
            assert refused.returncode == 1
            assert refused.stderr.count("\n") == 1 and "a node is serving on" in refused.stderr, (
                refused.stderr
            )
            assert not _glob(tmp_path, "platform.db.replaced-*") and not _glob(tmp_path, "*.restoring")
            await _meter(cp, tx, acked[-1][0] + 1, t0 + dt.timedelta(minutes=29))  # still served
        last_after_backup = acked[-1][0]
        wallet_before = (await api.ok(WALLET, token=driver.access))["wallet"]["balance"]["amount"]
        assert wallet_before == "50.00"
    finally:
        await api.close()
    node.stop()

    restored = plagsini(env, "restore", str(path))
    assert restored.returncode == 0, restored.stderr
    assert f"into {db}" in restored.stdout and "the replaced database is kept at" in restored.stdout
    assert len(_glob(tmp_path, "platform.db.replaced-*")) == 1
    assert _digest(path) == backup_digest  # the backup itself is untouched

    node2 = spawn_node(DATABASE_URL=env["DATABASE_URL"], VAR_DIR=str(var_dir))
    api = Api(node2.http_url)
    try:
        admin = await api.login(TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD)
        driver = await api.login(driver.email, driver.password)
        rows = (await api.ok(METER, {"c": charger_id, "s": since, "t": tx}, token=admin.access))[
            "meterValues"
        ]
        stored = {int(Decimal(r["value"])) for r in rows}
        # Everything answered before the backup started is in the copy; what came after it is not.
        assert {100, 200, 300} <= stored
        assert {wh for wh, t in acked if t < backup_started} <= stored
        assert last_after_backup not in stored
        assert max(stored) <= max(during)
        session_id = encode_id("ChargingSession", tx)
        s = (await api.ok(SESSION, {"id": session_id}, token=driver.access))["chargingSession"]
        assert s["status"] == "ACTIVE" and s["billed"] is False, s
        assert s["energyWh"] == max(stored)

        # The charger comes back (to the restored node) and ends the session: billed exactly once.
        meter_stop = 10_000 + last_after_backup
        async with connect(node2.ocpp_url, CPID, key) as cp:
            stop = call.StopTransaction(
                meter_stop=meter_stop, timestamp=ts(t0 + dt.timedelta(minutes=30)), transaction_id=tx
            )
            answer = await cp.call(stop, suppress=False)
            assert answer.id_tag_info is None or answer.id_tag_info["status"] == "Accepted"
            await cp.call(stop, suppress=False)  # a queued copy sent again
        s = (await api.ok(SESSION, {"id": session_id}, token=driver.access))["chargingSession"]
        assert s["status"] == "COMPLETED" and s["billed"] is True, s
        assert s["energyWh"] == meter_stop
        # meter_stop Wh x RM1.00/kWh + RM1.00 session fee, no tax
        cost = (Decimal(meter_stop) / 1000 + 1).quantize(Decimal("0.01"))
        assert Decimal(s["cost"]["amount"]) == cost
        wallet = (await api.ok(WALLET, token=driver.access))["wallet"]
        kinds = [e["node"]["kind"] for e in wallet["transactions"]["edges"]]
        assert kinds.count("charge") == 1, kinds
        assert Decimal(wallet["balance"]["amount"]) == Decimal("50.00") - cost
    finally:
        await api.close()


def test_restore_refuses_corrupt_and_newer_backups_and_migrates_older(tmp_path: Path) -> None:
    from db.migrate import alembic_config

    db, var_dir = tmp_path / "p.db", tmp_path / "var"
    env = cli_env(db, var_dir)
    assert plagsini(env, "migrate").returncode == 0
    made = plagsini(env, "backup", "--output", str(tmp_path / "good.db"))
    assert made.returncode == 0, made.stderr

    # A corrupt file: one clear line, nothing replaced.
    corrupt = tmp_path / "corrupt.db"
    data = bytearray((tmp_path / "good.db").read_bytes())
    data[:16] = b"not sqlite here!"
    corrupt.write_bytes(bytes(data))
    r = plagsini(env, "restore", str(corrupt))
    assert r.returncode == 1 and r.stdout == ""
    assert (
        r.stderr
        == f"plagsini: restore refused: {corrupt} is not a usable SQLite database (file is not a database)\n"
    )
    assert not list(tmp_path.glob("p.db.replaced-*"))
    truncated = tmp_path / "truncated.db"
    truncated.write_bytes(
        bytes(data[: len(data) // 3]).replace(b"not sqlite here!", b"SQLite format 3\x00", 1)
    )
    r = plagsini(env, "restore", str(truncated))
    assert r.returncode == 1 and r.stderr.count("\n") == 1 and str(truncated) in r.stderr, r.stderr
    assert not list(tmp_path.glob("p.db.replaced-*"))

    # A backup from a newer release (a revision this code does not know) is refused.
    newer = tmp_path / "newer.db"
    newer.write_bytes((tmp_path / "good.db").read_bytes())
    con = sqlite3.connect(newer)
    con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.commit()
    con.close()
    r = plagsini(env, "restore", str(newer))
    assert r.returncode == 1 and "9999_from_the_future" in r.stderr and r.stderr.count("\n") == 1

    # An older one is restored and migrated to head.
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    assert head is not None
    previous = script.get_revision(head).down_revision
    assert isinstance(previous, str)
    old_db = tmp_path / "old.db"
    old_env = cli_env(old_db, var_dir)
    assert plagsini(old_env, "migrate", "--revision", previous).returncode == 0
    assert plagsini(old_env, "backup", "--output", str(tmp_path / "old-backup.db")).returncode == 0
    r = plagsini(env, "restore", str(tmp_path / "old-backup.db"))
    assert r.returncode == 0, r.stderr
    assert f"migration revision {previous}, migrated to {head}" in r.stdout
    con = sqlite3.connect(db)
    assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [(head,)]
    con.close()
    assert len(list(tmp_path.glob("p.db.replaced-*"))) == 1


def test_backup_refuses_to_overwrite(tmp_path: Path) -> None:
    env = cli_env(tmp_path / "p.db", tmp_path / "var")
    assert plagsini(env, "migrate").returncode == 0
    target = tmp_path / "b.db"
    assert plagsini(env, "backup", "--output", str(target)).returncode == 0
    before = target.read_bytes()
    r = plagsini(env, "backup", "--output", str(target))
    assert r.returncode == 1 and "exists" in r.stderr and target.read_bytes() == before


def test_mariadb_url_points_to_the_readme(tmp_path: Path) -> None:
    env = cli_env(
        tmp_path / "p.db", tmp_path / "var", DATABASE_URL="mysql+asyncmy://u:p@127.0.0.1:1/plagsini"
    )
    for args in (("backup",), ("restore", str(tmp_path / "x.db"))):
        r = plagsini(env, *args)
        assert r.returncode == 2 and r.stdout == ""
        assert r.stderr.count("\n") == 1
        assert f"`plagsini {args[0]}` is for the embedded SQLite database" in r.stderr
        assert "mariadb-dump --single-transaction --routines" in r.stderr
        assert 'README.md, section "Backups"' in r.stderr


def test_node_does_not_start_while_a_restore_holds_the_database(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    env = cli_env(db, tmp_path / "var", HTTP_PORT="0", OCPP_PORT="0", HTTP_HOST="127.0.0.1")
    assert plagsini(env, "migrate").returncode == 0
    # What `plagsini restore` holds while it replaces the file.
    with open(tmp_path / "p.db.serve-lock", "ab") as lock:
        fcntl.flock(lock.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        r = plagsini(env, "serve")
    assert r.returncode == 2
    line = f"a restore is running on {db}; start the node when it has finished"
    assert r.stderr == f"plagsini: configuration error: {line}\n"


@pytest.mark.mariadb
def test_readme_mariadb_procedure_dump_load_migrate(mariadb_url: str, _mariadb: Any, tmp_path: Path) -> None:
    """The README's MariaDB procedure, command by command: a dump with --single-transaction
    --routines, loaded into an empty database, then `plagsini migrate`; the data is there."""
    from sqlalchemy.engine import make_url

    env = cli_env(tmp_path / "unused.db", tmp_path / "var", DATABASE_URL=mariadb_url)
    made = plagsini(
        env, "create-admin", "--email", "keeper@test.plagsini", "--password", "Keeper-password-42!"
    )
    assert made.returncode == 0, made.stderr
    src = make_url(mariadb_url)
    conn = ["-h", str(src.host), "-P", str(src.port), "-u", str(src.username)]
    dump = subprocess.run(
        [
            "mariadb-dump",
            "--single-transaction",
            "--routines",
            "--triggers",
            "--hex-blob",
            *conn,
            str(src.database),
        ],
        capture_output=True,
        timeout=120,
    )
    assert dump.returncode == 0, dump.stderr
    target_url = _mariadb.create_database(f"{src.database}_restored")
    dst = make_url(target_url)
    load = subprocess.run(
        ["mariadb", *conn, str(dst.database)], input=dump.stdout, capture_output=True, timeout=120
    )
    assert load.returncode == 0, load.stderr
    migrated = plagsini({**env, "DATABASE_URL": target_url}, "migrate")
    assert migrated.returncode == 0, migrated.stderr
    query = subprocess.run(
        [
            "mariadb",
            *conn,
            "-N",
            "-e",
            "SELECT email FROM users WHERE email = 'keeper@test.plagsini'",
            str(dst.database),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert query.stdout.split() == ["keeper@test.plagsini"], query
