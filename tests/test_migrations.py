"""Migrations: upgrade, downgrade base, upgrade again on SQLite and MariaDB; no drift from the models;
released revisions never change."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from db.base import Base
from db.engine import make_engine
from db.migrate import MigrationDriftError, alembic_config, check, current, downgrade, upgrade

BACKENDS = ["sqlite", pytest.param("mariadb", marks=pytest.mark.mariadb)]
VERSIONS = Path(__file__).resolve().parent.parent / "db" / "migrations" / "versions"

#: SHA-256 of every released revision file, oldest first. A revision is released once it lands:
#: operators' databases have run it, so editing it changes nothing for them and makes their schema
#: differ from a new install's. A schema change is a new revision; add its file's hash here.
RELEASED = {
    "0001_initial.py": "712d1aadaa196f9519768ca51b5f0571d755d27e4432689fd754a2a2d0bbcd62",
    "0002_mask_ocpp_secrets.py": "ab0352a69e86e25ffc93b0d06cd30402c7884e00cfcb3760e235f8d74069dc4c",
    "0003_email_binary_collation.py": "2add50440f4c5cc2bf25f41caee9e9374d46e1c8a25bf06c23a1002e13903625",
    "0004_payment_events.py": "4364f97d78bece0fd73447b13970abae8c1c6fe772bce8d46b073af601f47f0c",
    "0005_chargers_idtag_keys_start_attribution.py": (
        "363acea7782249694401589e7da1afc416521744528f787c8a00e15311eccca2"
    ),
    "0006_chargers_phases_sites.py": "ff2fa979bf4696dcaa339e39b7d89be3c6fbf253c068e73f299b9667ea6185bc",
    "0007_ops_fleet_jobs_connection_events.py": (
        "deb252628f78f3c8efc9ecf8935fed96e12fbaffcdc74f8a98ac4814a41c0a61"
    ),
    "0008_driver_locale_favourites.py": "408e726b84f6c480480b3027d1353bcf7939661783409c85c49ac267d2ecf39d",
    "0009_driver_problem_reports_push.py": "720d51b841b84c44437d3aa9f3c3780c7c3748aa7685cc2cb84017486fdcc84d",
    "0010_ocpp201_protocol.py": "cccadf2128f038ab875800ab8dc3b992e65574f688ca1cc08e768442830cc435",
    "0011_loadmgmt_capacity_trees.py": "715a7b4b0838fa7824caab5b2b6cbba5235996afe8b78622048249d6b7a24960",
    "0012_ocpp201b_idtoken36.py": "0e277572541c720880233fe8e9781166171840b5b2ccfabc41985e16ac743ae3",
    "0013_ocpi_partners_tokens.py": "363ef3a5bfc1f0a602eb34749257e06e6543860dcfb9767fc67b6189f822cc2a",
    "0014_idle_fee_notice.py": "efaef43d452cf74a01998a7f27744fc3477ef502144d2fd040036a0f0085bef7",
    "0015_loadhist_allocations.py": "1ac05ebddd94193792adbe91cfd764434a147ed63ed24aa164c855e2712051f9",
    "0016_sec201_charger_security.py": "9823fcdf4ba79bf75a2fbc6980d2e5c58c599f1949d5b5ff9960b9836c988ef0",
    "0017_sc201_station_reports.py": "7519a2964b1cdb492bbf5d367781152f16201ee5e763ad578c69458944b5f9c9",
    "0018_ocpiemsp_roaming_emsp.py": "1626a306a6bb24a0fb08bd8550a26b0b96f64a87db48f9a976546177e54db3b8",
    "0019_dm201_ocpp201_data.py": "6f618a0ac0796831f563be538f0c5d07a03fe81f11afae74c87422e729872e2d",
    "0020_load_answers.py": "610540b7be0055cbd7af3d15dc414f2a605b3c4d51c243a4e894b9cf67e929f8",
    "0021_ocpicpo_sessions_outbox.py": "c16ff1db1fb258a0eed9f6d2d535c1b0f2cd0a6a5fc1501f8a67078d2c73433e",
    "0022_sec16_station_requests.py": "2eddb412fa9dd67a7beb5fac3593394d34f4550f304e7e35120a58ce54f5e616",
    "0023_ocpiemsp_commands.py": "1b1ab99382652d547312e3f7f2e8a07acf1e980b6400b78e4e6a11796efff611",
    "0024_ocpicpo_token_tariff_pushes.py": "07bd73ef3b32bcfbad21b5078c6ba048330d4b99df76952a3da1a0f98214e4ae",
    "0025_roamflag_session_roaming.py": "32494b72c174a3d24de71032adf39f6c3a8cca4a55f669a39edb682309870f2c",
}


def _head() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


@pytest.fixture(params=BACKENDS)
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite+aiosqlite:///{tmp_path / 'migrations.db'}"
    return str(request.getfixturevalue("mariadb_url"))


def test_released_revisions_are_frozen() -> None:
    changed = [
        name
        for name, digest in RELEASED.items()
        if not (VERSIONS / name).is_file()
        or hashlib.sha256((VERSIONS / name).read_bytes()).hexdigest() != digest
    ]
    assert not changed, (
        f"released revisions changed or removed: {changed}. Never edit a released revision: add a new"
        " one (alembic revision --autogenerate -m '...') that makes the change."
    )
    unlisted = sorted(p.name for p in VERSIONS.glob("*.py") if p.name not in RELEASED)
    assert not unlisted, (
        f"revisions without a recorded hash: {unlisted}. Once a revision is final, record"
        " hashlib.sha256 of its file in RELEASED: from then on it is frozen."
    )


def test_revisions_form_one_chain_in_release_order() -> None:
    scripts = ScriptDirectory.from_config(alembic_config())
    assert len(scripts.get_heads()) == 1, "one head: a new revision revises the latest one"
    chain = [Path(s.path).name for s in scripts.walk_revisions("base", "heads")]
    assert list(reversed(chain)) == list(RELEASED)


async def _tables(url: str) -> set[str]:
    engine = make_engine(url)
    try:
        async with engine.connect() as conn:
            return set(await conn.run_sync(lambda c: inspect(c).get_table_names()))
    finally:
        await engine.dispose()


async def test_upgrade_downgrade_upgrade_then_no_drift(url: str) -> None:
    model_tables = set(Base.metadata.tables)

    await upgrade(url, "head")
    assert await current(url) == _head()
    assert model_tables <= await _tables(url)

    await downgrade(url, "base")
    assert await current(url) is None
    assert await _tables(url) <= {"alembic_version"}

    await upgrade(url, "head")
    assert model_tables <= await _tables(url)
    await check(url)  # raises MigrationDriftError if models and migrations differ


async def test_check_detects_drift(url: str) -> None:
    await upgrade(url, "head")
    engine = make_engine(url)
    try:
        async with engine.begin() as conn:
            await conn.execute(text("CREATE TABLE not_in_models (id INTEGER PRIMARY KEY)"))
    finally:
        await engine.dispose()
    with pytest.raises(MigrationDriftError):
        await check(url)


async def test_upgrade_is_idempotent(url: str) -> None:
    await upgrade(url)
    await upgrade(url)
    assert await current(url) == _head()


async def test_email_migration_normalises_stored_addresses_and_compares_bytes(url: str) -> None:
    """Addresses stored before 0003 get their normal form (NFC, lower case) unless another account
    has it already; afterwards an accented spelling no longer finds the plain address."""
    from sqlalchemy.exc import IntegrityError

    await upgrade(url, "0001_initial")
    engine = make_engine(url)
    decomposed = "zo\u0065\u0308@example.test"  # zoë, decomposed
    insert = text(
        "INSERT INTO users (email, name, role, disabled, email_verified, points_balance, created_at,"
        " updated_at) VALUES (:e, 'x', 'driver', false, false, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
    )
    try:
        for email in ("Dave@Example.TEST", decomposed, "ann@example.test", "ANN@example.test"):
            try:
                async with engine.begin() as conn:
                    await conn.execute(insert, {"e": email})
            except IntegrityError:
                # MariaDB's case-insensitive unique index refused it before 0003; SQLite did not.
                assert email == "ANN@example.test" and not url.startswith("sqlite")
        await upgrade(url)
        async with engine.connect() as conn:
            stored = set((await conn.execute(text("SELECT email FROM users"))).scalars())
            found = await conn.execute(
                text("SELECT count(*) FROM users WHERE email = :e"), {"e": "dáve@example.test"}
            )
            assert found.scalar() == 0
    finally:
        await engine.dispose()
    assert {"dave@example.test", "zo\u00eb@example.test", "ann@example.test"} <= stored
    # An address whose normal form is taken is left for an operator to resolve.
    assert ("ANN@example.test" in stored) == url.startswith("sqlite")


async def test_idtag_key_migration_fills_keys_and_refuses_case_clashes(url: str) -> None:
    """Tags stored before get their case-insensitive key; two tags differing only in case stop the
    migration with their names (which one is the card is an operator's call)."""
    await upgrade(url, "0001_initial")
    engine = make_engine(url)
    try:
        async with engine.begin() as conn:
            await conn.execute(
                text(
                    "INSERT INTO id_tags (id_tag, kind, status, blocked_by_admin, created_at, updated_at)"
                    " VALUES ('card-a1', 'rfid', 'Accepted', 0, '2026-01-01', '2026-01-01')"
                )
            )
        await upgrade(url, "head")
        async with engine.connect() as conn:
            assert (await conn.execute(text("SELECT id_tag_key FROM id_tags"))).scalar_one() == "CARD-A1"
        if "sqlite" in url:  # MariaDB's case-insensitive collation never let such a pair in
            await downgrade(url, "0001_initial")
            async with engine.begin() as conn:
                await conn.execute(
                    text(
                        "INSERT INTO id_tags (id_tag, kind, status, blocked_by_admin, created_at, updated_at)"
                        " VALUES ('CARD-a1', 'rfid', 'Accepted', 0, '2026-01-01', '2026-01-01')"
                    )
                )
            with pytest.raises(RuntimeError, match="CARD-A1"):
                await upgrade(url, "head")
    finally:
        await engine.dispose()
