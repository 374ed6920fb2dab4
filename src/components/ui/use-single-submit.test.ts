import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useSingleSubmit } from './use-single-submit';

describe('useSingleSubmit', () => {
  it('ignores a second submission while the first is under way', async () => {
    const { result } = renderHook(() => useSingleSubmit());
    let runs = 0;
    let finish = () => {};
    const work = () => {
      runs += 1;
      return new Promise<void>((resolve) => (finish = resolve));
    };
    const first = result.current(work);
    await result.current(work);
    finish();
    await first;
    expect(runs).toBe(1);
    await result.current(async () => {});
  });

  it('passes on an unexpected exception instead of swallowing it, and accepts the next', async () => {
    const { result } = renderHook(() => useSingleSubmit());
    const bug = new TypeError('values is undefined');
    await expect(result.current(() => Promise.reject(bug))).rejects.toBe(bug);
    let ran = false;
    await result.current(async () => {
      ran = true;
    });
    expect(ran).toBe(true);
  });
});
