import { COMMON_ENGLISH_WORDS } from './common-english-words';
import { entryKey } from './entry';

// Entries the guide's best practices warn about: they source floods of unrelated posts.
// The hand lists are short on purpose; the word list is a published frequency list. The warning
// is advice and never blocks a save.

const GENERIC_HASHTAGS = new Set([
  '#awesome',
  '#iphone',
  '#android',
  '#love',
  '#happy',
  '#fun',
  '#news',
  '#help',
  '#sale',
  '#deal',
  '#win',
  '#fail',
  '#tbt',
  '#photo',
  '#music',
  '#travel',
  '#food',
  '#instagood',
  '#follow',
  '#like',
  '#check',
  '#balance',
  '#money',
  '#business',
  '#tech',
  '#apple',
  '#google',
  '#samsung',
]);

const BANKING_TERMS = new Set([
  'savings account',
  'checking account',
  'bank account',
  'overdraft',
  'balance',
  'check',
  'credit card',
  'debit card',
  'loan',
  'mortgage',
  'interest rate',
  'atm',
  'deposit',
  'transfer',
  'fees',
  'pin',
]);

const AMBIGUOUS_NAMES = new Set([
  'united',
  'delta',
  'orange',
  'shell',
  'target',
  'apple',
  'amazon',
  'jaguar',
  'puma',
  'dove',
  'subway',
  'virgin',
  'corona',
  'mercury',
  'oracle',
  'monster',
]);

// Celebrities and brands so well known that their name alone floods a channel; kept as one word,
// so "#JustinBieber", "#justinbieber" and "Justin Bieber" all match.
const WELL_KNOWN_NAMES = new Set([
  'justinbieber',
  'taylorswift',
  'beyonce',
  'rihanna',
  'katyperry',
  'ladygaga',
  'arianagrande',
  'selenagomez',
  'kimkardashian',
  'kanyewest',
  'elonmusk',
  'cristianoronaldo',
  'messi',
  'bts',
  'iphone',
  'ipad',
  'android',
  'apple',
  'google',
  'samsung',
  'microsoft',
  'facebook',
  'instagram',
  'twitter',
  'youtube',
  'tiktok',
  'netflix',
  'nike',
  'cocacola',
  'starbucks',
  'mcdonalds',
  'tesla',
  'disney',
  'nfl',
  'nba',
  'worldcup',
  'superbowl',
]);

let commonWords: Set<string> | undefined;
function isCommonWord(word: string) {
  commonWords ??= new Set(COMMON_ENGLISH_WORDS.split(' '));
  return commonWords.has(word);
}

/** The words of an entry; a hashtag's camel case counts as words ("#JustinBieber"). */
function wordsOf(entry: string): string[] {
  const body = entry.replace(/^[#@]/, '');
  const words = entry.startsWith('#')
    ? body.match(/\p{Lu}+(?!\p{Ll})|\p{Lu}?\p{Ll}+|[^\p{L}\s]+/gu)
    : body.split(/[^\p{L}\p{M}\p{N}'’]+/u);
  return (words ?? []).map(entryKey).filter((word) => word !== '');
}

/** Why an entry is broad or generic, or null when it looks specific enough. */
export function broadKeywordWarning(entry: string): string | null {
  const value = entryKey(entry);
  // A mention names one account, which is as specific as an entry gets.
  if (value.startsWith('@')) return null;
  const bare = value.replace(/^#/, '');
  if (GENERIC_HASHTAGS.has(value)) return 'Generic hashtag';
  if (BANKING_TERMS.has(bare)) return 'Generic banking term';
  if (AMBIGUOUS_NAMES.has(bare)) return 'Ambiguous name';
  const words = wordsOf(entry);
  if (WELL_KNOWN_NAMES.has(words.join(''))) return 'Well-known name';
  if (Array.from(bare).length <= 3) return 'Very short';
  if (words.length > 0 && words.every(isCommonWord)) {
    return words.length === 1 ? 'Single common word' : 'Common words only';
  }
  return null;
}
