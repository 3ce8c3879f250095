"""The audit log: every family of admin mutations writes one entry (actor, action, target) in the
transaction of its change; only admins read it; a change that fails leaves no entry."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

from api.relay import decode_id, encode_id
from db.models import AuditLog, Fault
from domain import audit
from tests.admin_api.test_admin_api import code, make_charger
from tests.helpers.auth import make_user

AUDIT = """query($f: AuditLogFilter, $first: Int, $after: String) {
  auditLog(filter: $f, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id action targetType targetId details createdAt actor { id email } } } }"""


async def mutate(server: Any, token: str, name: str, input_type: str, variables: dict[str, Any]) -> Any:
    """Run mutation `name` (its payload's `errors` must be empty); returns the payload."""
    q = f"mutation($i: {input_type}!) {{ {name}(input: $i) {{ __typename errors {{ code message }} }} }}"
    r = await server.graphql(q, {"i": variables}, token=token)
    assert "errors" not in r, r
    payload = r["data"][name]
    assert payload["errors"] == [], (name, payload)
    return payload


async def entries(server: Any, token: str, **f: Any) -> list[dict[str, Any]]:
    r = await server.graphql(AUDIT, {"f": f, "first": 100}, token=token)
    assert "errors" not in r, r
    return list(r["data"]["auditLog"]["nodes"])


async def count_entries(platform: Any) -> int:
    async with platform.sessionmaker() as s:
        return int((await s.execute(select(func.count()).select_from(AuditLog))).scalar_one())


async def test_each_admin_mutation_family_writes_one_entry_with_actor_and_target(
    server_factory: Any, smtp_server: Any
) -> None:
    server = await server_factory(smtp_host=smtp_server.host, smtp_port=smtp_server.port, smtp_tls="none")
    p = server.platform
    admin, token = await make_user(p, role="admin")
    driver, _ = await make_user(p)
    admin_gid, driver_gid = encode_id("User", admin.id), encode_id("User", driver.id)
    cid = await make_charger(p, "CP-AUDIT-1")
    charger_gid = encode_id("Charger", cid)
    async with p.sessionmaker() as s, s.begin():
        fault = Fault(charger_id=cid, connector_id=1, error_code="GroundFailure", status="open")
        s.add(fault)
        await s.flush()
        fault_gid = encode_id("Fault", fault.id)
    sender, sender_token = await make_user(p)
    send = """mutation($i: SendSupportMessageInput!) { sendSupportMessage(input: $i) { message { id } } }"""
    r = await server.graphql(send, {"i": {"subject": "Help", "body": "It stopped"}}, token=sender_token)
    msg_gid = r["data"]["sendSupportMessage"]["message"]["id"]

    async def created(name: str, input_type: str, variables: dict[str, Any], field: str) -> str:
        q = f"mutation($i: {input_type}!) {{ {name}(input: $i) {{ {field} {{ id }} errors {{ code }} }} }}"
        r = await server.graphql(q, {"i": variables}, token=token)
        assert r["data"][name]["errors"] == [], r
        return str(r["data"][name][field]["id"])

    # (action, targetType, targetId) expected for each mutation, in order.
    expected: list[tuple[str, str | None, str | None]] = []

    # Users: create, update, role, disable.
    new_user = await created(
        "adminCreateUser", "AdminCreateUserInput", {"email": "new@test.plagsini", "name": "New"}, "user"
    )
    expected.append(("user.create", "User", new_user))
    await mutate(
        server, token, "adminUpdateUser", "AdminUpdateUserInput", {"id": new_user, "name": "Renamed"}
    )
    expected.append(("user.update", "User", new_user))
    await mutate(
        server, token, "adminSetUserRole", "AdminSetUserRoleInput", {"id": new_user, "role": "ADMIN"}
    )
    expected.append(("user.set_role", "User", new_user))
    await mutate(
        server, token, "adminSetUserDisabled", "AdminSetUserDisabledInput", {"id": new_user, "disabled": True}
    )
    expected.append(("user.disable", "User", new_user))

    # Wallet: refund and adjustment.
    async def adjust(kind: str) -> None:
        wallet_input = {"userId": driver_gid, "amount": "5.00", "kind": kind, "reason": "Goodwill"}
        await mutate(
            server, token, "adjustWallet", "AdjustWalletInput", {**wallet_input, "idempotencyKey": kind}
        )

    for kind in ("REFUND", "ADJUSTMENT"):
        await adjust(kind)
        expected.append((f"wallet.{kind.lower()}", "User", driver_gid))
    # Chargers: register, approve, update, delete.
    new_charger = await created(
        "registerCharger", "RegisterChargerInput", {"chargePointId": "CP-AUDIT-2"}, "charger"
    )
    expected.append(("charger.register", "Charger", new_charger))
    await mutate(server, token, "approveCharger", "ApproveChargerInput", {"id": new_charger})
    expected.append(("charger.approve", "Charger", new_charger))
    await mutate(server, token, "updateCharger", "UpdateChargerInput", {"id": new_charger, "name": "Lobby"})
    expected.append(("charger.update", "Charger", new_charger))
    await mutate(server, token, "deleteCharger", "DeleteChargerInput", {"id": new_charger})
    expected.append(("charger.delete", "Charger", new_charger))
    # Tariffs, membership plans, rewards.
    tariff = await created(
        "createTariff", "CreateTariffInput", {"name": "Standard", "pricePerKwh": "1.00"}, "tariff"
    )
    expected.append(("tariff.create", "Tariff", tariff))
    await mutate(server, token, "updateTariff", "UpdateTariffInput", {"id": tariff, "pricePerKwh": "1.10"})
    expected.append(("tariff.update", "Tariff", tariff))
    plan = await created(
        "createMembershipPlan", "CreateMembershipPlanInput", {"name": "Gold", "monthlyPrice": "30"}, "plan"
    )
    expected.append(("membership_plan.create", "MembershipPlan", plan))
    await mutate(server, token, "deactivateMembershipPlan", "MembershipPlanIdInput", {"id": plan})
    expected.append(("membership_plan.deactivate", "MembershipPlan", plan))
    item = await created(
        "createRewardItem", "CreateRewardItemInput", {"name": "Cap", "points": 100, "kind": "MERCH"}, "item"
    )
    expected.append(("reward_item.create", "RewardItem", item))
    await mutate(server, token, "deleteRewardItem", "RewardItemIdInput", {"id": item})
    expected.append(("reward_item.delete", "RewardItem", item))
    # Platform settings.
    await mutate(server, token, "updatePlatformSettings", "UpdatePlatformSettingsInput", {"pointsPerKwh": 3})
    expected.append(("settings.update", "PlatformSettings", None))
    # Faults: acknowledge, resolve.
    await mutate(server, token, "acknowledgeFault", "FaultNoteInput", {"id": fault_gid, "notes": "On it"})
    expected.append(("fault.acknowledge", "Fault", fault_gid))
    await mutate(server, token, "resolveFault", "FaultNoteInput", {"id": fault_gid})
    expected.append(("fault.resolve", "Fault", fault_gid))
    # Maintenance CRUD.
    record = await created(
        "createMaintenanceRecord",
        "CreateMaintenanceRecordInput",
        {"chargerId": charger_gid, "kind": "INSPECTION"},
        "maintenanceRecord",
    )
    expected.append(("maintenance.create", "MaintenanceRecord", record))
    await mutate(
        server,
        token,
        "updateMaintenanceRecord",
        "UpdateMaintenanceRecordInput",
        {"id": record, "notes": "ok"},
    )
    expected.append(("maintenance.update", "MaintenanceRecord", record))
    await mutate(server, token, "deleteMaintenanceRecord", "DeleteMaintenanceRecordInput", {"id": record})
    expected.append(("maintenance.delete", "MaintenanceRecord", record))
    # Support: reply (mailed), close.
    await mutate(
        server, token, "replySupportMessage", "ReplySupportMessageInput", {"id": msg_gid, "body": "Fixed"}
    )
    expected.append(("support.reply", "SupportMessage", msg_gid))
    await smtp_server.wait_for_message(to=sender.email)
    await mutate(server, token, "closeSupportMessage", "SupportMessageInput", {"id": msg_gid})
    expected.append(("support.close", "SupportMessage", msg_gid))
    # API keys: create, revoke.
    key = await created(
        "createApiKey", "CreateApiKeyInput", {"name": "Fleet", "userId": driver_gid}, "apiKey"
    )
    expected.append(("api_key.create", "ApiKey", key))
    await mutate(server, token, "revokeApiKey", "RevokeApiKeyInput", {"id": key})
    expected.append(("api_key.revoke", "ApiKey", key))

    # Sites and their load management: a node's change is audited on the node, the rest on the site.
    site = await created(
        "createSite", "SiteInput", {"name": "Mall", "latitude": "3.1390", "longitude": "101.6869"}, "site"
    )
    expected.append(("site.create", "Site", site))
    await mutate(server, token, "updateSite", "UpdateSiteInput", {"id": site, "city": "Kuala Lumpur"})
    expected.append(("site.update", "Site", site))
    supply = {"siteId": site, "kind": "SUPPLY", "name": "Main", "limitL1A": 100}
    node = await created("addCapacityNode", "CapacityNodeInput", supply, "node")
    expected.append(("load.node.add", "CapacityNode", node))
    window = {"id": node, "windowFrom": "22:00:00", "windowTo": "06:00:00", "windowLimitA": 50}
    await mutate(server, token, "updateCapacityNode", "UpdateCapacityNodeInput", window)
    expected.append(("load.node.update", "CapacityNode", node))
    await mutate(
        server, token, "configureSiteLoad", "SiteLoadSettingsInput", {"siteId": site, "voltage": 240}
    )
    expected.append(("load.configure", "Site", site))
    weight = {"siteId": site, "kind": "FLEET", "key": "ACME", "weight": 5}
    await mutate(server, token, "setLoadPriority", "LoadPriorityInput", weight)
    expected.append(("load.priority", "Site", site))
    r = await server.graphql(
        "mutation($id: ID!) { removeCapacityNode(id: $id) { errors { code } } }", {"id": node}, token=token
    )
    assert r["data"]["removeCapacityNode"]["errors"] == [], r
    expected.append(("load.node.remove", "Site", site))

    got = await entries(server, token)
    assert [(e["action"], e["targetType"], e["targetId"]) for e in reversed(got)] == expected
    assert all(e["actor"] == {"id": admin_gid, "email": admin.email} for e in got)
    by_action = {e["action"]: e for e in got}
    assert by_action["user.set_role"]["details"] == {"role": ["driver", "admin"]}
    assert by_action["wallet.refund"]["details"]["reason"] == "Goodwill"
    assert by_action["settings.update"]["details"] == {"points_per_kwh": 3}
    assert "secret" not in str(by_action["api_key.create"]["details"]).lower()
    assert by_action["site.create"]["details"]["latitude"] == "3.1390"
    assert by_action["load.node.add"]["details"]["site_id"] == int(decode_id(site, "Site"))
    assert by_action["load.node.update"]["details"]["window_from"] == "22:00:00"
    assert by_action["load.configure"]["details"] == {"voltage": 240}  # the meter was not touched
    assert by_action["load.node.remove"]["details"] == {"node_id": int(decode_id(node, "CapacityNode"))}
    # A replayed idempotency key changes nothing and records nothing.
    await adjust("REFUND")
    assert len(await entries(server, token)) == len(expected)


async def test_filters_and_pagination(server: Any) -> None:
    p = server.platform
    admin, token = await make_user(p, role="admin")
    other, other_token = await make_user(p, role="admin")
    driver, _ = await make_user(p)
    driver_gid = encode_id("User", driver.id)
    for n in range(3):
        await mutate(
            server,
            token,
            "adjustWallet",
            "AdjustWalletInput",
            {
                "userId": driver_gid,
                "amount": "1",
                "kind": "ADJUSTMENT",
                "reason": "x",
                "idempotencyKey": f"k{n}",
            },
        )
    await mutate(server, other_token, "registerCharger", "RegisterChargerInput", {"chargePointId": "CP-AF-1"})

    assert len(await entries(server, token)) == 4
    mine = await entries(server, token, actorId=encode_id("User", admin.id))
    assert [e["action"] for e in mine] == ["wallet.adjustment"] * 3
    theirs = await entries(server, token, actorId=encode_id("User", other.id))
    assert [e["action"] for e in theirs] == ["charger.register"]
    assert len(await entries(server, token, action="wallet.adjustment")) == 3
    assert len(await entries(server, token, action="charger.")) == 1
    assert len(await entries(server, token, targetType="User")) == 3
    first = (await entries(server, token))[-1]["createdAt"]
    assert len(await entries(server, token, **{"from": first})) == 4
    assert await entries(server, token, to=first) == []
    # Keyset pages, newest first.
    r = (await server.graphql(AUDIT, {"first": 3}, token=token))["data"]["auditLog"]
    assert r["totalCount"] == 4 and r["pageInfo"]["hasNextPage"]
    assert r["nodes"][0]["action"] == "charger.register"
    r2 = await server.graphql(AUDIT, {"first": 3, "after": r["pageInfo"]["endCursor"]}, token=token)
    assert len(r2["data"]["auditLog"]["nodes"]) == 1
    # Ids are opaque; a malformed actor id is "not found", not a crash.
    assert code(await server.graphql(AUDIT, {"f": {"actorId": "nope"}}, token=token)) == "NOT_FOUND"


async def test_a_driver_cannot_read_the_audit_log(server: Any) -> None:
    p = server.platform
    _, driver = await make_user(p)
    assert code(await server.graphql(AUDIT, {}, token=driver)) == "FORBIDDEN"
    assert code(await server.graphql(AUDIT, {})) == "UNAUTHENTICATED"


async def test_a_failed_change_leaves_no_entry(server: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    p = server.platform
    admin, token = await make_user(p, role="admin")
    driver, _ = await make_user(p)
    # Refused by the domain (the last admin cannot demote themself): nothing changes, nothing is recorded.
    r = await server.graphql(
        "mutation($i: AdminSetUserRoleInput!) { adminSetUserRole(input: $i) { errors { code } } }",
        {"i": {"id": encode_id("User", admin.id), "role": "DRIVER"}},
        token=token,
    )
    assert r["data"]["adminSetUserRole"]["errors"] == [{"code": "FORBIDDEN"}]
    # An unknown charger: the delete fails, nothing is recorded.
    bad = """mutation($i: DeleteChargerInput!) { deleteCharger(input: $i) { errors { code } } }"""
    r = await server.graphql(bad, {"i": {"id": encode_id("Charger", 999)}}, token=token)
    assert r["data"]["deleteCharger"]["errors"] == [{"code": "NOT_FOUND"}]
    assert await count_entries(p) == 0

    # The entry is written, then the rest of the transaction fails: neither the change nor the entry
    # is kept (the entry is part of the change's transaction, not committed on its own).
    real = audit.record

    def record_then_fail(*args: Any, **kwargs: Any) -> Any:
        real(*args, **kwargs)
        raise RuntimeError("the change fails after its audit entry was added")

    monkeypatch.setattr(audit, "record", record_then_fail)
    wallet = """query($u: ID!) { userWallet(userId: $u) { balance { amount } } }"""
    driver_gid = encode_id("User", driver.id)
    before = (await server.graphql(wallet, {"u": driver_gid}, token=token))["data"]["userWallet"]
    r = await server.graphql(
        "mutation($i: AdjustWalletInput!) { adjustWallet(input: $i) { errors { code } } }",
        {"i": {"userId": driver_gid, "amount": "9", "kind": "REFUND", "reason": "x", "idempotencyKey": "f1"}},
        token=token,
    )
    assert r.get("errors") or r["data"]["adjustWallet"]["errors"], r
    r = await server.graphql(
        "mutation($i: AdminSetUserDisabledInput!) { adminSetUserDisabled(input: $i) { errors { code } } }",
        {"i": {"id": driver_gid, "disabled": True}},
        token=token,
    )
    assert r.get("errors") or r["data"]["adminSetUserDisabled"]["errors"], r
    r = await server.graphql(
        "mutation($i: CreateTariffInput!) { createTariff(input: $i) { tariff { id } errors { code } } }",
        {"i": {"name": "Never"}},
        token=token,
    )
    assert r.get("errors") or r["data"]["createTariff"]["errors"], r
    monkeypatch.undo()

    assert await count_entries(p) == 0
    after = (await server.graphql(wallet, {"u": driver_gid}, token=token))["data"]["userWallet"]
    assert after == before
    users = """query($id: ID!) { user(id: $id) { disabled } }"""
    assert (await server.graphql(users, {"id": driver_gid}, token=token))["data"]["user"]["disabled"] is False
    tariffs = "{ tariffs { totalCount } }"
    assert (await server.graphql(tariffs, token=token))["data"]["tariffs"]["totalCount"] == 0


async def test_entries_whose_target_and_details_come_from_the_change(server: Any) -> None:
    """The mutations whose entry names what the change made or found (a new charger's id, an
    import's charge points, a new key or not, a tag's owner, a job's size) record it exactly."""
    p = server.platform
    _, token = await make_user(p, role="admin")
    owner, _ = await make_user(p)

    async def ok(query: str, variables: dict[str, Any], name: str) -> Any:
        r = await server.graphql(query, variables, token=token)
        assert "errors" not in r and r["data"][name]["errors"] == [], r
        return r["data"][name]

    imported = await ok(
        """mutation($i: ImportChargersInput!) { importChargers(input: $i) {
             chargers { id } errors { code } } }""",
        {"i": {"rows": [{"chargePointId": "CP-IMP-1"}, {"chargePointId": "CP-IMP-2"}]}},
        "importChargers",
    )
    first, second = (c["id"] for c in imported["chargers"])
    registered = await ok(
        """mutation($i: RegisterChargerInput!) { registerCharger(input: $i) {
             charger { id } errors { code } } }""",
        {"i": {"chargePointId": "CP-REG-1", "securityProfile": 0}},
        "registerCharger",
    )
    new_charger = registered["charger"]["id"]
    approve = """mutation($i: ApproveChargerInput!) { approveCharger(input: $i) { errors { code } } }"""
    await ok(approve, {"i": {"id": new_charger, "securityProfile": 1}}, "approveCharger")
    await ok(approve, {"i": {"id": second, "approved": False}}, "approveCharger")
    await mutate(
        server,
        token,
        "updateCharger",
        "UpdateChargerInput",
        {"id": first, "name": "Lobby", "rotateAuthorizationKey": True},
    )
    tariff = (
        await ok(
            """mutation($i: CreateTariffInput!) { createTariff(input: $i) {
                 tariff { id } errors { code } } }""",
            {"i": {"name": "Standard", "pricePerKwh": "1.00"}},
            "createTariff",
        )
    )["tariff"]["id"]
    await mutate(server, token, "assignTariff", "AssignTariffInput", {"chargerId": first, "tariffId": tariff})
    tag = (
        await ok(
            """mutation($i: CreateIdTagInput!) { createIdTag(input: $i) { idTag { id } errors { code } } }""",
            {"i": {"idTag": "CARD-AUDIT-1", "ownerEmail": owner.email, "label": "Van"}},
            "createIdTag",
        )
    )["idTag"]["id"]
    await mutate(
        server,
        token,
        "updateIdTag",
        "UpdateIdTagInput",
        {"id": tag, "blocked": True, "expiresAt": "2030-01-02T03:04:05+00:00"},
    )
    partner = await ok(
        'mutation { inviteOcpiPartner(name: "Roamer") { partner { id } errors { code } } }',
        {},
        "inviteOcpiPartner",
    )

    got = {e["action"]: e for e in await entries(server, token)}

    def entry(action: str) -> tuple[str | None, str | None, Any]:
        e = got[action]
        return e["targetType"], e["targetId"], e["details"]

    assert entry("charger.import") == ("Charger", None, {"charge_point_ids": ["CP-IMP-1", "CP-IMP-2"]})
    assert entry("charger.register") == ("Charger", new_charger, {"charge_point_id": "CP-REG-1"})
    assert entry("charger.approve") == ("Charger", new_charger, {"security_profile": 1, "new_key": True})
    assert entry("charger.reject") == ("Charger", second, {"security_profile": 1, "new_key": False})
    assert entry("charger.update") == ("Charger", first, {"name": "Lobby", "new_key": True})
    assert entry("tariff.assign") == ("Charger", first, {"tariff_id": int(decode_id(tariff, "Tariff"))})
    assert entry("id_tag.create") == ("IdTag", tag, {"id_tag": "CARD-AUDIT-1", "owner_id": owner.id})
    assert entry("id_tag.update") == (
        "IdTag",
        tag,
        {"expires_at": "2030-01-02T03:04:05+00:00", "blocked": True},
    )
    assert entry("ocpi.invite") == ("OcpiPartner", partner["partner"]["id"], None)
