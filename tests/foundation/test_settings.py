"""Settings: defaults, validation, and one clear line on a bad value."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from plagsini.settings import ConfigError, load_settings

ROOT = Path(__file__).resolve().parents[2]


def test_defaults_match_the_readme(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("DATABASE_URL", "BROADCAST_URL", "HTTP_PORT", "OCPP_PORT", "SECRET_KEY", "ENVIRONMENT"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)
    s = load_settings()
    assert s.database_url == "sqlite+aiosqlite:///./var/plagsini.db"
    assert s.broadcast_url == "memory://"
    assert (s.http_port, s.ocpp_port) == (8000, 9000)
    assert s.environment == "development"
    readme = (ROOT / "README.md").read_text()
    for field in type(s).model_fields:
        assert f"`{field.upper()}`" in readme, f"{field.upper()} is not documented in README.md"


def test_secret_key_is_generated_once_and_persisted(tmp_path: Path) -> None:
    s = load_settings(var_dir=tmp_path / "var", secret_key=None)
    key = s.resolved_secret_key()
    assert len(key) >= 48
    assert (tmp_path / "var" / "secret_key").stat().st_mode & 0o077 == 0
    again = load_settings(var_dir=tmp_path / "var", secret_key=None).resolved_secret_key()
    assert again == key
    other = load_settings(var_dir=tmp_path / "other", secret_key=None).resolved_secret_key()
    assert other != key


@pytest.mark.parametrize(
    ("overrides", "fragment"),
    [
        ({"database_url": "not a url"}, "DATABASE_URL"),
        ({"database_url": "postgresql://x/y"}, "unsupported driver"),
        ({"broadcast_url": "kafka://x"}, "BROADCAST_URL"),
        ({"http_port": 70000}, "HTTP_PORT"),
        ({"environment": "staging"}, "ENVIRONMENT"),
        ({"ocpi_country_code": "Malaysia"}, "OCPI_COUNTRY_CODE"),
        ({"ocpi_party_id": "pl g"}, "OCPI_PARTY_ID"),
    ],
)
def test_bad_values_raise_one_line(overrides: dict[str, object], fragment: str) -> None:
    with pytest.raises(ConfigError) as e:
        load_settings(**overrides)
    assert fragment in str(e.value)
    assert "\n" not in str(e.value)


def _serve(env: dict[str, str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    full = {
        **os.environ,
        "VAR_DIR": str(tmp_path / "var"),
        "HTTP_HOST": "127.0.0.1",
        "OCPP_HOST": "127.0.0.1",
        **env,
    }
    return subprocess.run(
        [sys.executable, "-m", "plagsini", "serve"],
        cwd=ROOT,
        env=full,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize(
    ("env", "fragment"),
    [
        ({"DATABASE_URL": "::nonsense::"}, "DATABASE_URL"),
        ({"HTTP_PORT": "eighty"}, "HTTP_PORT"),
        ({"TIME_ZONE": "Mars/Olympus_Mons"}, "TIME_ZONE"),
        ({"TIME_ZONE": "../../etc/passwd"}, "TIME_ZONE"),
        ({"VAPID_PRIVATE_KEY": "not a key"}, "VAPID_PRIVATE_KEY"),
        ({"VAPID_SUBJECT": "ops@example.my"}, "VAPID_SUBJECT"),
        ({"OCPI_COUNTRY_CODE": "my"}, "OCPI_COUNTRY_CODE"),
        ({"DATABASE_URL": "mysql+asyncmy://u:p@127.0.0.1:1/db"}, "cannot connect"),
    ],
)
def test_bad_setting_stops_startup_with_one_line(env: dict[str, str], fragment: str, tmp_path: Path) -> None:
    result = _serve({"HTTP_PORT": "0", "OCPP_PORT": "0", **env}, tmp_path)
    assert result.returncode == 2
    lines = [ln for ln in result.stderr.strip().splitlines() if ln.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("plagsini: configuration error:")
    assert fragment in lines[0]
    assert "Traceback" not in result.stderr


def test_port_in_use_stops_startup_with_one_line(tmp_path: Path) -> None:
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = _serve(
            {
                "HTTP_PORT": str(port),
                "OCPP_PORT": "0",
                "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/x.db",
            },
            tmp_path,
        )
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "HTTP_HOST:HTTP_PORT" in result.stderr and "in use" in result.stderr


def test_vapid_key_is_generated_once_and_kept(tmp_path: Path) -> None:
    """Like the secret key: generated on first use, kept in VAR_DIR (0600), the same on every load; a
    key of another curve is refused."""
    first = load_settings(var_dir=tmp_path).resolved_vapid_private_key()
    kept = tmp_path / "vapid_private_key.pem"
    assert kept.read_text() == first and oct(kept.stat().st_mode & 0o777) == "0o600"
    assert load_settings(var_dir=tmp_path).resolved_vapid_private_key() == first
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    other = ec.generate_private_key(ec.SECP384R1()).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    with pytest.raises(ConfigError) as e:
        load_settings(vapid_private_key=other.decode())
    assert "P-256" in str(e.value) and "\n" not in str(e.value)
