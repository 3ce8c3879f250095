"""The deployment topology of deploy/compose.yaml, as processes on this machine.

`TOPOLOGY` names the nodes the tests start (their role, the settings they get beyond the common
ones); tests/deploy/test_compose.py checks deploy/compose.yaml describes the same nodes, and
`render_nginx` turns the shipped deploy/nginx.conf into one for local ports (the same file, only
addresses substituted), so the configuration tested is the one shipped."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = ROOT / "deploy" / "compose.yaml"
NGINX_CONF = ROOT / "deploy" / "nginx.conf"

#: node name → ROLE, as in deploy/compose.yaml.
TOPOLOGY = {"node1": "all", "node2": "all", "node3": "ocpp"}
#: The settings every node gets in deploy/compose.yaml (values differ here: local services).
COMMON_SETTINGS = {
    "ENVIRONMENT",
    "DATABASE_URL",
    "BROADCAST_URL",
    "SECRET_KEY",
    "PUBLIC_URL",
    "TRUSTED_PROXIES",
    "NODE_HEARTBEAT_SECONDS",
    "NODE_DEAD_AFTER_SECONDS",
}
#: Ports inside the compose network: the nodes' HTTP and OCPP ports, nginx's two listeners.
NODE_HTTP, NODE_OCPP, NGINX_HTTP, NGINX_OCPP = 8000, 9000, 8080, 9000


def render_nginx(nodes: dict[str, tuple[int, int]], http_port: int, ocpp_port: int, prefix: Path) -> str:
    """deploy/nginx.conf for processes on 127.0.0.1: `nodes` maps a node name to its (http, ocpp)
    ports; nginx listens on `http_port` and `ocpp_port`; logs and temporary files under `prefix`."""
    text = NGINX_CONF.read_text()

    def upstream(m: re.Match[str]) -> str:
        name, port = m.group(1), int(m.group(2))
        if name not in nodes:
            raise AssertionError(f"deploy/nginx.conf names {name}, which the topology does not have")
        http, ocpp = nodes[name]
        return f"server 127.0.0.1:{http if port == NODE_HTTP else ocpp}"

    text, count = re.subn(r"server (node\d+):(\d+)", upstream, text)
    assert count, "no upstream servers found in deploy/nginx.conf"
    text, n1 = re.subn(rf"listen {NGINX_HTTP};", f"listen 127.0.0.1:{http_port};", text)
    text, n2 = re.subn(rf"listen {NGINX_OCPP};", f"listen 127.0.0.1:{ocpp_port};", text)
    assert n1 == 1 and n2 == 1, "deploy/nginx.conf must listen on 8080 and 9000"
    local = (
        f"  access_log off;\n"
        f"  client_body_temp_path {prefix}/body;\n  proxy_temp_path {prefix}/proxy;\n"
        f"  fastcgi_temp_path {prefix}/fastcgi;\n  uwsgi_temp_path {prefix}/uwsgi;\n"
        f"  scgi_temp_path {prefix}/scgi;\n"
    )
    text = text.replace("http {\n", "http {\n" + local, 1)
    return f"pid {prefix}/nginx.pid;\nerror_log {prefix}/error.log warn;\n" + text
