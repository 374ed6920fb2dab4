import { describe, expect, it } from 'vitest';
import { renderDmsConfig } from './dms-config';

const values = {
  'gsa-account-name': 'Demo Corp',
  'gsa-api-key': '7c3e9a1f5b2d4e6a8c0f1b3d5e7a9c2e',
  'gsa-channel-id': '5af17ad89a7957002123dc2c',
  'gsa-channel-name': '@DemoCorp - Twitter Service',
  'gsa-url-base': 'hub.example.com/api/v2.0',
  'gsa-user-name': 'dms@demo-corp.example',
};

describe('renderDmsConfig', () => {
  it('writes the section and every option, password left empty', () => {
    const result = renderDmsConfig('channel-twitter', values);
    expect(result).toEqual({
      ok: true,
      text: [
        '# DMS options from Hub Console. Import them on the Options tab of the Digital Messaging',
        '# Server application, then fill in "password" with the password set with Reset Password.',
        '[channel-twitter]',
        'gsa-account-name=Demo Corp',
        'gsa-api-key=7c3e9a1f5b2d4e6a8c0f1b3d5e7a9c2e',
        'gsa-channel-id=5af17ad89a7957002123dc2c',
        'gsa-channel-name=@DemoCorp - Twitter Service',
        'gsa-url-base=hub.example.com/api/v2.0',
        'gsa-user-name=dms@demo-corp.example',
        'password=',
        '',
      ].join('\r\n'),
    });
  });

  it('keeps =, ;, #, inner spaces and non-ASCII as they are', () => {
    const name = 'A=B; #1 Société 東京 🚀';
    const result = renderDmsConfig('channel-facebook', { ...values, 'gsa-channel-name': name });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.text).toContain('[channel-facebook]\r\n');
      expect(result.text).toContain(`\r\ngsa-channel-name=${name}\r\n`);
      const line = result.text.split('\r\n').find((entry) => entry.startsWith('gsa-channel-name='));
      expect(line?.slice(line.indexOf('=') + 1)).toBe(name);
    }
  });

  it.each([
    ['a line break', 'two\nlines', 'contains a line break or control character'],
    ['a carriage return', 'two\rlines', 'contains a line break or control character'],
    ['a line separator', 'two\u2028lines', 'contains a line break or control character'],
    ['a tab', 'tab\there', 'contains a line break or control character'],
    ['a leading space', ' padded', 'starts or ends with a space'],
    ['nothing', '', 'is empty'],
  ])('refuses a value with %s instead of writing a broken file', (_case, value, reason) => {
    expect(renderDmsConfig('channel-twitter', { ...values, 'gsa-user-name': value })).toEqual({
      ok: false,
      problems: [{ option: 'gsa-user-name', reason }],
    });
  });

  it('never writes more lines than options, whatever the values', () => {
    const samples = ['=', ';', '#', '[x]', 'ü', '\\', '"quoted"', "it's", '%s', '${x}'];
    for (const sample of samples) {
      const result = renderDmsConfig('channel-twitter', {
        ...values,
        'gsa-account-name': `x${sample}y`,
        'gsa-channel-name': `${sample}z`,
      });
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.text.split('\r\n')).toHaveLength(11);
    }
  });
});
