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
  ])('leaves %j alone', (entry) => {
    expect(broadKeywordWarning(entry)).toBeNull();
  });
});
