// Letters and digits that cannot be mistaken for one another, plus symbols DMS options accept.
export const PASSWORD_ALPHABET =
  'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789-_.!@#%+=';

/**
 * A random password from `crypto.getRandomValues`. Bytes at or above the largest multiple of the
 * alphabet's size are drawn again, so every character is equally likely (no modulo bias).
 */
export function generatePassword(
  length = 20,
  random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (bytes) => crypto.getRandomValues(bytes),
): string {
  const size = PASSWORD_ALPHABET.length;
  const limit = 256 - (256 % size);
  let password = '';
  while (password.length < length) {
    for (const byte of random(new Uint8Array(length * 2))) {
      if (byte < limit && password.length < length) password += PASSWORD_ALPHABET[byte % size];
    }
  }
  return password;
}
