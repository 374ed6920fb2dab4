import { describe, expect, it } from 'vitest';
import { appRoutes, urlPattern } from './route-manifest';

// The build reads each route's modules by path; the browser loads them by `import()`. Both must
// name the same file.
describe('the route manifest', () => {
  it.each(appRoutes.map((route) => [route.name, route] as const))(
    '%s names the modules it loads',
    async (_name, route) => {
      const page: Record<string, unknown> = await import(
        /* @vite-ignore */ `/${route.page.module}`
      );
      expect(Object.values(page)).toContain(await route.page.load());
      if (route.data) {
        expect(await route.data.load()).toBe(
          await import(/* @vite-ignore */ `/${route.data.module}`),
        );
      }
    },
  );

  it('gives each page its own path and name', () => {
    expect(new Set(appRoutes.map((route) => route.path)).size).toBe(appRoutes.length);
    expect(new Set(appRoutes.map((route) => route.name)).size).toBe(appRoutes.length);
    expect(appRoutes.filter((route) => route.home)).toHaveLength(1);
  });

  it('names the permission of every signed-in page', () => {
    const unguarded = appRoutes.filter((route) => route.signedIn && !route.permission);
    expect(unguarded.map((route) => route.name)).toEqual([]);
  });

  it.each([
    ['/channels', 'My Channels'],
    ['/channels/', 'My Channels'],
    ['/', 'My Channels'],
    ['/channels/ch_1', 'Update Channel'],
    ['/channels/ch_1/', 'Update Channel'],
    ['/channels/ch_1/connect', 'Connect DMS'],
    ['/users', 'Users'],
    ['/account', 'Account'],
    ['/signin', 'Sign in'],
    ['/channels/ch_1/other', undefined],
    ['/channels//connect', undefined],
    ['/users/u_1', undefined],
    ['//', undefined],
    ['/accounts', undefined],
  ])('matches %s to %s', (pathname, name) => {
    const matching = appRoutes.filter((route) => new RegExp(urlPattern(route)).test(pathname));
    expect(matching.map((route) => route.name)).toEqual(name ? [name] : []);
  });
});
