import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import { isApiError } from '../../api/api-error';
import { splitServerErrors } from '../../api/field-errors';
import { createUser, updateUser, userQueries } from '../../api/user-api';
import {
  roles,
  userInputSchema,
  userUpdateSchema,
  type User,
  type UserInput,
} from '../../api/user-schema';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { TextField } from '../../components/ui/field';
import { useSingleSubmit } from '../../components/ui/use-single-submit';
import styles from './users-page.module.css';

const fields = ['firstName', 'lastName', 'email', 'roles'] as const;

// Editing keeps the email as it is: the Hub changes names and roles only.
const editUserSchema = z.extend(userUpdateSchema, { email: z.string() });

type UserFormDialogProps = {
  /** The user to edit, or null for "New User". */
  user: User | null;
  onDone: () => void;
};

/** "New User" (First Name, Last Name, Email, Roles → Create) and its edit counterpart. */
export function UserFormDialog({ user, onDone }: UserFormDialogProps) {
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const isNew = user === null;
  const [conflict, setConflict] = useState(false);
  const once = useSingleSubmit();
  // Kept for the dialog's life: a retry after a timeout cannot create a second user.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const versionRef = useRef(user?.version ?? 0);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    getValues,
    formState: { errors },
  } = useForm<UserInput>({
    resolver: zodResolver(isNew ? userInputSchema : editUserSchema),
    defaultValues: {
      firstName: user?.firstName ?? '',
      lastName: user?.lastName ?? '',
      email: user?.email ?? '',
      roles: user?.roles ?? [],
    },
  });

  const save = useMutation({
    mutationFn: (values: UserInput) =>
      isNew
        ? createUser(values, idempotencyKey)
        : updateUser(
            { id: user.id, version: versionRef.current },
            { firstName: values.firstName, lastName: values.lastName, roles: values.roles },
          ),
    meta: { errorsShownByForm: true },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: userQueries.all() });
      onDone();
    },
    onError: (error) => {
      if (isApiError(error, 412)) {
        setConflict(true);
        return;
      }
      const { fieldErrors, formMessage } = splitServerErrors(error, fields);
      for (const [field, message] of fieldErrors) setError(field, { type: 'server', message });
      setFormError(formMessage);
    },
  });

  const onSubmit = handleSubmit((values) => {
    setFormError(null);
    setConflict(false);
    void once(() => save.mutateAsync(values));
  });

  /** The user as the Hub has it now (there is no single-user read in the contract). */
  async function fetchLatest() {
    if (!user) return undefined;
    const page = await queryClient.fetchQuery({
      ...userQueries.list({ q: user.email, page: 1, pageSize: 25 }),
      staleTime: 0,
    });
    const latest = page.items.find((candidate) => candidate.id === user.id);
    if (!latest) setFormError('This user no longer exists at the Hub.');
    else versionRef.current = latest.version;
    setConflict(false);
    return latest;
  }

  return (
    <Dialog
      open
      title={isNew ? 'New User' : `Edit ${user.firstName} ${user.lastName}`}
      onDismiss={onDone}
    >
      <form className={styles.form} onSubmit={onSubmit} noValidate>
        {formError ? <Alert tone="error">{formError}</Alert> : null}
        {conflict ? (
          <Alert tone="warning" title="Someone else saved this user since you opened it">
            <p>Your changes are still in the form. Choose which version to keep.</p>
            <div className={styles.actions}>
              <Button
                onClick={async () => {
                  const latest = await fetchLatest();
                  if (latest) {
                    const { firstName, lastName, email, roles: latestRoles } = latest;
                    reset({ firstName, lastName, email, roles: latestRoles });
                  }
                }}
              >
                Reload their version
              </Button>
              <Button
                variant="danger"
                onClick={async () => {
                  if (await fetchLatest()) save.mutate(getValues());
                }}
              >
                Overwrite with mine
              </Button>
            </div>
          </Alert>
        ) : null}
        <TextField
          label="First Name"
          error={errors.firstName?.message}
          {...register('firstName')}
        />
        <TextField label="Last Name" error={errors.lastName?.message} {...register('lastName')} />
        {isNew ? (
          <TextField
            label="Email"
            type="email"
            autoComplete="off"
            error={errors.email?.message}
            {...register('email')}
          />
        ) : (
          <p>
            Email: <strong>{user.email}</strong>
          </p>
        )}
        <fieldset
          className={styles.roles}
          aria-describedby={errors.roles ? 'user-roles-error' : undefined}
          aria-invalid={errors.roles ? true : undefined}
        >
          <legend>Roles</legend>
          {roles.map((role) => (
            <label key={role}>
              <input type="checkbox" value={role} {...register('roles')} /> {role}
            </label>
          ))}
          {errors.roles ? (
            <p id="user-roles-error" className={styles.error}>
              {errors.roles.message}
            </p>
          ) : null}
        </fieldset>
        <div className={styles.actions}>
          <Button type="submit" variant="primary" pending={save.isPending}>
            {isNew ? 'Create' : 'Save'}
          </Button>
          <Button onClick={onDone}>Cancel</Button>
        </div>
      </form>
    </Dialog>
  );
}
