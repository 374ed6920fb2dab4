import { describe, expect, it } from 'vitest';
import { countCharacters, singleLineText } from './text-rules';

const name = singleLineText({ label: 'Channel Name', max: 100 });

function messageOf(value: unknown) {
  const result = name.safeParse(value);
  return result.success ? null : result.error.issues[0]?.message;
}

describe('singleLineText', () => {
  it('trims and keeps the text as typed', () => {
    expect(name.parse('  @Acme - Twitter Service  ')).toBe('@Acme - Twitter Service');
    expect(name.parse('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
    expect(name.parse('شركة أكمي')).toBe('شركة أكمي');
  });

  it('stores the canonical form: white space collapsed to one space, NFC', () => {
    expect(name.parse('  Genesys  QA  ')).toBe('Genesys QA');
    expect(name.parse('tab\tinside\u00A0too')).toBe('tab inside too');
    expect(name.parse('Cafe\u0301')).toBe('Caf\u00E9');
  });

  it('counts an emoji as one character', () => {
    expect(countCharacters('👩‍💻')).toBe(3);
    expect(name.safeParse('🙂'.repeat(100)).success).toBe(true);
    expect(messageOf('🙂'.repeat(101))).toBe('Channel Name can have at most 100 characters');
  });

  it.each([
    ['', 'Enter channel name'],
    ['    ', 'Enter channel name'],
    ['x'.repeat(10_000), 'Channel Name can have at most 100 characters'],
    ['evil\u202Eoverride', 'Channel Name contains U+202E RIGHT-TO-LEFT OVERRIDE; remove it'],
    ['bell\u0007inside', 'Channel Name contains U+0007 (a control character); remove it'],
    ['isolate\u2066inside', 'Channel Name contains U+2066 LEFT-TO-RIGHT ISOLATE; remove it'],
    [undefined, 'Enter channel name'],
  ])('refuses %j with a clear message', (value, message) => {
    expect(messageOf(value)).toBe(message);
  });
});
