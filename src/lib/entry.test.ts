import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalEntry, entryCharacterProblem, entryKey, sameEntry } from './entry';

describe('canonicalEntry', () => {
  it.each([
    ['  Genesys  QA  ', 'Genesys QA'],
    ['a\tb\nc', 'a b c'],
    ['no\u00A0break', 'no break'],
    ['ideographic\u3000space', 'ideographic space'],
    ['next\u0085line', 'next line'],
    ['Cafe\u0301', 'Caf\u00E9'],
    ['\uFEFFbom', 'bom'],
  ])('stores %j as %j', (typed, stored) => {
    expect(canonicalEntry(typed)).toBe(stored);
  });

  it('keeps ZWJ and ZWNJ, which shape Persian, Indic scripts and emoji', () => {
    expect(canonicalEntry('می\u200Cخواهم')).toBe('می\u200Cخواهم');
    expect(canonicalEntry('👩\u200D💻')).toBe('👩\u200D💻');
    expect(canonicalEntry('क्\u200Dष')).toBe('क्\u200Dष');
  });

  it('keeps the compatibility forms a person typed (fullwidth, ligatures)', () => {
    expect(canonicalEntry('ＡＣＭＥ')).toBe('ＡＣＭＥ');
    expect(canonicalEntry('ﬁnance')).toBe('ﬁnance');
  });

  it('is idempotent, has no space at the ends and no run of spaces', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const stored = canonicalEntry(text);
        expect(canonicalEntry(stored)).toBe(stored);
        expect(stored).toBe(stored.trim());
        expect(stored).not.toMatch(/\s\s/u);
        expect(stored).toBe(stored.normalize('NFC'));
      }),
    );
  });
});

describe('entryKey', () => {
  it.each([
    ['fullwidth letters', 'ＡＣＭＥ', 'acme'],
    ['case', 'Genesys', 'GENESYS'],
    ['combining sequence and precomposed', 'cafe\u0301', 'café'],
    ['ZWSP inserted', 'gene\u200Bsys', 'genesys'],
    ['ZWNJ inserted', 'gene\u200Csys', 'genesys'],
    ['ZWJ inserted', 'gene\u200Dsys', 'genesys'],
    ['LRM and RLM', '\u200Egenesys\u200F', 'genesys'],
    ['NBSP and space', 'savings\u00A0account', 'savings account'],
    ['sharp s', 'Straße', 'STRASSE'],
    ['final sigma', 'ΟΔΟΣ', 'οδος'],
    ['capital sharp s', 'STRAẞE', 'strasse'],
    ['iota subscript', 'ᾀ', 'ἀι'],
    ['ligature', 'ﬁnance', 'finance'],
    ['Kelvin sign', '\u212Aelvin', 'kelvin'],
    ['runs of white space', ' Genesys \t Cloud ', 'genesys cloud'],
  ])('%s: %j is the same entry as %j', (_, a, b) => {
    expect(entryKey(a)).toBe(entryKey(b));
    expect(sameEntry(a, b)).toBe(true);
  });

  it.each([
    ['accents', 'café', 'cafe'],
    ['Turkish dotless i', 'ısı', 'isi'],
    ['Turkish dotted capital I', 'İzmir', 'Izmir'],
    ['Arabic and Persian yeh', 'علي', 'علی'],
    ['different words', 'genesys', 'genesis'],
  ])('%s: %j is not the same entry as %j', (_, a, b) => {
    expect(sameEntry(a, b)).toBe(false);
  });

  it('takes the fast path for printable ASCII and agrees with the full path', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)),
        }),
        (text) => {
          expect(entryKey(text)).toBe(canonicalEntry(text).normalize('NFKC').toLowerCase());
        },
      ),
    );
  });

  it('is idempotent and ignores case, white space runs and invisible characters', () => {
    const invisible = fc.constantFrom('\u200B', '\u200C', '\u200D', '\u200E', '\u200F');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), invisible, fc.nat(), (text, mark, at) => {
        const key = entryKey(text);
        expect(entryKey(key)).toBe(key);
        // The one exception: the dotless ı upper-cases to I, whose lower case is i.
        if (!text.includes('ı')) {
          expect(entryKey(text.toUpperCase())).toBe(entryKey(text.toLowerCase()));
        }
        expect(entryKey(` ${text.replace(/ /g, '   ')}\t`)).toBe(key);
        const characters = Array.from(text);
        characters.splice(characters.length === 0 ? 0 : at % characters.length, 0, mark);
        expect(sameEntry(characters.join(''), text)).toBe(true);
      }),
    );
  });

  it('gives the same key to the canonical and the typed form', () => {
    const tricky = fc.constantFrom(
      ...[' ', '\t', '\n', '\u00A0', '\u3000', '\u200B', '\u200D', '\u0301', '\u0007'],
      ...['ß', 'ẞ', 'ﬁ', 'Ａ', 'İ', 'ı', 'ς', 'ᾀ', '\u212A', '가', '👩\u200D💻'],
    );
    const text = fc
      .array(fc.oneof(tricky, fc.string({ unit: 'grapheme', maxLength: 2 })), { maxLength: 12 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (text) => {
        expect(entryKey(canonicalEntry(text))).toBe(entryKey(text));
      }),
    );
  });
});

describe('entryCharacterProblem', () => {
  it.each([
    ['evil\u202Etxt', 'contains U+202E RIGHT-TO-LEFT OVERRIDE; remove it'],
    ['a\u202Ab', 'contains U+202A LEFT-TO-RIGHT EMBEDDING; remove it'],
    ['a\u202Cb', 'contains U+202C POP DIRECTIONAL FORMATTING; remove it'],
    ['a\u2067b', 'contains U+2067 RIGHT-TO-LEFT ISOLATE; remove it'],
    ['a\u2069b', 'contains U+2069 POP DIRECTIONAL ISOLATE; remove it'],
    ['nul\u0000', 'contains U+0000 (a control character); remove it'],
    ['del\u007F', 'contains U+007F (a control character); remove it'],
    ['c1\u009B', 'contains U+009B (a control character); remove it'],
  ])('refuses %j: %s', (text, message) => {
    expect(entryCharacterProblem(text)).toBe(message);
  });

  it.each(['می\u200Cخواهم', '👨\u200D👩\u200D👧', 'שלום', 'مرحبا', '#café', 'gene\u200Bsys'])(
    'accepts %j',
    (text) => {
      expect(entryCharacterProblem(text)).toBeNull();
    },
  );
});
