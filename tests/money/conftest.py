"""Fixtures for the money tests: a migrated database on SQLite and on MariaDB, and plain users."""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator
from dataclasses import dataclass
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from db.engine import make_engine, make_sessionmaker
from db.models import User

_emails = itertools.count(1)


@dataclass
class MoneyDB:
    url: str
    backend: str
    sessionmaker: async_sessionmaker[AsyncSession]


@pytest.fixture(params=["sqlite", pytest.param("mariadb", marks=pytest.mark.mariadb)])
def money_url(request: pytest.FixtureRequest) -> tuple[str, str]:
    """(backend, url) of a migrated database: the SQLite template copy, or a fresh MariaDB database."""
    if request.param == "sqlite":
        return "sqlite", request.getfixturevalue("db_url")
    return "mariadb", request.getfixturevalue("migrated_mariadb_url")


@pytest.fixture
async def money_db(money_url: tuple[str, str]) -> AsyncIterator[MoneyDB]:
    backend, url = money_url
    engine = make_engine(url, pool_size=30, max_overflow=80) if backend == "mariadb" else make_engine(url)
    try:
        yield MoneyDB(url=url, backend=backend, sessionmaker=make_sessionmaker(engine))
    finally:
        await engine.dispose()


async def create_user(
    sm: async_sessionmaker[AsyncSession], *, role: str = "driver", name: str = "Driver"
) -> int:
    async with sm() as s, s.begin():
        user = User(email=f"money{next(_emails)}@test.plagsini", name=name, role=role, email_verified=True)
        s.add(user)
        await s.flush()
        return user.id


class RecordingBus:
    """Collects published events (stands in for the event bus in domain-level tests)."""

    def __init__(self) -> None:
        self.events: list[tuple[str, Any]] = []

    async def publish(self, channel: str, payload: Any) -> None:
        self.events.append((channel, payload))


@pytest.fixture
def money_platform(money_db: MoneyDB, tmp_path: Any) -> Any:
    """Just enough of a Platform for the domain functions: settings, sessionmaker, bus, services."""
    from plagsini.settings import load_settings

    settings = load_settings(database_url=money_db.url, var_dir=tmp_path / "var", secret_key="k" * 48)
    platform = SimpleNamespace(
        settings=settings,
        sessionmaker=money_db.sessionmaker,
        bus=RecordingBus(),
        gateway=None,  # no charger is reached from these tests
        rate_limiter=None,
        payment_providers={},
        secret_key=settings.secret_key,
        backend=money_db.backend,
    )
    # As the platform does: its units of work deliver to it and read its settings.
    money_db.sessionmaker.configure(outlets=platform, settings=settings)
    return platform


@pytest.fixture(params=["sqlite", pytest.param("mariadb", marks=pytest.mark.mariadb)])
async def money_server(request: pytest.FixtureRequest, server_factory: Any) -> Any:
    """A running platform (GraphQL, OCPP) on SQLite, and again on a fresh MariaDB database."""
    if request.param == "sqlite":
        return await server_factory()
    return await server_factory(database_url=request.getfixturevalue("migrated_mariadb_url"))


async def credit_wallet(platform: Any, user_id: int, amount_sen: int, key: str) -> None:
    """Credit a wallet as a settled top-up would (wallet +X, gateway clearing -X)."""
    from domain import ledger

    async def fn(s: AsyncSession) -> None:
        wallet = await ledger.wallet_account(s, user_id)
        gateway = await ledger.system_account(s, ledger.GATEWAY)
        await ledger.post(
            s,
            idempotency_key=f"test-credit:{key}",
            kind="topup",
            entries=[(wallet, amount_sen), (gateway, -amount_sen)],
        )

    await ledger.in_transaction(platform.sessionmaker, fn)


async def grant_points(platform: Any, user_id: int, points: int, key: str) -> None:
    from domain import ledger, rewards

    async def fn(s: AsyncSession) -> None:
        await rewards.move_points(
            s, user_id=user_id, points=points, reason="bonus", idempotency_key=f"test:{key}"
        )

    await ledger.in_transaction(platform.sessionmaker, fn)


async def assert_ledger_ok(platform: Any) -> None:
    from domain import ledger, rewards

    async with platform.sessionmaker() as s:
        check = await ledger.check_ledger(s)
        assert check.ok, check
        assert await rewards.check_points(s) == []


def ok(result: dict[str, Any], field: str) -> dict[str, Any]:
    """The payload of mutation/query `field`, asserting there were neither GraphQL nor payload errors."""
    assert "errors" not in result, result
    data = result["data"][field]
    if isinstance(data, dict) and "errors" in data:
        assert data["errors"] == [], data
    return dict(data)


def payload_mutation(name: str, input_type: str, selection: str) -> str:
    """The document of mutation `name(input:)` selecting `selection` and its typed errors."""
    return (
        f"mutation($input: {input_type}!) {{ {name}(input: $input) {{ "
        f"{selection} errors {{ __typename code message field }} }} }}"
    )


async def standard_tariff(server: Any) -> None:
    """The default tariff most money tests price with: RM 1.00/kWh, RM 1.00 a session, 8% tax."""
    from domain import tariffs

    async with server.platform.sessionmaker() as s, s.begin():
        await tariffs.create_tariff(
            s,
            {
                "name": "Standard AC",
                "price_per_kwh_sen": Decimal("100"),
                "session_fee_sen": 100,
                "tax_rate": Decimal("0.08"),
            },
            is_default=True,
        )
