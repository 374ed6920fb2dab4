import type { z } from 'zod/mini';
import { groupDigits } from '../src/lib/format';
import { hubStateSchema, type HubState } from './hub-state';

// A fixture is the whole mock Hub state as a file: what GET /__hub/state exports and what
// PUT /__hub/state, `npm run hub -- --seed`, and window.mockHub.importState() take back.

/** The largest fixture PUT /__hub/state reads: a large data set is about 2 MB, so 50 MB is ample. */
export const MAX_STATE_BYTES = 50 * 1_048_576;

export const stateTooLarge = {
  code: 'too-large',
  message: `The fixture is over the limit of ${groupDigits(MAX_STATE_BYTES)} bytes.`,
};

/** How many problems a refusal names: enough to fix a file, not a wall of text. */
const SHOWN_ISSUES = 5;

/** The problems zod found, each with where it is, as one line. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]) {
  const lines = issues.slice(0, SHOWN_ISSUES).map((issue) => {
    const message =
      issue.code === 'unrecognized_keys' ? `unknown field ${issue.keys.join(', ')}` : issue.message;
    const where = issue.path.map(String).join('.');
    // The controls' own messages already name their field ("milliseconds must be…").
    return where && !message.startsWith(where) ? `${where}: ${message}` : message;
  });
  const more = issues.length - lines.length;
  return more > 0 ? `${lines.join('; ')}; and ${more} more` : lines.join('; ');
}

/**
 * What the schema cannot see: every record belongs to an account of the fixture, and IDs are
 * unique, so that no handler meets a user without an account or two channels with one ID.
 */
export function findReferenceProblem(state: HubState): string | null {
  const duplicate = (ids: readonly string[]) => ids.find((id, index) => ids.indexOf(id) !== index);
  const accountIds = new Set(state.accounts.map((account) => account.id));
  const userIds = new Set(state.users.map((user) => user.id));
  const channelIds = new Set(state.channels.map(({ channel }) => channel.id));
  const checks: [string | undefined, string][] = [
    [duplicate(state.accounts.map((account) => account.id)), 'two accounts have the ID'],
    [duplicate(state.users.map((user) => user.id)), 'two users have the ID'],
    [duplicate(state.channels.map(({ channel }) => channel.id)), 'two channels have the ID'],
    [
      state.users.find((user) => !accountIds.has(user.accountId))?.accountId,
      'a user belongs to no account with the ID',
    ],
    [
      state.channels.find((stored) => !accountIds.has(stored.accountId))?.accountId,
      'a channel belongs to no account with the ID',
    ],
    [
      state.sessions.find((session) => !userIds.has(session.userId))?.userId,
      'a session belongs to no user with the ID',
    ],
    [
      state.pendingAuthorizations.find((pending) => !channelIds.has(pending.channelId))?.channelId,
      'a provider login belongs to no channel with the ID',
    ],
  ];
  const found = checks.find(([id]) => id !== undefined);
  return found ? `${found[1]} ${found[0]}` : null;
}

export type FixtureReading = { state: HubState; problem: null } | { state: null; problem: string };

/** Reads a fixture's parsed JSON: the state it holds, or what is wrong with it. */
export function readHubFixture(data: unknown): FixtureReading {
  const parsed = hubStateSchema.safeParse(data);
  if (!parsed.success) {
    return {
      state: null,
      problem: `The fixture is not valid: ${describeIssues(parsed.error.issues)}`,
    };
  }
  const problem = findReferenceProblem(parsed.data);
  return problem
    ? { state: null, problem: `The fixture is not valid: ${problem}.` }
    : { state: parsed.data, problem: null };
}
