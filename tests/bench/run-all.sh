#!/usr/bin/env bash
# Runs every benchmark at full size and rewrites BENCHMARKS.md with the figures, the exact
# commands and the machine. Takes about 40 minutes on a 2-core machine (most of it the 1,000,000-device
# migration); run it on a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/../.."
cmake --preset default >/dev/null
cmake --build --preset default -j "$(nproc)" >/dev/null
b=build/tests/bench
out=BENCHMARKS.md
tmp=$(mktemp)
run() { # title, command...
  local title="$1"; shift
  {
    echo "### $title"
    echo
    echo '```'
    echo "\$ $*"
    "$@" 2>&1
    echo '```'
    echo
  } >>"$tmp"
}
{
  echo "# Benchmarks"
  echo
  echo "Rewritten by \`tests/bench/run-all.sh\` on $(date -u +%Y-%m-%dT%H:%MZ). Every throughput stands next to its"
  echo "floor measured in the same run (\`vs_floor\`). Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB,"
  echo "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); token: SoftHSM2 $(dpkg-query -W -f='${Version}' softhsm2),"
  echo "token store on /dev/shm; SQLCipher $(dpkg-query -W -f='${Version}' libsqlcipher0 2>/dev/null || echo '?')."
  echo
} >"$tmp"
run "Journal: append inside transactions, and verify (1,000,000 entries)" $b/bench_journal 1000000
run "Inventory: generate and parse (1,000,000 devices with key columns)" $b/bench_inventory_parse 1000000
run "PKCS#11 steps on SoftHSM2 and NSS softoken in FIPS mode (medians)" $b/bench_hsm_steps
run "Raw re-key loop on SoftHSM2: 1 session, 2 sessions in one process, 2 processes (the floor of worker scaling)" $b/bench_session_scaling 4000
run "Evidence pack: journal export and verify through the CLI, 1,000,000 entries (wall time and peak memory of each CLI process from /usr/bin/time)" $b/bench_evidence_pack 1000000
# Issue #6's size: 1,000,000 devices. At ~1,200 devices/s on SoftHSM2 the engine and the
# interleaved raw loop take ~14 and ~13 min here (about half of this script's ~40 min).
run "Migration unwrap: 1,000,000 devices through core's MigrationUnwrap next to a raw PKCS#11 loop making the same calls on the same session" $b/bench_migrate 1000000
run "Console: PIN to first Devices page, sort and filter Devices and Key States, peak memory (1,000,000 devices, 9,000,000 key records; offscreen)" \
  env QT_QPA_PLATFORM=offscreen $b/bench_console 1000000
run "Re-key: 10,000 devices per run, 1 and 2 worker sessions, next to a raw PKCS#11 loop making the same calls on the same token" $b/bench_rekey 10000
run "HSM latency (issue #21): migration unwrap and re-key at 0.5 ms per PKCS#11 call with 1, 8, 32, 64 and automatic worker sessions, next to the same work without latency" $b/bench_latency 3000

# Inventory import end to end through the CLI: 1,000,000 devices with key columns into an
# empty demo workspace (parse, validate, insert with 8 indexes, journal, checkpoint).
scratch=$(mktemp -d /dev/shm/symbolon-bench-XXXXXX)
build/app/symbolon-cli demo create --workspace "$scratch/ws" --devices 0 >/dev/null 2>&1
build/app/symbolon-cli demo inventory --devices 1000000 --out "$scratch/inv.csv" >/dev/null
run "Inventory import, 1,000,000 devices with key columns (CLI, end to end; peak memory from /usr/bin/time)" \
  env P=111111 /usr/bin/time -f "wall=%es peak_rss=%MKiB" build/app/symbolon-cli --workspace "$scratch/ws" \
  --card "ACS card 1" --pin-env P inventory import "$scratch/inv.csv"
rm -rf "$scratch"
cat tests/bench/READING.md >>"$tmp"
mv "$tmp" "$out"
echo "wrote $out"
