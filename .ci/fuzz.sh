#!/usr/bin/env bash
# Fuzzes every target of Sources/suminuri-fuzz with libFuzzer and AddressSanitizer for N seconds
# each (default 30), starting from the seeds in Tests/FuzzCorpus. New inputs go to a scratch
# folder, never into the repository; a crash leaves its reproducer in .build-fuzz/artifacts/
# (replay: .build/debug/suminuri-fuzz TARGET FILE) and fails the script — except with
# --report-only, which CI uses: a new finding within a short random run must be reported, not
# turn CI red at random. The seeds (regressions included) are replayed first, and a failure
# there always fails.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-30}"
report_only=false
[ "${2:-}" = "--report-only" ] && report_only=true
bash .ci/setup
runtime="$(dirname "$(dirname "$(command -v swiftc)")")/lib/clang"
libfuzzer="$(find "$runtime" -name 'libclang_rt.fuzzer_no_main-x86_64.a' | head -1)"
[ -n "$libfuzzer" ] || { echo "fuzz: libFuzzer (fuzzer_no_main) not found under $runtime" >&2; exit 1; }
swift build --scratch-path .build-fuzz -c debug --product suminuri-fuzz \
  -Xswiftc -sanitize=address -Xswiftc -Xfrontend -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING \
  -Xlinker "$libfuzzer" -Xlinker -lstdc++ >&2
binary=".build-fuzz/debug/suminuri-fuzz"
mkdir -p .build-fuzz/artifacts
status=0
for target in normalize redact mail policy dictionary jsonl; do
  SUMINURI_FUZZ_TARGET="$target" ASAN_OPTIONS=detect_leaks=0 "$binary" -runs=0 "Tests/FuzzCorpus/$target" 2> ".build-fuzz/$target-seeds.log" \
    || { echo "fuzz: $target seeds FAILED" >&2; tail -20 ".build-fuzz/$target-seeds.log" >&2; exit 1; }
done
for target in normalize redact mail policy dictionary jsonl; do
  work="$(mktemp -d)"
  cp -R "Tests/FuzzCorpus/$target/." "$work/"
  echo "fuzz: $target for ${seconds}s" >&2
  if ! SUMINURI_FUZZ_TARGET="$target" ASAN_OPTIONS=detect_leaks=0 "$binary" "$work" \
      -max_total_time="$seconds" -max_len=65536 -timeout=60 -rss_limit_mb=4096 \
      -artifact_prefix=".build-fuzz/artifacts/$target-" -print_final_stats=1 2> ".build-fuzz/$target.log"; then
    echo "fuzz: $target FAILED (see .build-fuzz/$target.log)" >&2
    tail -40 ".build-fuzz/$target.log" >&2
    status=1
  fi
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb" ".build-fuzz/$target.log" | sed "s/^/fuzz: $target /" >&2 || true
  rm -rf "$work"
done
if [ $status -ne 0 ] && $report_only; then
  echo "fuzz: FINDINGS REPORTED ABOVE (report-only run; reproducers in .build-fuzz/artifacts/)" >&2
  exit 0
fi
exit $status
