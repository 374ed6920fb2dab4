import { formatCount } from '../lib/format';

export type ApiErrorKind = 'network' | 'timeout' | 'http' | 'invalid-response';

type ApiErrorInit = {
  kind: ApiErrorKind;
  message: string;
  status?: number;
  code?: string;
  fieldErrors?: Record<string, string>;
  details?: string[];
  retryAfterSeconds?: number;
  detail?: string;
};

/** Every failure of a Hub call, whatever its cause, reaches the UI as one of these. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number | undefined;
  readonly code: string;
  readonly fieldErrors: Record<string, string>;
  /** The items a 422 lists (what a channel lacks for Active); empty when it lists none. */
  readonly details: string[];
  readonly retryAfterSeconds: number | undefined;
  /** Technical detail for developers (schema issues); never shown as the main message. */
  readonly detail: string | undefined;

  constructor(init: ApiErrorInit) {
    super(init.message);
    this.name = 'ApiError';
    this.kind = init.kind;
    this.status = init.status;
    this.code = init.code ?? init.kind;
    this.fieldErrors = init.fieldErrors ?? {};
    this.details = init.details ?? [];
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.detail = init.detail;
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

/** A message for any thrown value, for places that show errors to people. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return 'Something went wrong in the console. Try again; if it keeps happening, reload the page.';
}

/** A wait the Hub asked for, in the reader's digits: "1 second", "90 seconds". */
export function formatSeconds(seconds: number) {
  return formatCount(seconds, { one: 'second', other: 'seconds' });
}
