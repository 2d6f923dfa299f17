#!/usr/bin/env bash
# The project's test command: build, unit tests (nock + the n8n engine, plus the simulator's own tests),
# then end-to-end tests in a real n8n 2.41.1 against the simulator; with TOPVIEW_E2E_COMPAT=1 the same
# e2e tests also run on the newest n8n 1.x. Ends with one line "N passed, N failed" from the jest reports.
set -u
cd "$(dirname "$0")/.."

rm -f .jest-unit.json .jest-e2e.json .jest-e2e-compat.json
npm run build || exit 1

unit_rc=0
npx jest --ci --json --outputFile=.jest-unit.json || unit_rc=$?
e2e_rc=0
npx jest -c test/e2e/jest.config.js --ci --json --outputFile=.jest-e2e.json || e2e_rc=$?
reports='".jest-unit.json", ".jest-e2e.json"'
if [ "${TOPVIEW_E2E_COMPAT:-0}" = "1" ]; then
	N8N_E2E_VERSION=1.123.81 npx jest -c test/e2e/jest.config.js --ci --json --outputFile=.jest-e2e-compat.json || e2e_rc=$?
	reports="$reports, \".jest-e2e-compat.json\""
fi

node -e '
const fs = require("fs");
let passed = 0, failed = 0;
for (const file of ['"$reports"']) {
	if (!fs.existsSync(file)) { failed += 1; console.error(`${file} missing: that jest run did not finish`); continue; }
	const r = JSON.parse(fs.readFileSync(file, "utf8"));
	passed += r.numPassedTests;
	failed += r.numFailedTests + (r.numRuntimeErrorTestSuites || 0);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
' || exit 1
[ "$unit_rc" -eq 0 ] && [ "$e2e_rc" -eq 0 ]
