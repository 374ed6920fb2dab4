import { StrictMode, startTransition, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { config as configureZod } from 'zod/mini';
import {
  loadRuntimeConfig,
  preconnectToHub,
  setHubReady,
  setRuntimeConfig,
} from './api/runtime-config';
import { App } from './app/app';
import { createAppRouter } from './app/router';
import './app/global.css';

// The Content Security Policy forbids eval; zod must not try its compiled fast path.
configureZod({ jitless: true });

/** Reads config.json; in mock mode starts the mock Hub and returns its panel. */
async function prepareHub(): Promise<ReactNode> {
  const config = await loadRuntimeConfig();
  if (config.mode !== 'mock') {
    preconnectToHub(config.hubBaseUrl);
    return null;
  }
  // Loaded only in mock mode: the live bundle carries none of the mock Hub.
  const { startMockHub, demoUsers, MockHubPanel } = await import('../mocks/browser');
  const hub = await startMockHub();
  setRuntimeConfig({ ...config, demoUsers });
  return <MockHubPanel hub={hub} />;
}

async function start(root: Root) {
  if (window.location.pathname.startsWith('/mock-provider/')) {
    const config = await loadRuntimeConfig();
    if (config.mode === 'mock') {
      // A provider login popup: the mock provider's page instead of the console.
      const { startMockHub, MockProviderPage } = await import('../mocks/browser');
      await startMockHub();
      root.render(<MockProviderPage />);
      return;
    }
  }
  const ready = prepareHub();
  setHubReady(ready);
  // Start-up runs as short tasks, so that input and paint never wait long: evaluating the
  // bundle, starting the router and rendering each give the main thread back, and the first
  // render is a transition, which React renders in slices of a few milliseconds.
  await yieldToBrowser();
  // The router starts before start-up has finished: the page's code and its first requests load
  // meanwhile (requests wait for it), instead of after.
  const router = createAppRouter();
  const extras = await ready;
  await yieldToBrowser();
  startTransition(() =>
    root.render(
      <StrictMode>
        <App router={router} extras={extras} />
      </StrictMode>,
    ),
  );
}

const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function StartupError({ message }: { message: string }) {
  return (
    <main className="startup-error">
      <h1>The console could not start</h1>
      <p>{message}</p>
      <p>Check the console&apos;s config.json (mode and hubBaseUrl), then reload.</p>
    </main>
  );
}

const root = createRoot(document.getElementById('root')!);
start(root).catch((error: unknown) => {
  root.render(<StartupError message={error instanceof Error ? error.message : String(error)} />);
});
