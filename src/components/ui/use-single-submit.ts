import { useCallback, useRef } from 'react';

/**
 * Runs one submission at a time: a double click or a second Enter while the first is under way
 * is ignored, so one action never creates two items.
 */
export function useSingleSubmit() {
  const busy = useRef(false);
  return useCallback(async (work: () => Promise<unknown>) => {
    if (busy.current) return;
    busy.current = true;
    try {
      await work();
    } catch {
      // The work reports its own errors (the mutation's onError, the form's message).
    } finally {
      busy.current = false;
    }
  }, []);
}
