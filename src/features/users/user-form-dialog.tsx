import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod/mini';
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
  const {
    register,
    handleSubmit,
    setError,
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
        ? createUser(values)
        : updateUser(user, {
            firstName: values.firstName,
            lastName: values.lastName,
            roles: values.roles,
          }),
    meta: { errorsShownByForm: true },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: userQueries.all() });
      onDone();
    },
    onError: (error) => {
      const { fieldErrors, formMessage } = splitServerErrors(error, fields);
      for (const [field, message] of fieldErrors) setError(field, { type: 'server', message });
      setFormError(formMessage);
    },
  });

  const onSubmit = handleSubmit((values) => {
    setFormError(null);
    save.mutate(values);
  });

  return (
    <Dialog
      open
      title={isNew ? 'New User' : `Edit ${user.firstName} ${user.lastName}`}
      onDismiss={onDone}
    >
      <form className={styles.form} onSubmit={onSubmit} noValidate>
        {formError ? <Alert tone="error">{formError}</Alert> : null}
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
