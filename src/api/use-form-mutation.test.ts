import {
  MutationCache,
  QueryClient,
  QueryClientProvider,
  onlineManager,
} from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-error';
import { oneOf } from './field-errors';
import { useFormMutation, type FormMutationOptions } from './use-form-mutation';

type Values = { name: string };
type Field = 'name';

const refused = (fieldErrors: Record<string, string>, status = 422) =>
  new ApiError({ kind: 'http', status, message: 'The Hub refused.', fieldErrors });

/** Renders the hook with a query client whose global error policy is recorded. */
function renderFormMutation(options: FormMutationOptions<Values, string, Field>) {
  const reported: { error: unknown; shownByForm: boolean | undefined }[] = [];
  const client = new QueryClient({
    mutationCache: new MutationCache({
      onError: (error, _values, _context, mutation) => {
        // As the global policy asks: only a Hub failure can be one the form shows.
        reported.push({
          error,
          shownByForm: error instanceof ApiError ? mutation.meta?.shownByForm?.(error) : undefined,
        });
      },
    }),
  });
  const wrapper = ({ children }: { children: ReactNode }) =>
    createElement(QueryClientProvider, { client }, children);
  const rendered = renderHook(() => useFormMutation(options), { wrapper });
  return { ...rendered, reported };
}

afterEach(() => onlineManager.setOnline(true));

describe('useFormMutation', () => {
  it('sends the values, hands the result to onSuccess and reports success', async () => {
    const mutationFn = vi.fn(async (values: Values) => `saved ${values.name}`);
    const onSuccess = vi.fn();
    const { result } = renderFormMutation({ mutationFn, onSuccess });
    expect(result.current).toMatchObject({ pending: false, succeeded: false, formMessage: null });

    await act(() => result.current.submit({ name: 'Ada' }));

    expect(mutationFn).toHaveBeenCalledExactlyOnceWith({ name: 'Ada' }, expect.anything());
    expect(onSuccess).toHaveBeenCalledExactlyOnceWith('saved Ada', { name: 'Ada' });
    await vi.waitFor(() =>
      expect(result.current).toMatchObject({
        succeeded: true,
        data: 'saved Ada',
        pending: false,
        formMessage: null,
      }),
    );
  });

  it.each<{
    case: string;
    fieldErrors: Record<string, string>;
    withFields: boolean;
    placed: unknown[];
    message: string | null;
  }>([
    {
      case: 'every field error on a field of the form',
      fieldErrors: { name: 'Taken.' },
      withFields: true,
      placed: [['name', { type: 'server', message: 'Taken.' }]],
      message: null,
    },
    {
      case: 'a field error the form has no field for',
      fieldErrors: { name: 'Taken.', status: 'Lacks keywords.' },
      withFields: true,
      placed: [['name', { type: 'server', message: 'Taken.' }]],
      message: 'The Hub refused. Lacks keywords.',
    },
    {
      case: 'a form without fields',
      fieldErrors: { name: 'Taken.' },
      withFields: false,
      placed: [],
      message: 'The Hub refused. Taken.',
    },
  ])('shows $case', async ({ fieldErrors, withFields, placed, message }) => {
    const setError = vi.fn();
    const { result, reported } = renderFormMutation({
      mutationFn: () => Promise.reject(refused(fieldErrors)),
      ...(withFields ? { isField: oneOf(['name'] as const), setError } : {}),
    });

    await act(() => result.current.submit({ name: 'Ada' }));

    expect(setError.mock.calls).toEqual(placed);
    expect(result.current.formMessage).toBe(message);
    expect(result.current.succeeded).toBe(false);
    // The form shows it, so the global policy leaves it alone.
    expect(reported).toEqual([{ error: expect.any(ApiError), shownByForm: true }]);
  });

  it('places nothing when the form has fields but no way to set them', async () => {
    const { result } = renderFormMutation({
      mutationFn: () => Promise.reject(refused({ name: 'Taken.' })),
      isField: oneOf(['name'] as const),
    });
    await act(() => result.current.submit({ name: 'Ada' }));
    expect(result.current.formMessage).toBe('The Hub refused. Taken.');
  });

  it('leaves a failure the form shows its own way to the form', async () => {
    const showOwnWay = vi.fn((error: ApiError) => error.status === 412);
    const { result } = renderFormMutation({
      mutationFn: () => Promise.reject(refused({}, 412)),
      showOwnWay,
    });
    await act(() => result.current.submit({ name: 'Ada' }));
    expect(showOwnWay).toHaveBeenCalledOnce();
    expect(result.current.formMessage).toBeNull();
  });

  it('shows no message for a bug, and leaves it to the global policy', async () => {
    const bug = new TypeError('undefined is not a function');
    const { result, reported } = renderFormMutation({ mutationFn: () => Promise.reject(bug) });
    await act(() => result.current.submit({ name: 'Ada' }));
    expect(result.current.formMessage).toBeNull();
    expect(reported).toEqual([{ error: bug, shownByForm: undefined }]);
  });

  it('tells the global policy that a closed form shows nothing', async () => {
    let fail: (error: unknown) => void = () => undefined;
    const { result, unmount, reported } = renderFormMutation({
      mutationFn: () => new Promise<string>((_, reject) => (fail = reject)),
    });
    // Not awaited: a closed form's submission has nobody left to resolve for.
    act(() => void result.current.submit({ name: 'Ada' }));
    await vi.waitFor(() => expect(result.current.pending).toBe(true));
    unmount();
    const error = refused({ name: 'Taken.' });
    fail(error);
    await vi.waitFor(() => expect(reported).toEqual([{ error, shownByForm: false }]));
  });

  it('sends one submission at a time and clears the last message when sending again', async () => {
    const answers: ((value: string) => void)[] = [];
    const mutationFn = vi
      .fn<(values: Values) => Promise<string>>()
      .mockRejectedValueOnce(refused({}))
      .mockImplementation(() => new Promise((resolve) => answers.push(resolve)));
    const { result } = renderFormMutation({ mutationFn });
    await act(() => result.current.submit({ name: 'Ada' }));
    expect(result.current.formMessage).toBe('The Hub refused.');

    let first: Promise<void> = Promise.resolve();
    let second: Promise<void> = Promise.resolve();
    act(() => {
      first = result.current.submit({ name: 'Ada' });
      second = result.current.submit({ name: 'Ada' });
    });
    expect(result.current.formMessage).toBeNull();
    await vi.waitFor(() => expect(answers).toHaveLength(1));
    await act(async () => {
      await second;
      answers[0]!('saved');
      await first;
    });
    expect(mutationFn).toHaveBeenCalledTimes(2);
    await vi.waitFor(() => expect(result.current.data).toBe('saved'));
  });

  it('runs a step before the save, and shows the step’s Hub failure instead of saving', async () => {
    const mutationFn = vi.fn(async () => 'saved');
    const { result } = renderFormMutation({ mutationFn });
    const order: string[] = [];
    mutationFn.mockImplementation(async () => {
      order.push('save');
      return 'saved';
    });

    await act(() =>
      result.current.submit({ name: 'Ada' }, async () => {
        order.push('prepare');
      }),
    );
    expect(order).toEqual(['prepare', 'save']);

    await act(() =>
      result.current.submit({ name: 'Ada' }, () =>
        Promise.reject(new ApiError({ kind: 'network', message: 'The Hub could not be reached.' })),
      ),
    );
    expect(order).toEqual(['prepare', 'save']);
    expect(result.current.formMessage).toBe('The Hub could not be reached.');
  });

  it('throws on a bug in the step before the save', async () => {
    const mutationFn = vi.fn(async () => 'saved');
    const { result } = renderFormMutation({ mutationFn });
    const bug = new TypeError('broken');
    await act(() =>
      expect(result.current.submit({ name: 'Ada' }, () => Promise.reject(bug))).rejects.toBe(bug),
    );
    expect(mutationFn).not.toHaveBeenCalled();
    expect(result.current.formMessage).toBeNull();
  });

  it('says the save waits while offline and is pending until the Hub answers', async () => {
    let answer: (value: string) => void = () => undefined;
    const { result } = renderFormMutation({
      mutationFn: () => new Promise((resolve) => (answer = resolve)),
    });
    onlineManager.setOnline(false);
    let submitted: Promise<void> = Promise.resolve();
    act(() => {
      submitted = result.current.submit({ name: 'Ada' });
    });
    await vi.waitFor(() => expect(result.current.waitingForNetwork).toBe(true));
    act(() => onlineManager.setOnline(true));
    await vi.waitFor(() =>
      expect(result.current).toMatchObject({ waitingForNetwork: false, pending: true }),
    );
    await act(async () => {
      answer('saved');
      await submitted;
    });
    await vi.waitFor(() =>
      expect(result.current).toMatchObject({ pending: false, succeeded: true }),
    );
  });
});
