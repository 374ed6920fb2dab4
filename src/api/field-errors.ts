import { ApiError } from './api-error';

/**
 * Splits a Hub error into messages for the form's own fields and one message for the form.
 * Field errors for paths the form does not show fall back to the form message.
 */
export function splitServerErrors<Field extends string>(
  error: unknown,
  fields: readonly Field[],
): { fieldErrors: [Field, string][]; formMessage: string | null } {
  if (!(error instanceof ApiError)) {
    return { fieldErrors: [], formMessage: 'Something went wrong in the console. Try again.' };
  }
  const fieldErrors: [Field, string][] = [];
  const unplaced: string[] = [];
  for (const [path, message] of Object.entries(error.fieldErrors)) {
    const field = fields.find((candidate) => candidate === path);
    if (field) fieldErrors.push([field, message]);
    else unplaced.push(message);
  }
  const formMessage =
    fieldErrors.length > 0 && unplaced.length === 0 ? null : [error.message, ...unplaced].join(' ');
  return { fieldErrors, formMessage };
}
