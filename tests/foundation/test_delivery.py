"""How a node delivers the front ends, asked over HTTP of a running `plagsini serve`.

- brotli and gzip copies written at build are served with `Content-Encoding` to clients that
  accept them, the plain file to others, always with `Vary: Accept-Encoding`;
- hashed assets are cached for a year (`immutable`), `index.html` and the service worker are
  revalidated (`no-cache`), and a revalidation answers 304;
- GraphiQL on GET /graphql follows `GRAPHIQL` (default: development only);
- the console's initial JavaScript (entry chunk and its static imports) stays under 150 KB gzipped.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from tests.conftest import ROOT, Node

ADMIN_DIST = ROOT / "admin_spa" / "dist"
PWA_DIST = ROOT / "driver_pwa" / "dist"
IMMUTABLE = "public, max-age=31536000, immutable"
INITIAL_JS_BUDGET = 150 * 1024


def _require_builds() -> None:
    manifest = ADMIN_DIST / ".vite" / "manifest.json"
    for needed in (ADMIN_DIST / "index.html", manifest, PWA_DIST / "index.html"):
        if not needed.exists():
            if os.environ.get("CI", "").lower() == "true":
                pytest.fail(f"{needed} is missing (required under CI=true)")
            pytest.skip(f"{needed} is missing: build the front ends (make frontends)")


def _raw(http: httpx.Client, path: str, encoding: str | None) -> tuple[httpx.Response, bytes]:
    """GET without letting the client decode: the answer and its body as it travelled."""
    with http.stream("GET", path, headers={"Accept-Encoding": encoding or "identity"}) as r:
        return r, b"".join(r.iter_raw())


def _unbrotli(data: bytes) -> bytes:
    """Brotli-decode with Node's zlib (the standard library has no brotli)."""
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    script = "process.stdout.write(require('zlib').brotliDecompressSync(require('fs').readFileSync(0)))"
    return subprocess.run([node, "-e", script], input=data, capture_output=True, check=True).stdout


def _entry_js(dist: Path, page: str = "index.html") -> str:
    html = (dist / page).read_text()
    match = re.search(r'<script type="module"[^>]*src="([^"]+)"', html)
    assert match, html
    return match.group(1)


def test_assets_are_served_precompressed_with_the_right_cache_headers(
    spawn_node: Callable[..., Node],
) -> None:
    _require_builds()
    node = spawn_node()
    with httpx.Client(base_url=node.http_url, timeout=15) as http:
        for dist, prefix in ((ADMIN_DIST, "/admin"), (PWA_DIST, "")):
            script = _entry_js(dist)  # e.g. /admin/assets/main-abc123.js
            on_disk = (dist / script.removeprefix(prefix).lstrip("/")).read_bytes()

            br, br_body = _raw(http, script, "gzip, deflate, br")
            assert br.status_code == 200 and br.headers["content-encoding"] == "br", script
            assert _unbrotli(br_body) == on_disk

            gz, gz_body = _raw(http, script, "gzip")
            assert gz.headers["content-encoding"] == "gzip"
            assert gzip.decompress(gz_body) == on_disk

            plain, plain_body = _raw(http, script, None)
            assert "content-encoding" not in plain.headers and plain_body == on_disk
            refused, _ = _raw(http, script, "br;q=0, gzip;q=0")
            assert "content-encoding" not in refused.headers

            for r in (br, gz, plain):
                assert r.headers["content-type"].startswith("text/javascript"), r.headers
                assert r.headers["vary"] == "Accept-Encoding"
                assert r.headers["cache-control"] == IMMUTABLE
            assert int(br.headers["content-length"]) < int(gz.headers["content-length"]) < len(on_disk)

            # A revalidation of the compressed copy: 304 with the same caching headers.
            again = http.get(script, headers={"Accept-Encoding": "br", "If-None-Match": br.headers["etag"]})
            assert again.status_code == 304 and again.headers["cache-control"] == IMMUTABLE

            # index.html, directly and as the fallback of a client route: revalidated, compressed.
            for page in (f"{prefix}/", f"{prefix}/some/client/route"):
                r, body = _raw(http, page, "gzip")
                assert r.status_code == 200 and r.headers["cache-control"] == "no-cache", page
                assert r.headers["content-encoding"] == "gzip" and r.headers["vary"] == "Accept-Encoding"
                assert script.encode() in gzip.decompress(body)
                assert "immutable" not in http.get(page).headers["cache-control"]

        sw = http.get("/sw.js")
        assert sw.status_code == 200 and sw.headers["cache-control"] == "no-cache"
        assert sw.headers["service-worker-allowed"] == "/"


def test_graphiql_follows_the_setting(spawn_node: Callable[..., Node]) -> None:
    _require_builds()
    html = {"Accept": "text/html"}
    cases = [
        ({}, True),  # development: served
        ({"GRAPHIQL": "false"}, False),
        ({"ENVIRONMENT": "production"}, False),
        ({"ENVIRONMENT": "production", "GRAPHIQL": "true"}, True),
    ]
    for env, served in cases:
        node = spawn_node(**env)
        r = httpx.get(node.http_url + "/graphql", headers=html, timeout=15)
        if served:
            assert r.status_code == 200 and "graphiql" in r.text.lower(), env
            assert r.headers["cache-control"] == "no-cache"
            script = re.search(r'src="(/admin/assets/[^"]+\.js)"', r.text)
            assert script and httpx.get(node.http_url + script.group(1), timeout=15).status_code == 200
        else:
            assert "graphiql" not in r.text.lower(), env
        # The API itself answers either way.
        body = httpx.post(node.http_url + "/graphql", json={"query": "{ platform { name } }"}, timeout=15)
        assert body.json()["data"]["platform"]["name"] == "PlagSini"
        node.stop()


def initial_js(dist: Path, entry: str = "index.html") -> dict[str, int]:
    """The entry chunk of `entry` and every chunk it imports statically, with their gzipped sizes
    (the .gz copies the node serves)."""
    manifest = json.loads((dist / ".vite" / "manifest.json").read_text())
    seen: list[str] = []

    def visit(key: str) -> None:
        if key in seen:
            return
        seen.append(key)
        for imported in manifest[key].get("imports", []):
            visit(imported)

    visit(entry)
    files = [manifest[k]["file"] for k in seen if manifest[k]["file"].endswith(".js")]
    return {f: len(gzip.compress((dist / f).read_bytes(), 9)) for f in files}


def test_the_consoles_initial_javascript_is_under_budget() -> None:
    _require_builds()
    sizes = initial_js(ADMIN_DIST)
    total = sum(sizes.values())
    assert total <= INITIAL_JS_BUDGET, f"{total / 1024:.1f} kB gzipped: {sizes}"
    manifest = json.loads((ADMIN_DIST / ".vite" / "manifest.json").read_text())
    # Charts and GraphiQL are chunks of their own, loaded when a page needs them.
    lazy = [v["file"] for v in manifest.values() if not v.get("isEntry")]
    assert any("Charts" in f for f in lazy) and not any("Charts" in f for f in sizes)
    assert not any("graphiql" in f.lower() for f in sizes), sizes
