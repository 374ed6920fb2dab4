import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyText } from './clipboard';

describe('copyText', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('writes the text to the clipboard and says so', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    await expect(copyText('7c3e9a1f')).resolves.toBe(true);
    expect(writeText).toHaveBeenCalledExactlyOnceWith('7c3e9a1f');
  });

  it('says false when the browser refuses', async () => {
    vi.stubGlobal('navigator', {
      clipboard: { writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) },
    });
    await expect(copyText('7c3e9a1f')).resolves.toBe(false);
  });

  it('says false when there is no clipboard, as outside a secure context', async () => {
    vi.stubGlobal('navigator', {});
    await expect(copyText('7c3e9a1f')).resolves.toBe(false);
  });
});
