// Dates, numbers and counts as the reader expects them: the words are the console's language
// (English), the digits and dates follow the browser's locale. Each formatter is built on first
// use and kept: the first one of a page loads ICU data, so list pages format their dates in the
// rows' deferred render (see docs/decisions/0008-loading-order.md).

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
// The copy is English, so its plural forms follow English rules whatever the reader's locale.
let englishPlurals: Intl.PluralRules | undefined;

function cached<Format>(
  cache: Map<string, Format>,
  locale: string | undefined,
  make: () => Format,
) {
  const key = locale ?? '';
  let format = cache.get(key);
  if (!format) {
    format = make();
    cache.set(key, format);
  }
  return format;
}

/**
 * A limit in the copy, digits grouped as English copy writes them ("3,600"). By hand: the first
 * ICU number formatter costs about 25 ms of a page's start-up, for text that is mostly in hints
 * and error messages.
 */
export function groupDigits(value: number) {
  return String(value).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** A Hub timestamp in the reader's locale and time zone, e.g. "Jan 5, 2026, 9:00 AM" in en-US. */
export function formatDateTime(iso: string, locale?: string) {
  return cached(
    dateTimeFormats,
    locale,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
  ).format(new Date(iso));
}

/** A number in the reader's locale, e.g. "2,000" in en-US and "2.000" in de-DE. */
export function formatNumber(value: number, locale?: string) {
  return cached(
    numberFormats,
    locale,
    () => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }),
  ).format(value);
}

/** The English forms of a counted noun. */
export type Noun = { one: string; other: string };

/** A count with its noun in the right form, e.g. "1 user", "2 users", "0.5 days". */
export function formatCount(count: number, noun: Noun, locale?: string) {
  englishPlurals ??= new Intl.PluralRules('en');
  const form = englishPlurals.select(count) === 'one' ? noun.one : noun.other;
  return `${formatNumber(count, locale)} ${form}`;
}
