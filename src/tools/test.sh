#!/usr/bin/env bash
# The whole suite: type check, unit tests, the built extension in real Chromium, Firefox lint.
# Every stage runs even when an earlier one fails, so one run shows everything that is wrong; the
# last line counts the tests of all stages ("N passed, N failed, N skipped") and the exit code is
# non-zero when anything failed.
set -uo pipefail
cd "$(dirname "$0")/../.."
mkdir -p .output/test-results
rm -f .output/test-results/*.json
failed_stages=()

stage() {
  local name="$1"; shift
  echo
  echo "── $name ──"
  if ! "$@"; then failed_stages+=("$name"); fi
}

stage "typecheck" npx tsc --noEmit
stage "unit" npx vitest run --reporter=default --reporter=json --outputFile.json=.output/test-results/unit.json
if bash src/tools/ensure-chromium.sh; then
  stage "build (chrome, e2e copy)" node src/tools/build-e2e.mjs
  stage "e2e (chromium)" npx vitest run -c vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json=.output/test-results/e2e.json
else
  failed_stages+=("chromium install")
fi
stage "firefox lint" node src/tools/lint-firefox.mjs

node src/tools/count-tests.mjs .output/test-results "${#failed_stages[@]}"
if [ ${#failed_stages[@]} -gt 0 ]; then
  echo "failed stages: ${failed_stages[*]}" >&2
  exit 1
fi
