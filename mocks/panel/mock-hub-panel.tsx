import { useEffect, useId, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { KEYWORD_BLOCK_DAYS, KEYWORD_SPIKE_PER_MINUTE } from '../../src/api/channel-schema';
import { getSession, subscribeToSession } from '../../src/api/session-store';
import { Button } from '../../src/components/ui/button';
import { simulateKeywordSpike } from '../keyword-traffic';
import { MAX_LATENCY_MS, type FaultKind, type MockHub } from '../mock-hub';
// Global class names from mock-hub-panel.css, which mocks/browser.ts loads in mock mode only.
const styles = {
  bar: 'mock-hub-bar',
  trigger: 'mock-hub-bar__trigger',
  drawer: 'mock-hub-drawer',
  header: 'mock-hub-drawer__header',
  title: 'mock-hub-drawer__title',
  body: 'mock-hub-drawer__body',
  section: 'mock-hub-drawer__section',
  sectionTitle: 'mock-hub-drawer__section-title',
  field: 'mock-hub-drawer__field',
  row: 'mock-hub-drawer__row',
  note: 'mock-hub-drawer__note',
  number: 'mock-hub-drawer__number',
  problem: 'mock-hub-drawer__problem',
  problemTitle: 'mock-hub-drawer__problem-title',
};

const faultLabels: Record<FaultKind, string> = {
  network: 'Network error',
  'server-error': '500 Internal error',
  'rate-limit': '429 Too many requests',
  timeout: 'No answer (timeout)',
};

const HOUR = 3_600_000;

/**
 * QA's controls over the built-in mock Hub; shown in mock mode only. A bar at the top of every
 * page says that the console runs on demo data and opens the controls in a drawer. The bar takes
 * its own room above the page, so it never lies over the page's content.
 */
export function MockHubPanel({ hub }: { hub: MockHub }) {
  const status = useSyncExternalStore(hub.subscribe, hub.getStatus);
  const [open, setOpen] = useState(false);
  const drawer = useRef<HTMLDialogElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = drawer.current;
    const opener = trigger.current;
    if (!dialog || !open) return;
    if (!dialog.open) dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
      opener?.focus();
    };
  }, [open]);

  return (
    <aside className={styles.bar} aria-label="Mock Hub">
      <button
        ref={trigger}
        type="button"
        className={styles.trigger}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        Mock Hub: demo data{status.nextFault ? ' · fault armed' : ''}
        {status.storageProblem ? ' · data problem' : ''}
      </button>
      <dialog
        ref={drawer}
        className={styles.drawer}
        aria-labelledby={titleId}
        onCancel={(event) => {
          event.preventDefault();
          setOpen(false);
        }}
      >
        {open ? (
          <>
            <div className={styles.header}>
              <h2 id={titleId} className={styles.title}>
                Mock Hub
              </h2>
              <Button onClick={() => setOpen(false)}>Close</Button>
            </div>
            <MockHubControls hub={hub} />
          </>
        ) : null}
      </dialog>
    </aside>
  );
}

function ControlSection({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.sectionTitle}>
        {title}
      </h3>
      {children}
    </section>
  );
}

function MockHubControls({ hub }: { hub: MockHub }) {
  const status = useSyncExternalStore(hub.subscribe, hub.getStatus);
  const [fault, setFault] = useState<FaultKind>('network');
  const [spikeChannel, setSpikeChannel] = useState('');
  const [spikeKeyword, setSpikeKeyword] = useState('');
  const [spikeRate, setSpikeRate] = useState(450);
  const [spikeResult, setSpikeResult] = useState('');
  const session = useSyncExternalStore(subscribeToSession, getSession);
  // The signed-in account's channels only: another account's are not this user's to test.
  const accountId = hub.accountOfToken(session?.token);
  const services = hub.state.channels
    .filter((stored) => accountId !== undefined && stored.accountId === accountId)
    .map((stored) => stored.channel)
    .filter((channel) => channel.type === 'Twitter:Service');

  async function resetData() {
    if (!window.confirm('Replace all mock Hub data with the demo data? Your changes are lost.')) {
      return;
    }
    await hub.reset();
    window.location.reload();
  }

  function loadLargeData() {
    hub.loadLargeDataSet(hub.accountOfToken(getSession()?.token));
    // Every screen shows the new data at once, without mixing in answers cached before.
    window.location.reload();
  }

  return (
    <div className={styles.body}>
      {status.storageProblem ? (
        // A plain block, not the console's Alert: sharing it would move it into the chunk that
        // sign-in loads.
        <div role="alert" className={styles.problem}>
          <p className={styles.problemTitle}>The stored mock data cannot be used</p>
          <p>{status.storageProblem}</p>
          <p>The mock Hub runs on the demo data until you choose; nothing was overwritten.</p>
          <div className={styles.row}>
            <Button variant="danger" onClick={() => void resetData()}>
              Replace stored data with the demo data
            </Button>
          </div>
        </div>
      ) : null}
      <ControlSection title="Network">
        <label className={styles.field}>
          Latency (ms)
          <input
            type="number"
            className={styles.number}
            min={0}
            max={MAX_LATENCY_MS}
            step={100}
            value={status.latencyMs}
            // The field can hold any text while typed; the Hub takes whole milliseconds in range.
            onChange={(event) =>
              hub.setLatency(
                Math.min(MAX_LATENCY_MS, Math.max(0, Math.round(Number(event.target.value) || 0))),
              )
            }
          />
        </label>
        <div className={styles.row}>
          <label className={styles.field}>
            Fail the next request
            <select value={fault} onChange={(event) => setFault(event.target.value as FaultKind)}>
              {Object.entries(faultLabels).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <Button onClick={() => hub.failNextRequest(fault)}>Arm</Button>
        </div>
        <p role="status" className={styles.note}>
          {status.nextFault
            ? `Armed: the next request fails with ${faultLabels[status.nextFault]}.`
            : 'No fault armed.'}
        </p>
      </ControlSection>
      <ControlSection title="Session and clock">
        <div className={styles.row}>
          <Button onClick={() => hub.expireSessions()}>Expire session</Button>
        </div>
        <p className={styles.note}>Mock clock: {describeOffset(status.clockOffsetMs)}</p>
        <div className={styles.row}>
          <Button onClick={() => hub.advanceClock(HOUR)}>+1 hour</Button>
          <Button onClick={() => hub.advanceClock(24 * HOUR)}>+1 day</Button>
          <Button onClick={() => hub.advanceClock(72 * HOUR)}>+3 days</Button>
        </div>
      </ControlSection>
      <ControlSection title="Data">
        <div className={styles.row}>
          <Button onClick={loadLargeData}>Load large data set</Button>
        </div>
        <p className={styles.note}>
          2,000 channels and 5,000 users in the signed-in account (Demo Corp when signed out).
        </p>
        <div className={styles.row}>
          <Button variant="danger" onClick={() => void resetData()}>
            Reset mock data
          </Button>
        </div>
      </ControlSection>
      <ControlSection title="Traffic">
        <p className={styles.note}>
          A keyword traffic spike: past {KEYWORD_SPIKE_PER_MINUTE} tweets a minute the Hub blocks
          the keyword for {KEYWORD_BLOCK_DAYS} days.
        </p>
        <label className={styles.field}>
          Channel
          <select value={spikeChannel} onChange={(event) => setSpikeChannel(event.target.value)}>
            <option value="">Choose a Twitter:Service</option>
            {services.map((channel) => (
              <option key={channel.id} value={channel.id}>
                {channel.name}
              </option>
            ))}
          </select>
        </label>
        <label className={styles.field}>
          Keyword
          <input value={spikeKeyword} onChange={(event) => setSpikeKeyword(event.target.value)} />
        </label>
        <label className={styles.field}>
          Tweets a minute
          <input
            type="number"
            className={styles.number}
            min={0}
            value={spikeRate}
            onChange={(event) => setSpikeRate(Number(event.target.value) || 0)}
          />
        </label>
        <div className={styles.row}>
          <Button
            onClick={() =>
              setSpikeResult(
                simulateKeywordSpike(hub, spikeChannel, spikeKeyword, spikeRate).message,
              )
            }
          >
            Simulate spike
          </Button>
        </div>
        <p role="status" className={styles.note}>
          {spikeResult}
        </p>
      </ControlSection>
    </div>
  );
}

function describeOffset(milliseconds: number) {
  if (milliseconds === 0) return 'real time';
  const hours = Math.round(milliseconds / HOUR);
  return hours % 24 === 0 ? `real time + ${hours / 24} day(s)` : `real time + ${hours} hour(s)`;
}
