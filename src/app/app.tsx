import { useEffect, useState, type ReactNode } from 'react';
import { setRateLimitNotifier } from '../api/client';
import { showToast } from '../components/ui/toaster';
import { RouterProvider } from 'react-router';
import { Toaster } from '../components/ui/toaster';
import { createAppRouter } from './router';

export function App({ extras }: { extras?: ReactNode }) {
  const [router] = useState(createAppRouter);
  useEffect(() => {
    setRateLimitNotifier((seconds) =>
      showToast(`The Hub is busy and asked to wait ${seconds} seconds; retrying then.`),
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
