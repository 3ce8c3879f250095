"""The extreme-input sweep: every argument of every Query and Mutation field, generated from the
schema, gets its extreme values (huge exponents, 10^30, NaN/Infinity, 1 MB strings, long and deep
lists, negative numbers, empty strings) over HTTP against a running node; each answer must be a
normal answer or a typed error (every GraphQL error has `extensions.code`; an HTTP 400/413
refusal counts as typed), never an internal error, and /healthz must keep answering meanwhile.

Used by `tests/security/test_extreme_inputs.py` and by the bench scenario `extreme`
(`python -m bench`, BENCH_SCENARIOS=extreme), which records the slowest request.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import httpx
from graphql import (
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLInputType,
    GraphQLInterfaceType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLScalarType,
    GraphQLUnionType,
    get_named_type,
)

from bench.signin import access_token, login_body

MB_STRING = "x" * 1_000_000
DEEP = "\u0000DEEP\u0000"  # replaced by 100,000 nested lists when the body is encoded
DEEP_LEVELS = 100_000

EXTREMES: dict[str, list[Any]] = {
    "Decimal": ["1e999990", "-1e999990", "1e-999990", 10**30, "NaN", "Infinity", "-1", "", "9" * 100_000],
    "Int": [10**30, -(10**30), -1, 2**31, -(2**31) - 1, float("nan")],
    "Float": [float("nan"), float("inf"), float("-inf"), 1e308, 10**30, -1],
    "String": ["", MB_STRING, "\u0000\u202e"],
    "ID": ["", MB_STRING, 10**30, -1],
    "JSON": [DEEP, list(range(100_000)), {"k": MB_STRING}],
}
OTHER_SCALAR_EXTREMES: list[Any] = ["", "9" * 100_000, "99999-99-99T99:99:99"]
ENUM_EXTREMES: list[Any] = ["X" * 100_000, ""]


def _baseline_scalar(name: str, arg_name: str, ids: dict[str, str]) -> Any:
    if name == "ID":
        return ids.get(arg_name, ids.get("*", "bm90aGluZzow"))
    return {
        "String": "x",
        "Int": 1,
        "Float": 1.0,
        "Decimal": "1",
        "Boolean": False,
        "DateTime": "2026-01-01T00:00:00+00:00",
        "Date": "2026-01-01",
        "JSON": {},
    }.get(name, "x")


def baseline(type_: GraphQLInputType, name: str, ids: dict[str, str], required_only: bool = True) -> Any:
    """An ordinary value of `type_` (required fields only), so only the varied leaf is extreme."""
    if isinstance(type_, GraphQLNonNull):
        type_ = type_.of_type
    if isinstance(type_, GraphQLList):
        return [baseline(type_.of_type, name, ids)]
    if isinstance(type_, GraphQLInputObjectType):
        return {
            k: baseline(f.type, k, ids)
            for k, f in type_.fields.items()
            if isinstance(f.type, GraphQLNonNull) and f.default_value is _undefined()
        }
    if isinstance(type_, GraphQLEnumType):
        return next(iter(type_.values))
    assert isinstance(type_, GraphQLScalarType)
    return _baseline_scalar(type_.name, name, ids)


def _undefined() -> Any:
    from graphql.pyutils import Undefined

    return Undefined


@dataclass
class Leaf:
    path: tuple[str | int, ...]  # within the argument value
    type_: Any
    name: str


def leaves(
    type_: GraphQLInputType, name: str, path: tuple[str | int, ...] = (), seen: frozenset[str] = frozenset()
) -> Iterator[Leaf]:
    """Every position of a value of `type_`: lists themselves, list items, fields, scalars."""
    inner = type_.of_type if isinstance(type_, GraphQLNonNull) else type_
    if isinstance(inner, GraphQLList):
        yield Leaf(path, inner, name)
        yield from leaves(inner.of_type, name, (*path, 0), seen)
    elif isinstance(inner, GraphQLInputObjectType):
        if inner.name in seen:
            return
        for k, f in inner.fields.items():
            yield from leaves(f.type, k, (*path, k), seen | {inner.name})
    else:
        yield Leaf(path, inner, name)


def extremes_for(leaf: Leaf, ids: dict[str, str]) -> list[Any]:
    t = leaf.type_
    if isinstance(t, GraphQLList):
        return [[baseline(t.of_type, leaf.name, ids)] * 100_000, DEEP]
    if isinstance(t, GraphQLEnumType):
        return ENUM_EXTREMES
    if isinstance(t, GraphQLScalarType):
        if t.name == "Boolean":
            return []
        return EXTREMES.get(t.name, OTHER_SCALAR_EXTREMES)
    return []


def _set(
    value: Any, type_: GraphQLInputType, path: tuple[str | int, ...], leaf_value: Any, ids: dict[str, str]
) -> Any:
    if not path:
        return leaf_value
    inner = type_.of_type if isinstance(type_, GraphQLNonNull) else type_
    head, rest = path[0], path[1:]
    if isinstance(inner, GraphQLList):
        items = list(value) if isinstance(value, list) and value else [baseline(inner.of_type, "", ids)]
        items[0] = _set(items[0], inner.of_type, rest, leaf_value, ids)
        return items
    assert isinstance(inner, GraphQLInputObjectType) and isinstance(head, str)
    obj = dict(value) if isinstance(value, dict) else baseline(inner, "", ids)
    f = inner.fields[head]
    obj[head] = _set(obj.get(head, baseline(f.type, head, ids)), f.type, rest, leaf_value, ids)
    return obj


@dataclass
class Case:
    operation: str  # "query" / "mutation"
    field: str
    where: str  # "arg.path"
    value_label: str
    query: str
    variables: dict[str, Any]

    def body(self) -> bytes:
        text = json.dumps({"query": self.query, "variables": self.variables})
        deep = "[" * DEEP_LEVELS + "]" * DEEP_LEVELS
        return text.replace(json.dumps(DEEP), deep).encode()


def _label(v: Any) -> str:
    if v is DEEP:
        return f"{DEEP_LEVELS} nested lists"
    if isinstance(v, str) and len(v) > 40:
        return f"{len(v)}-character string"
    if isinstance(v, list) and len(v) > 10:
        return f"list of {len(v)}"
    if isinstance(v, dict):
        return "object with a 1 MB string"
    if isinstance(v, int) and abs(v) > 10**20:
        return ("-" if v < 0 else "") + f"10^{len(str(abs(v))) - 1}"
    return repr(v)


def build_cases(schema: Any, ids: dict[str, str]) -> list[Case]:
    """Every (operation, argument position, extreme value) of the schema's Query and Mutation."""
    cases: list[Case] = []
    for op, root in (("query", schema.query_type), ("mutation", schema.mutation_type)):
        if root is None:
            continue
        for fname, fdef in root.fields.items():
            if not fdef.args:
                continue
            named = get_named_type(fdef.type)
            selection = (
                " { __typename }"
                if isinstance(named, GraphQLObjectType | GraphQLInterfaceType | GraphQLUnionType)
                else ""
            )
            for aname, adef in fdef.args.items():
                for leaf in leaves(adef.type, aname):
                    for value in extremes_for(leaf, ids):
                        variables = {
                            k: baseline(a.type, k, ids)
                            for k, a in fdef.args.items()
                            if isinstance(a.type, GraphQLNonNull) and k != aname
                        }
                        start = baseline(adef.type, aname, ids) if leaf.path else None
                        variables[aname] = _set(start, adef.type, leaf.path, value, ids)
                        used = [k for k in fdef.args if k in variables]
                        defs = ", ".join(f"${k}: {fdef.args[k].type}" for k in used)
                        args = ", ".join(f"{k}: ${k}" for k in used)
                        where = ".".join([aname, *(str(p) for p in leaf.path)])
                        cases.append(
                            Case(
                                op,
                                fname,
                                where,
                                _label(value),
                                f"{op} X({defs}) {{ {fname}({args}){selection} }}",
                                variables,
                            )
                        )
    return cases


@dataclass
class Outcome:
    case: Case
    who: str
    status: int
    seconds: float
    problem: str | None


def judge(status: int, text: str) -> str | None:
    """None when the answer is a normal answer or a typed error; otherwise what is wrong."""
    if status >= 500:
        return f"HTTP {status}"
    if "Internal server error" in text:
        return "internal error"
    if status in (400, 413) and not text.lstrip().startswith("{"):
        return None  # refused at the HTTP layer (body not JSON, too large)
    try:
        body = json.loads(text)
    except ValueError:
        return f"HTTP {status} with a body that is not JSON"
    if not isinstance(body, dict):
        return "not a GraphQL response"
    for err in body.get("errors") or ():
        if not (err.get("extensions") or {}).get("code"):
            return f"untyped error: {str(err.get('message'))[:200]}"
    if status not in (200, 400, 413):
        return f"HTTP {status}"
    return None


class HealthProbe:
    """Probes /healthz every 0.2 s from a thread; `worst` is the slowest answer (a failure counts as
    the whole timeout)."""

    def __init__(self, http_url: str, timeout: float = 10) -> None:
        self.url = http_url + "/healthz"
        self.timeout = timeout
        self.worst = 0.0
        self.failures = 0
        self.probes = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        with httpx.Client(timeout=self.timeout) as client:
            while not self._stop.is_set():
                t0 = time.perf_counter()
                try:
                    ok = client.get(self.url).status_code == 200
                except httpx.HTTPError:
                    ok = False
                elapsed = time.perf_counter() - t0 if ok else self.timeout
                self.failures += 0 if ok else 1
                self.probes += 1
                self.worst = max(self.worst, elapsed)
                self._stop.wait(0.2)

    def __enter__(self) -> HealthProbe:
        self._thread.start()
        return self

    def __exit__(self, *_: Any) -> None:
        self._stop.set()
        self._thread.join(self.timeout + 5)


@dataclass
class SweepReport:
    outcomes: list[Outcome] = field(default_factory=list)
    health_worst_s: float = 0.0
    health_failures: int = 0

    @property
    def problems(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.problem]

    @property
    def slowest(self) -> Outcome:
        return max(self.outcomes, key=lambda o: o.seconds)

    def summary(self) -> dict[str, Any]:
        s = self.slowest
        return {
            "requests": len(self.outcomes),
            "problems": len(self.problems),
            "slowest_ms": round(s.seconds * 1000, 1),
            "slowest": f"{s.who} {s.case.operation} {s.case.field}({s.case.where} = {s.case.value_label})",
            "health_worst_ms": round(self.health_worst_s * 1000, 1),
            "health_failures": self.health_failures,
        }


def run_sweep(
    http_url: str,
    cases: list[Case],
    tokens: dict[str, str | None],
    timeout: float = 60,
    parallel: int = 1,
) -> SweepReport:
    """Send every case as each of `tokens` (who -> bearer token or None) while probing /healthz.

    `parallel` requests are in flight at once (each thread its own connection); with more than one,
    a request's time includes waiting for the others the node is serving."""
    report = SweepReport()
    local = threading.local()
    clients: list[httpx.Client] = []
    clients_lock = threading.Lock()

    def client() -> httpx.Client:
        if not hasattr(local, "client"):
            local.client = httpx.Client(base_url=http_url, timeout=timeout)
            with clients_lock:
                clients.append(local.client)
        return local.client  # type: ignore[no-any-return]

    def send(case: Case) -> list[Outcome]:
        body = case.body()  # encoded once for every caller
        out = []
        for who, token in tokens.items():
            headers = {"Content-Type": "application/json"}
            if token:
                headers["Authorization"] = f"Bearer {token}"
            t0 = time.perf_counter()
            try:
                r = client().post("/graphql", content=body, headers=headers)
                status, text = r.status_code, r.text
            except httpx.HTTPError as e:
                status, text = 0, ""
                problem: str | None = f"no answer: {type(e).__name__}"
            else:
                problem = judge(status, text)
            out.append(Outcome(case, who, status, time.perf_counter() - t0, problem))
        return out

    with HealthProbe(http_url) as probe:
        try:
            with ThreadPoolExecutor(max_workers=max(1, parallel)) as pool:
                for outcomes in pool.map(send, cases):
                    report.outcomes += outcomes
            # and after: the node still answers
            try:
                ok = client().get("/healthz", timeout=10).status_code == 200
            except httpx.HTTPError:
                ok = False
            if not ok:
                probe.failures += 1
        finally:
            for c in clients:
                c.close()
    report.health_worst_s = probe.worst
    report.health_failures = probe.failures
    return report


def login(http_url: str, email: str, password: str) -> str:
    r = httpx.post(http_url + "/graphql", json=login_body(email, password), timeout=30)
    return access_token(r.json())


def register_charger(http_url: str, token: str, cpid: str) -> str:
    """A public, approved charger (so anonymous quotes reach the billing code); its global id."""
    q = (
        "mutation($cp: String!) { registerCharger(input: {chargePointId: $cp, securityProfile: 0, "
        'name: "Sweep", latitude: "3.1", longitude: "101.6"}) { charger { id } errors { code message } } }'
    )
    r = httpx.post(
        http_url + "/graphql",
        json={"query": q, "variables": {"cp": cpid}},
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
    )
    payload = r.json()["data"]["registerCharger"]
    if not payload.get("charger"):
        raise RuntimeError(f"registerCharger failed: {payload}")
    return str(payload["charger"]["id"])


def sweep_node(http_url: str, admin_email: str, admin_password: str, parallel: int = 1) -> SweepReport:
    """Log in, register a charger, build the cases from this code's schema, run them anonymously and
    as the admin (`parallel` requests in flight at once)."""
    from api.schema import build_schema

    admin = login(http_url, admin_email, admin_password)
    charger = register_charger(http_url, admin, "SWEEP-1")
    cases = build_cases(build_schema()._schema, {"chargerId": charger})
    return run_sweep(http_url, cases, {"anonymous": None, "admin": admin}, parallel=parallel)


def run(workdir: Any) -> dict[str, Any]:
    """Bench scenario `extreme`: one node (SQLite), the whole sweep; the slowest request."""
    from bench.__main__ import Server, log

    server = Server("plagsini", workdir / "extreme")
    (workdir / "extreme").mkdir(parents=True, exist_ok=True)
    with server.running():
        report = sweep_node(
            f"http://127.0.0.1:{server.http_port}", "admin@plagsini.local", "bench-admin-password"
        )
    out = report.summary()
    out["examples_of_problems"] = [
        f"{o.who} {o.case.field}({o.case.where} = {o.case.value_label}): {o.problem}"
        for o in report.problems[:10]
    ]
    log(f"extreme inputs: {out['requests']} requests, slowest {out['slowest_ms']} ms: {out['slowest']}")
    return out
