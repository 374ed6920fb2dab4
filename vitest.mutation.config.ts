import { defineConfig } from 'vitest/config';
import base from './vite.config.ts';

// Mutation testing measures the tests of the contract, the pure modules and the mock Hub, which
// exercise them through public functions and HTTP. The page tests are left out: they take most of
// the time on every mutant and are not what the score is about.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['src/api/**/*.test.ts', 'src/lib/**/*.test.ts', 'mocks/**/*.test.ts'],
  },
});
