/**
 * Three projects, by what they hold and what they cost:
 * - unit: the core, the adapters against the fake Excel, the i18n and view models: milliseconds each;
 * - built: what runs from the build, as users run it: the functions bundle loaded the way Excel loads it,
 *   the CLI and `npm start` as processes, the production build and the manifests (seconds each);
 * - browser: the task pane and the check page in headless Chromium.
 */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json' }];
const common = { testEnvironment: 'node', transform: { '^.+\\.tsx?$': tsJest } };

module.exports = {
  testTimeout: 60000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/test/taskpane/**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'built',
      testMatch: [
        '<rootDir>/test/functions/**/*.test.ts',
        '<rootDir>/test/cli/**/*.test.ts',
        '<rootDir>/test/foundation/**/*.test.ts',
        '<rootDir>/test/architecture/**/*.test.ts',
      ],
    },
    {
      ...common,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.test.ts'],
    },
  ],
};
