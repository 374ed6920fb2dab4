// Entries the guide's best practices warn about: they source floods of unrelated posts.
// The lists are short on purpose; the warning is advice and never blocks a save.

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

const COMMON_WORDS = new Set(
  (
    'the be to of and a in that have it for not on with he as you do at this but his by from they ' +
    'we say her she or an will my one all would there their what so up out if about who get which ' +
    'go me when make can like time no just him know take people into year your good some could ' +
    'them see other than then now look only come its over think also back after use two how our ' +
    'work first well way even new want because any these give day most us great best love help ' +
    'service support customer account phone order money free today please thanks thank happy ' +
    'problem issue question app online store shop price card bank home car food news'
  ).split(' '),
);

/** Why an entry is broad or generic, or null when it looks specific enough. */
export function broadKeywordWarning(entry: string): string | null {
  const value = entry.trim().toLocaleLowerCase('en-US');
  const bare = value.replace(/^[#@]/, '');
  if (GENERIC_HASHTAGS.has(value)) return 'Generic hashtag';
  if (BANKING_TERMS.has(bare)) return 'Generic banking term';
  if (AMBIGUOUS_NAMES.has(bare)) return 'Ambiguous name';
  if (!value.startsWith('@') && Array.from(bare).length <= 3) return 'Very short';
  if (!/\s/.test(value) && !value.startsWith('#') && COMMON_WORDS.has(bare)) {
    return 'Single common word';
  }
  return null;
}
