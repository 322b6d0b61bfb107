#!/usr/bin/env bash
# Registers NSS softoken (libnss3's libsoftokn3.so) with p11-kit on a test machine, as a site
# registers its HSM vendor's module: no Debian package registers it, and the production profile
# loads only registered modules (README, "Code comes from the machine"). The production-profile
# tests of label site (tests/site/test_nss_production.cpp) need it and report a skip without it.
# "enable-in" keeps every other p11-kit user on the machine from loading it (it needs
# parameters they would not give). Symbolon itself does not read "enable-in": on this machine the
# console and the CLI accept NSS softoken as a registered module, as they would a site's HSM module
# (a test machine's choice, never a site's). Quiet and quick when the registration is there already.
set -euo pipefail
lib=$(ls /usr/lib/*/libsoftokn3.so 2>/dev/null | head -n1 || true)
if [ -z "$lib" ]; then
  echo "symbolon: libsoftokn3.so not found (package libnss3): the production tests of label site will skip" >&2
  exit 0
fi
conf=/etc/pkcs11/modules/symbolon-test-nss-softokn.module
want=$(printf '# NSS softoken for Symbolon'"'"'s production-profile tests (packaging/register-test-modules.sh)\nmodule: %s\nenable-in: symbolon-cli\n' "$lib")
if [ -f "$conf" ] && [ "$(cat "$conf")" = "$want" ]; then
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO install -d -o root -g root -m 0755 /etc/pkcs11 /etc/pkcs11/modules
printf '%s\n' "$want" | $SUDO tee "$conf" >/dev/null
$SUDO chown root:root "$conf"
$SUDO chmod 0644 "$conf"
echo "symbolon: registered $lib with p11-kit as symbolon-test-nss-softokn ($conf)"
