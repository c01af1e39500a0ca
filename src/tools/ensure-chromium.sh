#!/usr/bin/env bash
# Makes sure a Chromium for the end-to-end tests is installed: Debian's `chromium` package, never a
# downloaded browser build. CHROMIUM_PATH, when set, names the browser to use instead (the e2e
# harness launches it); where apt cannot install Chromium (another OS, no root), every way out ends
# in one line saying how to point the suite at an installed Chrome or Chromium.
set -uo pipefail
HINT="point the suite at an installed Chrome or Chromium instead: CHROMIUM_PATH=/path/to/chrome npm test"

fail() {
  echo "ensure-chromium: $1; $HINT" >&2
  exit 1
}

if [ -n "${CHROMIUM_PATH:-}" ]; then
  [ -x "$CHROMIUM_PATH" ] || fail "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file"
  exit 0
fi
if [ -x /usr/bin/chromium ]; then exit 0; fi
command -v apt-get >/dev/null 2>&1 || fail "no /usr/bin/chromium, and no apt-get here to install Debian's chromium package"
SUDO=""
if [ "$(id -u)" != "0" ]; then
  command -v sudo >/dev/null 2>&1 || fail "no /usr/bin/chromium; installing Debian's chromium package needs root or sudo"
  SUDO="sudo -n"
fi
echo "ensure-chromium: /usr/bin/chromium is missing; installing Debian's chromium package (about a minute)…" >&2
$SUDO apt-get update -qq >/dev/null 2>&1 || fail "apt-get update failed, so Debian's chromium package could not be installed"
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null 2>&1 ||
  fail "apt-get install chromium failed (no such package on this system?)"
[ -x /usr/bin/chromium ] || fail "apt-get installed chromium, but there is no /usr/bin/chromium"
echo "ensure-chromium: installed $(/usr/bin/chromium --version 2>/dev/null | head -1)" >&2
