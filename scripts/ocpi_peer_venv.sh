#!/bin/sh
# The OCPI tests' roaming partner runs on the third-party library extrawest-ocpi, which pins
# pydantic 1 and cannot share the platform's environment (pydantic 2): give it its own.
set -eu
cd "$(dirname "$0")/.."
python3 -m venv .peer-venv
.peer-venv/bin/pip install -q "extrawest-ocpi==2025.7.16" "uvicorn>=0.23"
