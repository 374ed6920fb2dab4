import { z } from 'zod/mini';

// C0/C1 controls and the bidirectional override/isolate marks. Right-to-left text itself is
// welcome; the invisible overrides are refused because they let a name display as something else.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

/** Length as a person counts it: code points, so an emoji counts once. */
export function countCharacters(value: string): number {
  return Array.from(value).length;
}

/** Folds runs of white space into one space and trims the ends. */
export function collapseSpaces(value: string): string {
  return value.replace(/\s+/gu, ' ').trim();
}

type TextRuleOptions = { label: string; min?: number; max: number };

function noForbiddenCharacters(label: string, allowLineBreaks = false) {
  return z.refine<string>(
    (value) => !FORBIDDEN_CHARACTERS.test(allowLineBreaks ? value.replace(/[\n\r\t]/g, '') : value),
    `${label} cannot contain control or text-direction override characters`,
  );
}

function atMost(label: string, max: number) {
  return z.refine<string>(
    (value) => countCharacters(value) <= max,
    `${label} can have at most ${max} characters`,
  );
}

/** A single-line text value: trimmed, bounded in characters, free of control characters. */
export function singleLineText({ label, min = 1, max }: TextRuleOptions) {
  return z.string({ error: `Enter ${label.toLowerCase()}` }).check(
    z.trim(),
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
