import { twitterLanguageCodes } from './twitter-language-codes';

type TwitterLanguageCode = (typeof twitterLanguageCodes)[number];

// The browser's own names come first; some builds carry no data for some of these languages and
// give back the bare code ("bo"), so each has its English name here.
const englishNames: Record<TwitterLanguageCode, string> = {
  am: 'Amharic',
  ar: 'Arabic',
  hy: 'Armenian',
  eu: 'Basque',
  bn: 'Bangla',
  bs: 'Bosnian',
  bg: 'Bulgarian',
  my: 'Burmese',
  hr: 'Croatian',
  ca: 'Catalan',
  cs: 'Czech',
  da: 'Danish',
  nl: 'Dutch',
  en: 'English',
  et: 'Estonian',
  fi: 'Finnish',
  fr: 'French',
  ka: 'Georgian',
  de: 'German',
  el: 'Greek',
  gu: 'Gujarati',
  ht: 'Haitian Creole',
  iw: 'Hebrew',
  hi: 'Hindi',
  'hi-Latn': 'Hindi (Latin)',
  hu: 'Hungarian',
  is: 'Icelandic',
  in: 'Indonesian',
  it: 'Italian',
  ja: 'Japanese',
  kn: 'Kannada',
  km: 'Khmer',
  ko: 'Korean',
  lo: 'Lao',
  lv: 'Latvian',
  lt: 'Lithuanian',
  ml: 'Malayalam',
  dv: 'Divehi',
  mr: 'Marathi',
  ne: 'Nepali',
  no: 'Norwegian',
  or: 'Odia',
  pa: 'Punjabi',
  ps: 'Pashto',
  fa: 'Persian',
  pl: 'Polish',
  pt: 'Portuguese',
  ro: 'Romanian',
  ru: 'Russian',
  sr: 'Serbian',
  'zh-CN': 'Chinese (Simplified)',
  sd: 'Sindhi',
  si: 'Sinhala',
  sk: 'Slovak',
  sl: 'Slovenian',
  ckb: 'Central Kurdish',
  es: 'Spanish',
  sv: 'Swedish',
  tl: 'Tagalog',
  ta: 'Tamil',
  te: 'Telugu',
  th: 'Thai',
  bo: 'Tibetan',
  'zh-TW': 'Chinese (Traditional)',
  tr: 'Turkish',
  uk: 'Ukrainian',
  ur: 'Urdu',
  ug: 'Uyghur',
  vi: 'Vietnamese',
  cy: 'Welsh',
};

const englishNameOf = new Map<string, string>(Object.entries(englishNames));

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
  const fallback = englishNameOf.get(code) ?? code;
  try {
    const name = displayNames.get(key)?.of(canonical);
    return !name || name.toLowerCase() === canonical.toLowerCase() ? fallback : name;
  } catch {
    return fallback;
  }
}

let sortedLanguages: { code: TwitterLanguageCode; name: string }[] | undefined;

/** X's languages with their names, in one order everywhere: alphabetical by name. */
export function twitterLanguages() {
  sortedLanguages ??= twitterLanguageCodes
    .map((code) => ({ code, name: languageName(code) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return sortedLanguages;
}
