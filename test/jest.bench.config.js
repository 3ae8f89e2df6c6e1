import { base } from './jest.config.js';

/** `npm run bench`: the benchmarks at full size, one at a time so they do not compete for the cores. */
export default {
  ...base,
  testMatch: ['<rootDir>/test/bench/**/*.bench.ts'],
  maxWorkers: 1,
  testTimeout: 30 * 60_000,
};
