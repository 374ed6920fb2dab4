// The one answer to "is this the same entry?" for keywords, exclusions, handles, blocked keywords,
// account names and channel names, in the console and in the Hub alike.

// Printable ASCII is already NFC and NFKC and has no white space but the plain space: it skips
// Unicode normalisation, whose first use loads ICU data (about 8 ms), and keeps 400 pasted
// entries cheap.
const PRINTABLE_ASCII = /^[ -~]*$/;
// Any Unicode white space (tab, line breaks, NBSP, the ideographic space…) becomes one space.
const WHITE_SPACE = /[\p{White_Space}\uFEFF]+/gu;
// Invisible characters that change nothing a reader sees: ZWSP, ZWNJ, ZWJ, LRM, RLM, plus the
// soft hyphen and word joiner of the same family. They are kept in the stored text (ZWJ and ZWNJ
// shape Persian, Urdu, Indic scripts and emoji) and ignored when comparing.
const INVISIBLE = /[\u00AD\u200B-\u200F\u2060]/gu;
// C0 and C1 controls and the bidi embeddings, overrides and isolates: they let an entry display
// as something else. Right-to-left text itself is welcome.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

const BIDI_NAMES: Readonly<Record<number, string>> = {
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
};

/** The stored form: ends trimmed, every run of white space one space, NFC. */
export function canonicalEntry(text: string): string {
  const collapsed = text.replace(WHITE_SPACE, ' ').trim();
  return PRINTABLE_ASCII.test(collapsed) ? collapsed : collapsed.normalize('NFC');
}

// Keys are asked for again and again (every chip on every add, every keyword of every post);
// a bounded memo keeps that cheap.
const keys = new Map<string, string>();

/**
 * The comparison form: the canonical form in NFKC, case-folded (the default, not the Turkish,
 * folding: "I" is "i", "ı" stays itself, "ß" is "ss"), without invisible characters.
 */
export function entryKey(text: string): string {
  let key = keys.get(text);
  if (key !== undefined) return key;
  const canonical = canonicalEntry(text);
  key = PRINTABLE_ASCII.test(canonical)
    ? canonical.toLowerCase()
    : canonicalEntry(
        caseFold(canonical.normalize('NFKC')).replace(INVISIBLE, '').normalize('NFKC'),
      );
  if (keys.size >= 10_000) keys.clear();
  keys.set(text, key);
  return key;
}

/**
 * Full case folding without a Unicode table: lower, upper, lower again turns "ẞ" and "ß" into
 * "ss", "ς" into "σ" and "ᾀ" into "ἀι". Only the dotless "ı" would come back as "i", so it is
 * kept apart: Turkish "ısı" and "isi" are different words.
 */
function caseFold(text: string): string {
  return text
    .toLowerCase()
    .split('ı')
    .map((part) => part.toUpperCase().toLowerCase())
    .join('ı');
}

/** Whether two entries are the same entry. */
export function sameEntry(a: string, b: string): boolean {
  return entryKey(a) === entryKey(b);
}

/** "U+202E RIGHT-TO-LEFT OVERRIDE" for the first forbidden character of a text, or null. */
export function forbiddenCharacterIn(text: string): string | null {
  const found = FORBIDDEN.exec(text);
  if (!found) return null;
  const codePoint = found[0].codePointAt(0) ?? 0;
  const code = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  return `${code} ${BIDI_NAMES[codePoint] ?? '(a control character)'}`;
}

/** Why an entry is refused for its characters ("contains U+202E …; remove it"), or null. */
export function entryCharacterProblem(text: string): string | null {
  const character = forbiddenCharacterIn(text);
  return character ? `contains ${character}; remove it` : null;
}
