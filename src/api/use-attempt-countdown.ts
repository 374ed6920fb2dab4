import { useEffect, useState } from 'react';
import { formatSeconds, isApiError } from './api-error';

/**
 * The wait a sign-in or sign-up's 429 asks for, counted down each second from its Retry-After.
 * The client never retries those by itself (decision 0005): the person sees the wait, keeps what
 * they typed, and sends again once it is over.
 */
export function useAttemptCountdown() {
  const [secondsLeft, setSecondsLeft] = useState(0);
  useEffect(() => {
    if (secondsLeft <= 0) return;
    const tick = setTimeout(() => setSecondsLeft((seconds) => seconds - 1), 1000);
    return () => clearTimeout(tick);
  }, [secondsLeft]);

  return {
    /** Seconds until the Hub takes another attempt; 0 when it does. */
    secondsLeft,
    message:
      secondsLeft > 0 ? `Too many attempts; try again in ${formatSeconds(secondsLeft)}.` : null,
    /** Starts the countdown for a 429 that says how long to wait: true if it did. */
    startFor(error: unknown) {
      if (!isApiError(error, 429) || !error.retryAfterSeconds) return false;
      setSecondsLeft(Math.ceil(error.retryAfterSeconds));
      return true;
    },
  };
}
