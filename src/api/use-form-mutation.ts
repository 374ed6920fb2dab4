import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useSingleSubmit } from '../components/ui/use-single-submit';
import { ApiError } from './api-error';
import { placeServerErrors, type SetServerError } from './field-errors';

export type FormMutationOptions<Values, Result, Field extends string> = {
  mutationFn: (values: Values) => Promise<Result>;
  /** Which of the Hub's field-error paths are fields of this form; the rest join the message. */
  isField?: (path: string) => path is Field;
  setError?: SetServerError<Field>;
  onSuccess?: (result: Result, values: Values) => Promise<unknown> | unknown;
  /** A Hub failure the form shows its own way (the 412 choice, what Active lacks): true if so. */
  showOwnWay?: (error: ApiError) => boolean;
};

const noField = (_path: string): _path is never => false;
const nowhere: SetServerError<never> = () => undefined;

/**
 * A form's submission to the Hub: one at a time, the Hub's field errors on the fields and the
 * rest in one message above them. What the form does not show (it was closed, or the console
 * has a bug) goes to the global error policy, which reports it.
 */
export function useFormMutation<Values, Result, Field extends string>(
  options: FormMutationOptions<Values, Result, Field>,
) {
  const [formMessage, setFormMessage] = useState<string | null>(null);
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const once = useSingleSubmit();
  const mutation = useMutation({
    mutationFn: options.mutationFn,
    meta: { shownByForm: () => mounted.current },
    onSuccess: (result, values) => options.onSuccess?.(result, values),
    onError: (error) => {
      if (!(error instanceof ApiError) || !mounted.current) return;
      if (options.showOwnWay?.(error)) return;
      const { isField, setError } = options;
      setFormMessage(
        isField && setError
          ? placeServerErrors(error, isField, setError)
          : placeServerErrors(error, noField, nowhere),
      );
    },
  });

  /** Shows a Hub failure of a step before the save (a re-read) as the form's message. */
  function showStepFailure(error: unknown) {
    if (!(error instanceof ApiError)) throw error;
    setFormMessage(error.message);
  }

  return {
    /**
     * Sends the values once, after `prepare` (a step that must succeed first, inside the same
     * single-submit guard). Resolves when the Hub has answered; failures land on the form.
     */
    submit: (values: Values, prepare?: () => Promise<unknown>) =>
      once(async () => {
        setFormMessage(null);
        if (prepare) {
          try {
            await prepare();
          } catch (error) {
            showStepFailure(error);
            return;
          }
        }
        await new Promise<void>((resolve) => {
          mutation.mutate(values, { onSettled: () => resolve() });
        });
      }),
    showStepFailure,
    formMessage,
    setFormMessage,
    pending: mutation.isPending,
    /** Offline: the save waits and is sent when the connection is back. */
    waitingForNetwork: mutation.isPaused,
    succeeded: mutation.isSuccess,
    data: mutation.data,
  };
}
