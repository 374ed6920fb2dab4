import type { ReactNode } from 'react';
import { RouterProvider, type createBrowserRouter } from 'react-router';

export function App({
  router,
  extras,
}: {
  router: ReturnType<typeof createBrowserRouter>;
  extras?: ReactNode;
}) {
  return (
    <>
      {/* First: what the extras show (the mock Hub's bar) sits above the console. */}
      {extras}
      <RouterProvider router={router} />
    </>
  );
}
