#!/usr/bin/env bash
# Every test: unit and content tests (vitest), then the production build and the browser tests
# (Playwright) against it. Installs what a fresh machine lacks: npm packages and a Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
export TEST_PORT="${TEST_PORT:-3100}"

if [ ! -d node_modules/next ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

# A browser: Playwright's own if present, else Debian's Chromium (installed when missing).
# CHROME_PATH, when set, always wins (playwright.config.ts reads it).
# Playwright's own counts only if it is the revision this @playwright/test expects.
own_browser=$(node -e "const {chromium}=require('playwright-core');process.stdout.write(String(require('fs').existsSync(chromium.executablePath())))" 2>/dev/null || echo false)
if [ -z "${CHROME_PATH:-}" ] && [ "$own_browser" = true ]; then
  export PW_OWN_BROWSER=1
elif [ -z "${CHROME_PATH:-}" ] && [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian's Chromium for the browser tests..."
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

# nginx for the multi-machine test (tests/e2e/multi-machine.spec.ts: nginx in front of two site servers), installed
# when missing; without it that test says so loudly and is skipped.
if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
  echo "Installing Debian's nginx for the multi-machine test..."
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq nginx >/dev/null; } || true
fi

# PostgreSQL for the feedback storage tests (they run on both SQLite and PostgreSQL): Debian's server,
# installed when missing, one throwaway cluster (temporary directory, free port) for the whole run.
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "Installing Debian's PostgreSQL for the storage tests..."
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null; } || true
fi
pg_dir=""
if pg_line=$(node tests/tools/postgres.mjs start); then
  export TEST_DATABASE_URL="${pg_line%% *}"
  pg_dir="${pg_line#* }"
  trap 'node tests/tools/postgres.mjs stop "$pg_dir"' EXIT
  echo "PostgreSQL for the storage tests: $TEST_DATABASE_URL"
else
  echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"
  echo "!!! PostgreSQL could not be installed or started: the storage tests run on SQLite only"
  echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"
fi

mkdir -p .reports && rm -f .reports/*.json
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json=.reports/unit.json || status=$?

# The build the browser tests run against; its public URL is the test server's own origin.
SITE_URL="http://localhost:${TEST_PORT}" npm run build
npx playwright test || status=$?

node tests/tools/summary.mjs .reports/unit.json .reports/e2e.json || true
exit $status
