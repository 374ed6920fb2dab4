import { useEffect, type ReactNode } from 'react';
import { setRateLimitNotifier } from '../api/client';
import { showToast } from '../components/ui/toaster';
import { RouterProvider, type createBrowserRouter } from 'react-router';
import { Toaster } from '../components/ui/toaster';

export function App({
  router,
  extras,
}: {
  router: ReturnType<typeof createBrowserRouter>;
  extras?: ReactNode;
}) {
  useEffect(() => {
    // The formatter loads with the toast, not with the console's first code.
    setRateLimitNotifier(
      (seconds) =>
        void import('../lib/format').then(({ formatCount }) =>
          showToast(
            `The Hub is busy and asked to wait ${formatCount(seconds, { one: 'second', other: 'seconds' })}; retrying then.`,
          ),
        ),
    );
    return () => setRateLimitNotifier(null);
  }, []);
  return (
    <>
      <RouterProvider router={router} />
      <Toaster />
      {extras}
    </>
  );
}
