/** A number as the reader writes it (3,600 or 3 600); built on first use, off the start-up path. */
export function formatNumber(value: number) {
  return new Intl.NumberFormat().format(value);
}
