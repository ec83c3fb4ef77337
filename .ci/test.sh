#!/usr/bin/env bash
# Runs every test (unit, detector tables, end-to-end CLI, corpus floors). Fails when a test fails.
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/setup
swift build --build-tests
swift test
