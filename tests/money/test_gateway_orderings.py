"""Gateway events are a state machine in which the gateway's latest word wins, whatever the order of
arrival: every ordering of created / failed / succeeded / refunded plus a replayed duplicate, on SQLite
and on MariaDB, in process and over HTTP from a separate gateway process.

What must hold after each ordering (the rule, stated once in ``expected``):
- the payment's gateway state is the newest event's, every event is recorded once, a replay changes
  nothing, an event older than one already applied is recorded as ``stale`` and changes nothing;
- the wallet is credited at most once, and exactly once when a ``succeeded`` event was the newest word
  at the time it arrived; it is never debited by an event;
- a credited top-up the gateway's newest word contradicts (failed, refunded, created) is flagged and
  listed by the admin reconciliation query; every other top-up agrees with the gateway;
- the ledger balances.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import itertools
import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from db.models import LedgerPosting, Payment, PaymentGatewayEvent
from domain import ledger, payments
from tests.conftest import ROOT, Node
from tests.money.conftest import create_user
from tests.money.fake_gateway import body, sign

T0 = dt.datetime(2026, 12, 1, 8, 0, tzinfo=dt.UTC)
AMOUNT = 2500

#: Gateway histories: the states a payment went through at the gateway, oldest first.
HISTORIES: dict[str, list[str]] = {
    "failed_then_succeeded": ["created", "failed", "succeeded"],
    "succeeded_then_refunded": ["created", "succeeded", "refunded"],
    "succeeded_then_failed": ["created", "succeeded", "failed"],
    "failed_succeeded_refunded": ["created", "failed", "succeeded", "refunded"],
}


@dataclass(frozen=True)
class Ev:
    n: int  # position in the gateway's history (its time order)
    state: str

    @property
    def id(self) -> str:
        return f"evt_{self.n}_{self.state}"

    @property
    def created(self) -> dt.datetime:
        return T0 + dt.timedelta(seconds=self.n)


def orderings(history: list[str]) -> Iterator[tuple[Ev, ...]]:
    """Every order of arrival of the history's events plus one replay of any one of them."""
    events = [Ev(n, state) for n, state in enumerate(history)]
    for dup in events:
        seen: set[tuple[Ev, ...]] = set()
        for order in itertools.permutations([*events, dup]):
            if order not in seen:
                seen.add(order)
                yield order


@dataclass
class Expected:
    latest: str
    credited: bool
    outcomes_stale: int  # deliveries recorded as stale (older than the word already applied)
    duplicates: int


def expected(arrival: tuple[Ev, ...]) -> Expected:
    newest: Ev | None = None
    credited = False
    ids: set[str] = set()
    stale = dups = 0
    for ev in arrival:
        if ev.id in ids:
            dups += 1
            continue
        ids.add(ev.id)
        if newest is None or ev.n > newest.n:
            newest = ev
            credited = credited or ev.state == "succeeded"
        else:
            stale += 1
    assert newest is not None
    latest = max(arrival, key=lambda e: e.n).state
    return Expected(latest=latest, credited=credited, outcomes_stale=stale, duplicates=dups)


def delivery(ev: Ev, reference: str) -> dict[str, Any]:
    return {
        "id": f"{reference}:{ev.id}",
        "state": ev.state,
        "reference": reference,
        "amount_sen": AMOUNT,
        "currency": "MYR",
        "created": ev.created.isoformat(),
    }


async def check_payment(sm: Any, payment_id: int, want: Expected) -> None:
    async with sm() as s:
        p = await s.get(Payment, payment_id)
        assert p is not None
        credits = await s.scalar(
            select(func.count()).select_from(LedgerPosting).where(LedgerPosting.payment_id == payment_id)
        )
        balance = await ledger.wallet_balance(s, p.user_id)
        rows = list(
            (await s.execute(select(PaymentGatewayEvent).where(PaymentGatewayEvent.payment_id == payment_id)))
            .scalars()
            .all()
        )
    got = (p.gateway_status, p.status, p.flag, credits, balance)
    assert p.gateway_status == want.latest, got
    assert credits == (1 if want.credited else 0), got
    assert balance == (AMOUNT if want.credited else 0), got
    if want.latest == "succeeded":
        assert (p.status, p.flag) == ("succeeded", None), got
    elif want.credited:
        # Money already credited is never silently taken back: the top-up is flagged for an admin.
        assert p.status == "succeeded" and p.flag == payments.FLAG_FOR_STATE[want.latest], got
    else:
        assert p.status == payments.AGREES[want.latest] and p.flag is None, got
    assert len(rows) == len({r.event_id for r in rows})
    assert sum(1 for r in rows if r.outcome == "stale") == want.outcomes_stale


async def run_ordering(platform: Any, name: str, i: int, arrival: tuple[Ev, ...]) -> tuple[int, bool]:
    sm = platform.sessionmaker
    user_id = await create_user(sm)
    payment = await payments.create_topup(
        platform, user_id=user_id, amount_sen=AMOUNT, method="fpx", idempotency_key=f"{name}-{i}"
    )
    ref = payment.provider_reference or ""
    secret = payments.webhook_secret(platform.settings, platform.secret_key)
    statuses = []
    for ev in arrival:
        raw = body(delivery(ev, ref))
        out = await payments.process_webhook(platform, raw, {payments.SIGNATURE_HEADER: sign(secret, raw)})
        statuses.append(out.status)
    want = expected(arrival)
    assert statuses.count("duplicate") == want.duplicates, (arrival, statuses)
    assert statuses.count("stale") == want.outcomes_stale, (arrival, statuses)
    assert statuses.count("credited") == (1 if want.credited else 0), (arrival, statuses)
    await check_payment(sm, payment.id, want)
    return payment.id, want.credited and want.latest != "succeeded"


@pytest.mark.parametrize("name", list(HISTORIES))
async def test_every_ordering_in_process(money_platform: Any, name: str) -> None:
    cases = list(orderings(HISTORIES[name]))
    assert len(cases) == (36 if len(HISTORIES[name]) == 3 else 240)
    gate = asyncio.Semaphore(4)

    async def one(i: int, arrival: tuple[Ev, ...]) -> tuple[int, bool]:
        async with gate:
            return await run_ordering(money_platform, name, i, arrival)

    results = await asyncio.gather(*(one(i, a) for i, a in enumerate(cases)))
    async with money_platform.sessionmaker() as s:
        check = await ledger.check_ledger(s)
        assert check.ok, check
        listed = {p.id for p in await payments.reconciliation(s, limit=1000)}
    # The reconciliation view lists exactly the flagged top-ups (all others agree with the gateway).
    assert listed == {pid for pid, flagged in results if flagged}


async def test_amount_mismatch_is_flagged_and_credits_nothing(money_platform: Any) -> None:
    user_id = await create_user(money_platform.sessionmaker)
    payment = await payments.create_topup(
        money_platform, user_id=user_id, amount_sen=AMOUNT, method="card", idempotency_key="mismatch"
    )
    secret = payments.webhook_secret(money_platform.settings, money_platform.secret_key)
    d = delivery(Ev(1, "succeeded"), payment.provider_reference or "") | {"amount_sen": AMOUNT * 100}
    raw = body(d)
    out = await payments.process_webhook(money_platform, raw, {payments.SIGNATURE_HEADER: sign(secret, raw)})
    assert out.status == "ignored"
    async with money_platform.sessionmaker() as s:
        assert await ledger.wallet_balance(s, user_id) == 0
        assert [p.flag for p in await payments.reconciliation(s)] == [payments.FLAG_AMOUNT_MISMATCH]


# ------------------------------------------------------------------------- over HTTP, gateway apart

SECRET = "gateway-orderings-webhook-secret"
TOPUP = """mutation($input: CreateTopUpInput!) { createTopUp(input: $input) {
  topUp { id checkoutUrl } errors { code message } } }"""
RECONCILIATION = """{ topUpReconciliation(first: 100) { topUp { id status } flag gatewayState
  events { eventId outcome } } }"""
WALLET = "{ wallet { balance { amount } } }"


def _tokens(db_url: str, tmp_path: Path, n: int) -> tuple[list[str], str]:
    from plagsini.platform import Platform
    from plagsini.settings import load_settings
    from tests.helpers.auth import make_user

    async def run() -> tuple[list[str], str]:
        settings = load_settings(
            database_url=db_url, var_dir=tmp_path / "tokens", secret_key="test-secret-key-" + "x" * 32
        )
        platform = Platform.create(settings)
        try:
            drivers = [(await make_user(platform))[1] for _ in range(n)]
            return drivers, (await make_user(platform, role="admin"))[1]
        finally:
            await platform.engine.dispose()

    return asyncio.run(run())


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("mariadb", marks=pytest.mark.mariadb)])
def test_every_ordering_over_http_from_a_gateway_process(
    spawn_node: Callable[..., Node], tmp_path: Path, request: pytest.FixtureRequest, backend: str
) -> None:
    history = HISTORIES["failed_succeeded_refunded"]
    # Every order of the four events with the success replayed (60 orderings).
    cases = [a for a in orderings(history) if sum(1 for e in a if e.state == "succeeded") == 2]
    assert len(cases) == 60
    if backend == "sqlite":
        db_url = f"sqlite+aiosqlite:///{tmp_path / 'nodes.db'}"
        node = spawn_node(PAYMENT_WEBHOOK_SECRET=SECRET)
    else:
        db_url = str(request.getfixturevalue("migrated_mariadb_url"))
        node = spawn_node(DATABASE_URL=db_url, PAYMENT_WEBHOOK_SECRET=SECRET)
    drivers, admin = _tokens(db_url, tmp_path, len(cases))

    def gql(query: str, variables: dict[str, Any] | None = None, token: str | None = None) -> Any:
        r = httpx.post(
            node.http_url + "/graphql",
            json={"query": query, "variables": variables or {}},
            headers={"Authorization": f"Bearer {token}"} if token else {},
            timeout=30,
        )
        data = r.json()
        assert "errors" not in data, data
        return data["data"]

    plan: list[dict[str, Any]] = []
    wants: dict[str, tuple[Expected, str, str]] = {}
    for i, arrival in enumerate(cases):
        top = gql(TOPUP, {"input": {"amount": "25", "method": "FPX", "idempotencyKey": f"h{i}"}}, drivers[i])
        top = top["createTopUp"]["topUp"]
        ref = top["checkoutUrl"].rsplit("/", 1)[1]
        wants[ref] = (expected(arrival), top["id"], drivers[i])
        plan.extend(delivery(ev, ref) for ev in arrival)

    gateway = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.money.fake_gateway",
            node.http_url + "/payments/webhook/sandbox",
            SECRET,
        ],
        input=json.dumps(plan).encode(),
        cwd=ROOT,
        capture_output=True,
        timeout=600,
    )
    assert gateway.returncode == 0, gateway.stderr.decode()
    answers = [json.loads(line) for line in gateway.stdout.decode().splitlines()]
    assert len(answers) == len(plan) and all(a["http"] == 200 for a in answers), answers[:5]

    flagged_ids = set()
    for ref, (want, top_id, token) in wants.items():
        statuses = [a["status"] for a in answers if a["id"].startswith(ref + ":")]
        assert statuses.count("duplicate") == 1 and statuses.count("stale") == want.outcomes_stale, statuses
        assert statuses.count("credited") == (1 if want.credited else 0), statuses
        amount = gql(WALLET, token=token)["wallet"]["balance"]["amount"]
        assert amount == ("25.00" if want.credited else "0.00"), (ref, statuses)
        if want.credited:
            flagged_ids.add(top_id)  # the newest word is "refunded": a credited top-up is flagged
    rows = gql(RECONCILIATION, token=admin)["topUpReconciliation"]
    assert {r["topUp"]["id"] for r in rows} == flagged_ids
    assert all(r["flag"] == "refunded_after_credit" and r["gatewayState"] == "REFUNDED" for r in rows)
    assert all(len(r["events"]) == 4 for r in rows)
    # Drivers cannot read the reconciliation view.
    denied = httpx.post(
        node.http_url + "/graphql",
        json={"query": RECONCILIATION},
        headers={"Authorization": f"Bearer {drivers[0]}"},
        timeout=30,
    ).json()
    assert denied["data"] is None and denied["errors"][0]["extensions"]["code"] == "FORBIDDEN"
