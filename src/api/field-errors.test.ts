import { describe, expect, it } from 'vitest';
import { ApiError, describeError, isApiError } from './api-error';
import { splitServerErrors } from './field-errors';

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

describe('splitServerErrors', () => {
  it('puts each message on its field and shows no form message when all are placed', () => {
    expect(
      splitServerErrors(hubError({ email: 'Already in use.', roles: 'Choose one.' }), fields),
    ).toEqual({
      fieldErrors: [
        ['email', 'Already in use.'],
        ['roles', 'Choose one.'],
      ],
      formMessage: null,
    });
  });

  it('adds messages for fields the form does not show to the form message', () => {
    expect(
      splitServerErrors(hubError({ email: 'Already in use.', 'settings.x': 'Too big.' }), fields),
    ).toEqual({
      fieldErrors: [['email', 'Already in use.']],
      formMessage: 'A user with this email already exists. Too big.',
    });
  });

  it('shows the Hub’s message when it names no field', () => {
    expect(splitServerErrors(hubError(), fields)).toEqual({
      fieldErrors: [],
      formMessage: 'A user with this email already exists.',
    });
  });

  it('says the console failed for anything that is not a Hub error', () => {
    expect(splitServerErrors(new TypeError('x is undefined'), fields)).toEqual({
      fieldErrors: [],
      formMessage: 'Something went wrong in the console. Try again.',
    });
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
