import { z } from 'zod/mini';
import { emailRule } from '../../lib/email-rule';

export const signInFormSchema = z.object({
  account: z.string().check(z.trim(), z.minLength(1, 'Enter your account name')),
  email: emailRule,
  password: z.string().check(z.minLength(1, 'Enter your password')),
});
export type SignInFormValues = z.infer<typeof signInFormSchema>;
