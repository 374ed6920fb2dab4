import { describe, expect, it } from 'vitest';
import { formatDateTime } from './date-time';

// Built from local time, so the expectations hold in any time zone the tests run in.
const at = (...parts: [number, number, number, number, number]) => new Date(...parts).toISOString();

describe('formatDateTime', () => {
  it('writes month, day, year and a 12-hour clock in the local time zone', () => {
    expect(formatDateTime(at(2026, 0, 5, 9, 0))).toBe('Jan 5, 2026, 9:00 AM');
    expect(formatDateTime(at(2026, 11, 31, 23, 7))).toBe('Dec 31, 2026, 11:07 PM');
  });

  it('writes midnight and noon as 12', () => {
    expect(formatDateTime(at(2026, 5, 1, 0, 30))).toBe('Jun 1, 2026, 12:30 AM');
    expect(formatDateTime(at(2026, 5, 1, 12, 0))).toBe('Jun 1, 2026, 12:00 PM');
  });

  it('agrees with the en-US formatter of the platform', () => {
    const iso = at(2027, 2, 14, 15, 9);
    const intl = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });
    // The platform may put a narrow no-break space before AM/PM.
    expect(formatDateTime(iso)).toBe(intl.format(new Date(iso)).replace(/\s/g, ' '));
  });
});
