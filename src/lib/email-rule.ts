import { z } from 'zod/mini';

// Apart from the other text rules: the sign-in page needs this rule alone, and the entry
// normalization they carry stays out of its first visit.
export const emailRule = z.pipe(
  z
    .string({ error: 'Enter an email address' })
    .check(
      z.trim(),
      z.minLength(1, 'Enter an email address'),
      z.maxLength(254, 'An email address has at most 254 characters'),
    ),
  z.email('Enter a valid email address, like name@example.com'),
);
