#!/usr/bin/env bash
# Runs the suites that share one engine across threads and tasks under ThreadSanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/setup
swift build --build-tests --sanitize=thread --scratch-path .build-tsan >&2
TSAN_OPTIONS="halt_on_error=1" swift test --skip-build --sanitize=thread --scratch-path .build-tsan \
  --filter "ConcurrencyTests|PipelineTests|PolicyTests.oneEngineServesManyTasksWithTheirOwnPolicies"
