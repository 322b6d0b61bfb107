#!/usr/bin/env bash
# Installs what is missing, builds, creates the demo workspace on first use and opens the
# console on it.
#   ./run.sh                  open the demo (./demo)
#   ./run.sh --fresh          recreate the demo first
#   ./run.sh --devices N      size of a newly created demo inventory (default 2000)
#   any other arguments go to symbolon
set -euo pipefail
cd "$(dirname "$0")"
fresh=0
devices=2000
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --fresh) fresh=1 ;;
    --devices) devices="$2"; shift ;;
    *) args+=("$1") ;;
  esac
  shift
done
./packaging/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default -j "$(nproc)" | grep -vE '^\[[0-9]+/[0-9]+\]' || true
demo="$PWD/demo"
if [ "$fresh" -eq 1 ] || [ ! -f "$demo/workspace.json" ]; then
  rm -rf "$demo"
  ./build/app/symbolon-cli demo create --workspace "$demo" --devices "$devices"
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "symbolon: no display; running under xvfb-run (use --screenshot FILE to capture a view)" >&2
  exec xvfb-run -a ./build/app/symbolon --workspace "$demo" "${args[@]}"
fi
exec ./build/app/symbolon --workspace "$demo" "${args[@]}"
