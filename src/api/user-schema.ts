import { z } from 'zod/mini';
import { pageParams } from './page-schema';
import { emailRule } from '../lib/email-rule';
import { singleLineText } from '../lib/text-rules';

export const roles = ['Admin', 'Support', 'Viewer'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

export const idSchema = z.string().check(z.regex(/^[0-9a-f]{24}$/, 'An ID is 24 hex digits'));

export const userSchema = z.object({
  id: idSchema,
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
  roles: z.array(roleSchema).check(z.minLength(1)),
  lastSignInAt: z.nullable(z.iso.datetime()),
  hasPassword: z.boolean(),
  version: z.int().check(z.positive()),
});
export type User = z.infer<typeof userSchema>;

export const personNameRules = {
  firstName: singleLineText({ label: 'First Name', max: 100 }),
  lastName: singleLineText({ label: 'Last Name', max: 100 }),
};

export const userInputSchema = z.object({
  ...personNameRules,
  email: emailRule,
  roles: z.array(roleSchema).check(
    z.minLength(1, 'Choose at least one role'),
    z.maxLength(roles.length, 'Each role can be chosen once'),
    z.refine((list) => new Set(list).size === list.length, 'Each role can be chosen once'),
  ),
});
export type UserInput = z.infer<typeof userInputSchema>;

export const userUpdateSchema = z.omit(userInputSchema, { email: true });
export type UserUpdate = z.infer<typeof userUpdateSchema>;

/** The body of a password reset; the policy itself is checked against the user's email. */
export const passwordBodySchema = z.object({ password: z.string() });

/** GET /users: search, role filter and paging, as the Users page and the Hub read them. */
const userSorts = ['name', '-name', 'email', '-email', 'lastSignInAt', '-lastSignInAt'] as const;
export const userListParamsSchema = z.object({
  q: z.optional(z.string()),
  role: z.optional(roleSchema),
  /** By last name then first name, by email, or by last sign-in (never signed in is oldest). */
  sort: z._default(z.enum(userSorts), 'name'),
  ...pageParams,
});
export type UserListParams = z.output<typeof userListParamsSchema>;
/** What a request for the list names; the Hub takes the default order when it names none. */
export type UserListQuery = Omit<UserListParams, 'sort'> & Partial<Pick<UserListParams, 'sort'>>;

const rank: Record<Role, number> = { Admin: 3, Support: 2, Viewer: 1 };

/** The role that decides what a user may do: the most powerful of their roles. */
export function effectiveRole(userRoles: readonly Role[]): Role {
  return [...userRoles].sort((a, b) => rank[b] - rank[a])[0] ?? 'Viewer';
}
