import { useId, useState, useSyncExternalStore } from 'react';
import { getSession, subscribeToSession } from '../../src/api/session-store';
import { simulateKeywordSpike } from '../keyword-traffic';
import { MAX_LATENCY_MS, type FaultKind, type MockHub } from '../mock-hub';
// Global class names from mock-hub-panel.css, which mocks/browser.ts loads in mock mode only.
const styles = {
  body: 'mock-hub-panel__body',
  note: 'mock-hub-panel__note',
  panel: 'mock-hub-panel',
  problem: 'mock-hub-panel__problem',
  row: 'mock-hub-panel__row',
  spike: 'mock-hub-panel__spike',
  toggle: 'mock-hub-panel__toggle',
};

const faultLabels: Record<FaultKind, string> = {
  network: 'Network error',
  'server-error': '500 Internal error',
  'rate-limit': '429 Too many requests',
  timeout: 'No answer (timeout)',
};

const HOUR = 3_600_000;

/** QA's controls over the built-in mock Hub; shown in mock mode only. */
export function MockHubPanel({ hub }: { hub: MockHub }) {
  const status = useSyncExternalStore(hub.subscribe, hub.getStatus);
  const [open, setOpen] = useState(false);
  const [fault, setFault] = useState<FaultKind>('network');
  const bodyId = useId();
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
    <aside className={styles.panel} aria-label="Mock Hub">
      <button
        type="button"
        className={styles.toggle}
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => setOpen(!open)}
      >
        Mock Hub: demo data{status.nextFault ? ' · fault armed' : ''}
        {status.storageProblem ? ' · data problem' : ''}
      </button>
      <div id={bodyId} hidden={!open} className={styles.body}>
        {status.storageProblem ? (
          <div role="alert" className={styles.problem}>
            <p>{status.storageProblem}</p>
            <p>The mock Hub runs on the demo data until you choose; nothing was overwritten.</p>
            <button type="button" onClick={() => void resetData()}>
              Replace stored data with the demo data
            </button>
          </div>
        ) : null}
        <label className={styles.row}>
          Latency (ms)
          <input
            type="number"
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
          <label>
            Fail the next request
            <select value={fault} onChange={(event) => setFault(event.target.value as FaultKind)}>
              {Object.entries(faultLabels).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => hub.failNextRequest(fault)}>
            Arm
          </button>
        </div>
        <p role="status" className={styles.note}>
          {status.nextFault
            ? `Armed: the next request fails with ${faultLabels[status.nextFault]}.`
            : 'No fault armed.'}
        </p>
        <div className={styles.row}>
          <button type="button" onClick={() => hub.expireSessions()}>
            Expire session
          </button>
        </div>
        <div className={styles.row}>
          <span>Mock clock: {describeOffset(status.clockOffsetMs)}</span>
        </div>
        <div className={styles.row}>
          <button type="button" onClick={() => hub.advanceClock(HOUR)}>
            +1 hour
          </button>
          <button type="button" onClick={() => hub.advanceClock(24 * HOUR)}>
            +1 day
          </button>
          <button type="button" onClick={() => hub.advanceClock(72 * HOUR)}>
            +3 days
          </button>
        </div>
        <fieldset className={styles.spike}>
          <legend>Keyword traffic spike</legend>
          <label className={styles.row}>
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
          <label className={styles.row}>
            Keyword
            <input value={spikeKeyword} onChange={(event) => setSpikeKeyword(event.target.value)} />
          </label>
          <label className={styles.row}>
            Tweets a minute
            <input
              type="number"
              min={0}
              value={spikeRate}
              onChange={(event) => setSpikeRate(Number(event.target.value) || 0)}
            />
          </label>
          <button
            type="button"
            onClick={() =>
              setSpikeResult(
                simulateKeywordSpike(hub, spikeChannel, spikeKeyword, spikeRate).message,
              )
            }
          >
            Simulate spike
          </button>
          <p role="status" className={styles.note}>
            {spikeResult}
          </p>
        </fieldset>
        <div className={styles.row}>
          <button type="button" onClick={loadLargeData}>
            Load large data set
          </button>
          <span className={styles.note}>
            2,000 channels and 5,000 users in the signed-in account (Demo Corp when signed out)
          </span>
        </div>
        <div className={styles.row}>
          <button type="button" onClick={() => void resetData()}>
            Reset mock data
          </button>
        </div>
      </div>
    </aside>
  );
}

function describeOffset(milliseconds: number) {
  if (milliseconds === 0) return 'real time';
  const hours = Math.round(milliseconds / HOUR);
  return hours % 24 === 0 ? `real time + ${hours / 24} day(s)` : `real time + ${hours} hour(s)`;
}
