// Unit and contract tests run the built nodes (dist/) through n8n-core with nock; the simulator's own
// tests talk to it over real loopback HTTP, so they get neither nock nor the scaled-time setup.
const shared = {
	testEnvironment: 'node',
	testMatch: ['**/*.test.js'],
	modulePathIgnorePatterns: ['<rootDir>/dist/package.json'],
	testTimeout: 30000,
};

module.exports = {
	projects: [
		{
			...shared,
			displayName: 'node',
			roots: ['<rootDir>/test/unit', '<rootDir>/test/contract'],
			setupFilesAfterEnv: ['<rootDir>/test/helpers/setup.js'],
		},
		{ ...shared, displayName: 'simulator', roots: ['<rootDir>/test/simulator'] },
	],
};
