import { describe, expect, it } from 'vitest';
import { ApiError, describeError, isApiError } from './api-error';
import { oneOf, placeServerErrors } from './field-errors';

const fields = ['email', 'roles'] as const;

function hubError(fieldErrors?: Record<string, string>) {
  return new ApiError({
    kind: 'http',
    status: 409,
    code: 'email-taken',
    message: 'A user with this email already exists.',
    fieldErrors,
  });
}

/** Runs placeServerErrors and records what it put on which field. */
function place(error: unknown) {
  const placed: [string, string][] = [];
  const formMessage = placeServerErrors(error, oneOf(fields), (field, { message }) =>
    placed.push([field, message]),
  );
  return { placed, formMessage };
}

describe('placeServerErrors', () => {
  it('puts each message on its field and shows no form message when all are placed', () => {
    expect(place(hubError({ email: 'Already in use.', roles: 'Choose one.' }))).toEqual({
      placed: [
        ['email', 'Already in use.'],
        ['roles', 'Choose one.'],
      ],
      formMessage: null,
    });
  });

  it('adds messages for fields the form does not show to the form message', () => {
    expect(place(hubError({ email: 'Already in use.', 'settings.x': 'Too big.' }))).toEqual({
      placed: [['email', 'Already in use.']],
      formMessage: 'A user with this email already exists. Too big.',
    });
  });

  it('shows the Hub’s message when it names no field', () => {
    expect(place(hubError())).toEqual({
      placed: [],
      formMessage: 'A user with this email already exists.',
    });
  });

  it('throws on anything that is not a Hub error: a bug is reported, not shown as the Hub’s', () => {
    const bug = new TypeError('x is undefined');
    expect(() => place(bug)).toThrow(bug);
  });
});

describe('ApiError', () => {
  it('carries what the Hub said, with defaults for what it did not', () => {
    const error = new ApiError({ kind: 'network', message: 'The Hub cannot be reached.' });
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      name: 'ApiError',
      message: 'The Hub cannot be reached.',
      kind: 'network',
      code: 'network',
      status: undefined,
      fieldErrors: {},
      retryAfterSeconds: undefined,
      detail: undefined,
    });
    const limited = new ApiError({
      kind: 'http',
      status: 429,
      code: 'rate-limited',
      message: 'Slow down.',
      retryAfterSeconds: 30,
      detail: 'sent 301 in a minute',
    });
    expect(limited).toMatchObject({ code: 'rate-limited', retryAfterSeconds: 30 });
    expect(limited.detail).toBe('sent 301 in a minute');
  });

  it('is recognized by status, or by kind alone', () => {
    const error = hubError();
    expect(isApiError(error)).toBe(true);
    expect(isApiError(error, 409)).toBe(true);
    expect(isApiError(error, 404)).toBe(false);
    expect(isApiError(new Error('no'))).toBe(false);
    expect(isApiError({ status: 409 }, 409)).toBe(false);
  });

  it('describes a Hub error by its message and anything else generically', () => {
    expect(describeError(hubError())).toBe('A user with this email already exists.');
    expect(describeError(new TypeError('x is undefined'))).toBe(
      'Something went wrong in the console. Try again; if it keeps happening, reload the page.',
    );
  });
});
