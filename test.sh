#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite through CTest:
#   1. build/       the default build (gcc, RelWithDebInfo): every label except bench-full and
#                   fuzz-long;
#   2. build-asan/  the sanitizer build (preset asan: clang, ASan + UBSan, -O1): the libFuzzer
#                   targets (label fuzz: the committed corpus plus 10 s per target) and the labels
#                   in SYMBOLON_ASAN_LABELS, built for those only (the core is compiled once for
#                   both: it carries libFuzzer's coverage instrumentation, inert outside a fuzzer).
#                   The default labels, and why, are in .ci/run's comment.
#   ./test.sh                 all of the above
#   ./test.sh -L hsm          extra arguments go to the ctest of step 1
#   SYMBOLON_SANITIZERS=0     skips step 2
#   SYMBOLON_ASAN_LABELS='unit|hsm'   the labels of step 2 (fuzz is always run)
#   SYMBOLON_PRESET=asan ./test.sh    the whole suite under the sanitizers, nothing else
# Each step prints its duration; the time limits of the tests are in tests/TestLimits.cmake.
set -euo pipefail
cd "$(dirname "$0")"
start=$(date +%s)
last=$start
step() {
  local now
  now=$(date +%s)
  echo "symbolon: $1 ($((now - last)) s; $((now - start)) s in all)"
  last=$now
}
# A build prints its warnings and, when it fails, everything; not one line per file.
build() {
  local log
  log=$(mktemp)
  if ! cmake --build "$@" >"$log" 2>&1; then
    cat "$log"
    rm -f "$log"
    echo "symbolon: the build failed" >&2
    exit 1
  fi
  grep -E -A3 'warning:' "$log" || true
  rm -f "$log"
}
./packaging/install-deps.sh
# NSS softoken registered with p11-kit, for the production-profile tests of label site.
./packaging/register-test-modules.sh
step "packages present"
preset="${SYMBOLON_PRESET:-default}"
cmake --preset "$preset" >/dev/null
build --preset "$preset" -j "$(nproc)"
step "built ($preset)"
ctest --preset "$preset" -j "$(nproc)" -LE 'bench-full|fuzz-long' "$@"
step "tests passed ($preset)"
if [ "$preset" != "default" ] || [ "${SYMBOLON_SANITIZERS:-1}" = 0 ]; then
  echo "symbolon: test.sh finished in $(($(date +%s) - start)) s"
  exit 0
fi

labels="${SYMBOLON_ASAN_LABELS:-unit|hsm|faults|kill|robustness}"
cmake --preset asan >/dev/null
# Only what those labels run: tests/<label>/test_*.cpp -> <label>_test_*, the CLI, the probe and
# the fault module the tests start, and the fuzz targets.
targets=(symbolon-cli symbolon-test-probe symbolon_faultp11 fuzz_all)
for label in ${labels//|/ }; do
  for src in tests/"$label"/test_*.cpp; do
    [ -e "$src" ] && targets+=("${label}_$(basename "$src" .cpp)")
  done
done
build --preset asan -j "$(nproc)" --target "${targets[@]}"
step "sanitizer build built (fuzz|${labels})"
ctest --preset asan -j "$(nproc)" -L "^(fuzz|${labels})\$"
step "sanitizer tests passed (fuzz|${labels})"
echo "symbolon: test.sh finished in $(($(date +%s) - start)) s"
