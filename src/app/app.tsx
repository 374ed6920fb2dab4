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
      <RouterProvider router={router} />
      {extras}
    </>
  );
}
