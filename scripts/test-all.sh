#!/usr/bin/env bash
# Every test of the project: static checks, unit and component tests (Vitest), then end-to-end
# journeys (Playwright in Debian's Chromium) against the production build. Ends with the line
# "N passed, N failed" counting all of them. Exit code 0 only when nothing failed.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results
rm -f test-results/*.json test-results/checks.txt

check() { # name, command...: a static check counts as one test
  local name="$1"; shift
  echo "::: $name"
  if "$@"; then echo "pass $name" >> test-results/checks.txt; else echo "fail $name" >> test-results/checks.txt; fi
}

check "lint (eslint, pure domain rule)" npx eslint src tests scripts
check "types (svelte-check)" npx svelte-check --tsconfig ./tsconfig.json --fail-on-warnings --output human
echo "::: unit and component tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile=test-results/unit.json --reporter=./scripts/vitest-budgets.mjs
check "production build (vite build)" npx vite build
check "chromium available" bash scripts/ensure-chromium.sh
# The web server takes a port free now, never a fixed one that another run or server may hold.
E2E_PORT="${E2E_PORT:-$(node scripts/free-port.mjs)}"
export E2E_PORT
echo "::: end-to-end journeys (playwright, chromium, web server on port $E2E_PORT)"
npx playwright test

node scripts/slowest-tests.mjs
node scripts/summarize-tests.mjs
