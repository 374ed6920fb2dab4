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

  it('counts an emoji as one character', () => {
    expect(countCharacters('👩‍💻')).toBe(3);
    expect(name.safeParse('🙂'.repeat(100)).success).toBe(true);
    expect(messageOf('🙂'.repeat(101))).toBe('Channel Name can have at most 100 characters');
  });

  it.each([
    ['', 'Enter channel name'],
    ['    ', 'Enter channel name'],
    ['x'.repeat(10_000), 'Channel Name can have at most 100 characters'],
    [
      'evil\u202Eoverride',
      'Channel Name cannot contain control or text-direction override characters',
    ],
    ['tab\tinside', 'Channel Name cannot contain control or text-direction override characters'],
    [undefined, 'Enter channel name'],
  ])('refuses %j with a clear message', (value, message) => {
    expect(messageOf(value)).toBe(message);
  });
});
