import { createBrowserRouter, redirect } from 'react-router';
import { RouteError } from './route-error';

/** Every page is its own chunk, loaded when first visited. */
export function createAppRouter() {
  return createBrowserRouter([
    {
      errorElement: <RouteError />,
      hydrateFallbackElement: <p role="status">Loading the console…</p>,
      children: [
        {
          path: '/signin',
          lazy: async () => ({
            Component: (await import('../features/auth/signin-page')).SignInPage,
          }),
        },
        {
          path: '/signup',
          lazy: async () => ({
            Component: (await import('../features/signup/signup-page')).SignupPage,
          }),
        },
        {
          path: '/',
          lazy: () => import('./signed-in-area'),
          children: [
            { index: true, loader: () => redirect('/channels') },
            {
              path: 'channels',
              lazy: async () => ({
                Component: (await import('../features/channels/channels-page')).ChannelsPage,
              }),
            },
            {
              path: 'channels/:channelId',
              lazy: async () => ({
                Component: (await import('../features/channels/channel-page')).ChannelPage,
              }),
            },
            {
              path: 'channels/:channelId/connect',
              lazy: async () => ({
                Component: (await import('../features/connection/connect-dms-page')).ConnectDmsPage,
              }),
            },
            {
              path: 'users',
              lazy: async () => ({
                Component: (await import('../features/users/users-page')).UsersPage,
              }),
            },
            {
              path: 'account',
              lazy: async () => ({
                Component: (await import('../features/account/account-page')).AccountPage,
              }),
            },
          ],
        },
        {
          path: '*',
          lazy: async () => ({ Component: (await import('./not-found-page')).NotFoundPage }),
        },
      ],
    },
  ]);
}
