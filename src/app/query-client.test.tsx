import { render, screen } from '@testing-library/react';
import { MutationObserver, QueryObserver } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/api-error';
import { Toaster } from '../components/ui/toaster';
import { createQueryClient, shouldRetryQuery } from './query-client';

const http = (status: number) => new ApiError({ kind: 'http', status, message: `Hub ${status}` });

describe('the query retry policy', () => {
  it.each([400, 401, 403, 404, 409, 412, 422, 428, 429])('never retries a %i', (status) => {
    expect(shouldRetryQuery(0, http(status))).toBe(false);
  });

  it('never retries a body that does not fit the contract, nor a bug in the console', () => {
    const invalid = new ApiError({ kind: 'invalid-response', status: 200, message: 'Invalid' });
    expect(shouldRetryQuery(0, invalid)).toBe(false);
    expect(shouldRetryQuery(0, new TypeError('x is undefined'))).toBe(false);
  });

  it.each([
    ['a network failure', new ApiError({ kind: 'network', message: 'Unreachable' })],
    ['a timeout', new ApiError({ kind: 'timeout', message: 'Too slow' })],
    ['a 500', http(500)],
    ['a 503', http(503)],
  ])('retries %s twice, then gives up', (_name, error) => {
    expect(shouldRetryQuery(0, error)).toBe(true);
    expect(shouldRetryQuery(1, error)).toBe(true);
    expect(shouldRetryQuery(2, error)).toBe(false);
  });

  it('is what every query of the console uses: a 404 is asked for once', async () => {
    const client = createQueryClient();
    const queryFn = vi.fn(() => Promise.reject(http(404)));
    const observer = new QueryObserver(client, { queryKey: ['gone'], queryFn, retryDelay: 0 });
    const settled = new Promise<void>((resolve) =>
      observer.subscribe((result) => result.isError && resolve()),
    );
    await settled;
    expect(queryFn).toHaveBeenCalledTimes(1);
  });
});

describe('the mutation error policy', () => {
  afterEach(() => vi.restoreAllMocks());

  async function failMutation(error: unknown, shownByForm?: (error: ApiError) => boolean) {
    const client = createQueryClient();
    const observer = new MutationObserver(client, {
      mutationFn: () => Promise.reject(error),
      meta: { shownByForm },
    });
    await observer.mutate().catch(() => undefined);
  }

  it('toasts a failure that no form shows', async () => {
    render(<Toaster />);
    await failMutation(http(500));
    expect(await screen.findByText('Hub 500')).toBeInTheDocument();
  });

  it('leaves to the form the failures it shows', async () => {
    render(<Toaster />);
    await failMutation(http(409), (error) => error.status === 409);
    expect(screen.queryByText('Hub 409')).not.toBeInTheDocument();
  });

  it('reports a bug in the console instead of swallowing it', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<Toaster />);
    const bug = new TypeError('values is undefined');
    await failMutation(bug, () => true);
    expect(logged).toHaveBeenCalledWith(bug);
    expect(await screen.findByText(/Something went wrong in the console/)).toBeInTheDocument();
  });
});
