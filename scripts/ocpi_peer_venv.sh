#!/bin/sh
# The OCPI tests' roaming partner runs on the third-party library extrawest-ocpi, which pins
# pydantic 1 and cannot share the platform's environment (pydantic 2): give it its own, with the
# exact versions of tests/ocpi/peer-requirements.txt. Does nothing when that is already installed.
set -eu
cd "$(dirname "$0")/.."
REQ=tests/ocpi/peer-requirements.txt
STAMP=.peer-venv/.installed
if [ -f "$STAMP" ] && cmp -s "$REQ" "$STAMP"; then
    exit 0
fi
python3 -m venv .peer-venv
.peer-venv/bin/pip install -q --no-deps -r "$REQ"
.peer-venv/bin/pip check
cp "$REQ" "$STAMP"
