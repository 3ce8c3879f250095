"""The OCPP message log under attack, against `plagsini serve` running as a process: a charger
flooding frames stays within its budget (the rest is summarised and counted on /metrics), chargers
that are not accepted are never logged, the log is cut to MESSAGE_LOG_MAX_BYTES oldest first (SQLite
and MariaDB), and secrets a charger echoes back (AuthorizationKey) are masked in the configuration
view, the message log and the database."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import json
import re
import sqlite3
import time
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import websockets
from sqlalchemy import select, text
from websockets.typing import Subprotocol

from api.relay import encode_id
from db.models import ChargerConfiguration, OcppCommand, OcppMessage, utcnow
from domain import chargers, ocpp_secrets
from plagsini.platform import Platform
from plagsini.settings import load_settings
from tests.helpers.auth import make_user
from tests.helpers.http import graphql_at
from tests.ocpp.conftest import basic, connect, register

SECRET_KEY = "test-secret-key-" + "x" * 32


@contextlib.asynccontextmanager
async def platform_on(url: str, tmp_path: Path) -> AsyncIterator[Platform]:
    """The test's own handle on the node's database (to register chargers, make users, read rows)."""
    platform = Platform.create(
        load_settings(database_url=url, var_dir=tmp_path / "var-test", secret_key=SECRET_KEY)
    )
    try:
        yield platform
    finally:
        await platform.close()


async def gql(node: Any, query: str, variables: dict[str, Any], token: str) -> dict[str, Any]:
    body = await graphql_at(node.http_url, query, variables, token)
    assert not body.get("errors"), body
    return dict(body["data"])


def metric(text: str, name: str, **labels: str) -> float:
    """The sum of the samples of `name` whose labels include `labels` (0 when there is none)."""
    total = 0.0
    for line in text.splitlines():
        m = re.match(rf"^{re.escape(name)}(?:\{{(.*)\}})? (\S+)$", line)
        if m is None:
            continue
        have = dict(re.findall(r'(\w+)="([^"]*)"', m.group(1) or ""))
        if all(have.get(k) == v for k, v in labels.items()):
            total += float(m.group(2))
    return total


async def metrics_text(node: Any) -> str:
    async with httpx.AsyncClient(timeout=10) as client:
        r = await client.get(node.http_url + "/metrics")
    assert r.status_code == 200
    return r.text


async def rows_of(platform: Platform, cpid: str) -> list[OcppMessage]:
    async with platform.sessionmaker() as s:
        q = select(OcppMessage).where(OcppMessage.charger_id == cpid).order_by(OcppMessage.id)
        return list((await s.execute(q)).scalars())


async def until(predicate: Any, timeout: float = 30.0) -> Any:
    """Poll an async predicate until it returns something truthy (or fail at the deadline)."""
    deadline = time.monotonic() + timeout
    while True:
        got = await predicate()
        if got:
            return got
        assert time.monotonic() < deadline, "condition not met before the deadline"
        await asyncio.sleep(0.1)


def data_transfer(data: str) -> tuple[str, str]:
    uid = uuid.uuid4().hex[:20]
    return uid, json.dumps([2, uid, "DataTransfer", {"vendorId": "Flood", "data": data}])


# ------------------------------------------------------------------------------------------ budget


async def test_a_flooding_charger_stays_within_its_budget_and_the_rest_is_summarised(
    spawn_node: Any, tmp_path: Path
) -> None:
    db = f"sqlite+aiosqlite:///{tmp_path / 'nodes.db'}"
    rate, per_day = 5, 120_000
    node = await asyncio.to_thread(
        spawn_node,
        DATABASE_URL=db,
        MESSAGE_LOG_FRAMES_PER_SECOND=str(rate),
        MESSAGE_LOG_BYTES_PER_DAY=str(per_day),
    )
    async with platform_on(db, tmp_path) as platform:
        key = await register(platform, "CP-FLOOD")
        _admin, token = await make_user(platform, role="admin")
        before = await metrics_text(node)
        exchanged: list[str] = []  # every frame of the connection, both directions
        t0 = time.monotonic()
        async with websockets.connect(
            f"{node.ocpp_url}/CP-FLOOD",
            subprotocols=[Subprotocol("ocpp1.6")],
            additional_headers=basic("CP-FLOOD", key or ""),
        ) as ws:  # type: ignore[arg-type]

            async def exchange(frame: str) -> list[Any]:
                await ws.send(frame)
                answer = await ws.recv()
                assert isinstance(answer, str)
                exchanged.extend((frame, answer))
                return list(json.loads(answer))

            boot = json.dumps(
                [2, "boot", "BootNotification", {"chargePointVendor": "F", "chargePointModel": "Z"}]
            )
            assert (await exchange(boot))[2]["status"] == "Accepted"
            # Three 50 KB frames: the third does not fit in the day's bytes.
            for _ in range(3):
                assert (await exchange(data_transfer("x" * 50_000)[1]))[2] == {"status": "UnknownVendorId"}
            # Then as many small frames as the charger can send: far over 5 frames a second.
            for i in range(400):
                assert (await exchange(data_transfer(f"flood {i}")[1]))[0] == 3
        elapsed = time.monotonic() - t0

        # The summary row comes when the charger disconnects.
        def summaries(rows: list[OcppMessage]) -> list[OcppMessage]:
            return [r for r in rows if r.error_code == "NotStored"]

        async def summarised() -> list[OcppMessage] | None:
            rows = await rows_of(platform, "CP-FLOOD")
            return rows if summaries(rows) else None

        rows = await until(summarised)
        frames = [r for r in rows if r.error_code != "NotStored"]
        stored_bytes = sum(len(r.payload) for r in frames)
        # Within the budget: the bucket (3 s worth) plus the rate over the connection's life.
        assert len(frames) <= rate * 3 + rate * elapsed + 1, (len(frames), elapsed)
        assert stored_bytes <= per_day
        assert len(frames) >= 10  # the boot and the first frames are there
        # Everything not stored is accounted for in the summary rows, exactly.
        not_frames = not_bytes = 0
        for summary in summaries(rows):
            m = re.match(r"(\d+) frames, (\d+) bytes not stored", summary.payload)
            assert m is not None, summary.payload
            not_frames += int(m.group(1))
            not_bytes += int(m.group(2))
        assert len(frames) + not_frames == len(exchanged)
        assert stored_bytes + not_bytes == sum(len(f) for f in exchanged)

        # The admin's message log view shows the summary.
        gid = "CP-FLOOD"
        data = await gql(
            node,
            "query($c: String) { ocppMessages(chargePointId: $c, errorsOnly: true, first: 10) "
            "{ nodes { errorCode payload } } }",
            {"c": gid},
            token,
        )
        shown = [n for n in data["ocppMessages"]["nodes"] if n["errorCode"] == "NotStored"]
        assert shown and "not stored" in shown[0]["payload"]

        after = await metrics_text(node)
        name = "plagsini_ocpp_log_unstored_frames_total"
        fps = metric(after, name, reason="frames_per_second") - metric(
            before, name, reason="frames_per_second"
        )
        per_day_skips = metric(after, name, reason="bytes_per_day") - metric(
            before, name, reason="bytes_per_day"
        )
        assert fps > 0 and per_day_skips > 0
        assert fps + per_day_skips == not_frames
        assert metric(after, "plagsini_ocpp_message_log_bytes") >= stored_bytes


async def test_frames_of_chargers_that_are_not_accepted_are_counted_never_stored(
    spawn_node: Any, tmp_path: Path
) -> None:
    db = f"sqlite+aiosqlite:///{tmp_path / 'nodes.db'}"
    node = await asyncio.to_thread(spawn_node, DATABASE_URL=db, OCPP_UNKNOWN_CHARGERS="pending")
    async with platform_on(db, tmp_path) as platform:
        real_key = await register(platform, "CP-REAL")
        rejected_key = await register(platform, "CP-REJECTED")
        async with platform.sessionmaker() as s, s.begin():
            rejected = await chargers.get_by_cpid(s, "CP-REJECTED")
            assert rejected is not None
            await chargers.approve(s, rejected, approved=False)
        before = await metrics_text(node)

        # A wrong password for a registered charger: refused before the upgrade.
        with pytest.raises(websockets.InvalidStatus) as refused:
            async with connect(node.ocpp_url, "CP-REAL", "not-the-key-0123456789"):
                pass
        assert refused.value.response.status_code == 401

        async def flood(cpid: str, key: str | None, status: str) -> int:
            async with connect(node.ocpp_url, cpid, key, boot=False) as cp:
                assert (await cp.boot()).status == status
                for _ in range(50):
                    answer = await cp.send_call("Heartbeat", {})
                    assert answer[0] == 4 and answer[2] == "SecurityError"
                    answer = await cp.send_call("DataTransfer", {"vendorId": "x", "data": "y" * 2000})
                    assert answer[0] == 4
            return 2 + 100 * 2

        # An unknown id, with made-up credentials (admitted as Pending), and a rejected charger.
        pending_frames = await flood("CP-STRANGER", "made-up-password-123", "Pending")
        rejected_frames = await flood("CP-REJECTED", rejected_key, "Rejected")
        # A charger that is accepted: once its frames are in the log, the frames before them would be.
        async with connect(node.ocpp_url, "CP-REAL", real_key) as cp:
            await cp.send_call("Heartbeat", {})

        async def real_logged() -> bool:
            return any(r.action == "Heartbeat" for r in await rows_of(platform, "CP-REAL"))

        await until(real_logged)
        assert await rows_of(platform, "CP-STRANGER") == []
        assert await rows_of(platform, "CP-REJECTED") == []

        after = await metrics_text(node)

        def moved(name: str, reason: str) -> float:
            return metric(after, name, reason=reason) - metric(before, name, reason=reason)

        assert moved("plagsini_ocpp_log_unstored_frames_total", "pending") == pending_frames
        assert moved("plagsini_ocpp_log_unstored_frames_total", "rejected") == rejected_frames
        assert moved("plagsini_ocpp_log_unstored_bytes_total", "pending") > 50 * 2000
        assert moved("plagsini_ocpp_refused_connections_total", "bad_credentials") == 1


# --------------------------------------------------------------------------------- size retention


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("mariadb", marks=pytest.mark.mariadb)])
async def test_the_log_is_cut_to_its_maximum_size_oldest_first(
    backend: str, spawn_node: Any, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    from db.migrate import upgrade

    if backend == "sqlite":
        db = f"sqlite+aiosqlite:///{tmp_path / 'nodes.db'}"
    else:
        db = str(request.getfixturevalue("migrated_mariadb_url"))
    await upgrade(db)
    frame = 64 * 1024  # bytes of each frame
    async with platform_on(db, tmp_path) as platform:
        now = utcnow()
        async with platform.sessionmaker() as s, s.begin():
            for i in range(40):
                # Multi-byte text: the size is in bytes, not characters ("é" is two bytes).
                text = f'[2,"{i:04d}","DataTransfer",{{"data":"' + "é" * 100
                text += "x" * (frame - len(text.encode()) - 3) + '"}]'
                assert len(text.encode()) == frame
                s.add(
                    OcppMessage(
                        charger_id="CP-OLD",
                        direction="in",
                        message_type=2,
                        unique_id=f"{i:04d}",
                        payload=text,
                        created_at=now - dt.timedelta(hours=40 - i),
                    )
                )
        node = await asyncio.to_thread(
            spawn_node, DATABASE_URL=db, MESSAGE_LOG_MAX_BYTES=str(1 << 20), LOG_LEVEL="warning"
        )

        async def cut() -> list[OcppMessage] | None:
            rows = await rows_of(platform, "CP-OLD")
            return rows if len(rows) < 40 else None

        rows = await until(cut)
        # 1 MiB holds exactly 16 of them: the 16 newest are kept.
        assert [r.unique_id for r in rows] == [f"{i:04d}" for i in range(24, 40)]

        async def gauge() -> float:
            return metric(await metrics_text(node), "plagsini_ocpp_message_log_bytes")

        assert await until(lambda: _equals(gauge, 16 * frame)) is True
        assert "deleted the 24 oldest frames" in node.output()


async def _equals(get: Any, expected: float) -> bool:
    return bool(await get() == expected)


# ------------------------------------------------------------------------------------------ secrets

CHARGER_KEY = "0123456789abcdef0123456789abcdef01234567"  # 40 hex digits: 20 bytes
NEW_KEY = "fedcba9876543210fedcba9876543210fedcba98"
WIFI = "wifi-pass-Kuching-2026"


async def test_secrets_a_charger_echoes_back_are_masked_in_every_view_and_row(
    spawn_node: Any, tmp_path: Path
) -> None:
    db_path = tmp_path / "nodes.db"
    db = f"sqlite+aiosqlite:///{db_path}"
    node = await asyncio.to_thread(spawn_node, DATABASE_URL=db)
    async with platform_on(db, tmp_path) as platform:
        key = await register(platform, "CP-SECRET")
        _admin, token = await make_user(platform, role="admin")
        async with platform.sessionmaker() as s:
            charger = await chargers.get_by_cpid(s, "CP-SECRET")
            assert charger is not None
            gid = str(encode_id("Charger", charger.id))
        async with connect(node.ocpp_url, "CP-SECRET", key) as cp:
            cp.answers["GetConfiguration"] = {
                "configurationKey": [
                    {"key": "AuthorizationKey", "readonly": False, "value": CHARGER_KEY},
                    {"key": "WifiPassword", "readonly": False, "value": WIFI},
                    {"key": "HeartbeatInterval", "readonly": False, "value": "60"},
                ]
            }
            data = await gql(
                node,
                "mutation($i: GetConfigurationInput!) { getConfiguration(input: $i) "
                "{ response configuration { key value } errors { message } } }",
                {"i": {"chargerId": gid}},
                token,
            )
            out = data["getConfiguration"]
            assert out["errors"] == []
            shown = {k["key"]: k["value"] for k in out["configuration"]}
            assert shown == {
                "AuthorizationKey": "********",
                "WifiPassword": "********",
                "HeartbeatInterval": "60",
            }
            assert CHARGER_KEY not in json.dumps(out) and WIFI not in json.dumps(out)

            # The platform sets a new key: the charger gets it in clear, nothing keeps it.
            data = await gql(
                node,
                "mutation($i: ChangeConfigurationInput!) { changeConfiguration(input: $i) "
                "{ status errors { message } } }",
                {"i": {"chargerId": gid, "key": "AuthorizationKey", "value": NEW_KEY}},
                token,
            )
            assert data["changeConfiguration"] == {"status": "Accepted", "errors": []}
            assert await cp.expect("ChangeConfiguration") == {"key": "AuthorizationKey", "value": NEW_KEY}

        data = await gql(
            node,
            "query($c: ID!) { chargerConfiguration(chargerId: $c) { key value } }",
            {"c": gid},
            token,
        )
        config = {k["key"]: k["value"] for k in data["chargerConfiguration"]}
        assert config["AuthorizationKey"] == "********" and config["WifiPassword"] == "********"

        async def logged() -> list[OcppMessage] | None:
            rows = await rows_of(platform, "CP-SECRET")
            actions = {r.action for r in rows}
            return rows if {"GetConfiguration", "ChangeConfiguration"} <= actions and len(rows) >= 6 else None

        await until(logged)
        data = await gql(
            node,
            'query { ocppMessages(chargePointId: "CP-SECRET", first: 50) { nodes { action payload } } }',
            {},
            token,
        )
        payloads = [n["payload"] for n in data["ocppMessages"]["nodes"]]
        get_answer = next(
            n["payload"]
            for n in data["ocppMessages"]["nodes"]
            if n["action"] == "GetConfiguration" and n["payload"].startswith("[3")
        )
        assert json.loads(get_answer)[2]["configurationKey"][0] == {
            "key": "AuthorizationKey",
            "readonly": False,
            "value": "********",
        }
        for text in payloads:
            assert CHARGER_KEY not in text and NEW_KEY not in text and WIFI not in text, text

    # The database never held them: a dump of every table has none of them.
    con = sqlite3.connect(db_path)
    try:
        dump = "\n".join(con.iterdump())
    finally:
        con.close()
    assert "AuthorizationKey" in dump  # the rows are there ...
    for secret in (CHARGER_KEY, NEW_KEY, WIFI):
        assert secret not in dump  # ... masked


# --------------------------------------------------------------------------------- unit and migration


def test_the_masking_rules() -> None:
    mask = ocpp_secrets.MASK
    assert ocpp_secrets.mask({"key": "authorizationkey", "value": "k"}) == {
        "key": "authorizationkey",
        "value": mask,
    }
    assert ocpp_secrets.mask({"key": "HeartbeatInterval", "value": "60"}) == {
        "key": "HeartbeatInterval",
        "value": "60",
    }
    # OCPP 2.0.1: SetVariables, a network profile's secrets.
    assert (
        ocpp_secrets.mask(
            {
                "component": {"name": "SecurityCtrlr"},
                "variable": {"name": "BasicAuthPassword"},
                "attributeValue": "p",
            }
        )["attributeValue"]
        == mask
    )
    profile = ocpp_secrets.mask(
        {
            "connectionData": {
                "apn": {"apn": "a", "apnPassword": "p"},
                "vpn": {"server": "s", "password": "p", "key": "k"},
            }
        }
    )
    assert profile["connectionData"]["apn"] == {"apn": "a", "apnPassword": mask}
    assert profile["connectionData"]["vpn"] == {"server": "s", "password": mask, "key": mask}
    assert ocpp_secrets.mask("ftp://user:pw@host/fw.bin") == f"ftp://user:{mask}@host/fw.bin"
    assert ocpp_secrets.mask_frame('[2,"1","Heartbeat",{}]') == '[2,"1","Heartbeat",{}]'
    assert "s3cr3t" not in ocpp_secrets.mask_frame(
        '[2,"1","ChangeConfiguration",{"key":"AuthorizationKey","value":"s3cr3t"'
    )


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("mariadb", marks=pytest.mark.mariadb)])
async def test_the_migration_masks_secrets_already_stored(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    from db.migrate import upgrade

    url = (
        f"sqlite+aiosqlite:///{tmp_path / 'old.db'}"
        if backend == "sqlite"
        else str(request.getfixturevalue("mariadb_url"))
    )
    await upgrade(url, "0001_initial")
    answer = json.dumps([3, "u1", {"configurationKey": [{"key": "AuthorizationKey", "value": CHARGER_KEY}]}])
    async with platform_on(url, tmp_path) as platform:
        async with platform.sessionmaker() as s, s.begin():
            # Rows written as the 0001 schema has them (later revisions add columns the models know).
            await s.execute(
                text(
                    "INSERT INTO chargers (charge_point_id, security_profile, registration_status,"
                    " availability, local_list_version, created_at, updated_at) VALUES ('CP-MIG', 1,"
                    " 'Accepted', 'Operative', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
                )
            )
            charger_id = (
                await s.execute(text("SELECT id FROM chargers WHERE charge_point_id = 'CP-MIG'"))
            ).scalar_one()
            s.add(ChargerConfiguration(charger_id=charger_id, key="AuthorizationKey", value=CHARGER_KEY))
            s.add(ChargerConfiguration(charger_id=charger_id, key="HeartbeatInterval", value="60"))
            s.add(OcppMessage(charger_id="CP-MIG", direction="in", message_type=3, payload=answer))
            s.add(
                OcppMessage(
                    charger_id="CP-MIG", direction="in", message_type=2, payload='[2,"h","Heartbeat",{}]'
                )
            )
            await s.execute(
                text(
                    "INSERT INTO ocpp_commands (charger_id, action, request, status, created_at)"
                    " VALUES (:c, 'ChangeConfiguration', :r, 'completed', CURRENT_TIMESTAMP)"
                ),
                {"c": charger_id, "r": json.dumps({"key": "AuthorizationKey", "value": NEW_KEY})},
            )
        await upgrade(url)
        async with platform.sessionmaker() as s:
            config = dict(
                (await s.execute(select(ChargerConfiguration.key, ChargerConfiguration.value))).all()
            )
            messages = list((await s.execute(select(OcppMessage.payload).order_by(OcppMessage.id))).scalars())
            command = (await s.execute(select(OcppCommand.request))).scalar_one()
    assert config == {"AuthorizationKey": "********", "HeartbeatInterval": "60"}
    assert CHARGER_KEY not in messages[0] and '"value":"********"' in messages[0]
    assert messages[1] == '[2,"h","Heartbeat",{}]'
    assert command == {"key": "AuthorizationKey", "value": "********"}


async def test_commands_over_the_budget_are_stored_and_the_live_log_is_masked(server_factory: Any) -> None:
    from domain import events
    from tests.ocpp.conftest import Events

    server = await server_factory(message_log_frames_per_second=1)
    key = await register(server.platform, "CP-CMD")
    live = Events()
    ready = asyncio.Event()

    async def follow() -> None:
        async with server.platform.bus.subscribe(events.ocpp_log("CP-CMD")) as messages:
            ready.set()
            async for m in messages:
                await live.add("log", m)

    follower = asyncio.create_task(follow())
    try:
        await asyncio.wait_for(ready.wait(), 5)
        async with connect(server.ocpp_url, "CP-CMD", key) as cp:
            for i in range(20):  # the bucket (3 frames) is long empty
                await cp.send_call("DataTransfer", {"vendorId": "Flood", "data": str(i)})
            cp.answers["GetConfiguration"] = {
                "configurationKey": [{"key": "AuthorizationKey", "readonly": False, "value": CHARGER_KEY}]
            }
            conn = server.platform.ocpp.get("CP-CMD")
            await conn.call_action("GetConfiguration", {})
            await server.platform.ocpp.message_log.flush()
            rows = await rows_of(server.platform, "CP-CMD")
            command = [r for r in rows if r.action == "GetConfiguration"]
            assert [r.message_type for r in command] == [2, 3]  # the command and its answer
            assert CHARGER_KEY not in command[1].payload and ocpp_secrets.MASK in command[1].payload
            event = await live.wait(
                lambda _c, e: e["action"] == "GetConfiguration" and e["message_type"] == 3
            )
            assert CHARGER_KEY not in json.dumps(event) and ocpp_secrets.MASK in event["payload"]
    finally:
        follower.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await follower


def test_the_budget_refills_with_time_and_a_new_day(monkeypatch: pytest.MonkeyPatch) -> None:
    """Unit test of the in-memory budget (the process tests above cover it end to end)."""
    from types import SimpleNamespace

    from ocpp_server import message_log

    clock = [86400.0 * 20000 + 3600]  # one o'clock on some UTC day
    monkeypatch.setattr(message_log.time, "time", lambda: clock[0])
    settings = load_settings(message_log_frames_per_second=2, message_log_bytes_per_day=1024)
    log = message_log.MessageLog(SimpleNamespace(settings=settings, node_id="n"))  # type: ignore[arg-type]

    def send(n: int, size: int = 10, **kw: Any) -> int:
        before = len(log._buf)
        for _ in range(n):
            log.add("CP-U", "in", "x" * size, message_type=2, action="DataTransfer", unique_id="u", **kw)
        return len(log._buf) - before

    assert send(10) == 6  # the bucket: 3 seconds' worth
    clock[0] += 1.0
    assert send(10) == 2  # refilled at 2 frames a second
    assert send(1, essential=True) == 1  # the platform's command: stored over the budget
    clock[0] += 100.0
    assert send(3, size=400) == 2  # 1024 bytes a day: the third does not fit
    clock[0] += 86400.0  # the next day: a new day's bytes
    assert send(2, size=400) == 2
    log.summarise("CP-U")
    summary = log._buf[-1]
    assert summary["error_code"] == "NotStored"
    assert summary["payload"].startswith("13 frames, 520 bytes not stored")  # 4 + 8 + 1
    assert "2 frames per second" in summary["payload"] and "1024 bytes per day" in summary["payload"]
