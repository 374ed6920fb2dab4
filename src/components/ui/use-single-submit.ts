import { useCallback, useRef } from 'react';

/**
 * Runs one submission at a time: a double click or a second Enter while the first is under way
 * is ignored, so one action never creates two items. Whatever the work throws is thrown on:
 * a failure the form shows is handled before it gets here, and anything else is a bug to report.
 */
export function useSingleSubmit() {
  const busy = useRef(false);
  return useCallback(async (work: () => Promise<unknown>) => {
    if (busy.current) return;
    busy.current = true;
    try {
      await work();
    } finally {
      busy.current = false;
    }
  }, []);
}
