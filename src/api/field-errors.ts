import { ApiError } from './api-error';

/** The shape of react-hook-form's `setError`, which plain forms can offer too. */
export type SetServerError<Field extends string> = (
  field: Field,
  error: { type: 'server'; message: string },
) => void;

/**
 * Puts the Hub's field errors on the form's own fields and returns the message for the form:
 * null when the fields say it all. Field errors for paths the form does not show join the form
 * message, so nothing the Hub said is lost. Anything but a Hub error is a bug in the console and
 * is thrown on, to be reported instead of shown as if the Hub had said it.
 */
export function placeServerErrors<Field extends string>(
  error: unknown,
  isField: (path: string) => path is Field,
  setError: SetServerError<Field>,
): string | null {
  if (!(error instanceof ApiError)) throw error;
  const unplaced: string[] = [];
  let placed = 0;
  for (const [path, message] of Object.entries(error.fieldErrors)) {
    if (isField(path)) {
      setError(path, { type: 'server', message });
      placed += 1;
    } else unplaced.push(message);
  }
  return placed > 0 && unplaced.length === 0 ? null : [error.message, ...unplaced].join(' ');
}

/** A field test for a fixed list of fields. */
export function oneOf<Field extends string>(fields: readonly Field[]) {
  return (path: string): path is Field => fields.some((field) => field === path);
}
