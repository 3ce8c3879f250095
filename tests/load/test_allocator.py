"""The allocator's rules as properties over random capacity trees and sessions (Hypothesis), and the
behaviours that need a sequence (tapering, taking back, fair rotation) as examples."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from domain.load.allocator import (
    ACTIVE,
    FIXED,
    MIN_A,
    PAUSED,
    Allocation,
    Demand,
    Node,
    Share,
    allocate,
    cap_of,
    path,
)

limit = st.one_of(st.none(), st.integers(min_value=0, max_value=250))


@st.composite
def sites(draw: Any, allow_fixed: bool = True) -> tuple[list[Node], list[Demand]]:
    nodes = [Node("root", None, (draw(limit), draw(limit), draw(limit)))]
    for i in range(draw(st.integers(0, 4))):
        parent = draw(st.sampled_from([n.id for n in nodes]))
        nodes.append(Node(f"c{i}", parent, (draw(limit), draw(limit), draw(limit))))
    demands = []
    for i in range(draw(st.integers(0, 24))):
        parent = draw(st.sampled_from([n.id for n in nodes]))
        rating = draw(st.integers(0, 80))
        nodes.append(Node(f"k{i}", parent, (rating, rating, rating)))
        phases = draw(st.sampled_from([(0,), (1,), (2,), (0, 1, 2)]))
        demands.append(
            Demand(
                key=i,
                node=f"k{i}",
                phases=phases,
                max_a=draw(st.integers(0, 80)),
                weight=draw(st.integers(1, 4)),
                cap_a=draw(st.one_of(st.none(), st.integers(0, 80))),
                since=draw(st.floats(0, 10_000)),
                active=draw(st.booleans()),
                fixed=allow_fixed and draw(st.integers(0, 9)) == 0,
            )
        )
    return nodes, demands


def _use(nodes: list[Node], demands: list[Demand], a: Allocation, *, fixed: bool) -> dict[Any, list[int]]:
    by_id = {n.id: n for n in nodes}
    used: dict[Any, list[int]] = {n.id: [0, 0, 0] for n in nodes}
    for d in demands:
        if d.fixed != fixed:
            continue
        for n in path(by_id, d.node):
            for ph in d.phases:
                used[n][ph] += a.shares[d.key].limit_a
    return used


@settings(max_examples=300, deadline=None)
@given(sites())
def test_no_node_phase_is_ever_over_its_limit(site: tuple[list[Node], list[Demand]]) -> None:
    nodes, demands = site
    a = allocate(nodes, demands, now=5000)
    fixed = _use(nodes, demands, a, fixed=True)
    managed = _use(nodes, demands, a, fixed=False)
    for n in nodes:
        for ph in range(3):
            lim = n.limits[ph]
            if lim is None:
                continue
            # What the platform controls fits in what the uncontrolled chargers leave (nothing if they
            # alone exceed the limit).
            assert managed[n.id][ph] <= max(0, lim - fixed[n.id][ph]), (n, ph)


@settings(max_examples=300, deadline=None)
@given(sites())
def test_every_share_is_zero_or_at_least_six_amperes_and_within_its_cap(
    site: tuple[list[Node], list[Demand]],
) -> None:
    nodes, demands = site
    a = allocate(nodes, demands, now=5000)
    assert set(a.shares) == {d.key for d in demands}
    for d in demands:
        s = a.shares[d.key]
        if d.fixed:
            assert s.state == FIXED and s.limit_a == d.max_a
            continue
        assert s.limit_a == 0 and s.state == PAUSED or s.limit_a >= MIN_A and s.state == ACTIVE
        assert s.limit_a <= cap_of(d)


def _blocked_at(nodes: list[Node], a: Allocation, d: Demand, need: float) -> set[Any]:
    """The (node, phase) pairs on d's path that have less than `need` amperes left."""
    by_id = {n.id: n for n in nodes}
    out = set()
    for n in path(by_id, d.node):
        for ph in d.phases:
            left = a.headroom[n][ph]
            if left is not None and left < need:
                out.add((n, ph))
    return out


@settings(max_examples=300, deadline=None)
@given(sites())
def test_capacity_is_not_left_unused_while_someone_could_take_it(
    site: tuple[list[Node], list[Demand]],
) -> None:
    nodes, demands = site
    a = allocate(nodes, demands, now=5000)
    for d in demands:
        s = a.shares[d.key]
        if s.state == ACTIVE and s.limit_a < cap_of(d):
            assert _blocked_at(nodes, a, d, 1), d  # only a full node stops it growing
        if s.state == PAUSED and d.max_a >= MIN_A:
            assert _blocked_at(nodes, a, d, MIN_A), d  # paused only when there is no room for 6 A


@settings(max_examples=300, deadline=None)
@given(sites(allow_fixed=False))
def test_equal_weights_behind_the_same_bottleneck_get_equal_shares_within_an_ampere(
    site: tuple[list[Node], list[Demand]],
) -> None:
    nodes, demands = site
    a = allocate(nodes, demands, now=5000)
    by_id = {n.id: n for n in nodes}
    for d in demands:
        s = a.shares[d.key]
        if s.state != ACTIVE or s.limit_a >= cap_of(d):
            continue

        # Max-min fairness: one of the full (node, phase) pairs that stop it is its bottleneck, where no
        # session of the same weight has more than one ampere more.
        def fair_at(n: Any, ph: int, d: Demand = d, s: Share = s) -> bool:
            return all(
                a.shares[o.key].limit_a <= s.limit_a + 1
                for o in demands
                if o.weight == d.weight
                and a.shares[o.key].state == ACTIVE
                and ph in o.phases
                and n in path(by_id, o.node)
            )

        assert any(fair_at(n, ph) for n, ph in _blocked_at(nodes, a, d, 1)), d


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 30), st.integers(0, 400), st.integers(1, 5))
def test_on_one_supply_equal_sessions_share_it_equally(n: int, supply: int, weight: int) -> None:
    nodes = [Node("root", None, (supply, supply, supply))] + [Node(i, "root", (32, 32, 32)) for i in range(n)]
    demands = [Demand(i, i, (0, 1, 2), 32, weight=weight) for i in range(n)]
    a = allocate(nodes, demands)
    active = [s.limit_a for s in a.shares.values() if s.state == ACTIVE]
    assert len(active) == min(n, supply // MIN_A)
    if active:
        assert max(active) - min(active) <= 1
        assert sum(active) == min(supply, 32 * len(active))


def test_a_double_weight_gets_twice_the_share() -> None:
    nodes = [Node("root", None, (60, 60, 60))] + [Node(i, "root", (32, 32, 32)) for i in range(2)]
    a = allocate(nodes, [Demand(0, 0, (0, 1, 2), 32, weight=2), Demand(1, 1, (0, 1, 2), 32)])
    assert (a.shares[0].limit_a, a.shares[1].limit_a) == (32, 28)  # 40/20 capped at the rating
    nodes[0] = Node("root", None, (45, 45, 45))
    a = allocate(nodes, [Demand(0, 0, (0, 1, 2), 32, weight=2), Demand(1, 1, (0, 1, 2), 32)])
    assert (a.shares[0].limit_a, a.shares[1].limit_a) == (30, 15)


def test_single_phase_cars_are_counted_on_their_own_phase() -> None:
    # 32 A per phase: three single-phase cars on three different phases each get 32 A; on one phase
    # they share it.
    nodes = [Node("root", None, (32, 32, 32))] + [Node(i, "root", (32, 32, 32)) for i in range(3)]
    spread = allocate(nodes, [Demand(i, i, (i,), 32) for i in range(3)])
    assert [spread.shares[i].limit_a for i in range(3)] == [32, 32, 32]
    same = allocate(nodes, [Demand(i, i, (1,), 32) for i in range(3)])
    assert sorted(same.shares[i].limit_a for i in range(3)) == [10, 11, 11]
    assert same.headroom["root"] == [32, 0, 32]


def test_what_a_tapering_car_leaves_goes_to_the_others_and_comes_back_when_it_draws() -> None:
    nodes = [Node("root", None, (48, 48, 48))] + [Node(i, "root", (32, 32, 32)) for i in range(2)]
    fair = allocate(nodes, [Demand(0, 0, (0, 1, 2), 32), Demand(1, 1, (0, 1, 2), 32)])
    assert [fair.shares[i].limit_a for i in range(2)] == [24, 24]
    tapering = allocate(nodes, [Demand(0, 0, (0, 1, 2), 32, cap_a=9), Demand(1, 1, (0, 1, 2), 32)])
    assert [tapering.shares[i].limit_a for i in range(2)] == [9, 32]
    low = allocate(nodes, [Demand(0, 0, (0, 1, 2), 32, cap_a=1), Demand(1, 1, (0, 1, 2), 32)])
    assert low.shares[0].limit_a == MIN_A  # a car drawing almost nothing keeps the minimum
    again = allocate(nodes, [Demand(0, 0, (0, 1, 2), 32), Demand(1, 1, (0, 1, 2), 32)])
    assert [again.shares[i].limit_a for i in range(2)] == [24, 24]


def test_when_not_everyone_fits_the_paused_sessions_take_turns() -> None:
    # Room for two at 6 A, five cars: over time every car charges, and none waits more than its share
    # of the rotation.
    nodes = [Node("root", None, (12, 12, 12))] + [Node(i, "root", (32, 32, 32)) for i in range(5)]
    state = {i: (False, float(i)) for i in range(5)}  # (active, since)
    served_time = dict.fromkeys(range(5), 0.0)
    step, rotation = 60.0, 900.0
    now = 10.0
    while now < 5 * 3600:
        demands = [
            Demand(i, i, (0, 1, 2), 32, active=a, since=s, served_s=served_time[i])
            for i, (a, s) in state.items()
        ]
        alloc = allocate(nodes, demands, now=now, rotation_s=rotation)
        assert sum(s.state == ACTIVE for s in alloc.shares.values()) == 2
        for i, (was, since) in state.items():
            is_active = alloc.shares[i].state == ACTIVE
            state[i] = (is_active, since if is_active == was else now)
            if is_active:
                served_time[i] += step
        now += step
    assert max(served_time.values()) - min(served_time.values()) <= rotation + step
    # and a charging car is not interrupted before its turn is over
    demands = [Demand(i, i, (0, 1, 2), 32, active=i < 2, since=0.0) for i in range(5)]
    early = allocate(nodes, demands, now=rotation - 1, rotation_s=rotation)
    assert {k for k, s in early.shares.items() if s.state == ACTIVE} == {0, 1}


def test_a_charger_that_takes_no_limits_is_counted_at_its_rating() -> None:
    nodes = [Node("root", None, (40, 40, 40))] + [Node(i, "root", (32, 32, 32)) for i in range(2)]
    a = allocate(nodes, [Demand(0, 0, (0, 1, 2), 32, fixed=True), Demand(1, 1, (0, 1, 2), 32)])
    assert (a.shares[0].state, a.shares[0].limit_a) == (FIXED, 32)
    assert (a.shares[1].state, a.shares[1].limit_a) == (ACTIVE, 8)
