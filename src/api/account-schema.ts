import { z } from 'zod/mini';
import { emailRule } from '../lib/email-rule';
import { singleLineText } from '../lib/text-rules';
import { sessionSchema } from './session-schema';
import { personNameRules, roleSchema, userSchema } from './user-schema';

/** How long the Hub keeps message data, in days (SPEC §7; Facebook:Service shows it too). */
export const RETENTION_DAYS = 28;

export const accountSchema = z.object({
  name: z.string(),
  apiKey: z.string(),
  apiKeyMasked: z.boolean(),
  retentionDays: z.int().check(z.positive()),
  urlBase: z.string(),
  /** When the API key was last rotated (null: never): a page that showed an older key can tell. */
  apiKeyRotatedAt: z.nullable(z.iso.datetime()),
});
export type Account = z.infer<typeof accountSchema>;

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
