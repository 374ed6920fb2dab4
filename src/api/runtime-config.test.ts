import { afterEach, describe, expect, it } from 'vitest';
import { preconnectToHub } from './runtime-config';

const preconnects = () =>
  Array.from(document.head.querySelectorAll<HTMLLinkElement>('link[rel="preconnect"]'));

afterEach(() => preconnects().forEach((link) => link.remove()));

describe('preconnectToHub', () => {
  it('opens a cookie-less connection to a Hub on another origin', () => {
    preconnectToHub('https://hub.example.com/api/v2.0');
    expect(preconnects().map((link) => [link.href, link.crossOrigin])).toEqual([
      ['https://hub.example.com/', 'anonymous'],
    ]);
  });

  it('adds nothing for a Hub on the console’s own origin', () => {
    preconnectToHub('/api/v2.0');
    preconnectToHub(`${window.location.origin}/api/v2.0`);
    expect(preconnects()).toEqual([]);
  });
});
