import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { signOut } from '../../api/auth-api';

/** Ends the session at the Hub, forgets every cached answer and returns to sign-in. */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return async () => {
    try {
      await signOut();
    } catch {
      // The local session is gone either way; the Hub's copy expires on its own.
    }
    queryClient.clear();
    await navigate('/signin', { replace: true });
  };
}
