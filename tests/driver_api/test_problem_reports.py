"""A driver reports a problem at a charger (category, note, optional photo up to 5 MB sent to a signed
link, its type read from its bytes); the operator lists the charger's cases and closes them; a driver
sees only their own. Against the running platform over HTTP, on SQLite and MariaDB (the photo is a
MEDIUMBLOB there)."""

from __future__ import annotations

import io
from typing import Any

from sqlalchemy import select

from api.relay import encode_id
from db.models import Charger
from tests.e2e.pwa.test_pwa import add_public_charger
from tests.helpers.auth import make_user

REPORT = """mutation($i: ReportProblemInput!) { reportProblem(input: $i) {
  report { id chargePointId connectorId category note status hasPhoto }
  photoUploadUrl errors { code field message } } }"""
MINE = """{ myProblemReports(first: 20) {
  totalCount nodes { id chargePointId category note status resolution } } }"""
OPERATOR = """query($c: ID) { problemReports(chargerId: $c, first: 20) {
  nodes { id chargePointId category note status hasPhoto photoUrl } } }"""
CLOSE = """mutation($i: CloseProblemReportInput!) { closeProblemReport(input: $i) {
  report { id status resolution } errors { code message } } }"""


def png(size: int = 64) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (size, size), (200, 30, 30)).save(out, format="PNG")
    return out.getvalue()


def jpeg_of_size(total: int) -> bytes:
    """A real JPEG padded with a comment-free tail to `total` bytes (type checks read the first bytes)."""
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (32, 32), (0, 120, 200)).save(out, format="JPEG")
    data = out.getvalue()
    return data + b"\0" * (total - len(data))


async def test_report_with_photo_reaches_the_operator_who_closes_it(node: Any) -> None:
    await add_public_charger(node, "CP-PR-1")
    await add_public_charger(node, "CP-PR-2")
    a, a_token = await make_user(node.platform)
    _, b_token = await make_user(node.platform)
    _, admin = await make_user(node.platform, role="admin")

    r = await node.graphql(
        REPORT,
        {
            "i": {
                "chargePointId": "CP-PR-1",
                "category": "CABLE",
                "note": "Cable cut near the plug",
                "withPhoto": True,
            }
        },
        token=a_token,
    )
    payload = r["data"]["reportProblem"]
    assert payload["errors"] == [], payload
    report = payload["report"]
    assert report["status"] == "OPEN" and report["hasPhoto"] is False and report["chargePointId"] == "CP-PR-1"
    link = payload["photoUploadUrl"]
    assert link and link.startswith("/problem-reports/photo/")

    photo = png()
    # Bytes that are not the declared type, or not an image: refused, nothing kept.
    bad = await node.http.put(link, content=photo, headers={"Content-Type": "image/jpeg"})
    assert bad.status_code == 400 and bad.json()["field"] == "photo", bad.text
    bad = await node.http.put(link, content=b"<svg onload=alert(1)>", headers={"Content-Type": "image/png"})
    assert bad.status_code == 400, bad.text
    # A forged signature or another report's link.
    forged = link.replace("sig=", "sig=0")
    assert (
        await node.http.put(forged, content=photo, headers={"Content-Type": "image/png"})
    ).status_code == 403
    ok = await node.http.put(link, content=photo, headers={"Content-Type": "image/png"})
    assert ok.status_code == 200, ok.text
    again = await node.http.put(link, content=photo, headers={"Content-Type": "image/png"})
    assert again.status_code == 400 and again.json()["code"] == "CONFLICT", again.text

    # B reports at another charger; each driver sees only their own.
    r = await node.graphql(
        REPORT, {"i": {"chargePointId": "CP-PR-2", "category": "WONT_START"}}, token=b_token
    )
    assert r["data"]["reportProblem"]["errors"] == [], r
    mine_a = (await node.graphql(MINE, token=a_token))["data"]["myProblemReports"]
    assert [n["id"] for n in mine_a["nodes"]] == [report["id"]] and mine_a["totalCount"] == 1
    mine_b = (await node.graphql(MINE, token=b_token))["data"]["myProblemReports"]
    assert [n["chargePointId"] for n in mine_b["nodes"]] == ["CP-PR-2"]

    # Drivers cannot use the operator's list or close a case.
    denied = await node.graphql(OPERATOR, {"c": None}, token=b_token)
    assert denied["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    denied = await node.graphql(CLOSE, {"i": {"id": report["id"]}}, token=a_token)
    payload_errors = ((denied.get("data") or {}).get("closeProblemReport") or {}).get("errors") or []
    codes = {e["extensions"]["code"] for e in denied.get("errors") or []} | {
        e["code"] for e in payload_errors
    }
    assert codes == {"FORBIDDEN"}, denied

    # The operator lists the charger's cases, with the photo behind a signed link.
    async with node.platform.sessionmaker() as db:
        cid = encode_id(
            "Charger", await db.scalar(select(Charger.id).where(Charger.charge_point_id == "CP-PR-1"))
        )
    cases = (await node.graphql(OPERATOR, {"c": cid}, token=admin))["data"]["problemReports"]["nodes"]
    assert [(c["id"], c["category"], c["note"], c["hasPhoto"]) for c in cases] == [
        (report["id"], "CABLE", "Cable cut near the plug", True)
    ]
    shown = await node.http.get(cases[0]["photoUrl"])
    assert shown.status_code == 200 and shown.content == photo
    assert (
        shown.headers["content-type"] == "image/png" and shown.headers["x-content-type-options"] == "nosniff"
    )
    # The upload link does not show the photo, nor the viewing link take one.
    assert (await node.http.get(link)).status_code == 403
    closed = await node.graphql(
        CLOSE, {"i": {"id": report["id"], "resolution": "Cable replaced"}}, token=admin
    )
    assert closed["data"]["closeProblemReport"]["report"] == {
        "id": report["id"],
        "status": "CLOSED",
        "resolution": "Cable replaced",
    }
    mine_a = (await node.graphql(MINE, token=a_token))["data"]["myProblemReports"]["nodes"]
    assert mine_a[0]["status"] == "CLOSED" and mine_a[0]["resolution"] == "Cable replaced"
    assert a.id


async def test_photo_size_and_bad_reports_are_refused(node: Any) -> None:
    await add_public_charger(node, "CP-PR-3")
    _, token = await make_user(node.platform)

    async def report(**fields: Any) -> dict[str, Any]:
        i = {"chargePointId": "CP-PR-3", "category": "DAMAGED", **fields}
        return dict(await node.graphql(REPORT, {"i": i}, token=token))

    unknown = (await report(chargePointId="NO-SUCH"))["data"]["reportProblem"]["errors"]
    assert unknown[0]["code"] == "NOT_FOUND"
    long_note = (await report(note="x" * 1001))["data"]["reportProblem"]["errors"]
    assert long_note[0]["field"] == "note"
    no_connector = (await report(connectorId=9))["data"]["reportProblem"]["errors"]
    assert no_connector[0]["field"] == "connectorId"
    other_without_note = (await report(category="OTHER"))["data"]["reportProblem"]["errors"]
    assert other_without_note[0]["field"] == "note"

    link = (await report(withPhoto=True))["data"]["reportProblem"]["photoUploadUrl"]
    # Over 5 MB: refused while it arrives (the platform's 1 MiB body limit is raised for this link only).
    too_big = await node.http.put(
        link, content=jpeg_of_size(5 * 1024 * 1024 + 1), headers={"Content-Type": "image/jpeg"}
    )
    assert too_big.status_code == 413, too_big.text
    # Exactly 5 MB is fine.
    ok = await node.http.put(
        link, content=jpeg_of_size(5 * 1024 * 1024), headers={"Content-Type": "image/jpeg"}
    )
    assert ok.status_code == 200, ok.text
    # Elsewhere the 1 MiB limit holds.
    big_graphql = await node.http.post(
        "/graphql", content=b"x" * (2 << 20), headers={"Content-Type": "application/json"}
    )
    assert big_graphql.status_code == 413
