/** The options a DMS driver reads from its section, in the order the guide lists them. */
const dmsOptionNames = [
  'gsa-account-name',
  'gsa-api-key',
  'gsa-channel-id',
  'gsa-channel-name',
  'gsa-url-base',
  'gsa-user-name',
  'password',
] as const;
export type DmsOptionName = (typeof dmsOptionNames)[number];

export type DmsSection = 'channel-twitter' | 'channel-facebook';

export type DmsConfigResult =
  { ok: true; text: string } | { ok: false; problems: { option: DmsOptionName; reason: string }[] };

// Anything that would end the line or hide in it; an import file has one option per line.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const LINE_BREAKING = /[\u0000-\u001f\u007f\u0085\u2028\u2029]/u;

function problemWith(value: string): string | null {
  if (LINE_BREAKING.test(value)) return 'contains a line break or control character';
  if (value !== value.trim()) return 'starts or ends with a space';
  return null;
}

/**
 * The import file for the DMS Options tab: one section, `option=value` lines, CRLF line ends,
 * UTF-8. The value is everything after the first "=", so "=", ";" and "#" inside it are kept.
 * Values that would break a line are refused rather than altered. The password stays empty
 * for the admin to fill in.
 */
export function renderDmsConfig(
  section: DmsSection,
  values: Record<Exclude<DmsOptionName, 'password'>, string>,
): DmsConfigResult {
  const problems: { option: DmsOptionName; reason: string }[] = [];
  const lines = [
    '# DMS options from Hub Console. Import them on the Options tab of the Digital Messaging',
    '# Server application, then fill in "password" with the password set with Reset Password.',
    `[${section}]`,
  ];
  for (const option of dmsOptionNames) {
    if (option === 'password') {
      lines.push('password=');
      continue;
    }
    const value = values[option];
    const reason = value === '' ? 'is empty' : problemWith(value);
    if (reason) problems.push({ option, reason });
    lines.push(`${option}=${value}`);
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, text: `${lines.join('\r\n')}\r\n` };
}
