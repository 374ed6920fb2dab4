// Any origin works as the base: only whether `next` leaves it matters. `.invalid` never resolves.
const CONSOLE_ORIGIN = 'https://console.invalid';

/**
 * Only paths inside the console are followed after sign-in. The browser's own URL parser decides,
 * so whatever it would read as another host (`//host`, `/\host`, tabs or newlines between the
 * slashes, `..` segments that collapse into `//`) falls back to My Channels.
 */
export function safeNextPath(next: string | null) {
  if (!next?.startsWith('/')) return '/channels';
  const url = new URL(next, CONSOLE_ORIGIN);
  if (url.origin !== CONSOLE_ORIGIN || url.pathname.startsWith('//')) return '/channels';
  return url.pathname + url.search + url.hash;
}
