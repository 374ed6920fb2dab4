import {
  ADDRESS_ATTEMPTS_WINDOW_MS,
  FAILED_ATTEMPTS_WINDOW_MS,
  MAX_ATTEMPTS_PER_ADDRESS,
  MAX_FAILED_ATTEMPTS,
} from '../src/api/hub-route';

/**
 * The client's address, as `npm run hub` sets it from the socket (replacing any copy the client
 * sent). In the page every request comes from the one browser, so it has one fixed address.
 */
export const CLIENT_ADDRESS_HEADER = 'x-mock-hub-client-address';
const IN_PAGE_ADDRESS = 'in-page';

export function clientAddress(request: Request) {
  return request.headers.get(CLIENT_ADDRESS_HEADER) || IN_PAGE_ADDRESS;
}

/** The times still inside the window, oldest first. */
function recent(times: number[] | undefined, now: number, windowMs: number) {
  return (times ?? []).filter((time) => now - time < windowMs);
}

/** Whole seconds until the oldest of `times` leaves its window: the Retry-After. */
function secondsUntilFree(times: number[], now: number, windowMs: number) {
  return Math.max(1, Math.ceil(((times[0] ?? now) + windowMs - now) / 1000));
}

/**
 * Sign-in and sign-up attempts the Hub has seen, for its 429s: failures per account and email,
 * and attempts per client address. Kept in memory only, not in the stored state: a restart, a
 * reset or the limits control forgets them, so QA runs on one machine do not lock each other
 * out. Times are the Hub's clock (`hub.now()`), so advancing it lifts a lock.
 */
export class AttemptLimits {
  private readonly failures = new Map<string, number[]>();
  private readonly attempts = new Map<string, number[]>();

  clear() {
    this.failures.clear();
    this.attempts.clear();
  }

  /**
   * Counts an attempt from the address, or returns the seconds to wait when the address is over
   * its limit; a refused attempt is not counted.
   */
  admitAttempt(address: string, now: number): number | null {
    const times = recent(this.attempts.get(address), now, ADDRESS_ATTEMPTS_WINDOW_MS);
    if (times.length >= MAX_ATTEMPTS_PER_ADDRESS) {
      this.attempts.set(address, times);
      return secondsUntilFree(times, now, ADDRESS_ATTEMPTS_WINDOW_MS);
    }
    this.prune(this.attempts, now, ADDRESS_ATTEMPTS_WINDOW_MS);
    this.attempts.set(address, [...times, now]);
    return null;
  }

  /** The seconds to wait before the account and email may be tried again, or null. */
  lockedFor(key: string, now: number): number | null {
    const times = recent(this.failures.get(key), now, FAILED_ATTEMPTS_WINDOW_MS);
    return times.length >= MAX_FAILED_ATTEMPTS
      ? secondsUntilFree(times, now, FAILED_ATTEMPTS_WINDOW_MS)
      : null;
  }

  recordFailure(key: string, now: number) {
    this.prune(this.failures, now, FAILED_ATTEMPTS_WINDOW_MS);
    this.failures.set(key, [
      ...recent(this.failures.get(key), now, FAILED_ATTEMPTS_WINDOW_MS),
      now,
    ]);
  }

  /** A success starts the count of failures over. */
  recordSuccess(key: string) {
    this.failures.delete(key);
  }

  /** Drops keys with nothing left in their window, so the maps do not grow with every name tried. */
  private prune(map: Map<string, number[]>, now: number, windowMs: number) {
    if (map.size < 1_000) return;
    for (const [key, times] of map) {
      if (recent(times, now, windowMs).length === 0) map.delete(key);
    }
  }
}
