import { z } from 'zod/mini';
import { signupInputSchema } from '../../api/account-schema';
import { checkPassword } from '../../lib/password-policy';

export const signupFormSchema = z
  .extend(signupInputSchema, {
    acceptLegalTerms: z
      .boolean()
      .check(z.refine((accepted) => accepted, 'Accept the Legal Terms to continue')),
    confirmPassword: z.string(),
  })
  .check(
    z.superRefine((values, context) => {
      const policy = checkPassword(values.password, values.email);
      if (!policy.ok) {
        context.addIssue({ code: 'custom', path: ['password'], message: policy.reason });
      }
      if (values.confirmPassword !== values.password) {
        context.addIssue({
          code: 'custom',
          path: ['confirmPassword'],
          message: 'The two passwords are not the same',
        });
      }
    }),
  );

export type SignupFormInput = z.input<typeof signupFormSchema>;
export type SignupFormValues = z.output<typeof signupFormSchema>;

export const signupFields = [
  'account',
  'firstName',
  'lastName',
  'email',
  'password',
  'confirmPassword',
  'acceptLegalTerms',
] as const;
