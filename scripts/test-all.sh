#!/usr/bin/env bash
# Everything the tests need on a fresh machine, then every test. The README's test command, and CI's.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== Installing Node packages (exactly as locked)"
npm ci --no-audit --no-fund

echo "== Checking for Debian's Chromium (browser tests drive it; no test tool downloads its own)"
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "The browser tests need Debian's chromium. Install it with: sudo apt-get install -y chromium" >&2
    exit 1
  fi
fi

echo "== Knowledge base check"
npm run -s kb:check

echo "== Type check"
npm run -s typecheck

echo "== Tests"
mkdir -p test-artifacts
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json=test-artifacts/vitest.json || status=$?

# One plain closing line that any CI reader understands.
node -e '
  const r = require("./test-artifacts/vitest.json");
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed` + (r.numPendingTests ? `, ${r.numPendingTests} skipped` : ""));
' || true
exit $status
