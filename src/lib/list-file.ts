// Keyword and exclusion lists as files: read from .txt or a one-column CSV (RFC 4180, with a
// header), written as CSV that spreadsheets open cleanly and safely.

/** The largest list file read; a list of 400 entries fits in a small fraction of it. */
export const MAX_LIST_FILE_BYTES = 1_048_576;

const BYTE_ORDER_MARK = '\uFEFF';

/**
 * A spreadsheet runs a cell that starts with one of these as a formula ("CSV injection"), so an
 * exported entry that does gets a `'` before it, which reading the file takes off again. An entry
 * that starts with `'` itself is guarded too, so that it reads back as it was.
 */
const GUARDED_START = /^['=+\-@]/;

export type ListFileResult = { ok: true; entries: string[] } | { ok: false; error: string };

/** Splits CSV text into rows of cells (RFC 4180: quoted cells may hold commas, quotes, newlines). */
function parseCsv(text: string): string[][] | null {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      rows.push([...row, cell]);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (quoted) return null;
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

const unguard = (cell: string) =>
  cell.startsWith("'") && GUARDED_START.test(cell.slice(1)) ? cell.slice(1) : cell;

/**
 * The entries of a list file, before the list's own rules (the paste rules) judge each one. A
 * .txt file holds entries separated by newlines or commas, as a paste does; a .csv file holds
 * one column, its first row a header.
 */
export function readListFile(fileName: string, text: string): ListFileResult {
  const content = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
  if (/\.txt$/i.test(fileName)) {
    return { ok: true, entries: content.split(/[,\n\r]+/) };
  }
  if (!/\.csv$/i.test(fileName)) {
    return { ok: false, error: 'Choose a .txt or a .csv file.' };
  }
  const rows = parseCsv(content);
  if (rows === null) {
    return { ok: false, error: 'The CSV file has a quoted cell that never ends.' };
  }
  const blankLine = (row: string[]) => row.length === 1 && row[0]?.trim() === '';
  const [header, ...body] = rows.filter((row) => !blankLine(row));
  if (!header) return { ok: false, error: 'The CSV file is empty.' };
  const wide = [header, ...body].findIndex((row) => row.length > 1);
  if (wide >= 0) {
    return {
      ok: false,
      error: `The CSV file must have one column; row ${wide + 1} has ${[header, ...body][wide]?.length}.`,
    };
  }
  return { ok: true, entries: body.map((row) => unguard(row[0] ?? '')) };
}

function csvCell(value: string) {
  const guarded = GUARDED_START.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

/** A one-column CSV of the list: UTF-8 with a byte-order mark, CRLF line ends, a header. */
export function writeListCsv(header: string, entries: readonly string[]) {
  return BYTE_ORDER_MARK + [header, ...entries].map(csvCell).join('\r\n') + '\r\n';
}
