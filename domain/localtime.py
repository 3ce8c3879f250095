"""Times and quantities as a person reads them: in the platform's time zone (`TIME_ZONE`), and
quantities without trailing zeros ("1 session", "12.345 kWh", "RM 0.80/kWh", "8%").

Instants are stored in UTC (naive datetimes from the database are UTC); receipts, mails and CSV
exports show them here, with the zone's offset so no reader has to guess.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from decimal import Decimal
from functools import lru_cache
from typing import Any

from domain.money import format_rate_sen

DEFAULT_TIME_ZONE = "Asia/Kuala_Lumpur"


@lru_cache(maxsize=16)
def zone(name: str) -> zoneinfo.ZoneInfo:
    """The time zone called `name` (an IANA name); ValueError naming it when there is none."""
    unknown = ValueError(f"unknown time zone {name!r} (expected an IANA name such as {DEFAULT_TIME_ZONE})")
    if not name or name != name.strip() or len(name) > 64:
        raise unknown
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        raise unknown from None


def local(when: dt.datetime, tz: str) -> dt.datetime:
    """`when` (aware, or naive UTC as the database keeps it) in the zone `tz`."""
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone(zone(tz))


def offset_text(when: dt.datetime) -> str:
    """'UTC+08:00' for an aware datetime."""
    off = when.utcoffset() or dt.timedelta(0)
    sign = "-" if off < dt.timedelta(0) else "+"
    minutes = abs(int(off.total_seconds())) // 60
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


#: Month names of the languages whose dates are written with the month as a word (Bahasa Malaysia).
MONTHS = {
    "ms": ("Jan", "Feb", "Mac", "Apr", "Mei", "Jun", "Jul", "Ogo", "Sep", "Okt", "Nov", "Dis"),
}


def format_local(
    when: dt.datetime | None, tz: str, *, seconds: bool = False, locale: str | None = None
) -> str:
    """A person's reading of an instant in `locale` ('-' for none): '2026-12-05 22:03 (UTC+08:00)' in
    English (and any other language), '5 Dis 2026 22:03 (UTC+08:00)' in Bahasa Malaysia,
    '2026年12月5日 22:03 (UTC+08:00)' in Chinese."""
    if when is None:
        return "-"
    t = local(when, tz)
    clock = t.strftime("%H:%M:%S" if seconds else "%H:%M")
    if locale in MONTHS:
        day = f"{t.day} {MONTHS[locale][t.month - 1]} {t.year}"
    elif locale == "zh":
        day = f"{t.year}年{t.month}月{t.day}日"
    else:
        day = t.strftime("%Y-%m-%d")
    return f"{day} {clock} ({offset_text(t)})"


def iso_local(when: dt.datetime | None, tz: str) -> str:
    """ISO 8601 with the zone's offset ('2026-12-05T22:03:00+08:00'), for CSV files; '' for none."""
    if when is None:
        return ""
    return local(when, tz).isoformat(timespec="seconds")


def plain_number(value: Decimal | int | str, *, max_places: int = 3) -> str:
    """A number without trailing zeros, rounded to at most `max_places` decimals: '1', '12.345', '0.5'."""
    d = Decimal(str(value)).quantize(Decimal(1).scaleb(-max_places))
    text = f"{d:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def quantity_text(line: dict[str, Any], currency: str) -> str:
    """The quantity of one receipt line (its JSON form) as a person writes it.

    Energy and time lines with a unit price read '12.345 kWh × RM 0.80/kWh'; a session fee '1 session';
    the tax line its rate as a percentage ('8%'); a fixed adjustment (no unit) nothing."""
    unit = str(line.get("unit") or "")
    raw = line.get("quantity")
    if raw in (None, ""):
        return ""
    qty = Decimal(str(raw))
    if unit == "rate":
        return f"{plain_number(qty * 100, max_places=2)}%"
    if unit == "":
        return ""
    if unit == "session":
        n = plain_number(qty, max_places=0)
        return f"{n} session" if n == "1" else f"{n} sessions"
    text = f"{plain_number(qty)} {unit}"
    price = line.get("unit_price_sen")
    if price not in (None, ""):
        text += f" × {format_rate_sen(Decimal(str(price)), currency)}/{unit}"
    return text
