/** Two projects: the fast pure tests (core, adapters, functions harness, CLI) and the browser tests. */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json' }];

module.exports = {
  // Browser tests start Chromium; the pure tests finish in milliseconds.
  testTimeout: 60000,
  projects: [
    {
      displayName: 'core',
      testEnvironment: 'node',
      transform: { '^.+\\.tsx?$': tsJest },
      testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/test/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/browser/'],
    },
    {
      displayName: 'browser',
      testEnvironment: 'node',
      transform: { '^.+\\.tsx?$': tsJest },
      testMatch: ['<rootDir>/test/browser/**/*.test.ts'],
    },
  ],
};
