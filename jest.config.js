module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test/unit', '<rootDir>/test/simulator', '<rootDir>/test/contract'],
	testMatch: ['**/*.test.js'],
	modulePathIgnorePatterns: ['<rootDir>/dist/package.json'],
	testTimeout: 30000,
};
