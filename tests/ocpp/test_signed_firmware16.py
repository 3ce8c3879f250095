"""The OCPP 1.6 security extension's signed firmware (OCTT TC_080, TC_081): the operator's firmware
update with a signing certificate and a signature reaches a 1.6 charger as SignedUpdateFirmware (the
firmware job's id as requestId), and its SignedFirmwareStatusNotifications move that job as a 2.0.1
station's FirmwareStatusNotifications do; the console's staged rollout sends it to 1.6 chargers in a
mixed fleet.

Driven by a real WebSocket 1.6 charger: what it sends is checked by the `ocpp` library, every CALL it
receives and every answer it gives against the OCPP 1.6 JSON schemas (`connect_checked`)."""

from __future__ import annotations

import contextlib
from typing import Any

import pytest
from ocpp.v16 import call
from sqlalchemy import select

from db.models import Fault, FirmwareJob
from tests.helpers.auth import make_user
from tests.ocpp.conftest import register
from tests.ocpp.test_operations import cid
from tests.ocpp.test_security_ext import BACKENDS, connect_checked
from tests.ocpp201.conftest import connect201
from tests.ocpp201.test_firmware201 import _wait_job, start_rollout

UPDATE = """mutation($input: UpdateFirmwareInput!) { updateFirmware(input: $input) {
  status firmwareJob { id status history { status } } errors { code message field } } }"""
JOBS = """query($id: ID) { firmwareJobs(chargerId: $id) { id status history { status } } }"""
CERT = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIU\n-----END CERTIFICATE-----\n"
SIGNATURE = "MEUCIQDx3Yl6b0w9c1y2QZ3vJ8sK1mP0s0f7r6d9q4p2n3l1kAIgdWl2dGhvdXRzaWduYXR1cmU="
LOCATION = "https://fw.example/v7.bin"


def _form(charger: str, **extra: Any) -> dict[str, Any]:
    return {
        "chargerId": charger,
        "location": LOCATION,
        "retrieveDate": "2026-01-01T00:00:00Z",
        "retries": 2,
        "retryInterval": 30,
        "signingCertificate": CERT,
        "signature": SIGNATURE,
        **extra,
    }


async def _jobs(server: Any) -> list[FirmwareJob]:
    async with server.platform.sessionmaker() as s:
        return list((await s.scalars(select(FirmwareJob).order_by(FirmwareJob.id))).all())


async def _notify(cp: Any, request_id: int, *statuses: str) -> None:
    for status in statuses:
        answer = await cp.call(
            call.SignedFirmwareStatusNotification(status=status, request_id=request_id), suppress=False
        )
        assert answer is not None


async def _job_shown(server: Any, token: str, charger: str) -> dict[str, Any]:
    r = await server.graphql(JOBS, {"id": charger}, token=token)
    assert "errors" not in r, r
    (job,) = r["data"]["firmwareJobs"]
    return dict(job)


@pytest.mark.parametrize("backend", BACKENDS)
async def test_tc_080_signed_update_firmware_installed(
    server_factory: Any, request: pytest.FixtureRequest, backend: str
) -> None:
    """SignedUpdateFirmware with the certificate, the signature and the install time; the charger's
    statuses up to Installed (SignatureVerified on the way) move the job, its words kept in order."""
    db = {"database_url": request.getfixturevalue("migrated_mariadb_url")} if backend == "mariadb" else {}
    server = await server_factory(**db)
    _, admin = await make_user(server.platform, role="admin")
    key = await register(server.platform, "CP-SFW")
    charger = await cid(server, "CP-SFW")
    async with connect_checked(server.ocpp_url, "CP-SFW", key) as cp:
        cp.answers_by_action["SignedUpdateFirmware"] = {"status": "Accepted"}  # type: ignore[attr-defined]
        r = await server.graphql(
            UPDATE, {"input": _form(charger, installDate="2026-01-02T03:00:00Z")}, token=admin
        )
        out = r["data"]["updateFirmware"]
        assert out["errors"] == [] and out["status"] == "Accepted", r
        sent = await cp.expect("SignedUpdateFirmware")
        (job,) = await _jobs(server)
        assert sent == {
            "requestId": job.id,
            "firmware": {
                "location": LOCATION,
                "retrieveDateTime": "2026-01-01T00:00:00Z",
                "installDateTime": "2026-01-02T03:00:00Z",
                "signingCertificate": CERT,
                "signature": SIGNATURE,
            },
            "retries": 2,
            "retryInterval": 30,
        }
        await _notify(cp, job.id, "Downloading", "Downloaded", "SignatureVerified")
        assert (await _jobs(server))[0].status == "Downloaded"
        await _notify(cp, job.id, "InstallScheduled", "Installing", "InstallRebooting", "Installed")
    shown = await _job_shown(server, admin, charger)
    assert shown["status"] == "Installed"
    assert [h["status"] for h in shown["history"]] == [
        "Accepted",
        "Downloading",
        "Downloaded",
        "SignatureVerified",
        "InstallScheduled",
        "Installing",
        "InstallRebooting",
        "Installed",
    ]


async def test_tc_081_invalid_signature_fails_the_job_and_alerts(server: Any) -> None:
    """The charger finds the signature invalid: SignedFirmwareStatusNotification InvalidSignature
    fails the job (InstallationFailed), and its security event opens a fault."""
    _, admin = await make_user(server.platform, role="admin")
    key = await register(server.platform, "CP-SFX")
    charger = await cid(server, "CP-SFX")
    async with connect_checked(server.ocpp_url, "CP-SFX", key) as cp:
        cp.answers_by_action["SignedUpdateFirmware"] = {"status": "Accepted"}  # type: ignore[attr-defined]
        r = await server.graphql(UPDATE, {"input": _form(charger)}, token=admin)
        assert r["data"]["updateFirmware"]["status"] == "Accepted", r
        sent = await cp.expect("SignedUpdateFirmware")
        assert "installDateTime" not in sent["firmware"]
        await _notify(cp, sent["requestId"], "Downloading", "Downloaded", "InvalidSignature")
        await cp.call(
            call.SecurityEventNotification(
                type="InvalidFirmwareSignature", timestamp="2026-01-01T00:05:00Z", tech_info="bad signature"
            ),
            suppress=False,
        )
    shown = await _job_shown(server, admin, charger)
    assert shown["status"] == "InstallationFailed"
    assert [h["status"] for h in shown["history"]] == [
        "Accepted",
        "Downloading",
        "Downloaded",
        "InvalidSignature",
    ]
    async with server.platform.sessionmaker() as s:
        faults = (await s.scalars(select(Fault))).all()
    assert [f.error_code for f in faults] == ["SecurityEvent"]


@pytest.mark.parametrize("answer", ["InvalidCertificate", "RevokedCertificate", "Rejected"])
async def test_tc_080_charger_refuses_the_signing_certificate(server: Any, answer: str) -> None:
    """The charger refuses the update in its answer: the job fails at once."""
    _, admin = await make_user(server.platform, role="admin")
    key = await register(server.platform, "CP-SFR")
    charger = await cid(server, "CP-SFR")
    async with connect_checked(server.ocpp_url, "CP-SFR", key) as cp:
        cp.answers_by_action["SignedUpdateFirmware"] = {"status": answer}  # type: ignore[attr-defined]
        r = await server.graphql(UPDATE, {"input": _form(charger)}, token=admin)
        out = r["data"]["updateFirmware"]
        assert out["status"] == answer and out["firmwareJob"]["status"] == "Failed", r
    shown = await _job_shown(server, admin, charger)
    assert shown["status"] == "Failed" and [h["status"] for h in shown["history"]] == [answer]


async def test_a_1_6_charger_without_the_extension_fails_the_job(server: Any) -> None:
    """A 1.6 charger that does not know SignedUpdateFirmware answers with a CALLERROR: a clear error,
    and the job is recorded as failed."""
    _, admin = await make_user(server.platform, role="admin")
    key = await register(server.platform, "CP-SFN")
    charger = await cid(server, "CP-SFN")
    async with connect_checked(server.ocpp_url, "CP-SFN", key) as cp:
        cp.answers_by_action["SignedUpdateFirmware"] = ("error", "NotImplemented")  # type: ignore[attr-defined]
        r = await server.graphql(UPDATE, {"input": _form(charger)}, token=admin)
        out = r["data"]["updateFirmware"]
        assert out["errors"] and "NotImplemented" in out["errors"][0]["message"], r
    shown = await _job_shown(server, admin, charger)
    assert shown["status"] == "Failed"


@pytest.mark.parametrize(
    ("extra", "field"),
    [
        ({"signingCertificate": None}, "signingCertificate"),
        ({"signature": None}, "signature"),
        (
            {"signingCertificate": None, "signature": None, "installDate": "2026-01-02T00:00:00Z"},
            "installDate",
        ),
    ],
)
async def test_incomplete_signed_firmware_for_1_6_is_refused_before_anything_is_sent(
    server: Any, extra: dict[str, Any], field: str
) -> None:
    _, admin = await make_user(server.platform, role="admin")
    key = await register(server.platform, "CP-SFI")
    charger = await cid(server, "CP-SFI")
    async with connect_checked(server.ocpp_url, "CP-SFI", key):
        r = await server.graphql(UPDATE, {"input": _form(charger, **extra)}, token=admin)
        (error,) = r["data"]["updateFirmware"]["errors"]
        assert (error["code"], error["field"]) == ("INVALID_INPUT", field), r
    assert await _jobs(server) == []  # nothing prepared


async def test_tc_080_staged_signed_rollout_reaches_1_6_chargers_as_signed_update_firmware(
    server: Any,
) -> None:
    """A staged rollout of signed firmware: a 2.0.1 station first (UpdateFirmware), then a 1.6 charger
    (SignedUpdateFirmware); each one's statuses move its target up to installed."""
    _, admin = await make_user(server.platform, role="admin")
    keys = {n: await register(server.platform, n) for n in ("SMIX-1", "SMIX-2")}
    ids = [await cid(server, n) for n in ("SMIX-1", "SMIX-2")]
    async with contextlib.AsyncExitStack() as stack:
        new = await stack.enter_async_context(connect201(server.ocpp_url, "SMIX-1", keys["SMIX-1"]))
        old = await stack.enter_async_context(connect_checked(server.ocpp_url, "SMIX-2", keys["SMIX-2"]))
        new.answers["UpdateFirmware"] = {"status": "Accepted"}
        old.answers_by_action["SignedUpdateFirmware"] = {"status": "Accepted"}  # type: ignore[attr-defined]
        payload = {
            "location": LOCATION,
            "retrieveDate": "2026-01-01T00:00:00Z",
            "signingCertificate": CERT,
            "signature": SIGNATURE,
        }
        job_id = await start_rollout(server, admin, payload, ids)
        sent201 = await new.expect("UpdateFirmware")
        assert sent201["firmware"]["signature"] == SIGNATURE
        await _wait_job(server, admin, job_id, lambda j: j["targets"][0]["status"] == "accepted")
        for status in ("Downloading", "Downloaded", "SignatureVerified", "Installing", "Installed"):
            assert (
                await new.call(
                    "FirmwareStatusNotification", {"status": status, "requestId": sent201["requestId"]}
                )
                == {}
            )
        sent16 = await old.expect("SignedUpdateFirmware")
        assert sent16["firmware"]["signingCertificate"] == CERT
        await _wait_job(server, admin, job_id, lambda j: j["targets"][1]["status"] == "accepted")
        await _notify(
            old,
            sent16["requestId"],
            "Downloading",
            "Downloaded",
            "SignatureVerified",
            "Installing",
            "Installed",
        )
        job = await _wait_job(server, admin, job_id, lambda j: j["status"] not in ("running", "pending"))
    by_cp = {t["chargePointId"]: t for t in job["targets"]}
    assert [(by_cp[n]["stage"], by_cp[n]["status"]) for n in ("SMIX-1", "SMIX-2")] == [
        (1, "installed"),
        (2, "installed"),
    ]
    assert [h["status"] for h in by_cp["SMIX-2"]["firmwareHistory"]][-2:] == ["Installing", "Installed"]
