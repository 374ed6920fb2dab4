import { QueryClientProvider } from '@tanstack/react-query';
import { queryClient } from './query-client';
import { Shell } from './shell';

// The query cache and the shell load with the first signed-in page, so the sign-in and
// sign-up pages carry neither. The session check is the route's loader (session-check.ts).

export function Component() {
  return (
    <QueryClientProvider client={queryClient}>
      <Shell />
    </QueryClientProvider>
  );
}
