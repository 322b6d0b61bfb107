#!/usr/bin/env bash
# CTest label "package": builds the .deb with CPack into a temporary folder, checks its computed
# dependencies, extracts it into a clean root and runs what it installed: both binaries, the
# GUI rendering a demo workspace offscreen, the desktop entry, the AppStream metainfo and the
# man pages through their validators. Installs nothing system-wide unless
# SYMBOLON_TEST_DPKG_INSTALL=1 (as root), when it also installs, checks and removes the package.
#   test_package.sh BUILD_DIR
set -euo pipefail
build="$(cd "${1:?usage: test_package.sh BUILD_DIR}" && pwd)"
app_id="uk.org.symbolon.Symbolon"
tmp="$(mktemp -d /dev/shm/symbolon-package-XXXXXX)"
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "PASS: $*"; }

# 1. The package, built from the build tree into the temporary folder.
(cd "$tmp" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$tmp/cpack" >"$tmp/cpack.log" 2>&1) || {
  cat "$tmp/cpack.log"
  echo "FAIL: cpack -G DEB"
  exit 1
}
deb="$(ls "$tmp"/cpack/symbolon_*.deb 2>/dev/null | head -n1)"
[ -n "$deb" ] || { cat "$tmp/cpack.log"; echo "FAIL: cpack made no .deb"; exit 1; }
pass "cpack built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

# 2. Dependencies computed by dpkg-shlibdeps, plus the ones named by hand.
info="$(dpkg-deb --info "$deb")"
depends="$(sed -n 's/^ Depends: //p' <<<"$info")"
echo "Depends: $depends"
# libp11-kit0, not libp11-3: no shipped binary links libp11 (only its test does).
for lib in libqt6widgets6 libqt6core6 libsqlcipher0 libp11-kit0 libssl3 libgfshare2 librelp0 libc6 libqt6svg6; do
  grep -q "\b$lib\b" <<<"$depends" && pass "Depends names $lib" || fail "Depends lacks $lib"
done
grep -q '^ Recommends: .*softhsm2' <<<"$info" && pass "Recommends softhsm2" || fail "no Recommends: softhsm2"
grep -q '^ Suggests: .*opensc' <<<"$info" && pass "Suggests opensc" || fail "no Suggests: opensc"
grep -q '^ Version: ' <<<"$info" || fail "no Version field"

# 3. Extracted into a clean root: the files are where a desktop looks for them.
root="$tmp/root"
mkdir "$root"
dpkg-deb -x "$deb" "$root"
for f in usr/bin/symbolon usr/bin/symbolon-cli \
         "usr/share/applications/$app_id.desktop" "usr/share/metainfo/$app_id.metainfo.xml" \
         "usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
         usr/share/man/man1/symbolon.1 usr/share/man/man1/symbolon-cli.1; do
  [ -e "$root/$f" ] && pass "installs /$f" || fail "does not install /$f"
done
contents="$(dpkg-deb --contents "$deb")"
grep -q 'root/root.*\./usr/bin/symbolon$' <<<"$contents" || fail "/usr/bin/symbolon is not owned by root"

# 4. The installed binaries run from the extracted root (system libraries only, no build RPATH).
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8
version="$(grep -m1 '^ Version: ' <<<"$info" | sed 's/^ Version: //')"
out="$("$root/usr/bin/symbolon-cli" --version)" || fail "symbolon-cli --version exited $?"
[ "$out" = "symbolon-cli $version" ] && pass "symbolon-cli --version: $out" || fail "symbolon-cli --version printed '$out', want 'symbolon-cli $version'"
out="$("$root/usr/bin/symbolon" --version 2>/dev/null)" || fail "symbolon --version exited $?"
[ "$out" = "Symbolon $version" ] && pass "symbolon --version: $out" || fail "symbolon --version printed '$out', want 'Symbolon $version'"
for b in symbolon symbolon-cli; do
  if readelf -d "$root/usr/bin/$b" | grep -Eq 'RPATH|RUNPATH'; then fail "$b keeps an RPATH"; fi
done

ws="$tmp/demo"
"$root/usr/bin/symbolon-cli" demo create --workspace "$ws" --devices 60 >"$tmp/demo.log" 2>&1 ||
  { cat "$tmp/demo.log"; fail "symbolon-cli demo create"; }
serial="$("$root/usr/bin/symbolon-cli" --workspace "$ws" info | awk '/ACS card 1/ { print $NF; exit }')"
[ -n "$serial" ] && pass "demo workspace created, ACS card 1 is serial $serial" || fail "no serial for ACS card 1"
png="$tmp/overview.png"
SYMBOLON_TEST_PIN=111111 "$root/usr/bin/symbolon" --workspace "$ws" --card-serial "$serial" \
  --pin-env SYMBOLON_TEST_PIN --view overview --screenshot "$png" || fail "symbolon --screenshot exited $?"
if [ -s "$png" ]; then
  # PNG signature, then IHDR width and height (big-endian) at bytes 16..23.
  sig="$(od -An -tx1 -N8 "$png" | tr -d ' \n')"
  w=$((16#$(od -An -tx1 -j16 -N4 "$png" | tr -d ' \n')))
  h=$((16#$(od -An -tx1 -j20 -N4 "$png" | tr -d ' \n')))
  [ "$sig" = "89504e470d0a1a0a" ] && pass "screenshot is a PNG" || fail "screenshot is not a PNG ($sig)"
  [ "$w" -ge 800 ] && [ "$h" -ge 500 ] && pass "screenshot is ${w}x${h}" || fail "screenshot is only ${w}x${h}"
else
  fail "symbolon --screenshot wrote no PNG"
fi

# The Settings dialog needs no workspace; settings of a fresh user (a temporary config folder).
png="$tmp/settings.png"
XDG_CONFIG_HOME="$tmp/config" "$root/usr/bin/symbolon" --view settings --screenshot "$png" ||
  fail "symbolon --view settings --screenshot exited $?"
[ "$(od -An -tx1 -N8 "$png" 2>/dev/null | tr -d ' \n')" = "89504e470d0a1a0a" ] &&
  pass "Settings dialog rendered" || fail "symbolon --view settings wrote no PNG"

# 5. Desktop metadata through the freedesktop validators.
if desktop-file-validate "$root/usr/share/applications/$app_id.desktop" >"$tmp/dfv.log" 2>&1 && [ ! -s "$tmp/dfv.log" ]; then
  pass "desktop-file-validate"
else
  cat "$tmp/dfv.log"; fail "desktop-file-validate"
fi
if appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/$app_id.metainfo.xml" >"$tmp/as.log" 2>&1; then
  pass "appstreamcli validate --no-net"
else
  cat "$tmp/as.log"; fail "appstreamcli validate --no-net"
fi
grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/$app_id.metainfo.xml" ||
  fail "the metainfo has no release $version"
grep -q "^Icon=$app_id$" "$root/usr/share/applications/$app_id.desktop" || fail "the desktop entry's Icon is not $app_id"

# 6. Man pages render without a warning, and each documents every long option its binary accepts.
for page in symbolon symbolon-cli; do
  src="$root/usr/share/man/man1/$page.1"
  [ -e "$src" ] || src="$src.gz"
  zcat -f "$src" >"$tmp/$page.1"
  warnings="$( { LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$tmp/$page.1" >"$tmp/$page.txt"; } 2>&1)"
  warnings+="$(groff -man -ww -z "$tmp/$page.1" 2>&1)"
  if [ -z "$warnings" ] && [ -s "$tmp/$page.txt" ]; then pass "man -l $page.1 renders cleanly"; else echo "$warnings"; fail "man -l $page.1"; fi
  grep -q "$version" "$tmp/$page.txt" || fail "$page.1 does not name version $version"
  for opt in $("$root/usr/bin/$page" --help 2>/dev/null | grep -oE '^ +(-[a-zA-Z], )?--[a-z][a-z0-9-]*' | grep -oE -- '--[a-z0-9-]+' | sort -u); do
    case "$opt" in --help-all) continue ;; esac
    grep -qe "$opt" "$tmp/$page.txt" || fail "$page.1 does not document $opt"
  done
done

# 7. Optional: a real install with dpkg (root only, opt-in).
if [ "${SYMBOLON_TEST_DPKG_INSTALL:-0}" = 1 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    fail "SYMBOLON_TEST_DPKG_INSTALL=1 needs root"
  elif dpkg -i "$deb" >"$tmp/dpkg.log" 2>&1; then
    pass "dpkg -i"
    /usr/bin/symbolon-cli --version >/dev/null && pass "installed symbolon-cli runs" || fail "installed symbolon-cli"
    dpkg -r symbolon >>"$tmp/dpkg.log" 2>&1 && pass "dpkg -r" || { cat "$tmp/dpkg.log"; fail "dpkg -r"; }
  else
    cat "$tmp/dpkg.log"; fail "dpkg -i (are the dependencies installed?)"
  fi
else
  echo "(dpkg -i not tried: set SYMBOLON_TEST_DPKG_INSTALL=1 as root to install, check and remove the package)"
fi

echo "$failures failure(s)"
[ "$failures" -eq 0 ]
