import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { config as configureZod } from 'zod/mini';
import { loadRuntimeConfig, setRuntimeConfig } from './api/runtime-config';
import { App } from './app/app';
import './app/global.css';

// The Content Security Policy forbids eval; zod must not try its compiled fast path.
configureZod({ jitless: true });

async function start() {
  const root = createRoot(document.getElementById('root')!);
  try {
    const config = await loadRuntimeConfig();
    let extras: ReactNode = null;
    if (config.mode === 'mock') {
      // Loaded only in mock mode: the live bundle carries none of the mock Hub.
      const mock = await import('../mocks/browser');
      const hub = await mock.startMockHub();
      if (window.location.pathname.startsWith('/mock-provider/')) {
        // A provider login popup: the mock provider's page instead of the console.
        root.render(<mock.MockProviderPage />);
        return;
      }
      setRuntimeConfig({ ...config, demoUsers: mock.demoUsers });
      extras = <mock.MockHubPanel hub={hub} />;
    }
    root.render(
      <StrictMode>
        <App extras={extras} />
      </StrictMode>,
    );
  } catch (error) {
    root.render(<StartupError message={error instanceof Error ? error.message : String(error)} />);
  }
}

function StartupError({ message }: { message: string }) {
  return (
    <main className="startup-error">
      <h1>The console could not start</h1>
      <p>{message}</p>
      <p>Check the console&apos;s config.json (mode and hubBaseUrl), then reload.</p>
    </main>
  );
}

void start();
