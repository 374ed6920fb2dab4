import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type BaseSyntheticEvent, type ReactNode } from 'react';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { z } from 'zod/mini';
import { oneOf } from '../../api/field-errors';
import { useFormMutation } from '../../api/use-form-mutation';
import { useVersionedSave } from '../../api/use-versioned-save';
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
import { VersionConflictAlert } from '../../components/ui/version-conflict-alert';
import { UserHistory } from './user-history';
import styles from './users-page.module.css';

const fields = ['firstName', 'lastName', 'email', 'roles'] as const;

// Editing keeps the email as it is: the Hub changes names and roles only.
const editUserSchema = z.extend(userUpdateSchema, { email: z.string() });

type UserFormDialogProps = {
  /** The user to edit, or null for "New User". */
  user: User | null;
  onDone: () => void;
};

const toValues = ({ firstName, lastName, email, roles: userRoles }: User): UserInput => ({
  firstName,
  lastName,
  email,
  roles: userRoles,
});

/** "New User" (First Name, Last Name, Email, Roles → Create) and its edit counterpart. */
export function UserFormDialog({ user, onDone }: UserFormDialogProps) {
  return user ? <EditUserDialog user={user} onDone={onDone} /> : <NewUserDialog onDone={onDone} />;
}

function NewUserDialog({ onDone }: { onDone: () => void }) {
  const queryClient = useQueryClient();
  // Kept for the dialog's life: a retry after a timeout cannot create a second user.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const form = useForm<UserInput>({
    resolver: zodResolver(userInputSchema),
    defaultValues: { firstName: '', lastName: '', email: '', roles: [] },
  });
  const save = useFormMutation({
    mutationFn: (values: UserInput) => createUser(values, idempotencyKey),
    isField: oneOf(fields),
    setError: form.setError,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: userQueries.all() });
      onDone();
    },
  });
  return (
    <Dialog open title="New User" onDismiss={onDone}>
      <UserFields
        form={form}
        email={null}
        formMessage={save.formMessage}
        pending={save.pending}
        submitLabel="Create"
        onSubmit={form.handleSubmit((values) => save.submit(values))}
        onCancel={onDone}
      />
    </Dialog>
  );
}

function EditUserDialog({ user, onDone }: { user: User; onDone: () => void }) {
  const queryClient = useQueryClient();
  const form = useForm<UserInput>({
    resolver: zodResolver(editUserSchema),
    defaultValues: toValues(user),
  });
  const save = useVersionedSave({
    item: user,
    form,
    save: (version, { firstName, lastName, roles: userRoles }) =>
      updateUser({ id: user.id, version }, { firstName, lastName, roles: userRoles }),
    readLatest: () => queryClient.fetchQuery({ ...userQueries.detail(user.id), staleTime: 0 }),
    toValues,
    isField: oneOf(fields),
    onSaved: async () => {
      await queryClient.invalidateQueries({ queryKey: userQueries.all() });
      onDone();
    },
  });
  return (
    <Dialog open title={`Edit ${user.firstName} ${user.lastName}`} onDismiss={onDone}>
      <UserFields
        form={form}
        email={user.email}
        formMessage={save.formMessage}
        pending={save.pending}
        submitLabel="Save"
        onSubmit={save.submit}
        onCancel={onDone}
      >
        {save.conflict ? (
          <VersionConflictAlert
            item="user"
            keptWhere="in the form"
            onReloadTheirs={() => void save.reloadTheirs()}
            onOverwrite={() => void save.overwrite()}
          />
        ) : null}
      </UserFields>
      <UserHistory user={user} />
    </Dialog>
  );
}

function UserFields({
  form,
  email,
  formMessage,
  pending,
  submitLabel,
  onSubmit,
  onCancel,
  children,
}: {
  form: UseFormReturn<UserInput>;
  /** The email of the user edited (it stays as it is), or null for a new user. */
  email: string | null;
  formMessage: string | null;
  pending: boolean;
  submitLabel: string;
  onSubmit: (event?: BaseSyntheticEvent) => Promise<void>;
  onCancel: () => void;
  children?: ReactNode;
}) {
  const {
    register,
    formState: { errors },
  } = form;
  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate>
      {formMessage ? <Alert tone="error">{formMessage}</Alert> : null}
      {children}
      <TextField label="First Name" error={errors.firstName?.message} {...register('firstName')} />
      <TextField label="Last Name" error={errors.lastName?.message} {...register('lastName')} />
      {email === null ? (
        <TextField
          label="Email"
          type="email"
          autoComplete="off"
          error={errors.email?.message}
          {...register('email')}
        />
      ) : (
        <p>
          Email: <strong>{email}</strong>
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
        <Button type="submit" variant="primary" pending={pending}>
          {submitLabel}
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
