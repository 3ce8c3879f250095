"""The layer contracts (pyproject's [tool.importlinter], checked by `lint-imports` in `make test`):
the domain imports neither an edge nor the composition root, the edges do not import each other.

The second test runs the same contracts over a small tree with a domain module that imports an edge
inside a function, and inside a TYPE_CHECKING block, and checks that both are reported."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def _contracts_section() -> str:
    """The project's [tool.importlinter] tables, verbatim."""
    lines = (ROOT / "pyproject.toml").read_text().splitlines()
    out: list[str] = []
    keep = False
    for line in lines:
        if line.startswith("["):
            keep = line.startswith(("[tool.importlinter]", "[[tool.importlinter."))
        if keep:
            out.append(line)
    assert out, "pyproject.toml has no [tool.importlinter] section"
    return "\n".join(out) + "\n"


def _run(cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(cwd)}
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )


def test_the_project_keeps_its_layer_contracts() -> None:
    result = _run(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "BROKEN" not in result.stdout
    assert result.stdout.count("KEPT") >= 4


def test_an_edge_imported_inside_a_domain_function_breaks_the_contract(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(_contracts_section())
    for pkg in ("domain", "db", "api", "ocpp_server", "ocpi", "plagsini", "firmware"):
        (tmp_path / pkg).mkdir()
        (tmp_path / pkg / "__init__.py").write_text("")
    (tmp_path / "ocpp_server" / "command_bus.py").write_text("def send_command(): ...\n")
    (tmp_path / "plagsini" / "settings.py").write_text("class Settings: ...\n")
    (tmp_path / "domain" / "good.py").write_text("import db\n")
    # The modules the contracts name by name (the two roaming roles' commands).
    for name in ("emsp_commands", "cpo_commands"):
        (tmp_path / "domain" / f"{name}.py").write_text("")
    assert _run(tmp_path).returncode == 0  # the tree is fine before the offending modules exist

    (tmp_path / "domain" / "hidden.py").write_text(
        "async def stop():\n"
        "    from ocpp_server.command_bus import send_command\n\n"
        "    await send_command()\n"
    )
    (tmp_path / "domain" / "typed.py").write_text(
        "from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n    from plagsini.settings import Settings\n"
    )
    result = _run(tmp_path)
    assert result.returncode != 0
    assert "domain.hidden -> ocpp_server.command_bus" in result.stdout
    assert "domain.typed -> plagsini.settings" in result.stdout
