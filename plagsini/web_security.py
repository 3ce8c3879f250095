"""What every HTTP answer of a node carries, and who is asking.

`WebSecurity` wraps the whole ASGI application (outside Starlette's error handler, so 500s, 404s
and WebSocket refusals get it too) and does four things:

- **Client address.** The TCP peer is the client unless it is one of `TRUSTED_PROXIES`; then
  `X-Forwarded-For` is read right to left, trusted hops are skipped and the first untrusted one is
  the client (without that header, `X-Real-IP`). `scope["client"]` is rewritten, so the per-IP rate
  limits, the audit log and the access log all see the same address; the peer stays in
  `scope["plagsini.peer"]`. Headers from any other peer are ignored, so they cannot be spoofed.
- **Security headers** on every response: a Content-Security-Policy that allows this origin only
  (plus the map tile server of `MAP_TILE_URL`, and the hashes of the inline blocks of the two
  front ends' index.html and of GraphiQL's page), `frame-ancestors 'none'`, `X-Frame-Options`,
  `X-Content-Type-Options`, `Referrer-Policy`, and HSTS when `PUBLIC_URL` is https. GraphiQL on
  `/graphql` is built with the console and served from this origin, so the same policy covers it.
- **CORS** for `/graphql`: `CORS_ORIGINS` (and `PUBLIC_URL`'s origin) may call it from a browser,
  preflight included. Credentials mode is not supported (the API uses `Authorization: Bearer`, no
  cookies), so `Access-Control-Allow-Credentials` is never sent; any other origin gets no CORS
  header at all.
- **`/metrics`**: with `METRICS_TOKEN` it needs `Authorization: Bearer <token>` (compared in
  constant time, else 401); with `METRICS_PORT` it is served only on that listener (404 on the
  public port); in production with neither it is not served (404).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import ipaddress
import re
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from functools import lru_cache
from html import escape
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]
Network = ipaddress.IPv4Network | ipaddress.IPv6Network
Address = ipaddress.IPv4Address | ipaddress.IPv6Address

HSTS_MAX_AGE = 31536000  # one year; no includeSubDomains: other hosts of the domain are not ours to pin
REFERRER_POLICY = "strict-origin-when-cross-origin"
CORS_METHODS = ("GET", "POST")
CORS_HEADERS = ("accept", "authorization", "content-type")
CORS_MAX_AGE = 600


# ---------------------------------------------------------------- settings parsing


def parse_networks(value: str) -> tuple[Network, ...]:
    """`TRUSTED_PROXIES`: comma-separated addresses or CIDR blocks (IPv4 or IPv6)."""
    networks: list[Network] = []
    for item in value.split(","):
        item = item.strip()
        if not item:
            continue
        try:
            networks.append(ipaddress.ip_network(item, strict=False))
        except ValueError:
            raise ValueError(f"{item!r} is not an IP address or CIDR block") from None
    return tuple(networks)


@lru_cache(maxsize=8)
def trusted_networks(value: str) -> tuple[Network, ...]:
    return parse_networks(value)


def _origin(url: str) -> str:
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"{url!r} is not an http(s) origin")
    if parts.path not in ("", "/") or parts.query or parts.fragment or parts.username:
        raise ValueError(f"{url!r} is not an origin (scheme://host[:port], nothing after)")
    host = parts.hostname
    if not re.fullmatch(r"[a-z0-9.-]+|[0-9a-f:.]+", host):
        raise ValueError(f"{url!r}: {host!r} is not a host name")
    if ":" in host:
        host = f"[{host}]"
    default = 443 if parts.scheme == "https" else 80
    port = parts.port
    return f"{parts.scheme}://{host}" + (f":{port}" if port and port != default else "")


def parse_origins(value: str) -> list[str]:
    """`CORS_ORIGINS`: comma-separated `scheme://host[:port]`, normalised as browsers send them."""
    return [_origin(o) for o in value.split(",") if o.strip()]


def public_origin(public_url: str) -> str | None:
    parts = urlsplit(public_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    return _origin(f"{parts.scheme}://{parts.netloc.rsplit('@', 1)[-1]}")


def tile_source(template: str) -> str:
    """The CSP source of a Leaflet tile URL template: `https://{s}.tile.example.org/{z}/{x}/{y}.png`
    gives `https://*.tile.example.org`. Placeholders may stand for the leftmost host label only."""
    parts = urlsplit(template)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"{template!r} is not an http(s) URL template")
    if not all(k in template for k in ("{z}", "{x}", "{y}")):
        raise ValueError(f"{template!r} lacks {{z}}, {{x}} or {{y}}")
    netloc = parts.netloc
    if "@" in netloc or not re.fullmatch(r"(\{[a-z]+\}\.)?[A-Za-z0-9.-]+(:\d{1,5})?", netloc):
        raise ValueError(f"{template!r}: the host may carry a placeholder only as its first label")
    netloc = re.sub(r"^\{[a-z]+\}", "*", netloc)
    return f"{parts.scheme}://{netloc.lower()}"


_LINK_OPEN = re.compile(r'<a href="https?://[^"<>\s]+">')


def check_attribution(markup: str) -> str:
    """The map's attribution as the driver app shows it (HTML): text, character entities and
    `<a href="http(s)://...">...</a>` links only, so a setting cannot put markup or script on the map."""
    rest = _LINK_OPEN.sub("", markup).replace("</a>", "")
    if "<" in rest or ">" in rest:
        raise ValueError('the attribution may hold text and <a href="https://..."> links only')
    if not rest.strip():
        raise ValueError("the attribution needs some text")
    return markup


# ---------------------------------------------------------------- client address


def _address(value: str) -> Address | None:
    value = value.strip().strip('"')
    if value.startswith("["):  # [v6]:port
        value = value[1 : value.find("]")] if "]" in value else value[1:]
    elif value.count(":") == 1:  # v4:port
        value = value.split(":", 1)[0]
    try:
        addr = ipaddress.ip_address(value)
    except ValueError:
        return None
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        return addr.ipv4_mapped
    return addr


def _trusted(addr: Address | None, networks: tuple[Network, ...]) -> bool:
    return addr is not None and any(addr in n for n in networks)


def client_address(
    peer: str | None,
    forwarded_for: Iterable[str],
    real_ip: str | None,
    networks: tuple[Network, ...],
) -> str | None:
    """The client's address: `peer` unless it is a trusted proxy, then the right-most untrusted hop
    of X-Forwarded-For (all of its header lines, in order), else X-Real-IP."""
    if peer is None or not networks:
        return peer
    peer_addr = _address(peer)
    if not _trusted(peer_addr, networks):
        return str(peer_addr) if peer_addr is not None else peer
    hops = [h for line in forwarded_for for h in line.split(",") if h.strip()]
    if hops:
        client: Address | None = None
        for hop in reversed(hops):
            addr = _address(hop)
            if addr is None:
                break  # garbage written by a trusted proxy: stop at the last address we can name
            client = addr
            if not _trusted(addr, networks):
                break
        return str(client) if client is not None else str(peer_addr)
    if real_ip:
        addr = _address(real_ip)
        if addr is not None:
            return str(addr)
    return str(peer_addr)


def _header_values(scope: Scope, name: bytes) -> list[str]:
    return [v.decode("latin-1") for k, v in scope.get("headers") or () if k.lower() == name]


# ---------------------------------------------------------------- Content-Security-Policy


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


_INLINE = re.compile(r"<(script|style)\b([^>]*)>(.*?)</\1\s*>", re.S | re.I)


def inline_hashes(html: str) -> tuple[list[str], list[str]]:
    """CSP hashes of the inline <script> (without src) and <style> blocks of a page we ship."""
    scripts: list[str] = []
    styles: list[str] = []
    for tag, attrs, body in _INLINE.findall(html):
        if tag.lower() == "script":
            if "src=" not in attrs.lower() and body.strip():
                scripts.append(_sha256(body))
        elif body.strip():
            styles.append(_sha256(body))
    return scripts, styles


def _policy(directives: dict[str, list[str]]) -> str:
    return "; ".join(f"{k} {' '.join(dict.fromkeys(v))}" for k, v in directives.items())


def content_security_policy(
    settings: Any, pages: Iterable[str] = (), extra_origins: Iterable[str] = ()
) -> str:
    """The policy of every response: this origin, the tile server, the inline blocks of `pages`."""
    scripts: list[str] = []
    styles: list[str] = []
    for html in pages:
        s, st = inline_hashes(html)
        scripts += s
        styles += st
    tiles = tile_source(settings.map_tile_url)
    return _policy(
        {
            "default-src": ["'self'"],
            "script-src": ["'self'", *scripts],
            "style-src": ["'self'", *styles],
            "img-src": ["'self'", "data:", "blob:", tiles],
            "font-src": ["'self'", "data:"],
            # The service worker fetches map tiles itself (sw.js runs under this policy too).
            "connect-src": ["'self'", tiles],
            "worker-src": ["'self'"],
            "manifest-src": ["'self'"],
            "media-src": ["'self'", "blob:"],
            "object-src": ["'none'"],
            "base-uri": ["'self'"],
            # Payment forms return to one of the platform's origins (PUBLIC_URL, CORS_ORIGINS).
            "form-action": ["'self'", *extra_origins],
            "frame-ancestors": ["'none'"],
        }
    )


def map_settings_markup(settings: Any) -> str:
    """<meta> tags the driver app reads for its map (MAP_TILE_URL, MAP_TILE_ATTRIBUTION)."""
    url = escape(settings.map_tile_url, quote=True)
    attribution = escape(settings.map_tile_attribution, quote=True)
    return (
        f'<meta name="plagsini-map-tiles" content="{url}" />'
        f'<meta name="plagsini-map-attribution" content="{attribution}" />'
    )


def _server_pages() -> list[str]:
    """HTML pages the server renders itself from templates with inline blocks (the sandbox payment
    gateway's checkout page): their fixed <style>/<script> blocks are allowed by hash."""
    try:
        from api import http as api_http
    except ImportError:  # pragma: no cover - a node without the API
        return []
    template = getattr(api_http, "SANDBOX_PAGE", None)
    if not isinstance(template, str):
        return []
    return [template.replace("{{", "{").replace("}}", "}")]  # str.format escapes


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return None


# ---------------------------------------------------------------- the middleware


class WebSecurity:
    """ASGI middleware: client address, security headers, CORS for /graphql, /metrics access."""

    def __init__(self, app: ASGIApp, platform: Any) -> None:
        self.app = app
        self.platform = platform
        settings = platform.settings
        self.settings = settings
        self.networks = trusted_networks(settings.trusted_proxies)
        own = public_origin(settings.public_url)
        self.cors_origins = frozenset([*parse_origins(settings.cors_origins), *([own] if own else [])])
        shipped = (
            Path(settings.admin_spa_dir) / "index.html",
            Path(settings.admin_spa_dir) / "graphiql.html",
            Path(settings.driver_pwa_dir) / "index.html",
        )
        pages = [html for path in shipped if (html := _read(path)) is not None]
        pages += _server_pages()
        csp = content_security_policy(settings, pages, sorted(self.cors_origins))
        headers: list[tuple[bytes, bytes]] = [
            (b"content-security-policy", csp.encode()),
            (b"x-content-type-options", b"nosniff"),
            (b"x-frame-options", b"DENY"),
            (b"referrer-policy", REFERRER_POLICY.encode()),
        ]
        if urlsplit(settings.public_url).scheme == "https":
            headers.append((b"strict-transport-security", f"max-age={HSTS_MAX_AGE}".encode()))
        self.headers = headers

    # -- per-request pieces ------------------------------------------------------------------------

    def _resolve_client(self, scope: Scope) -> None:
        client = scope.get("client")
        peer = client[0] if client else None
        scope["plagsini.peer"] = client
        if not self.networks or peer is None:
            return
        resolved = client_address(
            peer,
            _header_values(scope, b"x-forwarded-for"),
            next(iter(_header_values(scope, b"x-real-ip")), None),
            self.networks,
        )
        if resolved != peer:
            scope["client"] = (resolved, 0)
            proto = next(iter(_header_values(scope, b"x-forwarded-proto")), "").strip().lower()
            if proto in ("http", "https"):
                if scope["type"] == "websocket":
                    scope["scheme"] = "wss" if proto == "https" else "ws"
                else:
                    scope["scheme"] = proto

    def _on_metrics_listener(self, scope: Scope) -> bool:
        listener = self.platform.metrics_listener
        server = scope.get("server")
        return bool(listener and server and server[1] == listener[1])

    def _metrics_refusal(self, scope: Scope) -> tuple[int, str, list[tuple[bytes, bytes]]] | None:
        s = self.settings
        if not self._on_metrics_listener(scope):
            if s.metrics_port is not None:
                return 404, "Not Found", []
            if s.metrics_token is None and s.is_production:
                return 404, "Not Found", []
        if s.metrics_token is not None:
            given = b""
            for value in _header_values(scope, b"authorization"):
                if value[:7].lower() == "bearer ":
                    given = value[7:].strip().encode()
            if not hmac.compare_digest(given, s.metrics_token.encode()):
                return 401, "A bearer token is required.", [(b"www-authenticate", b'Bearer realm="metrics"')]
        return None

    # -- ASGI ----------------------------------------------------------------------------------------

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        kind = scope["type"]
        if kind not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        self._resolve_client(scope)
        if kind == "websocket":
            await self.app(scope, receive, self._wrap_send(send, scope, None))
            return

        path = scope.get("path", "")
        cors: list[tuple[bytes, bytes]] | None = None
        if path == "/graphql":
            origin = next(iter(_header_values(scope, b"origin")), None)
            if origin is not None:
                allowed = origin in self.cors_origins
                cors = [(b"vary", b"Origin")]
                if allowed:
                    cors.append((b"access-control-allow-origin", origin.encode("latin-1")))
                request_method = next(iter(_header_values(scope, b"access-control-request-method")), None)
                if scope["method"] == "OPTIONS" and request_method is not None:
                    await self._preflight(scope, send, allowed, request_method, cors)
                    return

        if self._on_metrics_listener(scope) and path != "/metrics":
            await self._plain(scope, send, 404, "Not Found", [])
            return
        if path == "/metrics":
            refusal = self._metrics_refusal(scope)
            if refusal is not None:
                await self._plain(scope, send, *refusal)
                return

        await self.app(scope, receive, self._wrap_send(send, scope, cors))

    async def _preflight(
        self,
        scope: Scope,
        send: Send,
        allowed: bool,
        method: str,
        cors: list[tuple[bytes, bytes]],
    ) -> None:
        requested = {
            h.strip().lower()
            for line in _header_values(scope, b"access-control-request-headers")
            for h in line.split(",")
            if h.strip()
        }
        if not allowed or method.strip().upper() not in CORS_METHODS or not requested <= set(CORS_HEADERS):
            refused = "This cross-origin request is not allowed."
            await self._plain(scope, send, 403, refused, [(b"vary", b"Origin")])
            return
        headers = [
            *cors,
            (b"access-control-allow-methods", ", ".join(CORS_METHODS).encode()),
            (b"access-control-allow-headers", ", ".join(CORS_HEADERS).encode()),
            (b"access-control-max-age", str(CORS_MAX_AGE).encode()),
        ]
        await self._wrap_send(send, scope, None)(
            {"type": "http.response.start", "status": 204, "headers": headers}
        )
        await send({"type": "http.response.body", "body": b""})

    async def _plain(
        self, scope: Scope, send: Send, status: int, text: str, extra: list[tuple[bytes, bytes]]
    ) -> None:
        body = (text + "\n").encode()
        headers = [
            (b"content-type", b"text/plain; charset=utf-8"),
            (b"content-length", str(len(body)).encode()),
            *extra,
        ]
        await self._wrap_send(send, scope, None)(
            {"type": "http.response.start", "status": status, "headers": headers}
        )
        await send({"type": "http.response.body", "body": body})

    def _wrap_send(self, send: Send, scope: Scope, cors: list[tuple[bytes, bytes]] | None) -> Send:
        async def wrapped(message: Message) -> None:
            if message["type"] in ("http.response.start", "websocket.http.response.start"):
                headers = list(message.get("headers") or [])
                present = {k.lower() for k, _ in headers}
                for name, value in self.headers:
                    if name not in present:
                        headers.append((name, value))
                for name, value in cors or ():
                    if name == b"vary" and b"vary" in present:
                        headers = [(k, v + b", " + value if k.lower() == b"vary" else v) for k, v in headers]
                        continue
                    headers.append((name, value))
                message = {**message, "headers": headers}
            await send(message)

        return wrapped
