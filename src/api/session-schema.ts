import { z } from 'zod/mini';

// Kept apart from the account and user schemas: the sign-in page and the stored session need only
// these, and the account's text rules stay out of the first visit's JavaScript.

export const sessionSchema = z.object({
  token: z.string().check(z.minLength(1)),
  expiresAt: z.iso.datetime(),
});
export type Session = z.infer<typeof sessionSchema>;

const required = z.string().check(z.minLength(1));
export const tokenRequestSchema = z.union([
  z.object({ account: required, email: required, password: required }),
  z.object({ apiKey: required, email: required, password: required }),
]);
export type TokenRequest = z.infer<typeof tokenRequestSchema>;
