"""Checks that requirements.lock still belongs to pyproject.toml.

Every dependency of the project (runtime and the [dev] extra) must be pinned in the lock at a
version inside its range in pyproject.toml, every pin must carry hashes, and every package the
lock pins for the project itself ("via plagsini") must still be a dependency. Prints one line per
disagreement and exits 1; re-lock with scripts/lock.sh.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?==([^\s;\\]+)")


def read_lock(text: str) -> tuple[dict[str, Version], set[str], set[str]]:
    """(name -> pinned version, names pinned without hashes, names pinned because of the project)."""
    pins: dict[str, Version] = {}
    hashed: set[str] = set()
    direct: set[str] = set()
    current = ""
    for line in text.splitlines():
        match = PIN.match(line)
        if match:
            current = canonicalize_name(match[1])
            pins[current] = Version(match[2])
        elif current and line.strip().startswith("--hash="):
            hashed.add(current)
        elif current and line.startswith("    #"):
            reason = line.strip().lstrip("#").strip()
            reason = reason.removeprefix("via").strip()
            if reason.split(" ")[0] == "plagsini":
                direct.add(current)
    return pins, set(pins) - hashed, direct


def problems(pyproject: dict, lock_text: str) -> list[str]:
    project = pyproject["project"]
    wanted = [Requirement(r) for r in project["dependencies"]]
    wanted += [Requirement(r) for r in project.get("optional-dependencies", {}).get("dev", [])]
    pins, unhashed, direct = read_lock(lock_text)
    found: list[str] = []
    names = set()
    for req in wanted:
        if req.marker is not None and not req.marker.evaluate({"extra": "dev"}):
            continue
        name = canonicalize_name(req.name)
        names.add(name)
        if name not in pins:
            found.append(f"{req.name}: in pyproject.toml, not in requirements.lock")
        elif not req.specifier.contains(pins[name], prereleases=True):
            pinned = pins[name]
            found.append(f"{req.name}: requirements.lock pins {pinned}, pyproject.toml wants {req.specifier}")
    for gone in sorted(direct - names):
        found.append(f"{gone}: pinned for the project in requirements.lock, no longer in pyproject.toml")
    for loose in sorted(unhashed):
        found.append(f"{loose}: pinned without a hash in requirements.lock")
    return found


def main() -> int:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    lock = ROOT / "requirements.lock"
    if not lock.exists():
        print("requirements.lock is missing: run scripts/lock.sh", file=sys.stderr)
        return 1
    found = problems(pyproject, lock.read_text())
    for line in found:
        print(f"requirements.lock out of date: {line}", file=sys.stderr)
    if found:
        print("re-lock with scripts/lock.sh and commit requirements.lock", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
