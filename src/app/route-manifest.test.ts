/// <reference types="node" />
import { describe, expect, it } from 'vitest';
import { moduleOf } from '../../scripts/route-modules';
import { appRoutes, urlPattern } from './route-manifest';

// The build reads each route's modules from the paths in its `import()`s; the browser loads them
// by those `import()`s. Both must reach the same file.
describe('the route manifest', () => {
  it.each(appRoutes.map((route) => [route.name, route] as const))(
    '%s names the modules it loads',
    async (_name, route) => {
      const page: Record<string, unknown> = await import(
        /* @vite-ignore */ `/${moduleOf(route.page.load)}`
      );
      expect(Object.values(page)).toContain(await route.page.load());
      if (route.data) {
        expect(await route.data.load()).toBe(
          await import(/* @vite-ignore */ `/${moduleOf(route.data.load)}`),
        );
      }
    },
  );

  it('reads a module path written from the manifest or from the root, and refuses others', () => {
    expect(moduleOf(() => import('../features/auth/signin-page'))).toBe(
      'src/features/auth/signin-page.tsx',
    );
    expect(moduleOf(async () => '/src/api/channel-api.ts')).toBe('src/api/channel-api.ts');
    expect(() => moduleOf(async () => '../features/nowhere')).toThrow(/not in src/);
    expect(() => moduleOf(async () => 'no path')).toThrow(/No module path/);
  });

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
