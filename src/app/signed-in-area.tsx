import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect } from 'react';
import { setRateLimitNotifier } from '../api/client';
import { formatSeconds } from '../api/api-error';
import { showToast, Toaster } from '../components/ui/toaster';
import { queryClient } from './query-client';
import { Shell } from './shell';

// The query cache, the shell and the toasts load with the first signed-in page, so the sign-in
// and sign-up pages carry none of them: their own calls are never retried on a 429 (decision
// 0005), and they show their errors in the page. The session check is the route's loader
// (session-check.ts).

export function Component() {
  useEffect(() => {
    setRateLimitNotifier((seconds) =>
      showToast(`The Hub is busy and asked to wait ${formatSeconds(seconds)}; retrying then.`),
    );
    return () => setRateLimitNotifier(null);
  }, []);
  return (
    <QueryClientProvider client={queryClient}>
      <Shell />
      <Toaster />
    </QueryClientProvider>
  );
}
