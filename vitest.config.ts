import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Each file gets its own temp data folder; scrypt hashing makes auth tests CPU-bound, so two
    // workers match the two cores of an office PC and of CI.
    maxWorkers: 2,
    testTimeout: 30_000,
  },
});
