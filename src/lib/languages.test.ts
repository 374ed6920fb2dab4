import { describe, expect, it } from 'vitest';
import { languageName, toTwitterLanguageCode } from './languages';

describe('toTwitterLanguageCode', () => {
  it.each([
    ['fr', 'fr'],
    [' FR ', 'fr'],
    ['zh-cn', 'zh-CN'],
    ['HI-LATN', 'hi-Latn'],
    ['he', 'iw'],
    [' He ', 'iw'],
    ['id', 'in'],
    ['iw', 'iw'],
  ])('reads %j as the X code %j', (typed, code) => {
    expect(toTwitterLanguageCode(typed)).toBe(code);
  });

  it.each(['', 'xx', 'french', 'zh', 'en-US'])('finds no X code for %j', (typed) => {
    expect(toTwitterLanguageCode(typed)).toBeNull();
  });
});

describe('languageName', () => {
  it('names a language in the reader’s locale', () => {
    expect(languageName('fr', 'en')).toBe('French');
    expect(languageName('fr', 'de')).toBe('Französisch');
    expect(languageName('zh-TW', 'en')).toMatch(/Chinese/);
  });

  it('names the legacy X codes by their current language', () => {
    expect(languageName('iw', 'en')).toBe('Hebrew');
    expect(languageName('in', 'en')).toBe('Indonesian');
  });

  it('falls back to the English name, or the code, when the code or the locale is not one', () => {
    expect(languageName('not a code!', 'en')).toBe('not a code!');
    expect(languageName('fr', 'not a locale!')).toBe('French');
    // The failed locale is remembered, and asking again still answers.
    expect(languageName('de', 'not a locale!')).toBe('German');
  });

  it('uses the browser’s locale when none is given', () => {
    expect(languageName('fr')).toBe(
      new Intl.DisplayNames(undefined, { type: 'language' }).of('fr'),
    );
  });
});
