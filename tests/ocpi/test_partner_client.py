"""Every call to a roaming partner goes through one client factory, `domain.roaming.client`, which
shares one TLS context: building a client loaded the system's CA certificates each time (about a
tenth of a second of CPU), and a charger's Authorize asking the partners in real time built one."""

from __future__ import annotations

import re
from pathlib import Path

from domain import roaming

ROOT = Path(__file__).resolve().parents[2]


def test_partner_clients_share_one_tls_context() -> None:
    assert roaming.tls_context() is roaming.tls_context()
    first, second = roaming.client(), roaming.client(2.0)
    assert second.timeout.connect == 2.0 and first.timeout.connect == roaming.CALL_TIMEOUT


def test_no_module_builds_its_own_http_client_for_partners() -> None:
    built = re.compile(r"httpx\.(Async)?Client\(")
    offenders = [
        str(path.relative_to(ROOT))
        for folder in ("domain", "ocpi", "api", "plagsini", "ocpp_server")
        for path in (ROOT / folder).rglob("*.py")
        if built.search(path.read_text()) and path != ROOT / "domain" / "roaming.py"
    ]
    assert offenders == []
