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
