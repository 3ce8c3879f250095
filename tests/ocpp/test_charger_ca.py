"""The platform's charger CA: generated once and kept (the key readable by the platform only), or given
by CHARGER_CA_CERT/CHARGER_CA_KEY; a bad pair stops start-up with one line that never holds the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from domain.charger_pki import ChargerCA
from plagsini.settings import load_settings
from tests.foundation.test_settings import _serve
from tests.helpers.tls import self_signed, signed_by


def test_charger_ca_is_generated_once_and_kept(tmp_path: Path) -> None:
    cert, key = load_settings(var_dir=tmp_path).resolved_charger_ca()
    assert oct((tmp_path / "charger_ca.key").stat().st_mode & 0o777) == "0o600"
    assert load_settings(var_dir=tmp_path).resolved_charger_ca() == (cert, key)
    ca = ChargerCA.from_pem(cert, key)
    assert "PRIVATE" not in repr(ca)


def _write(tmp_path: Path, name: str, text: str) -> str:
    (tmp_path / name).write_text(text)
    return str(tmp_path / name)


@pytest.mark.parametrize("case", ["cert_only", "not_a_ca", "other_key", "garbage_key", "missing"])
def test_bad_charger_ca_stops_startup_with_one_line(tmp_path: Path, case: str) -> None:
    cert, key = ChargerCA.generate()
    _, other_key = ChargerCA.generate()
    self_signed(tmp_path, "Some CA", name="other_ca")
    leaf_cert, leaf_key = signed_by(tmp_path, "other_ca", "not-a-ca", name="leaf")  # not CA:TRUE
    env = {
        "cert_only": {"CHARGER_CA_CERT": _write(tmp_path, "ca.pem", cert)},
        "not_a_ca": {"CHARGER_CA_CERT": leaf_cert, "CHARGER_CA_KEY": leaf_key},
        "other_key": {
            "CHARGER_CA_CERT": _write(tmp_path, "ca.pem", cert),
            "CHARGER_CA_KEY": _write(tmp_path, "other.key", other_key),
        },
        "garbage_key": {
            "CHARGER_CA_CERT": _write(tmp_path, "ca.pem", cert),
            "CHARGER_CA_KEY": _write(tmp_path, "bad.key", "secret garbage\n"),
        },
        "missing": {
            "CHARGER_CA_CERT": str(tmp_path / "nope.pem"),
            "CHARGER_CA_KEY": str(tmp_path / "nope.key"),
        },
    }[case]
    result = _serve({"HTTP_PORT": "0", "OCPP_PORT": "0", **env}, tmp_path)
    assert result.returncode == 2, result.stderr
    lines = [ln for ln in result.stderr.strip().splitlines() if ln.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("plagsini: configuration error:") and "CHARGER_CA" in lines[0]
    assert "Traceback" not in result.stderr
    for secret in (key, other_key, "secret garbage", Path(leaf_key).read_text()):
        assert secret.strip() not in result.stderr
        assert "PRIVATE KEY" not in result.stderr
