"""Shims between MicroPython and CPython.

Everything that differs between the two runtimes (time, files, randomness, base64, queues)
lives here, so the rest of the firmware is written once for the common subset.
"""

import sys

try:
    import asyncio
except ImportError:  # pragma: no cover - very old MicroPython
    import uasyncio as asyncio  # type: ignore[no-redef]  # noqa: F401

import binascii
import hashlib
import json
import os
import random
import time

IS_MICROPYTHON = sys.implementation.name == "micropython"

# --- time ---------------------------------------------------------------------------------------

if IS_MICROPYTHON:
    ticks_ms = time.ticks_ms
    ticks_diff = time.ticks_diff
    ticks_add = time.ticks_add
else:
    _T0 = time.monotonic()

    def ticks_ms():
        return int((time.monotonic() - _T0) * 1000)

    def ticks_diff(a, b):
        return a - b

    def ticks_add(a, b):
        return a + b


# Ports whose epoch is 2000-01-01 (older ESP32 builds) report gmtime(0) as year 2000.
_EPOCH_OFFSET = 0 if time.gmtime(0)[0] == 1970 else 946684800
# Offset learned from the central system (BootNotification.conf currentTime / Heartbeat.conf).
_clock_offset = 0.0


def unix_time():
    """Seconds since 1970-01-01 UTC (float), corrected by the server clock when known."""
    return time.time() + _EPOCH_OFFSET + _clock_offset


def set_unix_time(t):
    """Align the wall clock to the central system's time (seconds since 1970)."""
    global _clock_offset
    _clock_offset = t - (time.time() + _EPOCH_OFFSET)


def _days_from_civil(y, m, d):
    y = y - 1 if m <= 2 else y
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    mp = (m + 9) % 12
    doy = (153 * mp + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _civil_from_days(z):
    z += 719468
    era = (z if z >= 0 else z - 146096) // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return (y + 1 if m <= 2 else y), m, d


def iso_from_unix(t):
    """ISO 8601 UTC string with milliseconds, e.g. 2024-05-01T12:00:00.000Z."""
    ms = int(round(t * 1000))
    secs = ms // 1000
    ms = ms % 1000
    days = secs // 86400
    rem = secs % 86400
    y, mo, d = _civil_from_days(days)
    return "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (y, mo, d, rem // 3600, (rem // 60) % 60, rem % 60, ms)


def iso_now():
    return iso_from_unix(unix_time())


def parse_iso(s):
    """Parse an ISO 8601 date-time (Z or +hh:mm offset, optional fraction) to unix seconds."""
    s = s.strip()
    date, _, rest = s.partition("T")
    y, mo, d = [int(x) for x in date.split("-")]
    offset = 0
    if rest.endswith("Z") or rest.endswith("z"):
        rest = rest[:-1]
    else:
        for sign in ("+", "-"):
            idx = rest.rfind(sign)
            if idx > 0:
                hh, _, mm = rest[idx + 1 :].partition(":")
                offset = int(hh) * 3600 + (int(mm) * 60 if mm else 0)
                if sign == "-":
                    offset = -offset
                rest = rest[:idx]
                break
    parts = rest.split(":") if rest else ["0", "0", "0"]
    hh = int(parts[0])
    mi = int(parts[1]) if len(parts) > 1 else 0
    sec = float(parts[2]) if len(parts) > 2 else 0.0
    return _days_from_civil(y, mo, d) * 86400 + hh * 3600 + mi * 60 + sec - offset


async def sleep_ms(ms):
    await asyncio.sleep(ms / 1000)


# --- files --------------------------------------------------------------------------------------


def path_join(*parts):
    out = ""
    for p in parts:
        if not p:
            continue
        if out and not out.endswith("/"):
            out += "/"
        out += p
    return out


def exists(path):
    try:
        os.stat(path)
        return True
    except OSError:
        return False


def makedirs(path):
    cur = ""
    for part in path.split("/"):
        if part == "":
            cur = "/" if cur == "" else cur
            continue
        cur = path_join(cur, part) if cur not in ("", "/") else cur + part
        if not exists(cur):
            try:
                os.mkdir(cur)
            except OSError:
                pass


def listdir(path):
    try:
        return os.listdir(path)
    except OSError:
        return []


def remove(path):
    try:
        os.remove(path)
        return True
    except OSError:
        return False


def rename(src, dst):
    try:
        os.rename(src, dst)
    except OSError:
        # Some filesystems refuse to rename onto an existing file.
        remove(dst)
        os.rename(src, dst)


def file_size(path):
    try:
        return os.stat(path)[6]
    except OSError:
        return 0


def write_text_atomic(path, text):
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        f.write(text)
    rename(tmp, path)


def read_json(path, default=None):
    try:
        with open(path) as f:
            return json.loads(f.read())
    except (OSError, ValueError):
        # A torn write leaves the .tmp file; the previous version is still in place.
        return default


def write_json(path, obj):
    write_text_atomic(path, json.dumps(obj))


# --- bytes, randomness --------------------------------------------------------------------------


def b64encode(data):
    if isinstance(data, str):
        data = data.encode()
    return binascii.b2a_base64(data).strip().decode()


def unhexlify(text):
    return binascii.unhexlify(text)


def sha1(data):
    return hashlib.sha1(data).digest()


def urandom(n):
    try:
        return os.urandom(n)
    except (AttributeError, NotImplementedError):
        return bytes([random.getrandbits(8) for _ in range(n)])


def rand_float():
    """Uniform float in [0, 1)."""
    return random.getrandbits(24) / 16777216


def hexlify(data):
    return binascii.hexlify(data).decode()


def pad(s, width):
    """Left-aligned, truncated to width (MicroPython's str has no ljust)."""
    s = str(s)
    if len(s) >= width:
        return s[:width]
    return s + " " * (width - len(s))


# --- asyncio helpers ----------------------------------------------------------------------------


class Queue:
    """A minimal FIFO queue (MicroPython's asyncio has no Queue)."""

    def __init__(self):
        self._items = []
        self._event = asyncio.Event()

    def put_nowait(self, item):
        self._items.append(item)
        self._event.set()

    async def get(self):
        while not self._items:
            self._event.clear()
            await self._event.wait()
        return self._items.pop(0)

    def empty(self):
        return not self._items

    def qsize(self):
        return len(self._items)


async def wait_event(event, timeout):
    """Wait for an asyncio.Event; return True if set, False on timeout."""
    if event.is_set():
        return True

    async def _w():
        await event.wait()

    try:
        await asyncio.wait_for(_w(), timeout)
        return True
    except asyncio.TimeoutError:
        return False


def close_stream(writer):
    """Close a stream's socket now. MicroPython's Stream.close() does nothing (only wait_closed()
    closes the socket), so a plain close() would leak the socket: on an ESP32 that has a handful of
    lwIP sockets, a few reconnects would use them all up, and the peer never sees the close."""
    if writer is None:
        return
    try:
        if IS_MICROPYTHON:
            sock = getattr(writer, "s", None)
            if sock is not None:
                sock.close()
        else:
            writer.close()
    except Exception:  # noqa: BLE001 - already closed
        pass


def cancel(task):
    if task is not None:
        try:
            task.cancel()
        except Exception:  # noqa: BLE001 - a finished task may refuse
            pass


def log(*args):
    print("[fw]", *args)
