"""A roaming session's receipt: when the partner CPO (extrawest-ocpi, tests/ocpi/peer_cpo.py, in its
own process) posts the CDR and it bills the driver, the driver gets the same receipt mail (a real SMTP
server) and "charging stopped" push (a loopback push service, the payload decrypted as the phone
would) as for a session at our chargers, once: a retried CDR sends nothing again."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from api.relay import encode_id
from db.models import PushNotification, Receipt
from tests.helpers.push import BrowserSubscription, PushEndpoint, verify_vapid
from tests.ocpi.conftest import Peer
from tests.ocpi.test_emsp import driver_started_at_partner

SUBSCRIBE = """mutation($i: PushSubscriptionInput!) {
  subscribePush(input: $i) { subscribed errors { code field } } }"""


@pytest.fixture(params=["sqlite", pytest.param("mariadb", marks=pytest.mark.mariadb)])
async def server(request: pytest.FixtureRequest, server_factory: Any, smtp_server: Any) -> Any:
    """The platform under test sending mail to the test's SMTP server, on SQLite, then on MariaDB."""
    mail = {"smtp_host": smtp_server.host, "smtp_port": smtp_server.port, "smtp_tls": "none"}
    if request.param == "sqlite":
        return await server_factory(**mail)
    return await server_factory(database_url=request.getfixturevalue("migrated_mariadb_url"), **mail)


async def _push_kinds(server: Any, user_id: int) -> list[str]:
    async with server.platform.sessionmaker() as s:
        q = (
            select(PushNotification.kind)
            .where(PushNotification.user_id == user_id)
            .order_by(PushNotification.id)
        )
        return list((await s.scalars(q)).all())


async def test_a_billed_partner_cdr_mails_the_receipt_and_notifies_once(
    server: Any, ocpi_peer_cpo: Peer, smtp_server: Any
) -> None:
    peer = ocpi_peer_cpo
    r = await driver_started_at_partner(server, peer)
    public_key = (await r.api.ok("{ pushConfig { vapidPublicKey } }"))["pushConfig"]["vapidPublicKey"]
    await peer.control("push-session", {"status": "ACTIVE", "kwh": 1, "when": "2026-12-06T08:05:00Z"})
    async with PushEndpoint() as endpoint:
        phone = BrowserSubscription(endpoint.url("phone"))
        sub = await r.api.ok(SUBSCRIBE, {"i": phone.as_input()}, token=r.driver.access)
        assert sub["subscribePush"]["subscribed"] is True
        # The driver stops from the app; the partner ends the session and posts its CDR.
        stopped = await r.api.ok(
            "mutation($id: ID!) { stopPartnerCharging(id: $id) { session { stopResult } } }",
            {"id": encode_id("PartnerSession", r.session_id)},
            token=r.driver.access,
        )
        assert stopped["stopPartnerCharging"]["session"]["stopResult"] == "ACCEPTED"
        cdr = {"kwh": 10.5, "excl": 12.6, "incl": 13.61}
        first = await peer.control("post-cdr", cdr)
        assert first["http"] == 201, first

        mail = await smtp_server.wait_for_message(to=r.driver.email)
        async with server.platform.sessionmaker() as s:
            receipt = await s.scalar(select(Receipt).where(Receipt.user_id == r.user_id))
        assert receipt is not None
        assert receipt.number in mail["Subject"], mail["Subject"]
        body = next(
            p.get_payload(decode=True).decode() for p in mail.walk() if p.get_content_type() == "text/plain"
        )
        assert "RM 13.61" in body and "Roaming session at Peer CPO, Peer Plaza 0" in body, body

        def stopped_note(m: Any) -> Any:
            note = phone.decrypt(m)
            return (m, note) if note["kind"] == "session_stopped" else None

        message, note = await endpoint.wait_for(stopped_note)
        verify_vapid(message, public_key, f"http://127.0.0.1:{endpoint.port}")
        assert note["title"] == "Charging stopped", note
        assert note["body"] == "You stopped charging at Peer Plaza 0.", note
        assert note["url"] == f"/partner-charging/{r.session_id}"

        # The partner retries the same CDR: billed once, so nothing is sent again.
        again = await peer.control("post-cdr", cdr)
        assert again["http"] == 200, again
        kinds = await _push_kinds(server, r.user_id)
        assert kinds.count("session_stopped") == 1, kinds
        # RM 20.00 - RM 13.61 leaves less than the minimum to start: told once too.
        assert kinds.count("low_balance") == 1, kinds
        await endpoint.wait_for(lambda m: phone.decrypt(m)["kind"] == "low_balance")
    receipts_mailed = [m for m in smtp_server.messages if receipt.number in str(m["Subject"])]
    assert len(receipts_mailed) == 1
