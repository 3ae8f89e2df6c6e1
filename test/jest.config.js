// Jest in native ESM mode (NestJS 12 is ESM-only): see ../shared stack notes.
/** @type {import('jest').Config} */
const base = {
  rootDir: '..',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/test/tsconfig.json' }],
  },
  moduleNameMapper: {
    '^@app/(config|database|domain|calendar|queue|mail|common|testing|i18n|api-client)$':
      '<rootDir>/libs/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  setupFiles: ['<rootDir>/test/setup-env.ts'],
  globalSetup: '<rootDir>/test/global-setup.mjs',
  globalTeardown: '<rootDir>/test/global-teardown.mjs',
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
  testTimeout: 60_000,
};

export default {
  ...base,
  testMatch: [
    '<rootDir>/{apps,libs,test}/**/*.spec.ts',
    '<rootDir>/{apps,libs,test}/**/*.int-spec.ts',
    '<rootDir>/{apps,libs,test}/**/*.e2e-spec.ts',
    '<rootDir>/test/browser/**/*.browser-spec.ts',
    '<rootDir>/test/bench/**/*.bench.ts',
  ],
  // Benchmarks run once at a tiny size under `npm test`, so their code cannot rot.
  maxWorkers: 2,
};

export { base };
