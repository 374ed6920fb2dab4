import { describe, expect, it } from 'vitest';
import { readPage } from './page-param';

describe('readPage', () => {
  it.each([
    ['page=3', 3],
    ['page=1', 1],
    ['', 1],
    ['page=0', 1],
    ['page=-2', 1],
    ['page=2.5', 1],
    ['page=two', 1],
    ['page=', 1],
  ])('reads ?%s as page %i', (search, page) => {
    expect(readPage(new URLSearchParams(search))).toBe(page);
  });
});
