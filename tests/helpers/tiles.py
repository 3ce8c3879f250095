"""A local map tile server for browser tests (the machine has no internet): every
`/{z}/{x}/{y}.png` is the same pale tile with a grid, so a map is visibly drawn and no tile request
fails (a failed one is a console error)."""

from __future__ import annotations

import contextlib
import io
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


def _tile_png() -> bytes:
    """A 256 px map tile: pale ground with a grid, so the map is visibly drawn."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (256, 256), (232, 238, 228))
    draw = ImageDraw.Draw(img)
    for i in range(0, 256, 64):
        draw.line([(i, 0), (i, 255)], fill=(205, 212, 200))
        draw.line([(0, i), (255, i)], fill=(205, 212, 200))
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


@contextlib.contextmanager
def tile_server() -> Iterator[str]:
    """Serve tiles on a free loopback port; yields the Leaflet URL template (MAP_TILE_URL)."""
    tile = _tile_png()

    class Tiles(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the http.server API
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(len(tile)))
            self.send_header("Access-Control-Allow-Origin", "*")
            self.end_headers()
            self.wfile.write(tile)

        def log_message(self, *_: Any) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Tiles)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/{{z}}/{{x}}/{{y}}.png"
    finally:
        httpd.shutdown()
        httpd.server_close()
