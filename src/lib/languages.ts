/** The language codes X accepts in its `lang` filter. */
export const twitterLanguageCodes = [
  'am',
  'ar',
  'hy',
  'eu',
  'bn',
  'bs',
  'bg',
  'my',
  'hr',
  'ca',
  'cs',
  'da',
  'nl',
  'en',
  'et',
  'fi',
  'fr',
  'ka',
  'de',
  'el',
  'gu',
  'ht',
  'iw',
  'hi',
  'hi-Latn',
  'hu',
  'is',
  'in',
  'it',
  'ja',
  'kn',
  'km',
  'ko',
  'lo',
  'lv',
  'lt',
  'ml',
  'dv',
  'mr',
  'ne',
  'no',
  'or',
  'pa',
  'ps',
  'fa',
  'pl',
  'pt',
  'ro',
  'ru',
  'sr',
  'zh-CN',
  'sd',
  'si',
  'sk',
  'sl',
  'ckb',
  'es',
  'sv',
  'tl',
  'ta',
  'te',
  'th',
  'bo',
  'zh-TW',
  'tr',
  'uk',
  'ur',
  'ug',
  'vi',
  'cy',
] as const;

// X keeps the legacy codes for Hebrew and Indonesian; people type the current ones.
const aliases: Record<string, string> = { he: 'iw', id: 'in' };

/** The X code for what someone typed, or null when X does not filter on it. */
export function toTwitterLanguageCode(code: string): string | null {
  const wanted = aliases[code.trim().toLowerCase()] ?? code.trim();
  return twitterLanguageCodes.find((known) => known.toLowerCase() === wanted.toLowerCase()) ?? null;
}

const displayNames = new Map<string, Intl.DisplayNames | null>();

/** The language's name in the given locale, e.g. "French" for "fr" in English. */
export function languageName(code: string, locale?: string): string {
  const key = locale ?? '';
  if (!displayNames.has(key)) {
    try {
      displayNames.set(
        key,
        new Intl.DisplayNames(locale ? [locale] : undefined, { type: 'language' }),
      );
    } catch {
      displayNames.set(key, null);
    }
  }
  const canonical = code === 'iw' ? 'he' : code === 'in' ? 'id' : code;
  try {
    return displayNames.get(key)?.of(canonical) ?? code;
  } catch {
    return code;
  }
}
