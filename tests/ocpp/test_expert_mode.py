"""Expert mode: an admin sends any OCPP 1.6 command with raw JSON parameters, checked against the
1.6 schema only; the charger's raw answer comes back; command history and audit log record it."""

from __future__ import annotations

import asyncio
from typing import Any

from sqlalchemy import select

from api.relay import encode_id
from db.models import AuditLog, OcppCommand
from domain import chargers
from tests.helpers.auth import make_user
from tests.ocpp.conftest import connect, register

RAW = """mutation($i: RawOcppCommandInput!) { sendRawOcppCommand(input: $i) {
  status response errors { code message field } } }"""
CANCEL = """mutation($i: AdminCancelReservationInput!) { cancelChargerReservation(input: $i) {
  status errors { code field } } }"""


async def test_expert_mode_sends_what_the_platform_would_refuse(server: Any) -> None:
    p = server.platform
    _, admin = await make_user(p, role="admin")
    _, driver = await make_user(p)
    key = await register(p, "CP-EXPERT")
    async with p.sessionmaker() as s:
        c = await chargers.get_by_cpid(s, "CP-EXPERT")
        assert c is not None
        gid = encode_id("Charger", c.id)
    async with connect(server.ocpp_url, "CP-EXPERT", key) as cp:
        cp.answers["CancelReservation"] = {"status": "Rejected"}
        # The ordinary command refuses an id the platform does not know; nothing is sent.
        r = await server.graphql(CANCEL, {"i": {"chargerId": gid, "reservationId": 777}}, token=admin)
        assert r["data"]["cancelChargerReservation"]["errors"][0]["code"] == "NOT_FOUND"

        # Expert mode sends it; the charger's answer comes back as it is.
        sent = asyncio.create_task(
            server.graphql(
                RAW,
                {"i": {"chargerId": gid, "action": "CancelReservation", "payload": {"reservationId": 777}}},
                token=admin,
            )
        )
        assert await cp.expect("CancelReservation") == {"reservationId": 777}
        out = (await sent)["data"]["sendRawOcppCommand"]
        assert out == {"status": "Rejected", "response": {"status": "Rejected"}, "errors": []}

        # A CALLERROR answer is shown with its code.
        cp.answers["UnlockConnector"] = ("error", "NotImplemented")
        r = await server.graphql(
            RAW,
            {"i": {"chargerId": gid, "action": "UnlockConnector", "payload": {"connectorId": 1}}},
            token=admin,
        )
        err = r["data"]["sendRawOcppCommand"]["errors"][0]
        assert err["code"] == "COMMAND_REJECTED" and "NotImplemented" in err["message"]

        # Not valid OCPP 1.6, not a central-system command, not an object: refused before sending.
        for action, payload in (
            ("CancelReservation", {"reservationId": "x"}),
            ("CancelReservation", {}),
            ("Reset", {"type": "Medium"}),
            ("BootNotification", {"chargePointVendor": "a", "chargePointModel": "b"}),
            ("Reset", [1]),
        ):
            r = await server.graphql(
                RAW, {"i": {"chargerId": gid, "action": action, "payload": payload}}, token=admin
            )
            assert r["data"]["sendRawOcppCommand"]["errors"][0]["code"] in (
                "INVALID_COMMAND",
                "INVALID_INPUT",
            ), (action, r)

        # A key sent in expert mode is never kept in clear (audit log, command history).
        cp.answers["ChangeConfiguration"] = {"status": "Accepted"}
        secret = "00112233445566778899AABBCCDDEEFF00112233"
        r = await server.graphql(
            RAW,
            {
                "i": {
                    "chargerId": gid,
                    "action": "ChangeConfiguration",
                    "payload": {"key": "AuthorizationKey", "value": secret},
                }
            },
            token=admin,
        )
        assert r["data"]["sendRawOcppCommand"]["status"] == "Accepted"
        assert (await cp.expect("ChangeConfiguration"))["value"] == secret

        # Drivers cannot.
        r = await server.graphql(
            RAW, {"i": {"chargerId": gid, "action": "Reset", "payload": {"type": "Soft"}}}, token=driver
        )
        assert r["errors"][0]["extensions"]["code"] == "FORBIDDEN"
        assert [a for a in cp.log if a.startswith("recv")] == [
            "recv CancelReservation",
            "recv UnlockConnector",
            "recv ChangeConfiguration",
        ]

    async with p.sessionmaker() as s:
        rows = (
            await s.scalars(
                select(OcppCommand).where(OcppCommand.origin == "expert").order_by(OcppCommand.id)
            )
        ).all()
        assert [(r.action, r.status) for r in rows] == [
            ("CancelReservation", "completed"),
            ("UnlockConnector", "error"),
            ("ChangeConfiguration", "completed"),
        ]
        audited = (
            await s.scalars(
                select(AuditLog).where(AuditLog.action == "ocpp.raw_command").order_by(AuditLog.id)
            )
        ).all()
        assert [(a.details["action"], a.details["outcome"]) for a in audited][:2] == [
            ("CancelReservation", "Rejected"),
            ("UnlockConnector", "COMMAND_REJECTED"),
        ]
        assert len(audited) == 7  # and the four refused by the schema (a non-object is not a command)
        for row in [*audited, *(await s.scalars(select(OcppCommand))).all()]:
            assert secret not in repr(vars(row))
