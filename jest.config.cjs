/** Jest: unit tests in tests/unit (core in node, UI/content in jsdom via per-file docblocks). */
module.exports = {
  rootDir: __dirname,
  roots: ['<rootDir>/tests/unit'],
  testPathIgnorePatterns: ['/node_modules/', 'jsdom-env.cjs', 'engine-data-setup.ts'],
  testEnvironment: 'node',
  setupFiles: ['<rootDir>/tests/unit/engine-data-setup.ts'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transformIgnorePatterns: ['/node_modules/(?!(preact|@testing-library/preact)/)'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  transform: {
    '^.+\\.(t|j|mj)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic', importSource: 'preact' } },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
};
