import { describe, expect, it } from 'vitest';
import { safeNextPath } from './safe-next-path';

const CONSOLE = 'https://console.example';

/** Where the browser goes when the console navigates to the path it was given. */
function landsOn(next: string) {
  return new URL(safeNextPath(next), CONSOLE);
}

describe('safeNextPath', () => {
  it.each([
    '/channels/5af17ad89a7957002123dc2b',
    '/users?page=2&q=ada#results',
    '/account?tab=api-key',
    '/',
  ])('follows the console path %s as given', (next) => {
    expect(safeNextPath(next)).toBe(next);
  });

  it.each([
    ['no next parameter', null],
    ['an empty one', ''],
    ['a relative path', 'users'],
    ['a protocol-relative URL', '//evil.example'],
    ['a protocol-relative URL with a path', '//evil.example/channels'],
    ['a backslash the browser reads as a slash', '/\\evil.example'],
    ['two backslashes', '/\\\\evil.example'],
    ['a tab between the slashes', '/\t/evil.example'],
    ['a newline between the slashes', '/\n/evil.example'],
    ['a carriage return and a backslash', '/\r\\evil.example'],
    ['dot segments that collapse into two slashes', '/..//evil.example'],
    ['an absolute URL', 'https://evil.example'],
    ['an absolute URL on another scheme', 'http://evil.example/signin'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a javascript: URL in capitals', 'JavaScript:alert(1)'],
    ['a data: URL', 'data:text/html,<script>alert(1)</script>'],
    ['leading whitespace before the slashes', ' //evil.example'],
  ])('sends %s to My Channels', (_case, next) => {
    expect(safeNextPath(next)).toBe('/channels');
  });

  it.each([
    '/%2F%2Fevil.example',
    '/%2f%2fevil.example',
    '/%5Cevil.example',
    '/%5C%5Cevil.example',
    '/%09/evil.example',
    '/.%2F/evil.example',
  ])('keeps the percent-encoded %s on the console', (next) => {
    const target = landsOn(next);
    expect(target.origin).toBe(CONSOLE);
    expect(target.pathname.startsWith('//')).toBe(false);
  });

  it('drops tabs and newlines inside a console path, as the browser would', () => {
    expect(safeNextPath('/chan\tnels?page=\n2')).toBe('/channels?page=2');
  });
});
