"""Timestamps from the outside world (chargers, payment gateways) as aware UTC datetimes, and back."""

from __future__ import annotations

import datetime as dt


def parse_timestamp(value: str) -> dt.datetime:
    """An RFC 3339 date-time (OCPP dateTime, a gateway's event time) → aware UTC. Raises ValueError."""
    v = value.strip()
    if v.endswith(("Z", "z")):
        v = v[:-1] + "+00:00"
    t = dt.datetime.fromisoformat(v)
    if t.tzinfo is None:
        t = t.replace(tzinfo=dt.UTC)
    return t.astimezone(dt.UTC)


def format_timestamp(t: dt.datetime) -> str:
    """An instant as OCPP writes it: UTC with "Z" (a naive datetime is taken to be UTC)."""
    if t.tzinfo is None:
        t = t.replace(tzinfo=dt.UTC)
    return t.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")
