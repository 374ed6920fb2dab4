import { z } from 'zod/mini';
import { emailRule, singleLineText } from '../lib/text-rules';
import { personNameRules, roleSchema, userSchema } from './user-schema';

export const accountSchema = z.object({
  name: z.string(),
  apiKey: z.string(),
  apiKeyMasked: z.boolean(),
  retentionDays: z.int().check(z.positive()),
  urlBase: z.string(),
});
export type Account = z.infer<typeof accountSchema>;

export const sessionSchema = z.object({
  token: z.string().check(z.minLength(1)),
  expiresAt: z.iso.datetime(),
});
export type Session = z.infer<typeof sessionSchema>;

export const meSchema = z.object({
  user: userSchema,
  role: roleSchema,
  accountName: z.string(),
});

export const accountNameRule = singleLineText({ label: 'Company/organization name', max: 100 });

export const signupInputSchema = z.object({
  account: accountNameRule,
  ...personNameRules,
  email: emailRule,
  password: z.string(),
  acceptLegalTerms: z.literal(true, { error: 'Accept the Legal Terms to continue' }),
});
export type SignupInput = z.infer<typeof signupInputSchema>;

export const signupResultSchema = z.object({
  account: accountSchema,
  user: userSchema,
  session: sessionSchema,
});
export type SignupResult = z.infer<typeof signupResultSchema>;

const required = z.string().check(z.minLength(1));
export const tokenRequestSchema = z.union([
  z.object({ account: required, email: required, password: required }),
  z.object({ apiKey: required, email: required, password: required }),
]);
export type TokenRequest = z.infer<typeof tokenRequestSchema>;
