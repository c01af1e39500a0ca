#!/usr/bin/env bash
# The whole suite: type check, one production build per browser, unit tests, the built extension in
# real Chromium and in real Firefox ESR, Firefox lint. Every stage runs even when an earlier one
# fails, so one run shows everything that is wrong; the last line counts the tests of all stages
# ("N passed, N failed, N skipped") and the exit code is non-zero when anything failed.
#
# Each browser is built once, here, and every later stage reads that build: with
# MIDDELMAAT_NO_BUILD=1 a stage that finds its build missing fails and says so instead of building
# again (src/tools/builds.mjs). Each stage prints how long it took, and a summary precedes the last line.
set -uo pipefail
cd "$(dirname "$0")/../.."
mkdir -p .output/test-results
rm -f .output/test-results/*.json
failed_stages=()
timings=()

# Seconds since the epoch: to the microsecond from bash 5 (its decimal mark follows the locale),
# whole seconds from older shells such as macOS's bash 3.
now() {
  local time=${EPOCHREALTIME:-}
  if [ -n "$time" ]; then echo "${time/,/.}"; else date +%s; fi
}

# Seconds since a `now` value, to a tenth.
seconds_since() {
  awk -v from="$1" -v to="$(now)" 'BEGIN { printf "%.1f", to - from }'
}

suite_started=$(now)

# Runs one stage, records whether it passed and how long it took; returns its exit status.
stage() {
  local name="$1"; shift
  local started code=0 status="passed" took
  started=$(now)
  echo
  echo "── $name ──"
  "$@" || code=$?
  if [ $code -ne 0 ]; then failed_stages+=("$name"); status="FAILED"; fi
  took=$(seconds_since "$started")
  timings+=("$(printf '%-26s %7s s  %s' "$name" "$took" "$status")")
  echo "── $name: $status in $took s ──"
  return $code
}

stage "typecheck" npx tsc --noEmit
stage "build (chrome)" node src/tools/builds.mjs --force chrome
stage "build (firefox)" node src/tools/builds.mjs --force firefox
export MIDDELMAAT_NO_BUILD=1
stage "unit" npx vitest run --reporter=default --reporter=json --outputFile.json=.output/test-results/unit.json
if stage "chromium" bash src/tools/ensure-chromium.sh; then
  stage "e2e copy (chrome)" node src/tools/build-e2e.mjs chrome
  stage "e2e (chromium)" npx vitest run -c vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json=.output/test-results/e2e.json
fi
if stage "firefox" bash src/tools/ensure-firefox.sh; then
  stage "e2e copy (firefox)" node src/tools/build-e2e.mjs firefox
  stage "e2e (firefox)" npx vitest run -c vitest.firefox.config.ts --reporter=default --reporter=json --outputFile.json=.output/test-results/e2e-firefox.json
fi
stage "firefox lint" node src/tools/lint-firefox.mjs

echo
echo "── durations ──"
printf '%s\n' "${timings[@]}"
printf '%-26s %7s s\n' "total" "$(seconds_since "$suite_started")"
if [ ${#failed_stages[@]} -gt 0 ]; then
  echo "failed stages: ${failed_stages[*]}" >&2
fi
# Last, so the closing line CI reads stays the last line of the output.
node src/tools/count-tests.mjs .output/test-results "${#failed_stages[@]}"
if [ ${#failed_stages[@]} -gt 0 ]; then exit 1; fi
