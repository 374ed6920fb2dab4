export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

// Kept short on purpose: these are the passwords of 12+ characters that leaked lists show most.
const COMMON_PASSWORDS = new Set([
  '123456789012',
  '1234567890123',
  '111111111111',
  '000000000000',
  'password1234',
  'password123!',
  'passwordpassword',
  'passw0rd1234',
  'p@ssw0rd1234',
  'qwertyuiopas',
  'qwerty123456',
  'qwertyuiop123',
  '1q2w3e4r5t6y',
  'zaq12wsxcde3',
  'iloveyou1234',
  'administrator',
  'adminadmin12',
  'letmein12345',
  'welcome12345',
  'changeme1234',
  'abc123456789',
  'trustno1trustno1',
  'football1234',
  'baseball1234',
  'monkey123456',
  'sunshine1234',
  'princess1234',
  'dragon123456',
  'master123456',
  'superman1234',
]);

export type PasswordCheck = { ok: true } | { ok: false; reason: string };

/** The Hub's password policy; the console shows the reason while the user types. */
export function checkPassword(password: string, email?: string): PasswordCheck {
  const length = Array.from(password).length;
  if (length < PASSWORD_MIN_LENGTH) {
    const missing = PASSWORD_MIN_LENGTH - length;
    return {
      ok: false,
      reason: `Use at least ${PASSWORD_MIN_LENGTH} characters (${missing} more)`,
    };
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return { ok: false, reason: `Use at most ${PASSWORD_MAX_LENGTH} characters` };
  }
  if (email && password.trim().toLowerCase() === email.trim().toLowerCase()) {
    return { ok: false, reason: 'The password cannot be the email address' };
  }
  if (COMMON_PASSWORDS.has(password.toLowerCase())) {
    return { ok: false, reason: 'This password is too common; choose another' };
  }
  return { ok: true };
}
