"""The platform's charger CA: it signs the certificates chargers ask for with SignCertificate (OCPP
2.0.1 A02/A03, the OCPP 1.6 security extension), which they then use for mutual TLS (security profile
3, with `OCPP_TLS_CA` pointing at this CA's certificate).

The CA's certificate and key come from the settings (files), or are generated once and kept in the
platform's var directory; the key is never stored in the database nor logged. Everything here is
pure (`cryptography`), no I/O.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

#: Smallest keys a charger's CSR may carry (OCPP 2.0.1 A00.FR.3xx / security whitepaper: RSA 2048,
#: EC 224 bits).
MIN_RSA_BITS = 2048
MIN_EC_BITS = 224

#: The hash algorithm the platform names certificates by (OCPP CertificateHashData).
HASH_ALGORITHMS = {"SHA256": "sha256", "SHA384": "sha384", "SHA512": "sha512"}

CA_NAME = "PlagSini Charger CA"


class CsrRefused(ValueError):
    """A CSR the CA does not sign; the message says why (stored as the security event's techInfo)."""


@dataclass(frozen=True, slots=True)
class HashData:
    """OCPP CertificateHashData: how chargers and the central system name a certificate."""

    hash_algorithm: str
    issuer_name_hash: str
    issuer_key_hash: str
    serial_number: str

    def as_ocpp(self) -> dict[str, str]:
        return {
            "hashAlgorithm": self.hash_algorithm,
            "issuerNameHash": self.issuer_name_hash,
            "issuerKeyHash": self.issuer_key_hash,
            "serialNumber": self.serial_number,
        }


@dataclass(frozen=True, slots=True)
class Signed:
    """A certificate the CA signed: the PEM chain to send (leaf first), and what is kept of it."""

    chain_pem: str
    hash_data: HashData
    subject: str
    not_after: dt.datetime


def _key_bits_ok(key: object) -> str | None:
    if isinstance(key, rsa.RSAPublicKey):
        return None if key.key_size >= MIN_RSA_BITS else f"RSA key of {key.key_size} bits (at least 2048)"
    if isinstance(key, ec.EllipticCurvePublicKey):
        size = key.curve.key_size
        return None if size >= MIN_EC_BITS else f"EC key of {size} bits (at least 224)"
    return "key type not accepted (RSA or EC)"


def hash_data(
    cert: x509.Certificate, issuer: x509.Certificate | None = None, algorithm: str = "SHA256"
) -> HashData:
    """The CertificateHashData of `cert` (issuer name and key hashes as OCSP's CertID: the hash of the
    DER issuer name and of the issuer's public key bits; the serial number in hex)."""
    h = HASH_ALGORITHMS[algorithm]
    name_hash = hashlib.new(h, cert.issuer.public_bytes()).hexdigest()
    issuer_key = (issuer or cert).public_key()
    key_der = issuer_key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    # The BIT STRING of the SubjectPublicKeyInfo: what OCSP hashes as the issuer key.
    spki_bits = _subject_public_key_bits(key_der)
    key_hash = hashlib.new(h, spki_bits).hexdigest()
    return HashData(algorithm, name_hash, key_hash, format(cert.serial_number, "x"))


def _der_length(data: bytes, i: int) -> tuple[int, int]:
    first = data[i]
    if first < 0x80:
        return first, i + 1
    n = first & 0x7F
    return int.from_bytes(data[i + 1 : i + 1 + n], "big"), i + 1 + n


def _subject_public_key_bits(spki: bytes) -> bytes:
    """The subjectPublicKey BIT STRING's content (without its unused-bits byte) of a DER SPKI."""
    _, i = _der_length(spki, 1)  # SEQUENCE
    length, j = _der_length(spki, i + 1)  # AlgorithmIdentifier SEQUENCE
    i = j + length
    length, j = _der_length(spki, i + 1)  # BIT STRING
    return spki[j + 1 : j + length]


def load_certificate(pem: str) -> x509.Certificate:
    try:
        return x509.load_pem_x509_certificate(pem.encode())
    except ValueError:
        raise ValueError("not a PEM certificate") from None


class ChargerCA:
    """The CA certificate and its key."""

    def __init__(self, cert: x509.Certificate, key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey) -> None:
        self.cert = cert
        self._key = key

    def __repr__(self) -> str:  # never the key
        return f"ChargerCA({self.cert.subject.rfc4514_string()!r})"

    @classmethod
    def from_pem(cls, cert_pem: str, key_pem: str) -> ChargerCA:
        """Load and check a CA (ValueError with one line when the pair is not usable)."""
        cert = load_certificate(cert_pem)
        try:
            key = serialization.load_pem_private_key(key_pem.encode(), password=None)
        except (ValueError, TypeError):
            raise ValueError("the key is not an unencrypted PEM private key") from None
        if not isinstance(key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey):
            raise ValueError("the key must be RSA or EC")
        pub = serialization.PublicFormat.SubjectPublicKeyInfo
        if key.public_key().public_bytes(serialization.Encoding.DER, pub) != cert.public_key().public_bytes(
            serialization.Encoding.DER, pub
        ):
            raise ValueError("the key does not belong to the certificate")
        try:
            constraints = cert.extensions.get_extension_for_class(x509.BasicConstraints).value
        except x509.ExtensionNotFound:
            constraints = None
        if constraints is None or not constraints.ca:
            raise ValueError("the certificate is not a CA certificate (basicConstraints CA:TRUE)")
        return cls(cert, key)

    @classmethod
    def generate(cls, organization: str = "PlagSini", days: int = 3650) -> tuple[str, str]:
        """A new self-signed CA (EC P-256): (certificate PEM, key PEM)."""
        key = ec.generate_private_key(ec.SECP256R1())
        name = x509.Name(
            [
                x509.NameAttribute(NameOID.ORGANIZATION_NAME, organization),
                x509.NameAttribute(NameOID.COMMON_NAME, CA_NAME),
            ]
        )
        now = dt.datetime.now(dt.UTC)
        cert = (
            x509.CertificateBuilder()
            .subject_name(name)
            .issuer_name(name)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=days))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=True,
                    content_commitment=False,
                    key_encipherment=False,
                    data_encipherment=False,
                    key_agreement=False,
                    key_cert_sign=True,
                    crl_sign=True,
                    encipher_only=False,
                    decipher_only=False,
                ),
                critical=True,
            )
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .sign(key, hashes.SHA256())
        )
        key_pem = key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ).decode()
        return cert.public_bytes(serialization.Encoding.PEM).decode(), key_pem

    @property
    def cert_pem(self) -> str:
        return self.cert.public_bytes(serialization.Encoding.PEM).decode()

    def check_csr(self, csr_pem: str, charge_point_id: str) -> x509.CertificateSigningRequest:
        """The CSR, if the CA signs it: a valid PEM CSR, its signature right, CN = the charge point id,
        a key of at least RSA 2048 / EC 224 bits. CsrRefused says why not."""
        try:
            csr = x509.load_pem_x509_csr(csr_pem.strip().encode())
        except ValueError:
            raise CsrRefused("not a PEM certificate signing request") from None
        try:
            valid = csr.is_signature_valid
        except (ValueError, InvalidSignature):
            valid = False
        if not valid:
            raise CsrRefused("the CSR's signature is not valid")
        cns = csr.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
        cn = str(cns[0].value) if cns else ""
        if cn != charge_point_id:
            raise CsrRefused(f"CN {cn[:60]!r} is not the charge point id")
        problem = _key_bits_ok(csr.public_key())
        if problem is not None:
            raise CsrRefused(problem)
        return csr

    def sign(self, csr: x509.CertificateSigningRequest, days: int) -> Signed:
        """A client certificate for the CSR's subject (its CN and O as asked), valid `days` days."""
        now = dt.datetime.now(dt.UTC)
        cert = (
            x509.CertificateBuilder()
            .subject_name(csr.subject)
            .issuer_name(self.cert.subject)
            .public_key(csr.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=days))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(
                x509.ExtendedKeyUsage([ExtendedKeyUsageOID.CLIENT_AUTH, ExtendedKeyUsageOID.SERVER_AUTH]),
                critical=False,
            )
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(self.cert.public_key()),  # type: ignore[arg-type]
                critical=False,
            )
            .sign(self._key, hashes.SHA256())
        )
        leaf = cert.public_bytes(serialization.Encoding.PEM).decode()
        return Signed(
            chain_pem=leaf + self.cert_pem,
            hash_data=hash_data(cert, self.cert),
            subject=cert.subject.rfc4514_string()[:255],
            not_after=cert.not_valid_after_utc,
        )
