import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { setHashIterations } from '../../mocks/password-hash';

// The mock Hub's tests check its rules, not the strength of its hashes: 600,000 PBKDF2 iterations
// per sign-in would multiply their time.
setHashIterations(20_000);

afterEach(() => {
  cleanup();
  globalThis.sessionStorage?.clear();
  globalThis.localStorage?.clear();
});
