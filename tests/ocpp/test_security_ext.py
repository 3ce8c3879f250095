"""The OCPP 1.6 security extension ("Improved security for OCPP 1.6-J"), OCTT TC_074-TC_079: the
platform's charger CA signs a charger's CSR (TC_074, and the charger then connects with that
certificate on profile 3), root certificates installed, listed and deleted (TC_075, TC_076), security
events stored and alerting (TC_077, TC_078), a security log uploaded (TC_079).

The charger is a real WebSocket 1.6 charger (`tests/ocpp/conftest.py`); here every CALL it receives and
every answer it gives is also checked against the OCPP 1.6 JSON schemas (`Checked16`), and what it
sends is checked by the `ocpp` library."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import json
import os
import ssl
from collections.abc import AsyncIterator
from functools import cache
from pathlib import Path
from typing import Any

import ocpp
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID
from jsonschema import Draft4Validator
from ocpp.v16 import call
from sqlalchemy import select

from db.models import Fault
from domain.charger_pki import ChargerCA
from tests.helpers.auth import make_user
from tests.helpers.tls import self_signed
from tests.ocpp.conftest import SimCharger, connect, register
from tests.ocpp.test_operations import cid, op

SCHEMAS_16 = os.path.join(os.path.dirname(ocpp.__file__), "v16", "schemas")


@cache
def _schema16(name: str) -> Draft4Validator:
    with open(os.path.join(SCHEMAS_16, name + ".json"), encoding="utf-8-sig") as f:
        return Draft4Validator(json.load(f))


def check16(action: str, payload: Any, response: bool = False) -> None:
    errors = list(_schema16(action + ("Response" if response else "")).iter_errors(payload))
    assert not errors, (
        f"{action}{' answer' if response else ''} fails the OCPP 1.6 schema: {errors[0].message}"
    )


def checked(cp: SimCharger) -> SimCharger:
    """Check every CALL the charger receives and every answer it gives against the 1.6 schemas."""
    answers = cp.answers
    problems: list[str] = []

    class Checking(dict[str, Any]):
        def get(self, action: str, default: Any = None) -> Any:
            answer = answers.get(action, default)

            def run(a: str, payload: dict[str, Any]) -> Any:
                try:
                    check16(a, payload)
                    out = answer(a, payload) if callable(answer) else answer
                    if isinstance(out, dict):
                        check16(a, out, response=True)
                except AssertionError as e:
                    problems.append(str(e))
                    raise
                return out

            return run

    cp.answers = Checking()  # type: ignore[assignment]
    cp.answers_by_action = answers  # type: ignore[attr-defined]
    cp.problems = problems  # type: ignore[attr-defined]
    return cp


@contextlib.asynccontextmanager
async def connect_checked(*args: Any, **kw: Any) -> AsyncIterator[SimCharger]:
    """`connect`, with every CALL received and answer given checked against the 1.6 schemas."""
    async with connect(*args, **kw) as cp:
        yield checked(cp)
        assert not cp.problems, cp.problems  # type: ignore[attr-defined]


def csr_for(cn: str, key: Any = None) -> tuple[str, Any]:
    """A CSR for `cn` (an EC P-256 key unless given) and its key."""
    key = key or ec.generate_private_key(ec.SECP256R1())
    csr = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(
            x509.Name(
                [
                    x509.NameAttribute(NameOID.COMMON_NAME, cn),
                    x509.NameAttribute(NameOID.ORGANIZATION_NAME, "CPO"),
                ]
            )
        )
        .sign(key, hashes.SHA256())
    )
    return csr.public_bytes(serialization.Encoding.PEM).decode(), key


SECURITY = """query($c: ID!) { chargerSecurity(chargerId: $c) {
  events { type occurredAt techInfo critical alert }
  certificates { source certificateType hashAlgorithm issuerNameHash issuerKeyHash serialNumber subject
                 notAfter expiresSoon }
  logRequests { requestId logType location fileName status history { status } } } }"""


async def security_of(server: Any, token: str, charger: str) -> dict[str, Any]:
    r = await server.graphql(SECURITY, {"c": charger}, token=token)
    assert "errors" not in r, r
    return dict(r["data"]["chargerSecurity"])


async def wait_for(check: Any, timeout: float = 10) -> Any:
    """Poll an async condition until it returns something truthy (the platform writes after answering)."""
    async with asyncio.timeout(timeout):
        while True:
            got = await check()
            if got:
                return got
            await asyncio.sleep(0.05)


@pytest.fixture
async def admin(server: Any) -> str:
    _, token = await make_user(server.platform, role="admin")
    return token


# ------------------------------------------------------------------- TC_074 with profile 3 after it


def make_ca_files(directory: Path) -> dict[str, Path]:
    """The charger CA given by the settings (ca.pem, ca.key), and the server's own TLS certificate
    (srv.pem, srv.key)."""
    cert_pem, key_pem = ChargerCA.generate(organization="Test CPO")
    (directory / "ca.pem").write_text(cert_pem)
    (directory / "ca.key").write_text(key_pem)
    self_signed(directory, "localhost", name="srv")
    return {f.name: f for f in directory.iterdir()}


@pytest.fixture
def ca_files(tmp_path: Path) -> dict[str, Path]:
    return make_ca_files(tmp_path)


async def test_tc_074_sign_certificate_then_connect_with_it_on_profile_3(
    server_factory: Any, ca_files: dict[str, Path], tmp_path: Path
) -> None:
    srv = await server_factory(
        ocpp_tls_cert=ca_files["srv.pem"],
        ocpp_tls_key=ca_files["srv.key"],
        ocpp_tls_ca=ca_files["ca.pem"],  # profile 3 accepts certificates of the charger CA
        ocpp_tls_port=0,
        charger_ca_cert=ca_files["ca.pem"],
        charger_ca_key=ca_files["ca.key"],
    )
    tls_url = f"wss://localhost:{srv.platform.ocpp.tls_port}"
    server_ctx = ssl.create_default_context(cafile=str(ca_files["srv.pem"]))
    _, admin = await make_user(srv.platform, role="admin")
    key = await register(srv.platform, "CP-SEC", profile=2)
    charger = await cid(srv, "CP-SEC")
    csr, private_key = csr_for("CP-SEC")
    async with connect_checked(tls_url, "CP-SEC", key, ssl=server_ctx) as cp:
        signed: list[str] = []

        def certificate_signed(action: str, payload: dict[str, Any]) -> dict[str, Any]:
            signed.append(payload["certificateChain"])
            return {"status": "Accepted"}

        cp.answers_by_action["ExtendedTriggerMessage"] = {"status": "Accepted"}  # type: ignore[attr-defined]
        cp.answers_by_action["CertificateSigned"] = certificate_signed  # type: ignore[attr-defined]
        out = await op(
            srv,
            admin,
            "extendedTriggerMessage",
            {"chargerId": charger, "requestedMessage": "SIGN_CHARGE_POINT_CERTIFICATE"},
        )
        assert out["status"] == "Accepted", out
        assert await cp.expect("ExtendedTriggerMessage") == {"requestedMessage": "SignChargePointCertificate"}
        answer = await cp.call(call.SignCertificate(csr=csr), suppress=False)
        assert answer.status == "Accepted"
        chain = (await cp.expect("CertificateSigned"))["certificateChain"]
    certs = x509.load_pem_x509_certificates(chain.encode())
    ca = x509.load_pem_x509_certificate(ca_files["ca.pem"].read_bytes())
    leaf = certs[0]  # leaf first, then the CA
    assert leaf.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "CP-SEC"
    assert leaf.issuer == ca.subject and certs[-1] == ca
    leaf.verify_directly_issued_by(ca)
    assert leaf.public_key() == private_key.public_key()
    # Kept for the expiry warnings, once the charger accepted it.
    shown = await wait_for(
        lambda: _signed_certificates(srv, admin, charger),
    )
    assert shown[0]["serialNumber"] == format(leaf.serial_number, "x")
    assert dt.datetime.fromisoformat(shown[0]["notAfter"]) == leaf.not_valid_after_utc
    assert shown[0]["expiresSoon"] is False

    # The operator moves the charger to profile 3; it connects with the certificate it was given.
    r = await srv.graphql(
        "mutation($i: UpdateChargerInput!) { updateCharger(input: $i) { errors { code } } }",
        {"i": {"id": charger, "securityProfile": 3}},
        token=admin,
    )
    assert r["data"]["updateCharger"]["errors"] == [], r
    (tmp_path / "cp.pem").write_text(chain)
    (tmp_path / "cp.key").write_bytes(
        private_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    client = ssl.create_default_context(cafile=str(ca_files["srv.pem"]))
    client.load_cert_chain(str(tmp_path / "cp.pem"), str(tmp_path / "cp.key"))
    async with connect(tls_url, "CP-SEC", ssl=client) as cp:
        assert (await cp.call(call.Heartbeat(), suppress=False)).current_time


async def _signed_certificates(server: Any, admin: str, charger: str) -> list[dict[str, Any]]:
    return [c for c in (await security_of(server, admin, charger))["certificates"] if c["source"] == "signed"]


async def test_tc_074_bad_csrs_are_rejected_and_recorded(server: Any, admin: str) -> None:
    """A CSR for another charger, with a small key, or not a CSR at all: Rejected, nothing sent, each
    recorded as a security event of the charger with the reason."""
    key = await register(server.platform, "CP-CSR")
    charger = await cid(server, "CP-CSR")
    async with connect_checked(server.ocpp_url, "CP-CSR", key) as cp:
        for csr in (
            csr_for("CP-OTHER")[0],
            csr_for("CP-CSR", rsa.generate_private_key(public_exponent=65537, key_size=1024))[0],
            "-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n-----END CERTIFICATE REQUEST-----\n",
        ):
            assert (await cp.call(call.SignCertificate(csr=csr), suppress=False)).status == "Rejected"
        cp.answers_by_action["CertificateSigned"] = {"status": "Rejected"}  # type: ignore[attr-defined]
        good = (await cp.call(call.SignCertificate(csr=csr_for("CP-CSR")[0]), suppress=False)).status
        assert good == "Accepted"
        await cp.expect("CertificateSigned")  # refused by the charger: not kept
    events = (await security_of(server, admin, charger))["events"]
    refused = [e for e in events if e["type"] == "CsrRefusedByCentralSystem"]
    assert [e["techInfo"] for e in reversed(refused)] == [
        "CN 'CP-OTHER' is not the charge point id",
        "RSA key of 1024 bits (at least 2048)",
        "not a PEM certificate signing request",
    ]
    assert await _signed_certificates(server, admin, charger) == []


# ------------------------------------------------------------------ TC_075, TC_076: certificates

ROOT_PEM, _ = ChargerCA.generate(organization="Root Maker")


@pytest.mark.parametrize(
    ("case", "use"),
    [("tc_075_1", "MANUFACTURER_ROOT_CERTIFICATE"), ("tc_075_2", "CENTRAL_SYSTEM_ROOT_CERTIFICATE")],
)
async def test_tc_075_install_certificate(server: Any, admin: str, case: str, use: str) -> None:
    key = await register(server.platform, "CP-INST")
    charger = await cid(server, "CP-INST")
    async with connect_checked(server.ocpp_url, "CP-INST", key) as cp:
        cp.answers_by_action["InstallCertificate"] = {"status": "Accepted"}  # type: ignore[attr-defined]
        out = await op(
            server,
            admin,
            "installCertificate",
            {"chargerId": charger, "certificateType": use, "certificate": ROOT_PEM},
        )
        assert out["status"] == "Accepted", out
        sent = await cp.expect("InstallCertificate")
        assert sent["certificate"] == ROOT_PEM
        # Not a certificate: a typed error, nothing sent.
        bad = await op(
            server,
            admin,
            "installCertificate",
            {"chargerId": charger, "certificateType": use, "certificate": "x"},
        )
        assert [e["code"] for e in bad["errors"]] == ["INVALID_INPUT"]
        assert cp.received.empty()
    installed = [
        c for c in (await security_of(server, admin, charger))["certificates"] if c["source"] == "installed"
    ]
    root = x509.load_pem_x509_certificate(ROOT_PEM.encode())
    assert [(c["certificateType"], c["serialNumber"]) for c in installed] == [
        (sent["certificateType"], format(root.serial_number, "x"))
    ]


async def test_tc_076_get_installed_certificate_ids_and_delete_certificate(server: Any, admin: str) -> None:
    key = await register(server.platform, "CP-DEL")
    charger = await cid(server, "CP-DEL")
    ids = [
        {
            "hashAlgorithm": "SHA256",
            "issuerNameHash": f"{n}" * 64,
            "issuerKeyHash": f"{n}" * 64,
            "serialNumber": f"0{n}",
        }
        for n in (1, 2)
    ]
    async with connect_checked(server.ocpp_url, "CP-DEL", key) as cp:
        answers = cp.answers_by_action  # type: ignore[attr-defined]
        answers["GetInstalledCertificateIds"] = {"status": "Accepted", "certificateHashData": ids}
        out = await op(
            server,
            admin,
            "getInstalledCertificateIds",
            {"chargerId": charger, "certificateType": "CENTRAL_SYSTEM_ROOT_CERTIFICATE"},
        )
        assert out["status"] == "Accepted" and out["response"]["certificateHashData"] == ids
        assert await cp.expect("GetInstalledCertificateIds") == {
            "certificateType": "CentralSystemRootCertificate"
        }
        stored = (await security_of(server, admin, charger))["certificates"]
        assert sorted(c["serialNumber"] for c in stored) == ["01", "02"]

        answers["DeleteCertificate"] = {"status": "Accepted"}
        hash_data = {
            "hashAlgorithm": "SHA256",
            "issuerNameHash": ids[0]["issuerNameHash"],
            "issuerKeyHash": ids[0]["issuerKeyHash"],
            "serialNumber": "01",
        }
        out = await op(
            server, admin, "deleteCertificate", {"chargerId": charger, "certificateHashData": hash_data}
        )
        assert out["status"] == "Accepted"
        assert await cp.expect("DeleteCertificate") == {"certificateHashData": hash_data}
        stored = (await security_of(server, admin, charger))["certificates"]
        assert [c["serialNumber"] for c in stored] == ["02"]

        answers["DeleteCertificate"] = {"status": "Failed"}
        hash_data["serialNumber"] = "02"
        out = await op(
            server, admin, "deleteCertificate", {"chargerId": charger, "certificateHashData": hash_data}
        )
        assert out["status"] == "Failed"
        assert [c["serialNumber"] for c in (await security_of(server, admin, charger))["certificates"]] == [
            "02"
        ]

        answers["GetInstalledCertificateIds"] = {"status": "NotFound"}
        out = await op(
            server,
            admin,
            "getInstalledCertificateIds",
            {"chargerId": charger, "certificateType": "CENTRAL_SYSTEM_ROOT_CERTIFICATE"},
        )
        assert out["status"] == "NotFound"
        assert (await security_of(server, admin, charger))["certificates"] == []


# ------------------------------------------------------------- TC_077, TC_078: security events


async def test_tc_077_078_security_events_are_stored_and_alert(server: Any, admin: str) -> None:
    key = await register(server.platform, "CP-EV")
    charger = await cid(server, "CP-EV")
    async with connect(server.ocpp_url, "CP-EV", key) as cp:
        for kind, info in (
            ("StartupOfTheDevice", None),
            ("InvalidChargePointCertificate", "certificate rejected by the central system"),  # TC_077
            ("InvalidCentralSystemCertificate", "server certificate not trusted"),  # TC_078
        ):
            sent = call.SecurityEventNotification(type=kind, timestamp="2026-12-06T07:00:00Z", tech_info=info)
            assert await cp.call(sent, suppress=False) is not None
    events = (await security_of(server, admin, charger))["events"]
    assert [(e["type"], e["techInfo"], e["critical"], e["alert"]) for e in events] == [
        ("InvalidCentralSystemCertificate", "server certificate not trusted", False, True),
        ("InvalidChargePointCertificate", "certificate rejected by the central system", False, True),
        ("StartupOfTheDevice", None, True, False),
    ]
    assert all(e["occurredAt"].startswith("2026-12-06T07:00:00") for e in events)
    # The first alerting one opened a fault of the charger; while it is open the others are listed
    # with the events, not opened again (no flood of alerts from one charger).
    async with server.platform.sessionmaker() as s:
        faults = (await s.execute(select(Fault.error_code, Fault.info, Fault.status))).all()
    assert faults == [("SecurityEvent", "InvalidChargePointCertificate", "open")]


# ------------------------------------------------------------------------ TC_079: security log


BACKENDS = ["sqlite", pytest.param("mariadb", marks=pytest.mark.mariadb)]


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("answer", ["Accepted", "Rejected"])
async def test_tc_079_get_security_log(
    server_factory: Any, request: pytest.FixtureRequest, backend: str, answer: str
) -> None:
    db = {"database_url": request.getfixturevalue("migrated_mariadb_url")} if backend == "mariadb" else {}
    server = await server_factory(**db)
    _, admin = await make_user(server.platform, role="admin")
    key = await register(server.platform, "CP-LOG")
    charger = await cid(server, "CP-LOG")
    url = "https://logs.example.com/upload"
    async with connect_checked(server.ocpp_url, "CP-LOG", key) as cp:
        cp.answers_by_action["GetLog"] = {"status": answer, "filename": "security.log"}  # type: ignore[attr-defined]
        out = await op(
            server,
            admin,
            "getLog",
            {"chargerId": charger, "logType": "SECURITY_LOG", "remoteLocation": url, "retries": 1},
        )
        assert out["status"] == answer, out
        sent = await cp.expect("GetLog")
        assert sent["logType"] == "SecurityLog" and sent["log"] == {"remoteLocation": url}
        request_id = sent["requestId"]
        if answer == "Accepted":
            for status in ("Uploading", "Uploaded"):
                await cp.call(
                    call.LogStatusNotification(status=status, request_id=request_id), suppress=False
                )
    logs = (await security_of(server, admin, charger))["logRequests"]
    assert len(logs) == 1 and logs[0]["requestId"] == request_id
    assert (logs[0]["logType"], logs[0]["location"]) == ("SecurityLog", url)
    if answer == "Accepted":
        assert logs[0]["status"] == "Uploaded" and logs[0]["fileName"] == "security.log"
        assert [h["status"] for h in logs[0]["history"]] == ["Accepted", "Uploading", "Uploaded"]
    else:
        assert logs[0]["status"] == "Rejected"


@pytest.mark.parametrize("backend", BACKENDS)
async def test_certificates_ending_soon_are_listed_newest_per_charger(
    server_factory: Any, request: pytest.FixtureRequest, backend: str
) -> None:
    """Only each charger's newest certificate from the CA counts, and only when it ends within
    CHARGER_CERT_WARNING_DAYS: a charger that renewed is no longer listed."""
    db = {"database_url": request.getfixturevalue("migrated_mariadb_url")} if backend == "mariadb" else {}
    server = await server_factory(charger_cert_days=20, charger_cert_warning_days=30, **db)
    _, admin = await make_user(server.platform, role="admin")
    query = "{ expiringChargerCertificates { chargePointId serialNumber notAfter } }"

    async def listed() -> list[str]:
        r = await server.graphql(query, token=admin)
        assert "errors" not in r, r
        return [e["chargePointId"] for e in r["data"]["expiringChargerCertificates"]]

    async def sign(cpid: str, key: str) -> None:
        charger = await cid(server, cpid)
        before = len(await _signed_certificates(server, admin, charger))
        async with connect_checked(server.ocpp_url, cpid, key) as cp:
            cp.answers_by_action["CertificateSigned"] = {"status": "Accepted"}  # type: ignore[attr-defined]
            assert (
                await cp.call(call.SignCertificate(csr=csr_for(cpid)[0]), suppress=False)
            ).status == "Accepted"
            await cp.expect("CertificateSigned")
            await wait_for(lambda: _more_signed(server, admin, charger, before))

    keys = {cpid: await register(server.platform, cpid) for cpid in ("CP-EXP1", "CP-EXP2")}
    for cpid, key in keys.items():
        await sign(cpid, key)
    assert await listed() == ["CP-EXP1", "CP-EXP2"]  # soonest first
    # CP-EXP1 renews with a certificate valid a year: it is no longer listed.
    server.platform.settings.charger_cert_days = 365
    await sign("CP-EXP1", keys["CP-EXP1"])
    assert await listed() == ["CP-EXP2"]


async def _more_signed(server: Any, admin: str, charger: str, before: int) -> bool:
    return len(await _signed_certificates(server, admin, charger)) > before


async def test_a_flooding_charger_keeps_only_its_newest_security_events(
    server: Any, admin: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from domain import charger_security

    monkeypatch.setattr(charger_security, "MAX_EVENTS_PER_CHARGER", 5)
    key = await register(server.platform, "CP-FLOOD")
    charger = await cid(server, "CP-FLOOD")
    async with connect(server.ocpp_url, "CP-FLOOD", key) as cp:
        for n in range(8):
            sent = call.SecurityEventNotification(
                type="InvalidMessages", timestamp="2026-12-06T07:00:00Z", tech_info=f"frame {n}"
            )
            await cp.call(sent, suppress=False)
    events = (await security_of(server, admin, charger))["events"]
    assert [e["techInfo"] for e in events] == [f"frame {n}" for n in (7, 6, 5, 4, 3)]
