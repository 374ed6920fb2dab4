import { useQueryClient } from '@tanstack/react-query';
import { useFormMutation } from '../../api/use-form-mutation';
import { deleteUser, userQueries } from '../../api/user-api';
import type { User } from '../../api/user-schema';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import styles from './users-page.module.css';

export function DeleteUserDialog({ user, onDone }: { user: User; onDone: () => void }) {
  const queryClient = useQueryClient();
  const remove = useFormMutation({
    mutationFn: () => deleteUser(user.id),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: userQueries.all() });
      onDone();
    },
  });
  const name = `${user.firstName} ${user.lastName}`;
  return (
    <Dialog open title={`Delete ${name}?`} onDismiss={onDone}>
      <div className={styles.form}>
        <p>
          {name} ({user.email}) can no longer sign in, and a DMS that signs in as this user stops
          working. This cannot be undone.
        </p>
        {remove.formMessage ? <Alert tone="error">{remove.formMessage}</Alert> : null}
        <div className={styles.actions}>
          <Button
            variant="danger"
            pending={remove.pending}
            onClick={() => void remove.submit(undefined)}
          >
            Delete user
          </Button>
          <Button onClick={onDone}>Cancel</Button>
        </div>
      </div>
    </Dialog>
  );
}
