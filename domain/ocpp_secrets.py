"""Secrets that travel in OCPP frames, and how they are masked before anything is stored or shown.

The one list of what counts as a secret:

- configuration keys (OCPP 1.6 KeyValue `key`/`value`, 2.0.1 variables) named in `SECRET_NAMES`, or
  whose name contains one of `SECRET_NAME_PARTS` (vendor keys such as `WifiPassword`);
- object fields with those names anywhere in a payload (2.0.1 `basicAuthPassword`, `apnPassword`,
  a VPN profile's `password` and `key`);
- the password of a URL with credentials (`ftp://user:password@host/...` in UpdateFirmware and
  GetDiagnostics locations).

Values are replaced by `MASK` when they are written (the message log, the configuration cache, the
command history), so the database never holds them in clear; what is shown comes from there.
"""

from __future__ import annotations

import json
import re
from typing import Any

MASK = "********"

#: Configuration keys / variables / fields that hold a secret (compared case-insensitively:
#: OCPP CiStrings are case-insensitive).
SECRET_NAMES = frozenset(
    {
        "authorizationkey",  # 1.6 security whitepaper: HTTP Basic password of profiles 1 and 2
        "basicauthpassword",  # 2.0.1 SecurityCtrlr.BasicAuthPassword, NetworkConnectionProfile
        "apnpassword",  # 2.0.1 APN of a network connection profile
        "password",
        "passwd",
        "privatekey",
        "secret",
    }
)
#: Parts of a key's name that make it a secret (vendor configuration keys).
SECRET_NAME_PARTS = ("password", "passwd", "secret", "authorizationkey", "privatekey", "psk")

#: A quick test a frame must pass before it is parsed for masking (its lower-cased text contains one
#: of these: a secret's name, or "://" of a URL that may carry credentials). Frames without any
#: (nearly all) are stored as they are. Substring tests: a regular expression alternation costs
#: about a hundred times more per frame.
_MARKERS = ("password", "passwd", "secret", "authorizationkey", "privatekey", "psk")
_URL_CREDENTIALS = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*://[^/:@\s]*:)([^/@\s]*)@")


def is_secret_name(name: Any) -> bool:
    if not isinstance(name, str):
        return False
    lowered = name.lower()
    return lowered in SECRET_NAMES or any(part in lowered for part in SECRET_NAME_PARTS)


def mask_value(key: Any, value: Any) -> Any:
    """The value to store for configuration key `key`: MASK when the key holds a secret."""
    if value is None or not is_secret_name(key):
        return value
    return MASK


def _mask_url(value: str) -> str:
    return _URL_CREDENTIALS.sub(lambda m: m.group(1) + MASK + "@", value)


def mask(data: Any, *, _vpn: bool = False) -> Any:
    """A copy of an OCPP payload (any JSON value) with every secret masked."""
    if isinstance(data, dict):
        out: dict[str, Any] = {}
        for k, v in data.items():
            if isinstance(v, str | int | float) and not isinstance(v, bool) and is_secret_name(k):
                out[k] = MASK
            elif _vpn and k == "key" and isinstance(v, str):
                out[k] = MASK  # a VPN profile's shared key
            else:
                out[k] = mask(v, _vpn=k == "vpn")
        # 1.6 KeyValue {key, value} (GetConfiguration answers, ChangeConfiguration requests).
        if "key" in out and "value" in out and is_secret_name(out["key"]) and out["value"] is not None:
            out["value"] = MASK
        # 2.0.1 SetVariableData / GetVariableResult: {variable: {name}, attributeValue}.
        variable = out.get("variable")
        if (
            isinstance(variable, dict)
            and is_secret_name(variable.get("name"))
            and out.get("attributeValue") is not None
        ):
            out["attributeValue"] = MASK
        return out
    if isinstance(data, list):
        return [mask(v) for v in data]
    if isinstance(data, str) and "://" in data and "@" in data:
        return _mask_url(data)
    return data


#: Actions whose frames carry no secret in either direction (their OCPP 1.6 schemas have no field
#: that could hold one): the bulk of the traffic, not scanned.
NO_SECRETS = frozenset(
    {"Heartbeat", "MeterValues", "StatusNotification", "StartTransaction", "StopTransaction", "Authorize"}
)


def may_hold_secret(text: str) -> bool:
    lowered = text.lower()
    if "://" in lowered and "@" in lowered:
        return True
    return any(marker in lowered for marker in _MARKERS)


def mask_frame(raw: str, action: str | None = None) -> str:
    """An OCPP-J frame's text with every secret masked (the frame itself when it holds none).
    `action`: the frame's action when known (frames of NO_SECRETS actions are not scanned).

    A frame that names a secret but cannot be parsed is not kept: its text is replaced by a note."""
    if action in NO_SECRETS or not may_hold_secret(raw):
        return raw
    try:
        data = json.loads(raw)
    except ValueError:
        return "(unparseable frame not stored: it names a secret)"
    masked = mask(data)
    if masked == data:
        return raw
    return json.dumps(masked, separators=(",", ":"), ensure_ascii=False)
