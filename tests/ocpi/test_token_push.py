"""Our drivers' tokens reach partners through the outbox (our eMSP role): a card an operator blocks in
the console reaches the partner CPO (tests/ocpi/peer_cpo.py, on extrawest-ocpi, in its own process)
as not valid; a partner that is down gets it once it is back (retried with backoff); with no partner,
nothing is staged and no node looks at the tokens or the outbox."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, select

from db.models import OcpiOutbox
from tests.conftest import TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD
from tests.ocpi.conftest import Peer, until
from tests.ocpi.test_emsp import register_with_cpo
from tests.security.api import Api

CREATE = """mutation($i: CreateIdTagInput!) { createIdTag(input: $i) {
  idTag { id idTag status } errors { code message } } }"""
UPDATE = """mutation($i: UpdateIdTagInput!) { updateIdTag(input: $i) {
  idTag { id status } errors { code message } } }"""


async def test_a_card_blocked_in_the_console_reaches_the_partner_even_after_it_was_down(
    server: Any, ocpi_peer_cpo: Peer
) -> None:
    peer = ocpi_peer_cpo
    api, admin_token, _ = await register_with_cpo(server, peer)
    admin = await api.login(TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD)
    driver = await api.create_driver(admin)
    email = (await api.ok("{ me { email } }", token=driver.access))["me"]["email"]

    # An operator registers a card for the driver: the partner gets it, valid.
    created = (await api.ok(CREATE, {"i": {"idTag": "CARD7788", "ownerEmail": email}}, token=admin_token))[
        "createIdTag"
    ]
    assert created["errors"] == [], created
    card = created["idTag"]

    async def at_partner(valid: bool) -> dict[str, Any] | None:
        got = (await peer.control("state"))["tokens"].get("CARD7788")
        return got if got and got["valid"] is valid else None

    first = await until("the new card at the partner", lambda: at_partner(True))
    assert (first["type"], first["whitelist"], first["issuer"]) == ("RFID", "ALLOWED_OFFLINE", "PlagSini")

    # The operator blocks it: the partner hears it is no longer valid.
    blocked = await api.ok(UPDATE, {"i": {"id": card["id"], "blocked": True}}, token=admin_token)
    assert blocked["updateIdTag"]["idTag"]["status"] == "BLOCKED", blocked
    await until("the blocked card at the partner", lambda: at_partner(False))

    # The partner is down when the operator unblocks it: retried until it is back, then delivered once.
    peer.down()
    unblocked = await api.ok(UPDATE, {"i": {"id": card["id"], "blocked": False}}, token=admin_token)
    assert unblocked["updateIdTag"]["idTag"]["status"] == "ACCEPTED", unblocked

    async def failing() -> Any:
        async with server.platform.sessionmaker() as s:
            row = await s.scalar(select(OcpiOutbox).where(OcpiOutbox.key == "token:CARD7788"))
            return row is not None and row.pending and row.attempts >= 2 and row.last_error and row

    row = await until("the push retried while the partner is down", failing)
    assert row.kind == "token" and row.next_attempt_at > row.updated_at  # backing off
    peer.up()
    await until("the unblocked card at the partner", lambda: at_partner(True))

    async def delivered() -> Any:
        async with server.platform.sessionmaker() as s:
            row = await s.scalar(select(OcpiOutbox).where(OcpiOutbox.key == "token:CARD7788"))
            return row is not None and not row.pending and row.last_error is None

    await until("the outbox row delivered", delivered)
    puts = [p["valid"] for p in (await peer.control("state"))["token_puts"] if p["uid"] == "CARD7788"]
    assert puts == [True, False, True], puts  # each change once, in order; nothing lost or repeated


async def test_with_no_partner_nothing_is_staged_and_nothing_polls(server_factory: Any) -> None:
    # The node's heartbeat, every half second, measures the time: over three of them (more than the
    # 2 s at which a token poller read the tokens, and the outbox's 1 s rounds of before) no node
    # looks at the tokens or the outbox.
    server = await server_factory(node_heartbeat_seconds=0.5)
    statements: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        statements.append(statement.lower())

    engine = server.platform.engine.sync_engine
    event.listen(engine, "before_cursor_execute", seen)
    try:
        api = Api(server.http_url)
        admin = await api.login(TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD)
        driver = await api.create_driver(admin)
        await api.ok(
            """mutation { addRfidTag(input: {idTag: "04NOPARTNER", label: "Card"}) { idTag { id } } }""",
            token=driver.access,
        )
        # The workers' first rounds (at start; on a loaded machine they may wait for the write lock
        # the requests above held) are done before the idle time is counted.
        p = server.platform
        workers = [p.ocpi_outbox, p.ocpi_command_timeouts]

        async def started() -> bool:
            return all(w is not None and w.rounds >= 1 for w in workers)

        await until("the OCPI workers' first rounds", started)
        mark = len(statements)

        async def heartbeats() -> bool:
            return sum(1 for st in statements[mark:] if st.startswith("update nodes")) >= 4

        await until("the node's heartbeats", heartbeats, seconds=30)
        idle = statements[mark:]
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    # Nor at the commands sent to partners, whose deadlines no node polls while none waits.
    looked = [st for st in idle if any(t in st for t in ("id_tags", "ocpi_outbox", "ocpi_emsp_commands"))]
    assert looked == [], looked
    async with server.platform.sessionmaker() as s:
        assert (await s.scalars(select(OcpiOutbox))).all() == []
