"""N CustomerInformation (OCTT TC_N_27 … TC_N_32, TC_N_62, TC_N_63) on a real WebSocket 2.0.1 station
that checks every frame against the 2.0.1 schemas: the operator asks for one customer's data (by
idToken, customer identifier or certificate) and may clear it; the NotifyCustomerInformation parts
(seqNo, tbc) are put together in seqNo order and shown with the request (`customerInformationRequests`);
admins only, audited without the identifier; a 1.6 charger refuses it."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from sqlalchemy import select

from db.models import Charger
from tests.admin_api.test_audit import entries
from tests.helpers.auth import make_user
from tests.ocpp.conftest import connect
from tests.ocpp201.conftest import BACKENDS, Station201, connect201, server_on
from tests.ocpp201.test_display_messages201 import _setup

ASK = """mutation($input: CustomerInformationInput!) { customerInformation(input: $input) {
  status errors { code message field } } }"""
LIST = """query($id: ID!) { customerInformationRequests(chargerId: $id) { requestId status report clear
  subject idToken customerIdentifier certificateSerialNumber data parts generatedAt completedAt } }"""
CERT = {
    "hashAlgorithm": "SHA256",
    "issuerNameHash": "5f1a4a1b0cd0bbf0b5a0a0a0b0b0c0c0d0d0e0e0f0f0a1a1b1b1c1c1d1d1e1e",
    "issuerKeyHash": "0b0b0c0c0d0d0e0e0f0f0a1a1b1b1c1c1d1d1e1e1f1f2a2a2b2b2c2c2d2d2e2e",
    "serialNumber": "4d2e9a",
}


async def _requests(server: Any, token: str, cid: str) -> list[dict[str, Any]]:
    r = await server.graphql(LIST, {"id": cid}, token=token)
    assert "errors" not in r, r
    return list(r["data"]["customerInformationRequests"])


async def _until(server: Any, token: str, cid: str, done: Any) -> dict[str, Any]:
    async with asyncio.timeout(10):
        while True:
            (first, *_) = await _requests(server, token, cid)
            if done(first):
                return first
            await asyncio.sleep(0.05)


async def _notify(st: Station201, request_id: int, parts: list[tuple[int, str, bool]]) -> None:
    for seq_no, data, tbc in parts:
        payload = {
            "data": data,
            "tbc": tbc,
            "seqNo": seq_no,
            "generatedAt": "2026-12-06T09:00:00Z",
            "requestId": request_id,
        }
        assert await st.call("NotifyCustomerInformation", payload) == {}


@pytest.mark.parametrize("backend", BACKENDS)
async def test_tc_n_27_csms_customer_information_with_data_in_parts(
    server_factory: Any, request: pytest.FixtureRequest, backend: str
) -> None:
    """A report for an idToken: parts arriving out of order are put together by seqNo; the request is
    Receiving until the part with tbc false, then Complete; the audit names the kind, not the token."""
    server = await server_on(server_factory, request, backend)
    key, token, cid = await _setup(server, "CP-N27")
    async with connect201(server.ocpp_url, "CP-N27", key) as st:
        st.answers["CustomerInformation"] = {"status": "Accepted"}
        form = {"chargerId": cid, "report": True, "idToken": "04A1B2C3D4E5F6", "idTokenType": "ISO14443"}
        r = await server.graphql(ASK, {"input": form}, token=token)
        assert r["data"]["customerInformation"] == {"status": "Accepted", "errors": []}, r
        sent = await st.expect("CustomerInformation")
        assert sent == {
            "requestId": sent["requestId"],
            "report": True,
            "clear": False,
            "idToken": {"idToken": "04A1B2C3D4E5F6", "type": "ISO14443"},
        }
        rid = sent["requestId"]
        await _notify(st, rid, [(1, "sessions: 12; last 2026-12-05", True)])
        shown = await _until(server, token, cid, lambda q: q["status"] == "Receiving")
        assert shown["parts"] == 1
        await _notify(st, rid, [(0, "card 04A1B2C3D4E5F6 (driver); ", True), (2, "; cached: yes", False)])
    shown = await _until(server, token, cid, lambda q: q["status"] == "Complete")
    assert shown == {
        "requestId": rid,
        "status": "Complete",
        "report": True,
        "clear": False,
        "subject": "idToken",
        "idToken": "04A1B2C3D4E5F6",
        "customerIdentifier": None,
        "certificateSerialNumber": None,
        "data": "card 04A1B2C3D4E5F6 (driver); sessions: 12; last 2026-12-05; cached: yes",
        "parts": 3,
        "generatedAt": "2026-12-06T09:00:00+00:00",
        "completedAt": shown["completedAt"],
    }
    assert shown["completedAt"] is not None
    (audit,) = await entries(server, token, action="charger.customer_information")
    assert audit["details"] == {"report": True, "clear": False, "subject": "idToken", "outcome": "Accepted"}
    assert "04A1B2C3D4E5F6" not in str(audit)


async def test_tc_n_28_csms_customer_information_no_data(server: Any) -> None:
    """The station has nothing on the customer: one empty part ends the request."""
    key, token, cid = await _setup(server, "CP-N28")
    async with connect201(server.ocpp_url, "CP-N28", key) as st:
        st.answers["CustomerInformation"] = {"status": "Accepted"}
        form = {"chargerId": cid, "customerIdentifier": "cust-8812"}
        r = await server.graphql(ASK, {"input": form}, token=token)
        assert r["data"]["customerInformation"]["status"] == "Accepted", r
        rid = (await st.expect("CustomerInformation"))["requestId"]
        await _notify(st, rid, [(0, "", False)])
    shown = await _until(server, token, cid, lambda q: q["status"] == "Complete")
    assert (shown["subject"], shown["customerIdentifier"], shown["data"]) == (
        "customerIdentifier",
        "cust-8812",
        "",
    )


@pytest.mark.parametrize("answer", ["Rejected", "Invalid"])
async def test_tc_n_29_csms_customer_information_refused(server: Any, answer: str) -> None:
    key, token, cid = await _setup(server, "CP-N29")
    async with connect201(server.ocpp_url, "CP-N29", key) as st:
        st.answers["CustomerInformation"] = {"status": answer}
        form = {"chargerId": cid, "idToken": "TOKEN-29", "idTokenType": "CENTRAL"}
        r = await server.graphql(ASK, {"input": form}, token=token)
        assert r["data"]["customerInformation"]["status"] == answer, r
    (shown,) = await _requests(server, token, cid)
    assert shown["status"] == answer and shown["completedAt"] is not None


@pytest.mark.parametrize(
    ("case", "form", "subject", "parts", "status"),
    [
        # TC_N_30: clear and report, the data before clearing.
        ("TC_N_30", {"idToken": "TOKEN-30", "clear": True}, "idToken", [(0, "tx 3", False)], "Complete"),
        # TC_N_31: clear and report, no data.
        ("TC_N_31", {"idToken": "TOKEN-31", "clear": True}, "idToken", [(0, "", False)], "Complete"),
        # TC_N_32: clear, no report: nothing follows the answer.
        ("TC_N_32", {"idToken": "TOKEN-32", "clear": True, "report": False}, "idToken", [], "Complete"),
        # TC_N_62: clear by customer identifier.
        (
            "TC_N_62",
            {"customerIdentifier": "cust-62", "clear": True, "report": False},
            "customerIdentifier",
            [],
            "Complete",
        ),
        # TC_N_63: clear by customer certificate.
        (
            "TC_N_63",
            {"customerCertificate": CERT, "clear": True, "report": False},
            "customerCertificate",
            [],
            "Complete",
        ),
    ],
)
async def test_tc_n_30_31_32_62_63_csms_clear_customer_information(
    server: Any, case: str, form: dict[str, Any], subject: str, parts: list[Any], status: str
) -> None:
    key, token, cid = await _setup(server, "CP-N30")
    async with connect201(server.ocpp_url, "CP-N30", key) as st:
        st.answers["CustomerInformation"] = {"status": "Accepted"}
        r = await server.graphql(ASK, {"input": {"chargerId": cid, **form}}, token=token)
        assert r["data"]["customerInformation"]["status"] == "Accepted", r
        sent = await st.expect("CustomerInformation")
        assert (sent["clear"], sent["report"]) == (True, form.get("report", True))
        if subject == "customerCertificate":
            assert sent["customerCertificate"] == CERT
        await _notify(st, sent["requestId"], parts)
    shown = await _until(server, token, cid, lambda q: q["status"] == status)
    assert (shown["clear"], shown["subject"], shown["parts"]) == (True, subject, len(parts))
    if subject == "customerCertificate":
        assert shown["certificateSerialNumber"] == CERT["serialNumber"]


@pytest.mark.parametrize(
    ("form", "field"),
    [
        ({}, "idToken"),
        ({"idToken": "T-1", "customerIdentifier": "c-1"}, "idToken"),
        ({"idToken": "T-1", "report": False}, "report"),
        ({"idToken": "T" * 37}, "idToken"),
    ],
)
async def test_bad_customer_information_requests_are_refused_before_anything_is_sent(
    server: Any, form: dict[str, Any], field: str
) -> None:
    key, token, cid = await _setup(server, "CP-NBAD")
    async with connect201(server.ocpp_url, "CP-NBAD", key) as st:
        r = await server.graphql(ASK, {"input": {"chargerId": cid, **form}}, token=token)
        (error,) = r["data"]["customerInformation"]["errors"]
        assert error["code"] in ("INVALID_INPUT", "INVALID_COMMAND"), r
        if error["code"] == "INVALID_INPUT":
            assert error["field"] == field
        got = [st.received.get_nowait()[0] for _ in range(st.received.qsize())]
        assert "CustomerInformation" not in got
    assert await _requests(server, token, cid) == []


async def test_customer_information_is_for_admins_and_2_0_1_stations_only(server: Any) -> None:
    key, token, cid = await _setup(server, "CP-N16")
    _, driver = await make_user(server.platform)
    form = {"chargerId": cid, "idToken": "TOKEN-X"}
    r = await server.graphql(ASK, {"input": form}, token=driver)
    assert r["errors"][0]["extensions"]["code"] == "FORBIDDEN", r
    r = await server.graphql(LIST, {"id": cid}, token=driver)
    assert r["errors"][0]["extensions"]["code"] == "FORBIDDEN", r
    async with connect(server.ocpp_url, "CP-N16", key):
        r = await server.graphql(ASK, {"input": form}, token=token)
        assert r["data"]["customerInformation"]["errors"][0]["code"] == "INVALID_COMMAND", r
    assert await _requests(server, token, cid) == []


async def test_a_part_of_a_request_the_platform_did_not_make_is_answered_and_dropped(server: Any) -> None:
    key, token, cid = await _setup(server, "CP-NX")
    async with connect201(server.ocpp_url, "CP-NX", key) as st:
        await _notify(st, 987654, [(0, "someone else's data", False)])
    assert await _requests(server, token, cid) == []


async def test_tc_n_46_csms_clear_customer_information_then_update_the_local_list(server: Any) -> None:
    """The station accepts clearing a card's data: the card leaves its local list too (a Differential
    SendLocalList with the next version, the entry without idTokenInfo); the list version is kept."""
    key, token, cid = await _setup(server, "CP-N46")
    async with connect201(server.ocpp_url, "CP-N46", key) as st:
        st.answers["CustomerInformation"] = {"status": "Accepted"}
        st.answers["SendLocalList"] = {"status": "Accepted"}
        form = {
            "chargerId": cid,
            "idToken": "TOKEN-46",
            "clear": True,
            "report": False,
            "updateLocalList": True,
        }
        q = ASK.replace("status errors", "status response errors")
        r = await server.graphql(q, {"input": form}, token=token)
        out = r["data"]["customerInformation"]
        assert out["status"] == "Accepted" and out["response"]["localList"] == {
            "status": "Accepted",
            "errors": [],
        }, r
        await st.expect("CustomerInformation")
        sent = await st.expect("SendLocalList")
        assert sent == {
            "versionNumber": 1,
            "updateType": "Differential",
            "localAuthorizationList": [{"idToken": {"idToken": "TOKEN-46", "type": "Central"}}],
        }
        # Refused clearing: the list is left alone.
        st.answers["CustomerInformation"] = {"status": "Rejected"}
        r = await server.graphql(q, {"input": form}, token=token)
        assert r["data"]["customerInformation"]["status"] == "Rejected"
        assert "localList" not in (r["data"]["customerInformation"]["response"] or {})
    async with server.platform.sessionmaker() as s:
        c = await s.scalar(select(Charger).where(Charger.charge_point_id == "CP-N46"))
        assert c is not None and c.local_list_version == 1
