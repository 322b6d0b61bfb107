#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite through CTest.
#   ./test.sh                 every label except the full-size benchmarks and long fuzz runs
#   ./test.sh -L hsm          extra arguments go to ctest
#   SYMBOLON_PRESET=asan ./test.sh   the AddressSanitizer + UBSan build
set -euo pipefail
cd "$(dirname "$0")"
start=$(date +%s)
./packaging/install-deps.sh
preset="${SYMBOLON_PRESET:-default}"
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j "$(nproc)"
ctest --preset "$preset" -j "$(nproc)" -LE 'bench-full|fuzz-long' "$@"
echo "symbolon: test.sh finished in $(( $(date +%s) - start )) s"
