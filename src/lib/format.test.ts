import { describe, expect, it } from 'vitest';
import { formatCount, formatDateTime, formatNumber } from './format';

// Built from local time, so the expectations hold in any time zone the tests run in.
const at = (...parts: [number, number, number, number, number]) => new Date(...parts).toISOString();
// The platform may put a narrow no-break space before AM/PM.
const plain = (text: string) => text.replace(/\s/g, ' ');

const users = { one: 'user', other: 'users' };

describe('formatDateTime', () => {
  it('follows the locale it is given', () => {
    expect(plain(formatDateTime(at(2026, 0, 5, 9, 0), 'en-US'))).toBe('Jan 5, 2026, 9:00 AM');
    expect(formatDateTime(at(2026, 0, 5, 9, 0), 'de-DE')).toBe('05.01.2026, 09:00');
    expect(formatDateTime(at(2026, 0, 5, 9, 0), 'ja-JP')).toBe('2026/01/05 9:00');
  });
});

describe('formatCount', () => {
  it('gives one and many their English forms', () => {
    expect(formatCount(1, users, 'en-US')).toBe('1 user');
    expect(formatCount(0, users, 'en-US')).toBe('0 users');
    expect(formatCount(2, users, 'en-US')).toBe('2 users');
  });

  it('writes the number in the reader’s locale, the words in English', () => {
    expect(formatCount(5000, users, 'en-US')).toBe('5,000 users');
    expect(formatCount(5000, users, 'de-DE')).toBe('5.000 users');
    expect(formatCount(1, users, 'de-DE')).toBe('1 user');
  });
});

describe('formatNumber', () => {
  it('groups digits and keeps at most two decimals', () => {
    expect(formatNumber(2_419_200, 'en-US')).toBe('2,419,200');
    expect(formatNumber(0.041_666, 'en-US')).toBe('0.04');
  });
});
