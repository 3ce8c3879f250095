"""L Firmware for OCPP 2.0.1: the console's UpdateFirmware (requestId = the firmware job, signed
firmware's certificate and signature) and FirmwareStatusNotification onto the platform's firmware
states; a staged fleet rollout over a mixed fleet (a 1.6 charger and 2.0.1 stations). Driven by real
WebSocket stations that check every frame against the schemas of their version."""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

import pytest
from ocpp.v16 import call
from sqlalchemy import select

from api.relay import encode_id
from db.models import Charger, FirmwareJob
from tests.helpers.auth import make_user
from tests.ocpp.conftest import connect, register
from tests.ocpp201.conftest import Station201, connect201

UPDATE = """mutation($input: UpdateFirmwareInput!) { updateFirmware(input: $input) {
  status firmwareJob { id status history { status } } errors { code message field } } }"""
JOBS = """query($id: ID) { firmwareJobs(chargerId: $id) { id status history { status } } }"""
CERT = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIU\n-----END CERTIFICATE-----\n"
SIGNATURE = "MEUCIQDx3Yl6b0w9c1y2QZ3vJ8sK1mP0s0f7r6d9q4p2n3l1kAIgdWl2dGhvdXRzaWduYXR1cmU="


async def _charger_id(server: Any, cpid: str) -> int:
    async with server.platform.sessionmaker() as s:
        c = await s.scalar(select(Charger).where(Charger.charge_point_id == cpid))
        assert c is not None
        return c.id


async def _job(server: Any, charger_id: int) -> FirmwareJob:
    async with server.platform.sessionmaker() as s:
        job = await s.scalar(
            select(FirmwareJob).where(FirmwareJob.charger_id == charger_id).order_by(FirmwareJob.id.desc())
        )
        assert job is not None
        return job


async def _status(st: Station201, request_id: int | None, *statuses: str) -> None:
    for status in statuses:
        payload: dict[str, Any] = {"status": status}
        if request_id is not None:
            payload["requestId"] = request_id
        assert await st.call("FirmwareStatusNotification", payload) == {}


def _form(cid: str, **extra: Any) -> dict[str, Any]:
    return {
        "chargerId": cid,
        "location": "https://fw.example/v3.bin",
        "retrieveDate": "2026-01-01T00:00:00Z",
        "retries": 2,
        "retryInterval": 30,
        **extra,
    }


async def test_tc_l_01_csms_signed_firmware_installed(server: Any) -> None:
    """The console's UpdateFirmware with the signing certificate and signature reaches the station with
    the firmware job's id as requestId; each status moves the job (the station's own words in its
    history) up to Installed."""
    key = await register(server.platform, "CP-FW1")
    _, token = await make_user(server.platform, role="admin")
    pk = await _charger_id(server, "CP-FW1")
    async with connect201(server.ocpp_url, "CP-FW1", key) as st:
        st.answers["UpdateFirmware"] = {"status": "Accepted"}
        r = await server.graphql(
            UPDATE,
            {"input": _form(encode_id("Charger", pk), signingCertificate=CERT, signature=SIGNATURE)},
            token=token,
        )
        out = r["data"]["updateFirmware"]
        assert out["errors"] == [] and out["status"] == "Accepted", r
        sent = await st.expect("UpdateFirmware")
        job = await _job(server, pk)
        assert sent == {
            "requestId": job.id,
            "firmware": {
                "location": "https://fw.example/v3.bin",
                "retrieveDateTime": "2026-01-01T00:00:00Z",
                "signingCertificate": CERT,
                "signature": SIGNATURE,
            },
            "retries": 2,
            "retryInterval": 30,
        }
        await _status(st, job.id, "Downloading", "Downloaded", "SignatureVerified", "Installing")
        assert (await _job(server, pk)).status == "Installing"
        await _status(st, job.id, "InstallRebooting", "Installed")
        await _status(st, None, "Idle")
    r = await server.graphql(JOBS, {"id": encode_id("Charger", pk)}, token=token)
    (shown,) = r["data"]["firmwareJobs"]
    assert shown["status"] == "Installed"
    assert [h["status"] for h in shown["history"]] == [
        "Accepted",
        "Downloading",
        "Downloaded",
        "SignatureVerified",
        "Installing",
        "InstallRebooting",
        "Installed",
        "Idle",
    ]


@pytest.mark.parametrize(
    ("case", "answer", "statuses", "final"),
    [
        ("TC_L_04", "RevokedCertificate", [], "Failed"),
        ("TC_L_05", "InvalidCertificate", [], "Failed"),
        ("TC_L_06", "Accepted", ["Downloading", "Downloaded", "InvalidSignature"], "InstallationFailed"),
        ("TC_L_07", "Accepted", ["Downloading", "DownloadFailed"], "DownloadFailed"),
        (
            "TC_L_08",
            "Accepted",
            ["Downloading", "Downloaded", "InstallVerificationFailed"],
            "InstallationFailed",
        ),
        (
            "TC_L_09",
            "Accepted",
            ["Downloading", "Downloaded", "Installing", "InstallationFailed"],
            "InstallationFailed",
        ),
        ("TC_L_02", "Accepted", ["Downloading", "Downloaded", "InstallScheduled"], "Downloaded"),
        ("TC_L_03", "Accepted", ["DownloadScheduled"], "Accepted"),
    ],
)
async def test_tc_l_02_to_l_09_csms_refusals_failures_and_schedules(
    server: Any, case: str, answer: str, statuses: list[str], final: str
) -> None:
    key = await register(server.platform, "CP-FWX")
    _, token = await make_user(server.platform, role="admin")
    pk = await _charger_id(server, "CP-FWX")
    async with connect201(server.ocpp_url, "CP-FWX", key) as st:
        st.answers["UpdateFirmware"] = {"status": answer}
        r = await server.graphql(
            UPDATE,
            {"input": _form(encode_id("Charger", pk), signingCertificate=CERT, signature=SIGNATURE)},
            token=token,
        )
        assert r["data"]["updateFirmware"]["status"] == answer, (case, r)
        sent = await st.expect("UpdateFirmware")
        await _status(st, sent["requestId"], *statuses)
    job = await _job(server, pk)
    assert job.status == final, case
    assert [h["status"] for h in job.status_history][-1] == (statuses or [answer])[-1]


async def test_tc_l_10_csms_a_second_update_cancels_the_first(server: Any) -> None:
    """AcceptedCanceled: the station dropped the running update for the new one; each job follows its
    own requestId (a late status of the first does not move the second)."""
    key = await register(server.platform, "CP-FWC")
    _, token = await make_user(server.platform, role="admin")
    pk = await _charger_id(server, "CP-FWC")
    cid = encode_id("Charger", pk)
    async with connect201(server.ocpp_url, "CP-FWC", key) as st:
        st.answers["UpdateFirmware"] = {"status": "Accepted"}
        await server.graphql(UPDATE, {"input": _form(cid)}, token=token)
        first = await st.expect("UpdateFirmware")
        await _status(st, first["requestId"], "Downloading")
        st.answers["UpdateFirmware"] = {"status": "AcceptedCanceled"}
        r = await server.graphql(
            UPDATE, {"input": _form(cid, location="https://fw.example/v4.bin")}, token=token
        )
        assert r["data"]["updateFirmware"]["status"] == "AcceptedCanceled"
        second = await st.expect("UpdateFirmware")
        assert second["requestId"] != first["requestId"]
        await _status(st, first["requestId"], "DownloadFailed")
        await _status(st, second["requestId"], "Downloading")
    async with server.platform.sessionmaker() as s:
        jobs = {j.id: j.status for j in (await s.scalars(select(FirmwareJob))).all()}
    assert jobs == {first["requestId"]: "DownloadFailed", second["requestId"]: "Downloading"}


async def test_signed_firmware_without_its_certificate_is_refused_for_a_1_6_charger(server: Any) -> None:
    """A 1.6 charger gets signed firmware as SignedUpdateFirmware (`tests/ocpp/test_signed_firmware16.py`),
    which needs the signing certificate too."""
    key = await register(server.platform, "CP-FW16")
    _, token = await make_user(server.platform, role="admin")
    pk = await _charger_id(server, "CP-FW16")
    async with connect(server.ocpp_url, "CP-FW16", key):
        r = await server.graphql(
            UPDATE, {"input": _form(encode_id("Charger", pk), signature=SIGNATURE)}, token=token
        )
        error = r["data"]["updateFirmware"]["errors"][0]
        assert (error["code"], error["field"]) == ("INVALID_INPUT", "signingCertificate"), r
    async with server.platform.sessionmaker() as s:
        assert (await s.scalars(select(FirmwareJob))).all() == []  # nothing prepared


START = """mutation($i: StartFleetJobInput!) { startFleetJob(input: $i) {
  fleetJob { id } errors { code field message } } }"""
JOB = """query($id: ID!) { fleetJob(id: $id) { status stage
  targets { chargePointId stage status error firmwareHistory } } }"""


async def _wait_job(server: Any, token: str, job_id: str, done: Any) -> dict[str, Any]:
    async with asyncio.timeout(30):
        while True:
            r = await server.graphql(JOB, {"id": job_id}, token=token)
            job = r["data"]["fleetJob"]
            if done(job):
                return dict(job)
            await asyncio.sleep(0.1)


async def start_rollout(server: Any, token: str, payload: dict[str, Any], ids: list[Any]) -> str:
    """A fleet UpdateFirmware in stages of one charger, each next stage once the last is done."""
    i = {
        "action": "UPDATE_FIRMWARE",
        "payload": payload,
        "chargerIds": ids,
        "stageSize": 1,
        "autoContinue": True,
    }
    r = await server.graphql(START, {"i": i}, token=token)
    assert r["data"]["startFleetJob"]["errors"] == [], r
    return str(r["data"]["startFleetJob"]["fleetJob"]["id"])


async def test_staged_firmware_rollout_over_a_mixed_fleet(server: Any) -> None:
    """A fleet UpdateFirmware, first stage a 2.0.1 station: its Installed starts the second stage, a
    1.6 charger and another 2.0.1 station; a 2.0.1 refusal is the target's rejection."""
    _, token = await make_user(server.platform, role="admin")
    names = ["MIX-1", "MIX-2", "MIX-3"]
    keys = {n: await register(server.platform, n) for n in names}
    ids = [encode_id("Charger", await _charger_id(server, n)) for n in names]
    async with contextlib.AsyncExitStack() as stack:
        first = await stack.enter_async_context(connect201(server.ocpp_url, "MIX-1", keys["MIX-1"]))
        old = await stack.enter_async_context(connect(server.ocpp_url, "MIX-2", keys["MIX-2"]))
        third = await stack.enter_async_context(connect201(server.ocpp_url, "MIX-3", keys["MIX-3"]))
        first.answers["UpdateFirmware"] = {"status": "Accepted"}
        third.answers["UpdateFirmware"] = {"status": "Rejected"}
        payload = {"location": "https://fw.example/v5.bin", "retrieveDate": "2026-01-01T00:00:00Z"}
        job_id = await start_rollout(server, token, payload, ids)
        sent = await first.expect("UpdateFirmware")
        assert sent["firmware"]["location"] == payload["location"]
        await _wait_job(server, token, job_id, lambda j: j["targets"][0]["status"] == "accepted")
        await _status(first, sent["requestId"], "Downloading", "Downloaded", "Installing", "InstallRebooting")
        job = await _wait_job(server, token, job_id, lambda j: j["targets"][0]["status"] == "installing")
        assert [t["status"] for t in job["targets"][1:]] == ["pending", "pending"]
        await _status(first, sent["requestId"], "Installed")
        assert (await old.expect("UpdateFirmware"))["location"] == payload["location"]
        await third.expect("UpdateFirmware")
        for status in ("Downloading", "Downloaded", "Installing", "Installed"):
            await old.call(call.FirmwareStatusNotification(status=status), suppress=False)
        job = await _wait_job(server, token, job_id, lambda j: j["status"] not in ("running", "pending"))
    by_cp = {t["chargePointId"]: t for t in job["targets"]}
    assert [by_cp[n]["stage"] for n in names] == [1, 2, 2]
    assert [by_cp[n]["status"] for n in names] == ["installed", "installed", "rejected"]
    assert [h["status"] for h in by_cp["MIX-1"]["firmwareHistory"]] == [
        "Accepted",
        "Downloading",
        "Downloaded",
        "Installing",
        "InstallRebooting",
        "Installed",
    ]


async def test_update_firmware_install_date_time(server: Any) -> None:
    """The operator's install time goes as firmware.installDateTime; the station downloads, reports
    InstallScheduled (the job waits as Downloaded) and installs at that time."""
    key = await register(server.platform, "CP-FWI")
    _, token = await make_user(server.platform, role="admin")
    pk = await _charger_id(server, "CP-FWI")
    async with connect201(server.ocpp_url, "CP-FWI", key) as st:
        st.answers["UpdateFirmware"] = {"status": "Accepted"}
        form = _form(encode_id("Charger", pk), installDate="2026-01-03T02:00:00Z")
        r = await server.graphql(UPDATE, {"input": form}, token=token)
        assert r["data"]["updateFirmware"]["status"] == "Accepted", r
        sent = await st.expect("UpdateFirmware")
        assert sent["firmware"] == {
            "location": "https://fw.example/v3.bin",
            "retrieveDateTime": "2026-01-01T00:00:00Z",
            "installDateTime": "2026-01-03T02:00:00Z",
        }
        await _status(st, sent["requestId"], "Downloading", "Downloaded", "InstallScheduled")
        assert (await _job(server, pk)).status == "Downloaded"
        await _status(st, sent["requestId"], "Installing", "Installed")
    job = await _job(server, pk)
    assert job.status == "Installed"
    assert [h["status"] for h in job.status_history][-3:] == ["InstallScheduled", "Installing", "Installed"]
    bad = _form(encode_id("Charger", pk), installDate="not a time")
    r = await server.graphql(UPDATE, {"input": bad}, token=token)
    assert "errors" in r  # a DateTime the API itself refuses
