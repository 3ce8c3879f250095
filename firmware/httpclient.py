"""A small HTTP/1.1 client over asyncio streams, for diagnostics upload and firmware download."""

from firmware import compat
from firmware.compat import asyncio
from firmware.wsclient import split_url


class HttpError(Exception):
    pass


def parse_http_url(url):
    """-> (secure, host, port, path)"""
    parts = split_url(url, "https", "http")
    if parts is None:
        raise HttpError("unsupported URL " + url)
    return parts


async def request(method, url, body=b"", headers=None, on_chunk=None, timeout=30.0, chunk_size=1024):
    """-> (status, body bytes). With on_chunk, the body is streamed to it and b"" is returned."""
    secure, host, port, path = parse_http_url(url)

    async def _do():
        if secure:
            import ssl

            if compat.IS_MICROPYTHON:
                ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
                ctx.verify_mode = ssl.CERT_NONE
                reader, writer = await asyncio.open_connection(host, port, ssl=ctx)
            else:
                reader, writer = await asyncio.open_connection(
                    host, port, ssl=ssl.create_default_context(), server_hostname=host
                )
        else:
            reader, writer = await asyncio.open_connection(host, port)
        try:
            hdrs = {
                "Host": host if port in (80, 443) else "%s:%d" % (host, port),
                "Connection": "close",
                "User-Agent": "PlagSini-firmware",
            }
            if headers:
                for k in headers:
                    hdrs[k] = headers[k]
            hdrs["Content-Length"] = str(len(body))
            req = "%s %s HTTP/1.1\r\n" % (method, path)
            for k in hdrs:
                req += "%s: %s\r\n" % (k, hdrs[k])
            writer.write(req.encode() + b"\r\n")
            if body:
                writer.write(body)
            await writer.drain()
            line = await reader.readline()
            parts = line.decode().split(" ", 2)
            if len(parts) < 2:
                raise HttpError("bad status line")
            status = int(parts[1])
            length = None
            chunked = False
            while True:
                h = await reader.readline()
                if not h or h in (b"\r\n", b"\n"):
                    break
                k, _, v = h.decode().partition(":")
                k = k.strip().lower()
                if k == "content-length":
                    length = int(v.strip())
                elif k == "transfer-encoding" and "chunked" in v.lower():
                    chunked = True
            out = []

            def emit(data):
                if on_chunk is not None:
                    on_chunk(data)
                else:
                    out.append(data)

            if chunked:
                while True:
                    size = int((await reader.readline()).decode().strip().split(";")[0], 16)
                    if size == 0:
                        break
                    emit(await reader.readexactly(size))
                    await reader.readline()
            elif length is not None:
                left = length
                while left > 0:
                    data = await reader.read(min(chunk_size, left))
                    if not data:
                        raise HttpError("short body")
                    left -= len(data)
                    emit(data)
            else:
                while True:
                    data = await reader.read(chunk_size)
                    if not data:
                        break
                    emit(data)
            return status, b"".join(out)
        finally:
            compat.close_stream(writer)

    return await asyncio.wait_for(_do(), timeout)


def multipart(field, filename, content, content_type="text/plain"):
    """-> (body, content-type header) for a single-file multipart/form-data upload."""
    boundary = "----plagsini" + compat.hexlify(compat.urandom(8))
    head = '--%s\r\nContent-Disposition: form-data; name="%s"; filename="%s"\r\nContent-Type: %s\r\n\r\n' % (
        boundary,
        field,
        filename,
        content_type,
    )
    body = head.encode() + content + ("\r\n--%s--\r\n" % boundary).encode()
    return body, "multipart/form-data; boundary=" + boundary


async def with_retries(retries, interval, attempt, on_error):
    """Await attempt() (True when done) up to retries + 1 times, interval seconds apart; an
    exception is passed to on_error and counts as a failed attempt. -> whether one succeeded."""
    for n in range(retries + 1):
        try:
            if await attempt():
                return True
        except Exception as e:  # noqa: BLE001
            on_error(e)
        if n < retries:
            await asyncio.sleep(interval)
    return False
