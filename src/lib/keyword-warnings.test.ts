import { describe, expect, it } from 'vitest';
import { broadKeywordWarning } from './keyword-warnings';

describe('broadKeywordWarning', () => {
  it.each([
    ['#awesome', 'Generic hashtag'],
    ['#iPhone', 'Generic hashtag'],
    ['savings account', 'Generic banking term'],
    ['#Check', 'Generic hashtag'],
    ['overdraft', 'Generic banking term'],
    ['#United', 'Ambiguous name'],
    ['ok', 'Very short'],
    ['#ab', 'Very short'],
    ['support', 'Single common word'],
    ['Phone', 'Single common word'],
    ['#JustinBieber', 'Well-known name'],
    ['#justinbieber', 'Well-known name'],
    ['Justin Bieber', 'Well-known name'],
    ['#iphone', 'Generic hashtag'],
    ['hello', 'Single common word'],
    ['Hello', 'Single common word'],
    ['#hello', 'Single common word'],
    ['awesome', 'Single common word'],
    ['#balance', 'Generic hashtag'],
    ['thank you', 'Common words only'],
    ['#ThankYou', 'Common words only'],
    ['ＨＥＬＬＯ', 'Single common word'],
  ])('warns about %j', (entry, warning) => {
    expect(broadKeywordWarning(entry)).toBe(warning);
  });

  it.each([
    'United Ultra Local Bank',
    '#AcmeHelp',
    'acme support',
    '@Acme',
    '@ab',
    'Société Générale',
    '@Genesys',
    '#Genesys',
    'Genesys Cloud',
    '#GenesysCloud',
    'Demo Corp support',
  ])('leaves %j alone', (entry) => {
    expect(broadKeywordWarning(entry)).toBeNull();
  });
});

describe('the guide', () => {
  it.each([
    '#JustinBieber',
    '#iphone',
    '#awesome',
    'hello',
    '#United',
    '#Check',
    'savings account',
    '#balance',
    'overdraft',
  ])('warns about its example %j', (entry) => {
    expect(broadKeywordWarning(entry)).not.toBeNull();
  });

  it.each(['@Genesys', '#Genesys', 'Genesys Cloud'])('leaves its brand term %j alone', (entry) => {
    expect(broadKeywordWarning(entry)).toBeNull();
  });
});
