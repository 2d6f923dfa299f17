#!/usr/bin/env bash
# The project's test command: build, unit tests (nock + the n8n engine, plus the simulator's own tests),
# then end-to-end tests in a real n8n against the simulator. Ends with one line "N passed, N failed"
# computed from both jest JSON reports.
set -u
cd "$(dirname "$0")/.."

npm run build || exit 1

unit_rc=0
npx jest --ci --json --outputFile=.jest-unit.json || unit_rc=$?
e2e_rc=0
npx jest -c test/e2e/jest.config.js --ci --json --outputFile=.jest-e2e.json || e2e_rc=$?

node -e '
const fs = require("fs");
let passed = 0, failed = 0;
for (const file of [".jest-unit.json", ".jest-e2e.json"]) {
	if (!fs.existsSync(file)) { failed += 1; console.error(`${file} missing: that jest run did not finish`); continue; }
	const r = JSON.parse(fs.readFileSync(file, "utf8"));
	passed += r.numPassedTests;
	failed += r.numFailedTests + (r.numRuntimeErrorTestSuites || 0);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
' || exit 1
[ "$unit_rc" -eq 0 ] && [ "$e2e_rc" -eq 0 ]
