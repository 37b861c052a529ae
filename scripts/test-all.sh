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

# The slowest files (their tests' time, not their imports), then one plain closing line that any CI reader understands.
node -e '
  const r = require("./test-artifacts/vitest.json");
  const files = r.testResults.map((f) => [(f.endTime - f.startTime) / 1000, require("path").relative(process.cwd(), f.name)]).sort((a, b) => b[0] - a[0]);
  console.log("Slowest files:\n" + files.slice(0, 10).map(([s, name]) => `  ${s.toFixed(1).padStart(6)} s  ${name}`).join("\n"));
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed` + (r.numPendingTests ? `, ${r.numPendingTests} skipped` : ""));
' || true
exit $status
