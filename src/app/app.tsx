import { useState, type ReactNode } from 'react';
import { RouterProvider } from 'react-router';
import { Toaster } from '../components/ui/toaster';
import { createAppRouter } from './router';

export function App({ extras }: { extras?: ReactNode }) {
  const [router] = useState(createAppRouter);
  return (
    <>
      <RouterProvider router={router} />
      <Toaster />
      {extras}
    </>
  );
}
