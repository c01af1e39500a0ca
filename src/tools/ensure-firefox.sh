#!/usr/bin/env bash
# Makes sure a Firefox for the Firefox end-to-end tests is installed: Debian's `firefox-esr`
# package, never a downloaded browser build. FIREFOX_PATH, when set, names the Firefox to use instead
# (tests/e2e/drivers/firefox.ts launches it; it needs WebDriver BiDi, so Firefox 129 or later, and at
# least 140 for the add-on itself); where apt cannot install it, every way out ends in one line
# saying how to point the suite at an installed Firefox.
set -uo pipefail
HINT="point the suite at an installed Firefox (140 or later) instead: FIREFOX_PATH=/path/to/firefox npm run test:firefox"

fail() {
  echo "ensure-firefox: $1; $HINT" >&2
  exit 1
}

if [ -n "${FIREFOX_PATH:-}" ]; then
  [ -x "$FIREFOX_PATH" ] || fail "FIREFOX_PATH=$FIREFOX_PATH is not an executable file"
  exit 0
fi
if [ -x /usr/bin/firefox-esr ]; then exit 0; fi
command -v apt-get >/dev/null 2>&1 || fail "no /usr/bin/firefox-esr, and no apt-get here to install Debian's firefox-esr package"
SUDO=""
if [ "$(id -u)" != "0" ]; then
  command -v sudo >/dev/null 2>&1 || fail "no /usr/bin/firefox-esr; installing Debian's firefox-esr package needs root or sudo"
  SUDO="sudo -n"
fi
echo "ensure-firefox: /usr/bin/firefox-esr is missing; installing Debian's firefox-esr package (about half a minute)…" >&2
$SUDO apt-get update -qq >/dev/null 2>&1 || fail "apt-get update failed, so Debian's firefox-esr package could not be installed"
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq firefox-esr >/dev/null 2>&1 ||
  fail "apt-get install firefox-esr failed (no such package on this system?)"
[ -x /usr/bin/firefox-esr ] || fail "apt-get installed firefox-esr, but there is no /usr/bin/firefox-esr"
echo "ensure-firefox: installed $(/usr/bin/firefox-esr --version 2>/dev/null | head -1)" >&2
