// @vitest-environment node
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The project's lint configuration enforces the layering of STYLE.md (decision 0010): these lint
// one import at a time, as if written in the given file, and expect `npm run lint` to refuse it or
// let it through.
const eslint = new ESLint();

// Loading the configuration, its plugins and the parser takes seconds on a busy machine; once.
beforeAll(() => eslint.lintText('export {};\n', { filePath: 'src/app/app.tsx' }), 60_000);

async function importErrors(filePath: string, from: string) {
  const [result] = await eslint.lintText(`import { thing } from '${from}';\nexport { thing };\n`, {
    filePath,
  });
  return (result?.messages ?? []).map((message) => message.ruleId);
}

describe('the layering', { timeout: 20_000 }, () => {
  it.each([
    ['src/features/users/users-page.tsx', '../channels/channel-list', 'a feature imports another'],
    ['src/features/users/users-page.test.tsx', '../auth/use-sign-out', "a feature's test, too"],
    ['src/features/users/users-page.tsx', '../../app/query-client', 'a feature imports the app'],
    ['src/features/users/users-page.tsx', '../../../mocks/seed', 'a feature imports the mock Hub'],
    ['src/api/user-api.ts', '../features/users/user-list', 'the contract imports a feature'],
    ['src/lib/filter-rules.ts', '../app/router', 'a pure rule imports the app'],
    ['src/components/ui/button.tsx', '../../features/auth/use-sign-out', 'a primitive'],
    ['mocks/hub-state.ts', '../src/components/ui/button', "the Hub's store imports a component"],
    ['mocks/handlers/user-handlers.ts', '../../src/features/users/user-list', 'a handler'],
    ['mocks/panel/mock-hub-panel.tsx', '../../src/features/auth/use-sign-out', 'the panel'],
  ])('refuses %s importing %s (%s)', async (file, from) => {
    expect(await importErrors(file, from)).toContain('no-restricted-imports');
  });

  it.each([
    ['src/features/users/users-page.tsx', './user-list'],
    ['src/features/users/users-page.tsx', '../../components/ui/button'],
    ['src/features/users/users-page.tsx', '../../api/user-api'],
    ['src/features/users/users-page.test.tsx', '../../../mocks/node'],
    ['src/app/shell.tsx', '../features/auth/use-sign-out'],
    ['mocks/handlers/user-handlers.ts', '../../src/api/user-schema'],
    ['mocks/panel/mock-hub-panel.tsx', '../../src/components/ui/button'],
  ])('lets %s import %s', async (file, from) => {
    expect(await importErrors(file, from)).toEqual([]);
  });
});
