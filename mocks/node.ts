import { setupServer } from 'msw/node';
import { createHubHandlers } from './hub-handlers';
import { memoryPersistence, MockHub } from './mock-hub';

/** A mock Hub for Vitest: the same handlers as the browser, kept in memory. */
export async function createTestHub() {
  const hub = await MockHub.create(memoryPersistence());
  const server = setupServer(...createHubHandlers(hub));
  return { hub, server };
}
