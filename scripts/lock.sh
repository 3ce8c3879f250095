#!/usr/bin/env bash
# Re-locks the Python dependencies: writes requirements.lock (exact versions with hashes) from
# pyproject.toml's dependencies and its [dev] extra, for Linux x86_64 and Python 3.11.
# Run it after changing a dependency in pyproject.toml, then commit both files. Versions already in
# requirements.lock are kept when they still fit; pass --upgrade (or --upgrade-package NAME) to move on.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}
UV_VERSION=${UV_VERSION:-0.13.9}
if [ ! -x "$VENV/bin/uv" ] || [ "$("$VENV/bin/uv" --version | cut -d' ' -f2)" != "$UV_VERSION" ]; then
  test -x "$VENV/bin/python" || "${PYTHON:-python3}" -m venv "$VENV"
  "$VENV/bin/python" -m pip install -q "uv==$UV_VERSION"
fi
exec "$VENV/bin/uv" pip compile --quiet pyproject.toml --extra dev --generate-hashes \
  --python-version 3.11 --python-platform x86_64-unknown-linux-gnu \
  --custom-compile-command "scripts/lock.sh" --output-file requirements.lock "$@"
