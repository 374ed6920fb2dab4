import { setupWorker } from 'msw/browser';
import { createHubHandlers } from './hub-handlers';
import { HUB } from './hub-http';
import { faultKinds, MAX_LATENCY_MS, MockHub, type FaultKind, type Persistence } from './mock-hub';
import { getSession } from '../src/api/session-store';
import { demoUsers } from './seed';
import { simulateKeywordSpike } from './keyword-traffic';
import { readHubFixture } from './hub-fixture';
import type { HubState } from './hub-state';
import type { EventStore } from './hub-events';
import panelStyles from './panel/mock-hub-panel.css?url';
import providerStyles from './provider/mock-provider-page.css?url';
import { DONE_MESSAGE } from './provider/mock-provider-page';

export { demoUsers };
export { MockHubPanel } from './panel/mock-hub-panel';
export { MockProviderPage } from './provider/mock-provider-page';

const STORAGE_KEY = 'hub-console.mock-hub';
// The change history lives apart from the state, as on a real Hub (SPEC §10).
const EVENTS_STORAGE_KEY = 'hub-console.mock-hub.events';

// The mock Hub's styles are files of their own, linked here: the console's one stylesheet
// (see vite.config.ts) carries none of them.
function linkStyles() {
  for (const href of [panelStyles, providerStyles]) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    document.head.append(link);
  }
}

// The mock Hub stands in for the server's database, so it is the one thing the console keeps in
// localStorage; the console's own session never goes there. What another window stores (a
// provider login popup) arrives by the `storage` event, which fires in every other window.
const localStoragePersistence: Persistence = {
  load: () => localStorage.getItem(STORAGE_KEY),
  save: (serialized) => localStorage.setItem(STORAGE_KEY, serialized),
  watch: (onStored) =>
    window.addEventListener('storage', (event) => {
      if (event.storageArea === localStorage && event.key === STORAGE_KEY && event.newValue) {
        onStored(event.newValue);
      }
    }),
};

const localStorageEvents: EventStore = {
  load: () => localStorage.getItem(EVENTS_STORAGE_KEY),
  append: (_lines, _count, all) => localStorage.setItem(EVENTS_STORAGE_KEY, all()),
  prune: (_kept, all) => localStorage.setItem(EVENTS_STORAGE_KEY, all()),
  replace: (all) => localStorage.setItem(EVENTS_STORAGE_KEY, all),
  watch: (onStored) =>
    window.addEventListener('storage', (event) => {
      if (event.storageArea === localStorage && event.key === EVENTS_STORAGE_KEY) {
        onStored(event.newValue ?? '');
      }
    }),
};

/** The controls tests reach through `window.mockHub` (documented in the README). */
type MockHubControls = {
  setLatency(milliseconds: number): void;
  failNextRequest(kind: FaultKind | null): void;
  expireSession(): void;
  advanceClock(milliseconds: number): void;
  reset(): Promise<void>;
  /** Forgets sign-in and sign-up attempts: the Hub answers 429 to no one until new ones add up. */
  resetLimits(): void;
  /** Grows the signed-in account (the demo account when signed out) to 2,000 channels and 5,000 users. */
  loadLargeDataSet(): void;
  /** X traffic on a keyword; past 300 tweets a minute the Hub blocks it for 3 days. */
  simulateKeywordSpike(channelId: string, keyword: string, tweetsPerMinute?: number): string;
  status(): ReturnType<MockHub['getStatus']>;
  /** The whole mock state, as the fixture GET /__hub/state exports. */
  exportState(): HubState;
  /**
   * Replaces the whole mock state with a fixture; throws a TypeError naming the problem, and
   * changes nothing, when it is not valid. Reload the page afterwards to show the new data.
   */
  importState(state: unknown): void;
};

declare global {
  interface Window {
    mockHub?: MockHubControls;
  }
}

function applyUrlParameters(hub: MockHub) {
  const params = new URLSearchParams(window.location.search);
  if (params.get('mockData') === 'large') hub.loadLargeDataSet(signedInAccount(hub));
  const latency = Number(params.get('mockLatency'));
  if (Number.isSafeInteger(latency) && latency > 0 && latency <= MAX_LATENCY_MS) {
    hub.setLatency(latency);
  }
  const fault = params.get('mockFail');
  if (fault && (faultKinds as readonly string[]).includes(fault)) {
    hub.failNextRequest(fault as FaultKind);
  }
}

/** The account of the console's session in this tab, if it is still open at the mock Hub. */
function signedInAccount(hub: MockHub) {
  return hub.accountOfToken(getSession()?.token);
}

/**
 * The worker unregisters itself when its last page closes. A page that starts meanwhile (a
 * reload, say after the session ended) finds the registration being removed, and msw's start()
 * asks it to update without waiting for the answer: the refusal ("…mockServiceWorker.js: Not
 * found") would surface as an uncaught error. The worker still serves this page; registering it
 * again keeps it for the next one.
 */
function keepWorkerRegistered(workerUrl: string) {
  window.addEventListener('unhandledrejection', (event) => {
    const message: unknown = event.reason instanceof Error ? event.reason.message : undefined;
    if (
      typeof message === 'string' &&
      message.startsWith('Failed to update a ServiceWorker') &&
      message.includes(workerUrl)
    ) {
      event.preventDefault();
      navigator.serviceWorker.register(workerUrl).catch(() => undefined);
    }
  });
}

export async function startMockHub(): Promise<MockHub> {
  linkStyles();
  const hub = await MockHub.create(localStoragePersistence, localStorageEvents);
  const worker = setupWorker(...createHubHandlers(hub));
  const workerUrl = new URL(`${import.meta.env.BASE_URL}mockServiceWorker.js`, window.location.href)
    .href;
  keepWorkerRegistered(workerUrl);
  await worker.start({
    serviceWorker: { url: workerUrl },
    quiet: true,
    onUnhandledRequest(request, print) {
      // Only calls of the Hub API must have a handler: the dev server's modules
      // (/src/api/client.ts…) pass through unremarked.
      if (new URL(request.url).pathname.startsWith(HUB.slice(1))) print.error();
    },
  });
  applyUrlParameters(hub);
  // A provider login popup tells this window it is done, and this window then reads the channel.
  // That message can arrive before the popup's storage event: what it stored is taken up first.
  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    const data = event.data;
    if (
      event.origin === window.location.origin &&
      typeof data === 'object' &&
      data !== null &&
      'type' in data &&
      data.type === DONE_MESSAGE
    ) {
      const stored = localStorage.getItem(STORAGE_KEY);
      if (stored) hub.takeUp(stored);
    }
  });
  window.mockHub = {
    setLatency: (milliseconds) => hub.setLatency(milliseconds),
    failNextRequest: (kind) => hub.failNextRequest(kind),
    expireSession: () => hub.expireSessions(),
    advanceClock: (milliseconds) => hub.advanceClock(milliseconds),
    reset: () => hub.reset(),
    resetLimits: () => hub.attemptLimits.clear(),
    loadLargeDataSet: () => hub.loadLargeDataSet(signedInAccount(hub)),
    simulateKeywordSpike: (channelId, keyword, tweetsPerMinute = 450) =>
      simulateKeywordSpike(hub, channelId, keyword, tweetsPerMinute).message,
    status: () => hub.getStatus(),
    exportState: () => structuredClone(hub.state),
    importState: (state) => {
      const fixture = readHubFixture(state);
      if (fixture.problem !== null) throw new TypeError(fixture.problem);
      hub.replaceState(fixture.state);
    },
  };
  return hub;
}
