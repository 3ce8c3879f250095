"""Test certificates made with the openssl command (fails under CI=true when it is missing)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from tests.conftest import service_unavailable


def openssl(*args: str) -> None:
    if shutil.which("openssl") is None:
        service_unavailable("openssl", "the openssl command is not installed")
    subprocess.run(["openssl", *args], check=True, capture_output=True)


def self_signed(directory: Path, cn: str = "localhost", name: str = "cert") -> tuple[str, str]:
    """A self-signed certificate for `cn` (with localhost/127.0.0.1 as subject alt names): (cert, key)."""
    cert, key = directory / f"{name}.pem", directory / f"{name}.key"
    openssl(
        *("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2"),
        *("-keyout", str(key), "-out", str(cert), "-subj", f"/CN={cn}"),
        *("-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"),
    )
    return str(cert), str(key)


def signed_by(directory: Path, ca: str, cn: str, name: str) -> tuple[str, str]:
    """A certificate for `cn` signed by the CA `ca` (made by `self_signed` in the same directory),
    with localhost/127.0.0.1 as subject alt names: (cert, key)."""
    cert, key, csr = (directory / f"{name}.{ext}" for ext in ("pem", "key", "csr"))
    ext = directory / f"{name}.ext.cnf"
    ext.write_text("subjectAltName=IP:127.0.0.1,DNS:localhost\n")
    openssl(
        "req", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(csr), "-subj", f"/CN={cn}"
    )
    openssl(
        *("x509", "-req", "-in", str(csr), "-CA", str(directory / f"{ca}.pem")),
        *("-CAkey", str(directory / f"{ca}.key"), "-CAcreateserial", "-out", str(cert)),
        *("-days", "2", "-extfile", str(ext)),
    )
    return str(cert), str(key)
