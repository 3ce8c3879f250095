"""Tariff computation: Hypothesis properties (lines sum to the total, one rounding, no float)."""

from __future__ import annotations

import ast
import datetime as dt
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.money import allocate, ringgit_to_sen, round_sen
from domain.tariffs import Benefits, TariffSnapshot, Usage, compute_cost, compute_total_sen

ROOT = Path(__file__).resolve().parents[2]
T0 = dt.datetime(2025, 3, 1, 8, 0, tzinfo=dt.UTC)

prices = st.decimals(min_value=0, max_value=500, places=4, allow_nan=False, allow_infinity=False)
sen = st.integers(min_value=0, max_value=50_000)
tax_rates = st.sampled_from(
    [Decimal(0), Decimal("0.06"), Decimal("0.08"), Decimal("0.10"), Decimal("0.0825")]
)


@st.composite
def tariffs(draw: st.DrawFn) -> TariffSnapshot:
    min_charge = draw(sen)
    max_charge = draw(st.none() | st.integers(min_value=min_charge, max_value=min_charge + 100_000))
    return TariffSnapshot(
        tariff_id=1,
        name="T",
        price_per_kwh_sen=draw(prices),
        price_per_minute_sen=draw(prices),
        idle_fee_per_minute_sen=draw(prices),
        idle_grace_minutes=draw(st.integers(0, 60)),
        session_fee_sen=draw(sen),
        min_charge_sen=min_charge,
        max_charge_sen=max_charge,
        tax_rate=draw(tax_rates),
    )


@st.composite
def usages(draw: st.DrawFn) -> Usage:
    charging = dt.timedelta(
        seconds=draw(st.integers(0, 12 * 3600)), microseconds=draw(st.integers(0, 999_999))
    )
    idle = draw(st.none() | st.integers(0, 4 * 3600))
    ended = T0 + charging
    stopped = ended + dt.timedelta(seconds=idle or 0)
    return Usage(
        energy_wh=draw(st.integers(0, 200_000)),
        started_at=T0,
        stopped_at=stopped,
        charging_ended_at=ended if idle is not None else None,
    )


benefits_st = st.builds(
    Benefits,
    plan_name=st.just("Plan"),
    discount_per_kwh_sen=prices,
    included_kwh_available=st.decimals(
        min_value=0, max_value=100, places=3, allow_nan=False, allow_infinity=False
    ),
    free_kwh=st.decimals(min_value=0, max_value=20, places=3, allow_nan=False, allow_infinity=False),
    discount_sen=sen,
)


@settings(max_examples=400, deadline=None)
@given(tariffs(), usages(), benefits_st | st.just(Benefits()))
def test_lines_sum_to_total_and_round_once(tariff: TariffSnapshot, usage: Usage, benefits: Benefits) -> None:
    cost = compute_cost(tariff, usage, benefits)
    assert sum(line.amount_sen for line in cost.lines) == cost.total_sen
    assert cost.subtotal_sen + cost.tax_sen == cost.total_sen
    assert cost.total_sen == round_sen(cost.exact_total_sen)
    assert cost.total_sen >= 0
    for line in cost.lines:
        assert isinstance(line.amount_sen, int)
        assert isinstance(line.exact_sen, Fraction)
        assert abs(line.amount_sen - line.exact_sen) < 1
    gross = sum(
        (
            line.exact_sen
            for line in cost.lines
            if line.code in ("energy", "time", "idle", "session_fee", "minimum", "maximum")
        ),
        Fraction(0),
    )
    if tariff.max_charge_sen is not None:
        assert gross <= tariff.max_charge_sen
    if usage.energy_wh > 0:
        assert gross >= tariff.min_charge_sen


@settings(max_examples=300, deadline=None)
@given(tariffs(), usages(), benefits_st | st.just(Benefits()))
def test_the_running_total_is_the_costs_total(
    tariff: TariffSnapshot, usage: Usage, benefits: Benefits
) -> None:
    """The total every live reading prices (no lines built) is the one the full cost rounds to."""
    assert compute_total_sen(tariff, usage, benefits) == compute_cost(tariff, usage, benefits).total_sen


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.decimals(min_value=-10_000, max_value=10_000, places=6, allow_nan=False, allow_infinity=False),
        min_size=1,
        max_size=12,
    )
)
def test_allocate_preserves_total(parts: list[Decimal]) -> None:
    total = round_sen(sum(parts, Decimal(0)))
    out = allocate(parts, total)
    assert sum(out) == total
    assert all(abs(Decimal(o) - p) < 1 for o, p in zip(out, parts, strict=True))


def test_known_session() -> None:
    tariff = TariffSnapshot(
        tariff_id=1,
        name="DC",
        price_per_kwh_sen=Decimal("120"),
        price_per_minute_sen=Decimal("5"),
        idle_fee_per_minute_sen=Decimal("100"),
        idle_grace_minutes=10,
        session_fee_sen=100,
        tax_rate=Decimal("0.08"),
    )
    usage = Usage(
        energy_wh=12_345,
        started_at=T0,
        charging_ended_at=T0 + dt.timedelta(minutes=30),
        stopped_at=T0 + dt.timedelta(minutes=45),
    )
    cost = compute_cost(tariff, usage)
    by_code = {line.code: line.amount_sen for line in cost.lines}
    # 12.345 kWh x 120 = 1481.4; 30 min x 5 = 150; idle 5 min x 100 = 500; fee 100 → 2231.4; tax 178.512
    assert cost.total_sen == round_sen(Decimal("2231.4") * Decimal("1.08")) == 2410
    assert by_code["idle"] == 500 and by_code["time"] == 150 and by_code["session_fee"] == 100
    assert sum(by_code.values()) == 2410


def test_float_is_refused() -> None:
    with pytest.raises(TypeError):
        TariffSnapshot(tariff_id=1, name="x", price_per_kwh_sen=0.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        round_sen(1.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Usage(energy_wh=1.0, started_at=T0, stopped_at=T0)  # type: ignore[arg-type]
    assert ringgit_to_sen(Decimal("12.34")) == 1234
    with pytest.raises(Exception, match="two decimal"):
        ringgit_to_sen(Decimal("1.005"))


MONEY_MODULES = [
    "domain/money.py",
    "domain/ledger.py",
    "domain/tariffs.py",
    "domain/billing.py",
    "domain/payments.py",
    "domain/rewards.py",
    "domain/memberships.py",
    "domain/receipts.py",
]


@pytest.mark.parametrize("path", MONEY_MODULES)
def test_no_float_in_money_code(path: str) -> None:
    """No float literal, float() call or float annotation in the money modules."""
    file = ROOT / path
    if not file.exists():
        pytest.skip(f"{path} not written yet")
    tree = ast.parse(file.read_text())
    offenders = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, float):
            offenders.append(f"float literal at line {node.lineno}")
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "float":
            offenders.append(f"float() at line {node.lineno}")
        if isinstance(node, ast.Name) and node.id == "float" and not _in_isinstance(tree, node):
            offenders.append(f"float name at line {node.lineno}")
    assert not offenders, offenders


def _in_isinstance(tree: ast.AST, target: ast.Name) -> bool:
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "isinstance":
            if any(target is sub for arg in node.args[1:] for sub in ast.walk(arg)):
                return True
    return False
