"""A stand-in for a real payment gateway (none can run here): it signs webhook bodies the way the
sandbox gateway's contract says and delivers them over HTTP, in the order it is told.

Run as a separate process: ``python -m tests.money.fake_gateway WEBHOOK_URL SECRET < plan.json``
where the plan is a JSON list of deliveries ``{"id", "state", "reference", "amount_sen", "currency",
"created", "sequence"?}``; it prints one JSON line per delivery: ``{"id", "http", "status"}``.
The same module builds the bodies for the in-process tests.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import sys
from typing import Any

SIGNATURE_HEADER = "x-plagsini-signature"


def body(delivery: dict[str, Any]) -> bytes:
    event: dict[str, Any] = {
        "id": delivery["id"],
        "type": f"payment.{delivery['state']}",
        "data": {
            "reference": delivery["reference"],
            "amount_sen": delivery["amount_sen"],
            "currency": delivery.get("currency", "MYR"),
        },
        "created": delivery["created"],
    }
    if delivery.get("sequence") is not None:
        event["sequence"] = delivery["sequence"]
    return json.dumps(event, separators=(",", ":"), sort_keys=True).encode()


def sign(secret: str, raw: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), raw, hashlib.sha256).hexdigest()


def main() -> None:
    import httpx

    url, secret = sys.argv[1], sys.argv[2]
    plan = json.load(sys.stdin)
    with httpx.Client(timeout=30) as client:
        for delivery in plan:
            raw = body(delivery)
            r = client.post(
                url,
                content=raw,
                headers={SIGNATURE_HEADER: sign(secret, raw), "content-type": "application/json"},
            )
            status = (
                r.json().get("status")
                if r.headers.get("content-type", "").startswith("application/json")
                else None
            )
            print(json.dumps({"id": delivery["id"], "http": r.status_code, "status": status}), flush=True)


if __name__ == "__main__":
    main()
