import { describe, expect, it } from 'vitest';
import { readListFile, writeListCsv } from './list-file';

describe('readListFile', () => {
  it('reads a .txt file as a paste: one entry a line or between commas', () => {
    expect(readListFile('words.TXT', 'coffee\r\ntea, latte\n\nmocha')).toEqual({
      ok: true,
      entries: ['coffee', 'tea', ' latte', 'mocha'],
    });
  });

  it('reads a one-column CSV without its header, quotes and all', () => {
    const csv = '\uFEFFKeywords\r\ncoffee\r\n"flat white, large"\r\n"say ""hi"""\r\n"two\nlines"\r\n';
    expect(readListFile('keywords.csv', csv)).toEqual({
      ok: true,
      entries: ['coffee', 'flat white, large', 'say "hi"', 'two\nlines'],
    });
  });

  it('takes off the guard put before a cell a spreadsheet would run, and nothing else', () => {
    expect(readListFile('k.csv', "Keywords\n'=1+1\n'+plus\n'-minus\n'@acme\n'quoted\n")).toEqual({
      ok: true,
      entries: ['=1+1', '+plus', '-minus', '@acme', "'quoted"],
    });
  });

  it('skips blank lines, and reads a last line without a line end', () => {
    expect(readListFile('k.csv', 'Keywords\n\ncoffee\n\ntea')).toEqual({
      ok: true,
      entries: ['coffee', 'tea'],
    });
  });

  it.each([
    ['k.xlsx', 'Keywords\ncoffee', 'Choose a .txt or a .csv file.'],
    ['k.csv', '', 'The CSV file is empty.'],
    ['k.csv', 'Keywords\n"coffee', 'The CSV file has a quoted cell that never ends.'],
    ['k.csv', 'Keywords\ncoffee\ntea,latte', 'The CSV file must have one column; row 3 has 2.'],
    ['k.csv', 'Keyword,Note\ncoffee', 'The CSV file must have one column; row 1 has 2.'],
  ])('refuses %s %j whole', (name, text, error) => {
    expect(readListFile(name, text)).toEqual({ ok: false, error });
  });
});

describe('writeListCsv', () => {
  it('writes UTF-8 with a byte-order mark, CRLF, a header, and quotes where needed', () => {
    expect(
      writeListCsv('Keywords', ['coffee', 'flat white, large', 'say "hi"', ' padded', 'café ☕']),
    ).toBe(
      '\uFEFFKeywords\r\ncoffee\r\n"flat white, large"\r\n"say ""hi"""\r\n" padded"\r\ncafé ☕\r\n',
    );
  });

  it('guards cells a spreadsheet would run as formulas', () => {
    expect(writeListCsv('Keywords', ['=HYPERLINK("x")', '+1', '-1', '@acme', 'a=b'])).toBe(
      '\uFEFFKeywords\r\n"\'=HYPERLINK(""x"")"\r\n\'+1\r\n\'-1\r\n\'@acme\r\na=b\r\n',
    );
  });

  it('reads back what it writes, whatever the entries', () => {
    const entries = [
      'coffee',
      '=cmd|calc',
      '@handle',
      '"quoted"',
      'comma, inside',
      'שלום',
      '🙂 emoji',
      '<script>alert(1)</script>',
      "'already",
      "'=guarded by hand",
      "''",
    ];
    expect(readListFile('round.csv', writeListCsv('Keywords', entries))).toEqual({
      ok: true,
      entries,
    });
  });
});
