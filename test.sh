#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite through CTest, then the
# robustness checks of issue #7:
#   1. build/        the default build, every label except bench-full and fuzz-long;
#   2. build-fuzz/   clang libFuzzer targets (preset fuzz, target fuzz_all only): label fuzz
#                    replays the committed corpus and fuzzes 20 s per target;
#   3. build-asan/   opt-in (SYMBOLON_ASAN=1): the asan preset (ASan + UBSan), built for the
#                    labels in SYMBOLON_ASAN_LABELS only (default unit|robustness) and run under
#                    ASAN_OPTIONS from CMakePresets.json. Off by default: a third full build would
#                    take ./test.sh past 25 minutes on a fresh 2-core machine; the fuzz step already
#                    runs the parsers under ASan + UBSan.
#   ./test.sh                 all of the above
#   ./test.sh -L hsm          extra arguments go to the ctest of step 1
#   SYMBOLON_PRESET=asan ./test.sh   step 1 with the asan preset (the whole suite), no steps 2-3
#   SYMBOLON_FUZZ=0 skips step 2; SYMBOLON_ASAN=1 adds step 3
set -euo pipefail
cd "$(dirname "$0")"
start=$(date +%s)
step() { echo "symbolon: $1 ($(( $(date +%s) - start )) s)"; }
./packaging/install-deps.sh
preset="${SYMBOLON_PRESET:-default}"
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j "$(nproc)"
step "built ($preset)"
ctest --preset "$preset" -j "$(nproc)" -LE 'bench-full|fuzz-long' "$@"
step "tests passed ($preset)"
if [ "$preset" != "default" ]; then
  echo "symbolon: test.sh finished in $(( $(date +%s) - start )) s"
  exit 0
fi

if [ "${SYMBOLON_FUZZ:-1}" != 0 ]; then
  cmake --preset fuzz >/dev/null
  cmake --build --preset fuzz -j "$(nproc)"
  step "fuzz targets built"
  ctest --preset fuzz -j "$(nproc)"
  step "fuzz label passed"
fi

if [ "${SYMBOLON_ASAN:-0}" != 0 ]; then
  labels="${SYMBOLON_ASAN_LABELS:-unit|robustness}"
  cmake --preset asan >/dev/null
  # Only the executables of those labels (tests/<label>/test_*.cpp -> <label>_test_*) and the CLI
  # the tests run.
  targets=(symbolon-cli)
  for label in ${labels//|/ }; do
    for src in tests/"$label"/test_*.cpp; do
      [ -e "$src" ] && targets+=("${label}_$(basename "$src" .cpp)")
    done
  done
  cmake --build --preset asan -j "$(nproc)" --target "${targets[@]}"
  step "asan build (${labels}) built"
  ctest --preset asan -j "$(nproc)" -L "^(${labels})\$"
  step "asan tests passed (${labels})"
fi
echo "symbolon: test.sh finished in $(( $(date +%s) - start )) s"
