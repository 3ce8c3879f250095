"""The front ends' files: precompressed variants, cache headers and the index.html fallback.

The front-end builds write a brotli (`.br`) and a gzip (`.gz`) copy next to every compressible file
(`scripts/compress_assets.mjs`). A request whose `Accept-Encoding` takes one of them gets that copy
with `Content-Encoding` and the original file's `Content-Type`; every answer for a file that has
such copies says `Vary: Accept-Encoding`, so caches keep the variants apart.

Caching: files under `assets/` carry a content hash in their name (Vite), so they are
`public, max-age=31536000, immutable`; everything else (index.html, the service worker, the
manifest, icons) is `no-cache`: a browser keeps it but revalidates it (ETag / Last-Modified) first.
"""

from __future__ import annotations

import gzip
import mimetypes
import os
from pathlib import Path
from typing import Any

from starlette.datastructures import Headers
from starlette.responses import FileResponse, HTMLResponse, Response
from starlette.staticfiles import NotModifiedResponse, StaticFiles

IMMUTABLE = "public, max-age=31536000, immutable"
REVALIDATE = "no-cache"
#: Precompressed variants, in the order the server prefers them, with their file suffix.
ENCODINGS = (("br", ".br"), ("gzip", ".gz"))


def accepted_encodings(header: str) -> set[str]:
    """The content codings an `Accept-Encoding` header accepts (q > 0; `*` stands for any)."""
    accepted: set[str] = set()
    refused: set[str] = set()
    for item in header.split(","):
        name, _, params = item.strip().partition(";")
        name = name.strip().lower()
        if not name:
            continue
        q = 1.0
        for param in params.split(";"):
            key, _, value = param.strip().partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        (accepted if q > 0 else refused).add(name)
    if "*" in accepted:
        accepted |= {e for e, _ in ENCODINGS} - refused
    return accepted - refused


def cache_control(path: str) -> str:
    """`assets/...` (hashed names) is immutable; anything else is revalidated."""
    return IMMUTABLE if path.replace(os.sep, "/").startswith("assets/") else REVALIDATE


class SpaFiles(StaticFiles):
    """Static files with a fallback to index.html so client-side routes survive a reload; `head` is
    markup added to index.html's <head> (settings the app reads at start, e.g. the map tiles)."""

    def __init__(self, *, head: str = "", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.head = head
        self._index: tuple[bytes, bytes] | None = None  # (page, gzipped page)

    def _index_response(self, scope: Any, status_code: int) -> Response:
        if self._index is None:
            assert self.directory is not None
            page = (Path(self.directory) / "index.html").read_text(encoding="utf-8")
            body = page.replace("</head>", self.head + "</head>", 1).encode()
            self._index = (body, gzip.compress(body, 9, mtime=0))
        headers = {"Cache-Control": REVALIDATE, "Vary": "Accept-Encoding"}
        body = self._index[0]
        if "gzip" in accepted_encodings(Headers(scope=scope).get("accept-encoding", "")):
            body = self._index[1]
            headers["Content-Encoding"] = "gzip"
        return HTMLResponse(body, status_code=status_code, headers=headers)

    def _is_index(self, full_path: Any) -> bool:
        return self.directory is not None and (
            Path(full_path).resolve() == (Path(self.directory) / "index.html").resolve()
        )

    def file_response(self, full_path: Any, stat_result: Any, scope: Any, status_code: int = 200) -> Response:
        if self.head and self._is_index(full_path):
            return self._index_response(scope, status_code)
        request_headers = Headers(scope=scope)
        relative = os.path.relpath(full_path, self.directory) if self.directory is not None else ""
        headers = {"Cache-Control": cache_control(relative)}
        path, media_type = full_path, None
        present = [(enc, f"{full_path}{suffix}") for enc, suffix in ENCODINGS]
        present = [(enc, variant) for enc, variant in present if os.path.isfile(variant)]
        if present:
            headers["Vary"] = "Accept-Encoding"
            accepted = accepted_encodings(request_headers.get("accept-encoding", ""))
            chosen = next(((enc, variant) for enc, variant in present if enc in accepted), None)
            if chosen is not None:
                headers["Content-Encoding"], path = chosen
                media_type = mimetypes.guess_type(str(full_path))[0]
                stat_result = os.stat(path)
        response = FileResponse(
            path, status_code=status_code, headers=headers, media_type=media_type, stat_result=stat_result
        )
        if self.is_not_modified(response.headers, request_headers):
            return NotModifiedResponse(response.headers)
        return response

    async def get_response(self, path: str, scope: Any) -> Response:
        try:
            response = await super().get_response(path, scope)
        except Exception as exc:  # starlette raises HTTPException(404) for missing files
            if getattr(exc, "status_code", None) != 404:
                raise
            response = Response(status_code=404)
        if response.status_code == 404 and "." not in path.rsplit("/", 1)[-1]:
            return await super().get_response("index.html", scope)
        return response
