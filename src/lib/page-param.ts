/** Reads a positive page number from the URL's `page`; anything else is page 1. */
export function readPage(search: URLSearchParams) {
  const page = Number(search.get('page'));
  return Number.isInteger(page) && page > 0 ? page : 1;
}
