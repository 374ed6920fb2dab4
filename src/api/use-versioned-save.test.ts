import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { useForm, type Resolver, type ResolverResult } from 'react-hook-form';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod/mini';
import { bodyTooLarge } from '../../mocks/hub-http';
import { ApiError } from './api-error';
import { requestHub } from './client';
import { defineRoute } from './hub-route';
import { setRuntimeConfig } from './runtime-config';
import { oneOf } from './field-errors';
import { useVersionedSave } from './use-versioned-save';

type Item = { id: string; name: string; version: number };
type Values = { name: string };

const toValues = (item: Item): Values => ({ name: item.name });
// A name is required: the form's own validation, which every save must pass.
const resolver: Resolver<Values> = async (values): Promise<ResolverResult<Values>> =>
  values.name
    ? { values, errors: {} }
    : { values: {}, errors: { name: { type: 'required', message: 'Enter a name.' } } };

const hubError = (status: number, fieldErrors?: Record<string, string>) =>
  new ApiError({ kind: 'http', status, message: `The Hub answered ${status}.`, fieldErrors });

function renderVersionedSave(
  first: Item,
  hub: {
    save?: (version: number, values: Values) => Promise<Item>;
    readLatest?: () => Promise<Item>;
    showOwnWay?: (error: ApiError) => boolean;
  } = {},
) {
  const save = vi.fn(
    hub.save ??
      (async (version: number, values: Values) => ({ ...first, ...values, version: version + 1 })),
  );
  const readLatest = vi.fn(hub.readLatest ?? (async () => first));
  const onSaved = vi.fn();
  const client = new QueryClient();
  const wrapper = ({ children }: { children: ReactNode }) =>
    createElement(QueryClientProvider, { client }, children);
  const rendered = renderHook(
    ({ item }: { item: Item }) => {
      const form = useForm<Values>({ defaultValues: toValues(item), resolver });
      const versioned = useVersionedSave({
        item,
        form,
        save,
        readLatest,
        toValues,
        isField: oneOf(['name'] as const),
        onSaved,
        showOwnWay: hub.showOwnWay,
      });
      return { form, versioned };
    },
    { wrapper, initialProps: { item: first } },
  );
  return { ...rendered, save, readLatest, onSaved };
}

const item: Item = { id: 'c1', name: 'Support', version: 3 };

describe('useVersionedSave', () => {
  it('saves with the version read, then with the version saved', async () => {
    const { result, save, onSaved } = renderVersionedSave(item);
    expect(result.current.versioned).toMatchObject({ conflict: false, formMessage: null });
    act(() => result.current.form.setValue('name', 'Sales', { shouldDirty: true }));

    await act(() => result.current.versioned.submit());
    expect(save).toHaveBeenLastCalledWith(3, { name: 'Sales' });
    expect(onSaved).toHaveBeenCalledExactlyOnceWith({ id: 'c1', name: 'Sales', version: 4 });
    // The saved item is the form's new base: nothing is left to save.
    expect(result.current.form.formState.isDirty).toBe(false);
    expect(result.current.form.getValues()).toEqual({ name: 'Sales' });

    await act(() => result.current.versioned.submit());
    expect(save).toHaveBeenLastCalledWith(4, { name: 'Sales' });
  });

  it('saves nothing the form refuses', async () => {
    const { result, save } = renderVersionedSave(item);
    act(() => result.current.form.setValue('name', ''));
    await act(() => result.current.versioned.submit());
    expect(save).not.toHaveBeenCalled();
    expect(result.current.form.getFieldState('name').error?.message).toBe('Enter a name.');
  });

  it('takes a newer version read meanwhile as the base of an untouched form only', async () => {
    const { result, rerender, save } = renderVersionedSave(item);
    rerender({ item: { ...item, name: 'Renamed', version: 5 } });
    expect(result.current.form.getValues()).toEqual({ name: 'Renamed' });
    // The same version read again changes nothing either.
    rerender({ item: { ...item, name: 'Same version', version: 5 } });
    expect(result.current.form.getValues()).toEqual({ name: 'Renamed' });
    await act(() => result.current.versioned.submit());
    expect(save).toHaveBeenLastCalledWith(5, { name: 'Renamed' });

    // An older version changes nothing.
    rerender({ item: { ...item, name: 'Stale', version: 4 } });
    expect(result.current.form.getValues()).toEqual({ name: 'Renamed' });

    act(() => result.current.form.setValue('name', 'Mine', { shouldDirty: true }));
    rerender({ item: { ...item, name: 'Theirs', version: 9 } });
    expect(result.current.form.getValues()).toEqual({ name: 'Mine' });
    await act(() => result.current.versioned.submit());
    expect(save).toHaveBeenLastCalledWith(6, { name: 'Mine' });
  });

  it('puts the Hub’s field errors on the fields and the rest above them', async () => {
    const { result } = renderVersionedSave(item, {
      save: () => Promise.reject(hubError(422, { name: 'Taken.', status: 'Lacks keywords.' })),
    });
    await act(() => result.current.versioned.submit());
    expect(result.current.form.getFieldState('name').error).toMatchObject({
      type: 'server',
      message: 'Taken.',
    });
    expect(result.current.versioned.formMessage).toBe('The Hub answered 422. Lacks keywords.');
    expect(result.current.versioned.conflict).toBe(false);
  });

  it('leaves to the form what its own showOwnWay takes, and shows the rest', async () => {
    const showOwnWay = vi.fn((error: ApiError) => error.status === 409);
    const save = vi
      .fn<(version: number, values: Values) => Promise<Item>>()
      .mockRejectedValueOnce(hubError(409))
      .mockRejectedValueOnce(hubError(500));
    const { result } = renderVersionedSave(item, { save, showOwnWay });
    await act(() => result.current.versioned.submit());
    expect(result.current.versioned.formMessage).toBeNull();
    await act(() => result.current.versioned.submit());
    expect(result.current.versioned.formMessage).toBe('The Hub answered 500.');
    expect(showOwnWay).toHaveBeenCalledTimes(2);
  });

  it('on 412 offers a choice; reloading theirs shows their version and saves on top of it', async () => {
    const theirs: Item = { ...item, name: 'Theirs', version: 7 };
    const save = vi
      .fn<(version: number, values: Values) => Promise<Item>>()
      .mockRejectedValueOnce(hubError(412))
      .mockImplementation(async (version, values) => ({
        ...item,
        ...values,
        version: version + 1,
      }));
    const showOwnWay = vi.fn(() => false);
    const { result } = renderVersionedSave(item, {
      save,
      showOwnWay,
      readLatest: async () => theirs,
    });
    act(() => result.current.form.setValue('name', 'Mine', { shouldDirty: true }));
    await act(() => result.current.versioned.submit());
    expect(result.current.versioned.conflict).toBe(true);
    expect(result.current.versioned.formMessage).toBeNull();
    expect(showOwnWay).not.toHaveBeenCalled();

    await act(() => result.current.versioned.reloadTheirs());
    expect(result.current.versioned.conflict).toBe(false);
    expect(result.current.form.getValues()).toEqual({ name: 'Theirs' });
    expect(result.current.form.formState.isDirty).toBe(false);

    await act(() => result.current.versioned.submit());
    expect(save).toHaveBeenLastCalledWith(7, { name: 'Theirs' });
  });

  it('shows a failed reload as the form’s message and keeps the choice open', async () => {
    const save = vi.fn(() => Promise.reject(hubError(412)));
    const { result } = renderVersionedSave(item, {
      save,
      readLatest: () => Promise.reject(hubError(404)),
    });
    await act(() => result.current.versioned.submit());
    await act(() => result.current.versioned.reloadTheirs());
    expect(result.current.versioned.formMessage).toBe('The Hub answered 404.');
    expect(result.current.versioned.conflict).toBe(true);
  });

  it('clears the message of a failed reload when a reload succeeds', async () => {
    const readLatest = vi
      .fn<() => Promise<Item>>()
      .mockRejectedValueOnce(hubError(500))
      .mockResolvedValue({ ...item, version: 8 });
    const { result } = renderVersionedSave(item, {
      save: () => Promise.reject(hubError(412)),
      readLatest,
    });
    await act(() => result.current.versioned.submit());
    await act(() => result.current.versioned.reloadTheirs());
    expect(result.current.versioned.formMessage).toBe('The Hub answered 500.');
    await act(() => result.current.versioned.reloadTheirs());
    expect(result.current.versioned.formMessage).toBeNull();
  });

  it('overwrites theirs with mine on their latest version, validated like any save', async () => {
    const save = vi
      .fn<(version: number, values: Values) => Promise<Item>>()
      .mockRejectedValueOnce(hubError(412))
      .mockImplementation(async (version, values) => ({
        ...item,
        ...values,
        version: version + 1,
      }));
    const { result, readLatest, onSaved } = renderVersionedSave(item, {
      save,
      readLatest: async () => ({ ...item, name: 'Theirs', version: 7 }),
    });
    act(() => result.current.form.setValue('name', 'Mine', { shouldDirty: true }));
    await act(() => result.current.versioned.submit());
    expect(result.current.versioned.conflict).toBe(true);

    act(() => result.current.form.setValue('name', ''));
    await act(() => result.current.versioned.overwrite());
    expect(readLatest).not.toHaveBeenCalled();
    expect(save).toHaveBeenCalledTimes(1);

    act(() => result.current.form.setValue('name', 'Mine'));
    await act(() => result.current.versioned.overwrite());
    expect(result.current.versioned.conflict).toBe(false);
    expect(save).toHaveBeenLastCalledWith(7, { name: 'Mine' });
    expect(onSaved).toHaveBeenCalledExactlyOnceWith({ ...item, name: 'Mine', version: 8 });
    expect(result.current.form.getValues()).toEqual({ name: 'Mine' });
  });
});

describe('useVersionedSave: a save the Hub refuses for its size or its pace', () => {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());
  beforeEach(() => setRuntimeConfig({ mode: 'mock', hubBaseUrl: 'http://hub.test/api/v2.0' }));
  const replaceItem = defineRoute({
    method: 'put',
    path: '/items/{id}',
    summary: 'Replace',
    auth: true,
    ifMatch: true,
    body: z.object({ name: z.string() }),
    success: {
      status: 200,
      schema: z.object({ id: z.string(), name: z.string(), version: z.number() }),
    },
    errors: [413, 429],
  });

  it.each<{
    status: number;
    headers: Record<string, string>;
    shown: string;
    error: { code: string; message: string };
  }>([
    { status: 413, headers: {}, shown: bodyTooLarge.message, error: bodyTooLarge },
    {
      status: 429,
      headers: { 'Retry-After': '30' },
      shown: 'The Hub is receiving too many requests. Try again in 30 seconds.',
      error: { code: 'rate-limited', message: 'The Hub is receiving too many requests.' },
    },
  ])(
    'shows a $status above the form and keeps what was typed',
    async ({ status, headers, error, shown }) => {
      let sent = 0;
      server.use(
        http.put('*/items/:id', () => {
          sent += 1;
          return HttpResponse.json({ error }, { status, headers });
        }),
      );
      const { result } = renderVersionedSave(item, {
        save: (version, values) =>
          requestHub(replaceItem, { params: { id: item.id }, body: values, ifMatch: version }),
      });
      act(() => result.current.form.setValue('name', 'Typed by me', { shouldDirty: true }));
      await act(() => result.current.versioned.submit());
      expect(result.current.versioned.formMessage).toBe(shown);
      expect(result.current.form.getValues()).toEqual({ name: 'Typed by me' });
      expect(result.current.form.formState.isDirty).toBe(true);
      expect(sent).toBe(1);
    },
  );
});
