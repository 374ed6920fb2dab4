import { z } from 'zod/mini';
import { canonicalEntry, forbiddenCharacterIn } from './entry';

/** Length as a person counts it: code points, so an emoji counts once. */
export function countCharacters(value: string): number {
  return Array.from(value).length;
}

type TextRuleOptions = { label: string; min?: number; max: number };

function noForbiddenCharacters(label: string, allowLineBreaks = false) {
  return z.superRefine<string>((value, context) => {
    const character = forbiddenCharacterIn(
      allowLineBreaks ? value.replace(/[\n\r\t]/g, '') : value,
    );
    if (character) {
      context.addIssue({
        code: 'custom',
        input: value,
        message: `${label} contains ${character}; remove it`,
      });
    }
  });
}

function atMost(label: string, max: number) {
  return z.refine<string>(
    (value) => countCharacters(value) <= max,
    `${label} can have at most ${max} characters`,
  );
}

/**
 * A single-line text value in its canonical form (trimmed, white space collapsed, NFC), bounded in
 * characters, free of control characters.
 */
export function singleLineText({ label, min = 1, max }: TextRuleOptions) {
  return z.string({ error: `Enter ${label.toLowerCase()}` }).check(
    z.overwrite(canonicalEntry),
    z.refine((value) => value.length > 0, `Enter ${label.toLowerCase()}`),
    z.refine(
      (value) => value.length === 0 || countCharacters(value) >= min,
      `${label} needs at least ${min} characters`,
    ),
    atMost(label, max),
    noForbiddenCharacters(label),
  );
}

/** Optional multi-line text: line breaks allowed, other control characters not. */
export function multiLineText({ label, max }: Omit<TextRuleOptions, 'min'>) {
  return z.string().check(z.trim(), atMost(label, max), noForbiddenCharacters(label, true));
}
