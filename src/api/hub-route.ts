import type { z } from 'zod/mini';

/**
 * One operation of the Hub API: what it takes and what it answers. The client, the mock Hub and
 * the OpenAPI document all read these, so each path, method and schema is written once.
 */
export type HubRoute = {
  readonly method: 'get' | 'post' | 'put' | 'delete';
  /** OpenAPI form: `/channels/{id}`. */
  readonly path: string;
  readonly summary: string;
  readonly auth: boolean;
  readonly ifMatch?: boolean;
  /** Accepts an Idempotency-Key header: a repeated create is applied once. */
  readonly idempotent?: boolean;
  /**
   * Sign-in and sign-up: counted against the attempt limits below. Their 429 is the user's to
   * see (a countdown), never retried by the client on its own (decision 0005).
   */
  readonly attemptLimited?: boolean;
  readonly query?: z.ZodMiniObject;
  readonly body?: z.ZodMiniType;
  /** The success status and its body schema (null for no body). */
  readonly success: { readonly status: number; readonly schema: z.ZodMiniType | null };
  readonly errors: readonly number[];
};

/** The largest request body the Hub reads; a larger one gets 413. */
export const MAX_BODY_BYTES = 1_048_576;

/** Failed attempts per account and email within FAILED_ATTEMPTS_WINDOW_MS; more get 429. */
export const MAX_FAILED_ATTEMPTS = 5;
export const FAILED_ATTEMPTS_WINDOW_MS = 15 * 60_000;
/** Attempts per client address within ADDRESS_ATTEMPTS_WINDOW_MS; more get 429. */
export const MAX_ATTEMPTS_PER_ADDRESS = 100;
export const ADDRESS_ATTEMPTS_WINDOW_MS = 60_000;

/** Keeps a route's literal path and exact schemas in its type, for the typed client. */
export function defineRoute<const Route extends HubRoute>(route: Route): Route {
  return route;
}
