"""The operator console's GraphQL operations against a running platform: authorization (drivers and
anonymous callers are refused), and real behaviour of each operation."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

import pytest

from api.relay import encode_id
from db.models import ChargingSession, Connector, Fault, MeterValue, SupportMessage
from domain import chargers
from domain import events as ev
from tests.helpers.auth import make_user

PLATFORM = "{ platform { publicUrl ocppUrl } }"
DASH = """{ dashboardStats { chargersTotal chargersOnline sessionsActive openFaults }
  dailyStats(days: 3) { date sessions energyKwh revenue { amount currency } }
  connectorStatusBreakdown { status count } revenueToday { amount currency } }"""
SESSIONS = """query($f: ChargingSessionFilter, $first: Int, $after: String) {
  chargingSessions(filter: $f, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }
    nodes { id transactionId status chargePointId idTag energyWh flags
      user { email } charger { chargePointId } } } }"""
SESSION = """query($id: ID!) { adminChargingSession(id: $id) { id status energyWh powerW flags
  cost { amount currency } receipt { number } meterSamples { timestamp energyWh powerW soc } } }"""
ACK = """mutation($i: FaultNoteInput!) { acknowledgeFault(input: $i) {
  fault { id status notes acknowledgedAt charger { chargePointId } } errors { code field } } }"""
RESOLVE = """mutation($i: FaultNoteInput!) { resolveFault(input: $i) {
  fault { id status notes resolvedAt } errors { code field } } }"""
FAULTS = "{ faults(first: 10) { nodes { id status charger { chargePointId } } } }"
MAINT_LIST = """query($c: ID) { maintenanceRecords(chargerId: $c) { totalCount
  nodes { id kind status technician notes completedAt charger { chargePointId } } } }"""
MAINT_CREATE = """mutation($i: CreateMaintenanceRecordInput!) { createMaintenanceRecord(input: $i) {
  maintenanceRecord { id kind status technician scheduledAt charger { chargePointId } }
  errors { code field } } }"""
MAINT_UPDATE = """mutation($i: UpdateMaintenanceRecordInput!) { updateMaintenanceRecord(input: $i) {
  maintenanceRecord { id status notes technician startedAt completedAt } errors { code field } } }"""
MAINT_DELETE = """mutation($i: DeleteMaintenanceRecordInput!) { deleteMaintenanceRecord(input: $i) {
  deletedId errors { code } } }"""
SEND = """mutation($i: SendSupportMessageInput!) { sendSupportMessage(input: $i) {
  message { id email status subject } errors { code field } } }"""
SUPPORT = """query($s: SupportMessageStatus) { supportMessages(status: $s) { totalCount
  nodes { id email subject body status reply user { email } } } }"""
REPLY = """mutation($i: ReplySupportMessageInput!) { replySupportMessage(input: $i) {
  message { id status reply repliedAt } errors { code field } } }"""
CLOSE = """mutation($i: SupportMessageInput!) { closeSupportMessage(input: $i) {
  message { status } errors { code } } }"""
SETTINGS = """{ platformSettings { registrationPolicy unknownChargerPolicy heartbeatIntervalSeconds
  minimumBalance { amount currency } pointsPerKwh messageLogRetentionDays } }"""
UPDATE_SETTINGS = """mutation($i: UpdatePlatformSettingsInput!) { updatePlatformSettings(input: $i) {
  settings { registrationPolicy unknownChargerPolicy heartbeatIntervalSeconds minimumBalance { amount }
  pointsPerKwh messageLogRetentionDays } errors { code field message } } }"""


def code(r: dict[str, Any]) -> str | None:
    errors = r.get("errors") or []
    return errors[0]["extensions"]["code"] if errors else None


async def make_charger(platform: Any, cpid: str, *, online: bool = True) -> int:
    async with platform.sessionmaker() as s, s.begin():
        await chargers.register(s, cpid)
        c = await chargers.get_by_cpid(s, cpid)
        assert c is not None
        c.online = online
        s.add(Connector(charger_id=c.id, connector_id=1, status="Charging" if online else "Available"))
        return c.id


async def make_tx(platform: Any, charger_id: int, user_id: int | None, **kw: Any) -> int:
    now = dt.datetime.now(dt.UTC)
    values: dict[str, Any] = {
        "connector_id": 1,
        "id_tag": f"TAG{user_id}",
        "meter_start": 1000,
        "started_at": now - dt.timedelta(minutes=10),
        "status": "Active",
    }
    values.update(kw)
    async with platform.sessionmaker() as s, s.begin():
        tx = ChargingSession(charger_id=charger_id, user_id=user_id, **values)
        s.add(tx)
        await s.flush()
        return tx.id


ADMIN_QUERIES = [
    (DASH, {}),
    (SESSIONS, {}),
    (SESSION, {"id": encode_id("ChargingSession", 1)}),
    (MAINT_LIST, {}),
    (SUPPORT, {}),
    (SETTINGS, {}),
]
ADMIN_MUTATIONS: list[tuple[str, dict[str, Any], str]] = [
    (ACK, {"i": {"id": encode_id("Fault", 1)}}, "acknowledgeFault"),
    (RESOLVE, {"i": {"id": encode_id("Fault", 1)}}, "resolveFault"),
    (
        MAINT_CREATE,
        {"i": {"chargerId": encode_id("Charger", 1), "kind": "INSPECTION"}},
        "createMaintenanceRecord",
    ),
    (MAINT_UPDATE, {"i": {"id": encode_id("MaintenanceRecord", 1)}}, "updateMaintenanceRecord"),
    (MAINT_DELETE, {"i": {"id": encode_id("MaintenanceRecord", 1)}}, "deleteMaintenanceRecord"),
    (REPLY, {"i": {"id": encode_id("SupportMessage", 1), "body": "x"}}, "replySupportMessage"),
    (CLOSE, {"i": {"id": encode_id("SupportMessage", 1)}}, "closeSupportMessage"),
    (UPDATE_SETTINGS, {"i": {"pointsPerKwh": 5}}, "updatePlatformSettings"),
]


async def test_drivers_and_anonymous_callers_cannot_use_admin_operations(server: Any) -> None:
    p = server.platform
    _, driver = await make_user(p)
    await make_charger(p, "CP-AUTHZ")
    for query, variables in ADMIN_QUERIES:
        assert code(await server.graphql(query, variables, token=driver)) == "FORBIDDEN", query
        assert code(await server.graphql(query, variables)) == "UNAUTHENTICATED", query
    for query, variables, field in ADMIN_MUTATIONS:
        r = await server.graphql(query, variables, token=driver)
        assert code(r) == "FORBIDDEN" and not (r.get("data") or {}).get(field), (field, r)
        assert code(await server.graphql(query, variables)) == "UNAUTHENTICATED", field
    # Nothing changed: the settings are still the defaults.
    _, admin = await make_user(p, role="admin")
    s = (await server.graphql(SETTINGS, token=admin))["data"]["platformSettings"]
    assert s["pointsPerKwh"] == 1


async def test_platform_urls(server: Any) -> None:
    r = (await server.graphql(PLATFORM))["data"]["platform"]
    port = server.ocpp_url.rsplit(":", 1)[1]
    assert r == {"publicUrl": "http://localhost:8000", "ocppUrl": f"ws://localhost:{port}"}


async def test_dashboard_counters_daily_stats_breakdown_and_revenue(server: Any) -> None:
    p = server.platform
    driver, _ = await make_user(p)
    _, admin = await make_user(p, role="admin")
    on = await make_charger(p, "CP-DASH-1")
    await make_charger(p, "CP-DASH-2", online=False)
    now = dt.datetime.now(dt.UTC)
    # Days are UTC days; anchor the sessions to them so the test holds at any hour (also just after midnight).
    midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
    await make_tx(
        p, on, driver.id, last_energy_wh=3500, last_power_w=7000.0, started_at=midnight + (now - midnight) / 2
    )
    await make_tx(
        p,
        on,
        driver.id,
        status="Completed",
        started_at=midnight - dt.timedelta(hours=12),
        stopped_at=midnight - dt.timedelta(hours=11),
        meter_stop=11_000,
        energy_wh=10_000,
        billed=True,
        billed_at=now,
        total_cost_sen=1234,
        id_tag="OLD",
    )
    r = await server.graphql(DASH, token=admin)
    assert "errors" not in r, r
    d = r["data"]
    assert d["dashboardStats"] == {
        "chargersTotal": 2,
        "chargersOnline": 1,
        "sessionsActive": 1,
        "openFaults": 0,
    }
    days = d["dailyStats"]
    assert [x["date"] for x in days] == [(now.date() - dt.timedelta(days=i)).isoformat() for i in (2, 1, 0)]
    assert days[0]["sessions"] == 0 and days[0]["revenue"] == {"amount": "0.00", "currency": "MYR"}
    # Yesterday's session counts on its start day; it was billed today.
    assert days[1]["sessions"] == 1 and days[1]["energyKwh"] == "10.000"
    assert days[2]["sessions"] == 1 and days[2]["energyKwh"] == "2.500"
    assert days[2]["revenue"]["amount"] == "12.34"
    assert d["revenueToday"] == {"amount": "12.34", "currency": "MYR"}
    assert sorted((x["status"], x["count"]) for x in d["connectorStatusBreakdown"]) == [
        ("Charging", 1),
        ("Offline", 1),
    ]
    bad = await server.graphql("{ dailyStats(days: 0) { date } }", token=admin)
    assert code(bad) == "INVALID_INPUT"


async def test_admin_session_list_filters_detail_and_meter_samples(server: Any) -> None:
    p = server.platform
    alice, alice_token = await make_user(p, email="alice-sessions@test.plagsini")
    bob, bob_token = await make_user(p)
    _, admin = await make_user(p, role="admin")
    c1 = await make_charger(p, "CP-SESS-1")
    c2 = await make_charger(p, "CP-SESS-2")
    now = dt.datetime.now(dt.UTC)
    t1 = await make_tx(p, c1, alice.id, last_energy_wh=1800, last_power_w=7200.0)
    t2 = await make_tx(
        p,
        c2,
        bob.id,
        status="Completed",
        started_at=now - dt.timedelta(days=3),
        energy_wh=500,
        flags=["meter_stop_lt_start"],
        id_tag="BOBTAG",
    )

    def reading(at: dt.datetime, measurand: str, value: float, phase: str | None = None) -> MeterValue:
        return MeterValue(
            charger_id=c1,
            connector_id=1,
            transaction_id=t1,
            timestamp=at,
            measurand=measurand,
            phase=phase,
            raw_value=f"{value:g}",
            value=value,
        )

    async with p.sessionmaker() as s, s.begin():
        for i, (wh, w) in enumerate([(1000, 0.0), (1400, 7000.0), (1800, 7200.0)]):
            at = now - dt.timedelta(minutes=9 - i)
            s.add(reading(at, "Energy.Active.Import.Register", float(wh)))
            for phase in ("L1", "L2"):
                s.add(reading(at, "Power.Active.Import", w / 2, phase))
        s.add(reading(now - dt.timedelta(minutes=7), "SoC", 41.0))

    async def ids(f: dict[str, Any] | None = None) -> list[int]:
        r = await server.graphql(SESSIONS, {"f": f}, token=admin)
        assert "errors" not in r, r
        return [n["transactionId"] for n in r["data"]["chargingSessions"]["nodes"]]

    assert await ids() == [t2, t1]  # newest first
    assert await ids({"status": "active"}) == [t1]
    assert await ids({"chargePointId": "CP-SESS-2"}) == [t2]
    assert await ids({"userId": encode_id("User", alice.id)}) == [t1]
    assert await ids({"flagged": True}) == [t2]
    assert await ids({"flagged": False}) == [t1]
    assert await ids({"from": (now - dt.timedelta(days=1)).isoformat()}) == [t1]
    assert await ids({"to": (now - dt.timedelta(days=1)).isoformat()}) == [t2]
    page = (await server.graphql(SESSIONS, {"first": 1}, token=admin))["data"]["chargingSessions"]
    assert page["totalCount"] == 2 and page["pageInfo"]["hasNextPage"]
    rest = await server.graphql(SESSIONS, {"first": 1, "after": page["pageInfo"]["endCursor"]}, token=admin)
    assert [n["transactionId"] for n in rest["data"]["chargingSessions"]["nodes"]] == [t1]
    node = page["nodes"][0]
    assert node["user"]["email"] == bob.email and node["charger"]["chargePointId"] == "CP-SESS-2"
    assert node["flags"] == ["meter_stop_lt_start"] and node["idTag"] == "BOBTAG"

    r = await server.graphql(SESSION, {"id": encode_id("ChargingSession", t1)}, token=admin)
    detail = r["data"]["adminChargingSession"]
    assert detail["status"] == "ACTIVE" and detail["energyWh"] == 800 and detail["powerW"] == 7200.0
    assert detail["receipt"] is None and detail["flags"] == []
    samples = detail["meterSamples"]
    assert [(x["energyWh"], x["powerW"]) for x in samples] == [(0.0, 0.0), (400.0, 7000.0), (800.0, 7200.0)]
    assert [x["soc"] for x in samples] == [None, None, 41.0]
    # A limit keeps the newest samples (a long session's chart ends at its latest reading).
    newest = """query($id: ID!) { adminChargingSession(id: $id) { meterSamples(limit: 1) { powerW soc } } }"""
    r = await server.graphql(newest, {"id": encode_id("ChargingSession", t1)}, token=admin)
    assert r["data"]["adminChargingSession"]["meterSamples"] == [{"powerW": 7200.0, "soc": 41.0}]
    # The driver's own session, the same samples (the live screen's chart); not another driver's.
    own = """query($id: ID!) { chargingSession(id: $id) { meterSamples(limit: 2) { energyWh powerW } } }"""
    r = await server.graphql(own, {"id": encode_id("ChargingSession", t1)}, token=alice_token)
    assert r["data"]["chargingSession"]["meterSamples"] == [
        {"energyWh": 400.0, "powerW": 7000.0},
        {"energyWh": 800.0, "powerW": 7200.0},
    ]
    r = await server.graphql(own, {"id": encode_id("ChargingSession", t1)}, token=bob_token)
    assert code(r) == "NOT_FOUND", r
    missing = await server.graphql(SESSION, {"id": encode_id("ChargingSession", 99999)}, token=admin)
    assert code(missing) == "NOT_FOUND"


async def test_faults_acknowledge_and_resolve_with_notes_are_published(server: Any) -> None:
    p = server.platform
    admin_user, admin = await make_user(p, role="admin")
    cid = await make_charger(p, "CP-FAULT")
    async with p.sessionmaker() as s, s.begin():
        f = Fault(charger_id=cid, connector_id=1, error_code="GroundFailure", status="open")
        s.add(f)
        await s.flush()
        fid = encode_id("Fault", f.id)
    listed = (await server.graphql(FAULTS, token=admin))["data"]["faults"]["nodes"]
    assert listed == [{"id": fid, "status": "open", "charger": {"chargePointId": "CP-FAULT"}}]

    async with asyncio.timeout(10), p.bus.subscribe(ev.FAULTS) as stream:
        r = await server.graphql(ACK, {"i": {"id": fid, "notes": "Technician sent"}}, token=admin)
        ack = r["data"]["acknowledgeFault"]
        assert ack["errors"] == [] and ack["fault"]["status"] == "acknowledged"
        assert ack["fault"]["acknowledgedAt"] and ack["fault"]["charger"]["chargePointId"] == "CP-FAULT"
        assert ack["fault"]["notes"] == f"[acknowledged by {admin_user.email}] Technician sent"
        event = await anext(aiter(stream))
        assert event["status"] == "acknowledged" and event["charge_point_id"] == "CP-FAULT"

        res = await server.graphql(RESOLVE, {"i": {"id": fid, "notes": "RCD replaced"}}, token=admin)
        fault = res["data"]["resolveFault"]["fault"]
        assert fault["status"] == "resolved" and fault["resolvedAt"]
        assert fault["notes"].splitlines()[1] == f"[resolved by {admin_user.email}] RCD replaced"
        assert (await anext(aiter(stream)))["status"] == "resolved"

    again = (await server.graphql(ACK, {"i": {"id": fid}}, token=admin))["data"]["acknowledgeFault"]
    assert again["errors"][0]["code"] == "CONFLICT"
    long = await server.graphql(RESOLVE, {"i": {"id": fid, "notes": "x" * 3000}}, token=admin)
    assert long["data"]["resolveFault"]["errors"] == [{"code": "INVALID_INPUT", "field": "notes"}]
    gone = await server.graphql(ACK, {"i": {"id": encode_id("Fault", 999)}}, token=admin)
    assert gone["data"]["acknowledgeFault"]["errors"][0]["code"] == "NOT_FOUND"


async def test_maintenance_records_crud(server: Any) -> None:
    p = server.platform
    _, admin = await make_user(p, role="admin")
    cid = encode_id("Charger", await make_charger(p, "CP-MAINT"))
    when = "2030-01-02T03:04:05Z"
    r = await server.graphql(
        MAINT_CREATE,
        {"i": {"chargerId": cid, "kind": "PREVENTIVE", "technician": " Ahmad ", "scheduledAt": when}},
        token=admin,
    )
    rec = r["data"]["createMaintenanceRecord"]["maintenanceRecord"]
    assert rec["status"] == "SCHEDULED" and rec["technician"] == "Ahmad" and rec["kind"] == "PREVENTIVE"
    assert (
        rec["scheduledAt"].startswith("2030-01-02T03:04:05") and rec["charger"]["chargePointId"] == "CP-MAINT"
    )

    up = await server.graphql(MAINT_UPDATE, {"i": {"id": rec["id"], "status": "IN_PROGRESS"}}, token=admin)
    assert up["data"]["updateMaintenanceRecord"]["maintenanceRecord"]["startedAt"]
    done = await server.graphql(
        MAINT_UPDATE, {"i": {"id": rec["id"], "status": "COMPLETED", "notes": "Filters cleaned"}}, token=admin
    )
    rec2 = done["data"]["updateMaintenanceRecord"]["maintenanceRecord"]
    assert rec2["status"] == "COMPLETED" and rec2["completedAt"] and rec2["notes"] == "Filters cleaned"
    assert rec2["technician"] == "Ahmad"  # untouched fields stay
    cleared = await server.graphql(MAINT_UPDATE, {"i": {"id": rec["id"], "technician": None}}, token=admin)
    assert cleared["data"]["updateMaintenanceRecord"]["maintenanceRecord"]["technician"] is None

    listed = (await server.graphql(MAINT_LIST, {"c": cid}, token=admin))["data"]["maintenanceRecords"]
    assert listed["totalCount"] == 1 and listed["nodes"][0]["status"] == "COMPLETED"
    bad = await server.graphql(
        MAINT_CREATE, {"i": {"chargerId": encode_id("Charger", 9999), "kind": "OTHER"}}, token=admin
    )
    assert bad["data"]["createMaintenanceRecord"]["errors"] == [{"code": "NOT_FOUND", "field": "chargerId"}]
    gone = await server.graphql(MAINT_DELETE, {"i": {"id": rec["id"]}}, token=admin)
    assert gone["data"]["deleteMaintenanceRecord"] == {"deletedId": rec["id"], "errors": []}
    assert (await server.graphql(MAINT_LIST, token=admin))["data"]["maintenanceRecords"]["totalCount"] == 0


async def test_support_messages_send_list_reply_by_email_and_close(
    server_factory: Any, smtp_server: Any
) -> None:
    server = await server_factory(smtp_host=smtp_server.host, smtp_port=smtp_server.port, smtp_tls="none")
    p = server.platform
    driver, token = await make_user(p)
    _, admin = await make_user(p, role="admin")
    anon = await server.graphql(SEND, {"i": {"subject": "Hi", "body": "Where is it?"}})
    assert anon["data"]["sendSupportMessage"]["errors"] == [{"code": "INVALID_INPUT", "field": "email"}]
    empty = await server.graphql(SEND, {"i": {"subject": " ", "body": "x", "email": "a@b.co"}})
    assert empty["data"]["sendSupportMessage"]["errors"] == [{"code": "INVALID_INPUT", "field": "subject"}]
    guest = await server.graphql(
        SEND, {"i": {"subject": "Card", "body": "Lost card", "email": "Guest@Example.com"}}
    )
    assert guest["data"]["sendSupportMessage"]["message"]["email"] == "guest@example.com"
    mine = await server.graphql(
        SEND, {"i": {"subject": "Charger CP-9 broken", "body": "Cable\nis cut"}}, token=token
    )
    msg = mine["data"]["sendSupportMessage"]["message"]
    assert msg["email"] == driver.email and msg["status"] == "OPEN"

    listed = (await server.graphql(SUPPORT, {"s": "OPEN"}, token=admin))["data"]["supportMessages"]
    assert listed["totalCount"] == 2 and listed["nodes"][0]["user"]["email"] == driver.email
    assert listed["nodes"][1]["user"] is None

    r = await server.graphql(REPLY, {"i": {"id": msg["id"], "body": "Thanks, fixed today."}}, token=admin)
    replied = r["data"]["replySupportMessage"]
    assert replied["errors"] == [] and replied["message"]["status"] == "REPLIED"
    mail = await smtp_server.wait_for_message(to=driver.email)
    assert mail["Subject"] == "Re: Charger CP-9 broken"
    text = next(part for part in mail.walk() if part.get_content_type() == "text/plain")
    assert "Thanks, fixed today." in text.get_payload(decode=True).decode()

    closed = await server.graphql(CLOSE, {"i": {"id": msg["id"]}}, token=admin)
    assert closed["data"]["closeSupportMessage"]["message"]["status"] == "CLOSED"
    late = await server.graphql(REPLY, {"i": {"id": msg["id"], "body": "More"}}, token=admin)
    assert late["data"]["replySupportMessage"]["errors"][0]["code"] == "CONFLICT"
    left = (await server.graphql(SUPPORT, {"s": "OPEN"}, token=admin))["data"]["supportMessages"]
    assert left["totalCount"] == 1


async def test_support_reply_reports_a_mail_failure_and_records_nothing(server_factory: Any) -> None:
    server = await server_factory(smtp_host="127.0.0.1", smtp_port=1, smtp_tls="none")
    p = server.platform
    _, token = await make_user(p)
    _, admin = await make_user(p, role="admin")
    sent = await server.graphql(SEND, {"i": {"subject": "Hi", "body": "Hello"}}, token=token)
    mid = sent["data"]["sendSupportMessage"]["message"]["id"]
    r = await server.graphql(REPLY, {"i": {"id": mid, "body": "Answer"}}, token=admin)
    assert r["data"]["replySupportMessage"]["errors"] == [{"code": "MAIL_FAILED", "field": None}]
    async with p.sessionmaker() as s:
        row = await s.get(SupportMessage, 1)
        assert row is not None and row.status == "open" and row.reply is None


@pytest.mark.parametrize(
    "field,value",
    [
        ("heartbeatIntervalSeconds", 5),
        ("pointsPerKwh", -1),
        ("minimumBalance", "1.005"),
        ("messageLogRetentionDays", 0),
    ],
)
async def test_settings_are_validated(server: Any, field: str, value: Any) -> None:
    _, admin = await make_user(server.platform, role="admin")
    r = await server.graphql(UPDATE_SETTINGS, {"i": {field: value}}, token=admin)
    assert r["data"]["updatePlatformSettings"]["errors"][0]["field"] == field
