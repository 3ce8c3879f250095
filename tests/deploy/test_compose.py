"""deploy/compose.yaml against the Compose specification's JSON schema (the copy shipped in the
check-jsonschema package), and against the topology tests/deploy/test_topology.py starts."""

from __future__ import annotations

import copy
import json
import re
from importlib import resources
from typing import Any

import jsonschema
import yaml

from tests.deploy.topology import COMMON_SETTINGS, COMPOSE, NGINX_CONF, TOPOLOGY


def compose_schema() -> dict[str, Any]:
    path = resources.files("check_jsonschema") / "builtin_schemas" / "vendor" / "compose-spec.json"
    return dict(json.loads(path.read_text()))


def load_compose() -> dict[str, Any]:
    return dict(yaml.safe_load(COMPOSE.read_text()))


def schema_errors(doc: dict[str, Any]) -> list[str]:
    schema = compose_schema()
    validator = jsonschema.validators.validator_for(schema)(schema)
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(doc)]


def test_compose_file_follows_the_compose_specification() -> None:
    assert schema_errors(load_compose()) == []


def test_schema_check_catches_a_broken_compose_file() -> None:
    broken = copy.deepcopy(load_compose())
    broken["services"]["node1"]["depends_on"] = 3
    broken["services"]["nginx"]["restart_policy"] = "always"
    errors = schema_errors(broken)
    assert any("depends_on" in e for e in errors), errors
    assert any("restart_policy" in e for e in errors), errors


def _env(service: dict[str, Any]) -> dict[str, Any]:
    return dict(service.get("environment") or {})


def test_compose_topology_is_the_tested_one() -> None:
    services = load_compose()["services"]
    nodes = {name: s for name, s in services.items() if "NODE_ID" in _env(s)}
    assert {name: _env(s).get("ROLE") for name, s in nodes.items()} == TOPOLOGY
    for name, s in nodes.items():
        env = _env(s)
        assert env["NODE_ID"] == name
        assert COMMON_SETTINGS <= set(env), (name, COMMON_SETTINGS - set(env))
        assert env["DATABASE_URL"].startswith("mysql+asyncmy://") and "@mariadb:" in env["DATABASE_URL"]
        assert env["BROADCAST_URL"].startswith("redis://redis:")
        assert set(s["depends_on"]) == {"migrate", "redis"}
    # One migration before the nodes, the database, the bus, nginx in front of every node.
    assert services["migrate"]["command"] == ["plagsini", "migrate"]
    assert services["mariadb"]["image"].startswith("mariadb:")
    assert services["redis"]["image"].startswith("redis:")
    assert set(services["nginx"]["depends_on"]) == set(TOPOLOGY)
    assert set(services) == {*TOPOLOGY, "migrate", "mariadb", "redis", "nginx"}


def _upstream(conf: str, name: str) -> set[tuple[str, int]]:
    block = re.search(r"upstream " + name + r" \{(.*?)\}", conf, re.S)
    assert block, name
    return {(n, int(p)) for n, p in re.findall(r"server (node\d+):(\d+)", block.group(1))}


def test_nginx_routes_to_the_nodes_by_role() -> None:
    conf = NGINX_CONF.read_text()
    api = {n for n, role in TOPOLOGY.items() if role in ("all", "api")}
    ocpp = {n for n, role in TOPOLOGY.items() if role in ("all", "ocpp")}
    assert _upstream(conf, "plagsini_http") == {(n, 8000) for n in api}
    assert _upstream(conf, "plagsini_ocpp") == {(n, 9000) for n in ocpp}
