"""Security on OCPP 2.0.1 stations, on the same implementation as the 1.6 security extension:
certificate signing by the platform's charger CA (TC_A_11, TC_A_14), root certificates (TC_M_01,
TC_M_02, TC_M_05; TC_M_13, TC_M_18, TC_M_19; TC_M_20, TC_M_21), security events, and GetLog
(TC_N_25, TC_N_34, TC_N_35). The station checks every frame against the 2.0.1 schemas."""

from __future__ import annotations

import ssl
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.x509.oid import NameOID

from domain import chargers
from domain.charger_pki import ChargerCA
from tests.ocpp.conftest import register
from tests.ocpp.test_operations import cid, op
from tests.ocpp.test_security_ext import csr_for, make_ca_files, security_of, wait_for
from tests.ocpp201.conftest import connect201
from tests.ocpp201.test_core201 import _admin

ROOT_PEM, _ = ChargerCA.generate(organization="Root Maker 201")


def _signed(certs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [c for c in certs if c["source"] == "signed"]


@pytest.mark.parametrize("station_answer", ["Accepted", "Rejected"])
async def test_tc_a_11_a_14_csms_trigger_sign_certificate(server: Any, station_answer: str) -> None:
    """TC_A_11: the operator triggers SignChargingStationCertificate, the station sends its CSR, the
    CSMS answers Accepted and then sends CertificateSigned (leaf first, certificateType echoed).
    TC_A_14: the station rejects the certificate: it is not kept as the station's."""
    admin = await _admin(server)
    key = await register(server.platform, "CS-A11")
    charger = await cid(server, "CS-A11")
    async with connect201(server.ocpp_url, "CS-A11", key) as st:
        st.answers["TriggerMessage"] = {"status": "Accepted"}
        st.answers["CertificateSigned"] = {"status": station_answer}
        out = await op(
            server,
            admin,
            "extendedTriggerMessage",
            {"chargerId": charger, "requestedMessage": "SIGN_CHARGE_POINT_CERTIFICATE"},
        )
        assert out["status"] == "Accepted", out
        assert await st.expect("TriggerMessage") == {"requestedMessage": "SignChargingStationCertificate"}
        csr, key_pair = csr_for("CS-A11")
        answer = await st.call(
            "SignCertificate", {"csr": csr, "certificateType": "ChargingStationCertificate"}
        )
        assert answer["status"] == "Accepted"
        sent = await st.expect("CertificateSigned")
        assert sent["certificateType"] == "ChargingStationCertificate"
        leaf = x509.load_pem_x509_certificates(sent["certificateChain"].encode())[0]
        assert leaf.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "CS-A11"
        assert leaf.public_key() == key_pair.public_key()
        leaf.verify_directly_issued_by(server.platform.charger_ca.cert)
        # A V2G certificate is not this CA's to sign: Rejected, and recorded.
        v2g = await st.call("SignCertificate", {"csr": csr, "certificateType": "V2GCertificate"})
        assert v2g["status"] == "Rejected"
    if station_answer == "Accepted":
        shown = await wait_for(lambda: _signed_of(server, admin, charger))
        assert shown[0]["serialNumber"] == format(leaf.serial_number, "x")
    else:
        assert _signed((await security_of(server, admin, charger))["certificates"]) == []
    events = (await security_of(server, admin, charger))["events"]
    assert [(e["type"], e["techInfo"]) for e in events] == [
        ("CsrRefusedByCentralSystem", "V2GCertificate is not signed by this central system")
    ]


async def _signed_of(server: Any, admin: str, charger: str) -> list[dict[str, Any]]:
    return _signed((await security_of(server, admin, charger))["certificates"])


@pytest.mark.parametrize(
    ("case", "use", "sent_use", "answer"),
    [
        ("tc_m_01", "CENTRAL_SYSTEM_ROOT_CERTIFICATE", "CSMSRootCertificate", "Accepted"),
        ("tc_m_02", "MANUFACTURER_ROOT_CERTIFICATE", "ManufacturerRootCertificate", "Accepted"),
        ("tc_m_05", "CENTRAL_SYSTEM_ROOT_CERTIFICATE", "CSMSRootCertificate", "Failed"),
    ],
)
async def test_tc_m_01_m_02_m_05_csms_install_certificate(
    server: Any, case: str, use: str, sent_use: str, answer: str
) -> None:
    admin = await _admin(server)
    key = await register(server.platform, "CS-M01")
    charger = await cid(server, "CS-M01")
    async with connect201(server.ocpp_url, "CS-M01", key) as st:
        st.answers["InstallCertificate"] = {"status": answer}
        out = await op(
            server,
            admin,
            "installCertificate",
            {"chargerId": charger, "certificateType": use, "certificate": ROOT_PEM},
        )
        assert out["status"] == answer, out
        assert await st.expect("InstallCertificate") == {"certificateType": sent_use, "certificate": ROOT_PEM}
    # Kept under the platform's (1.6) name of the use, as for a 1.6 charger.
    installed = (await security_of(server, admin, charger))["certificates"]
    kept_as = {"CSMSRootCertificate": "CentralSystemRootCertificate"}.get(sent_use, sent_use)
    assert [c["certificateType"] for c in installed] == ([kept_as] if answer == "Accepted" else [])


HASHES = [
    {"hashAlgorithm": alg, "issuerNameHash": n * 64, "issuerKeyHash": n * 64, "serialNumber": n * 4}
    for alg, n in (("SHA256", "a"), ("SHA384", "b"), ("SHA512", "c"))
]


async def test_tc_m_13_m_18_m_19_m_20_m_21_csms_installed_certificates(server: Any) -> None:
    """GetInstalledCertificateIds (found: the ids kept; none: NotFound, nothing kept), then
    DeleteCertificate with each hash algorithm the station reported (M20), and its failure (M21)."""
    admin = await _admin(server)
    key = await register(server.platform, "CS-M13")
    charger = await cid(server, "CS-M13")
    async with connect201(server.ocpp_url, "CS-M13", key) as st:
        st.answers["GetInstalledCertificateIds"] = lambda p: {
            "status": "Accepted",
            "certificateHashDataChain": [
                {"certificateType": p["certificateType"][0], "certificateHashData": h} for h in HASHES
            ],
        }
        out = await op(
            server,
            admin,
            "getInstalledCertificateIds",
            {"chargerId": charger, "certificateType": "MANUFACTURER_ROOT_CERTIFICATE"},
        )
        assert out["status"] == "Accepted" and out["response"]["certificateHashData"] == HASHES
        assert await st.expect("GetInstalledCertificateIds") == {
            "certificateType": ["ManufacturerRootCertificate"]
        }
        kept = (await security_of(server, admin, charger))["certificates"]
        assert sorted(c["hashAlgorithm"] for c in kept) == ["SHA256", "SHA384", "SHA512"]

        st.answers["DeleteCertificate"] = {"status": "Accepted"}
        for h in HASHES:  # TC_M_20: each hash algorithm, as reported
            out = await op(
                server, admin, "deleteCertificate", {"chargerId": charger, "certificateHashData": h}
            )
            assert out["status"] == "Accepted"
            assert await st.expect("DeleteCertificate") == {"certificateHashData": h}
        assert (await security_of(server, admin, charger))["certificates"] == []

        st.answers["DeleteCertificate"] = {"status": "Failed"}  # TC_M_21
        out = await op(
            server, admin, "deleteCertificate", {"chargerId": charger, "certificateHashData": HASHES[0]}
        )
        assert out["status"] == "Failed"

        st.answers["GetInstalledCertificateIds"] = {"status": "NotFound"}  # TC_M_19
        out = await op(
            server,
            admin,
            "getInstalledCertificateIds",
            {"chargerId": charger, "certificateType": "CENTRAL_SYSTEM_ROOT_CERTIFICATE"},
        )
        assert out["status"] == "NotFound"
        assert await st.expect("GetInstalledCertificateIds") == {"certificateType": ["CSMSRootCertificate"]}


async def test_security_event_notification_stored(server: Any) -> None:
    admin = await _admin(server)
    key = await register(server.platform, "CS-EV")
    charger = await cid(server, "CS-EV")
    async with connect201(server.ocpp_url, "CS-EV", key) as st:
        await st.call(
            "SecurityEventNotification",
            {
                "type": "TamperDetectionActivated",
                "timestamp": "2026-12-06T07:10:00Z",
                "techInfo": "lid opened",
            },
        )
    events = (await security_of(server, admin, charger))["events"]
    assert [(e["type"], e["techInfo"], e["critical"], e["alert"]) for e in events] == [
        ("TamperDetectionActivated", "lid opened", True, True)
    ]


@pytest.mark.parametrize(
    ("case", "log_type", "answer"),
    [
        ("tc_n_25", "DIAGNOSTICS_LOG", "Accepted"),
        ("tc_n_35", "SECURITY_LOG", "Accepted"),
        ("tc_n_34", "DIAGNOSTICS_LOG", "Rejected"),
    ],
)
async def test_tc_n_25_n_34_n_35_csms_get_log(server: Any, case: str, log_type: str, answer: str) -> None:
    admin = await _admin(server)
    key = await register(server.platform, "CS-N25")
    charger = await cid(server, "CS-N25")
    url = "https://logs.example.com/201"
    async with connect201(server.ocpp_url, "CS-N25", key) as st:
        st.answers["GetLog"] = {"status": answer, "filename": "station.log"}
        out = await op(
            server, admin, "getLog", {"chargerId": charger, "logType": log_type, "remoteLocation": url}
        )
        assert out["status"] == answer, out
        sent = await st.expect("GetLog")
        assert sent["log"] == {"remoteLocation": url}
        if answer == "Accepted":
            for status in ("Uploading", "Uploaded"):
                await st.call("LogStatusNotification", {"status": status, "requestId": sent["requestId"]})
    logs = (await security_of(server, admin, charger))["logRequests"]
    assert [(r["requestId"], r["status"]) for r in logs] == [
        (sent["requestId"], "Uploaded" if answer == "Accepted" else "Rejected")
    ]


async def test_tc_a_11_then_a_07_csms_station_connects_with_its_signed_certificate(
    server_factory: Any, tmp_path: Path
) -> None:
    """A 2.0.1 station on profile 2 gets its certificate signed (TC_A_11), then connects with it on
    profile 3 (TC_A_07: mutual TLS with a valid certificate): OCPP_TLS_CA is the platform's charger CA."""
    ca_files = make_ca_files(tmp_path)
    srv = await server_factory(
        ocpp_tls_cert=ca_files["srv.pem"],
        ocpp_tls_key=ca_files["srv.key"],
        ocpp_tls_ca=ca_files["ca.pem"],
        ocpp_tls_port=0,
        charger_ca_cert=ca_files["ca.pem"],
        charger_ca_key=ca_files["ca.key"],
    )
    tls_url = f"wss://localhost:{srv.platform.ocpp.tls_port}"
    key = await register(srv.platform, "CS-A07", profile=2)
    csr, private_key = csr_for("CS-A07")
    async with connect201(
        tls_url, "CS-A07", key, ssl=ssl.create_default_context(cafile=str(ca_files["srv.pem"]))
    ) as st:
        st.answers["CertificateSigned"] = {"status": "Accepted"}
        assert (await st.call("SignCertificate", {"csr": csr}))["status"] == "Accepted"
        chain = (await st.expect("CertificateSigned"))["certificateChain"]
    async with srv.platform.sessionmaker() as s, s.begin():
        c = await chargers.get_by_cpid(s, "CS-A07")
        assert c is not None
        c.security_profile = 3  # the operator raises it (updateCharger in the 1.6 case)
    (tmp_path / "cs.pem").write_text(chain)
    (tmp_path / "cs.key").write_bytes(
        private_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    client = ssl.create_default_context(cafile=str(ca_files["srv.pem"]))
    client.load_cert_chain(str(tmp_path / "cs.pem"), str(tmp_path / "cs.key"))
    async with connect201(tls_url, "CS-A07", ssl=client) as st:  # boots Accepted without a password
        assert "currentTime" in await st.call("Heartbeat", {})
