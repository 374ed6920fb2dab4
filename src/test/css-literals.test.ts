// @vitest-environment node
/// <reference types="node" />
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Components style themselves with the design tokens only (STYLE.md, "Design system"): a colour,
 * a spacing or a type size written as a value anywhere but the tokens file would miss the dark
 * theme and drift from the scale. This finds such values in every stylesheet of the console and
 * of the mock Hub's pages.
 */
const TOKENS_FILE = 'src/components/ui/tokens.css';

const stylesheets = ['src', 'mocks'].flatMap((folder) =>
  readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.css'))
    .map((file) => join(folder, file)),
);

/** Properties whose lengths are spacing: they take a `--space-*` token. */
const spacingProperty =
  /^(?:margin|padding|inset|scroll-margin|scroll-padding)(?:-[a-z-]+)?$|^(?:gap|row-gap|column-gap|top|right|bottom|left)$/;
/** Properties that take a colour among their values. */
const colourProperty =
  /^(?:color|background(?:-color)?|border(?:-(?:top|right|bottom|left|block|inline)(?:-start|-end)?)?(?:-color)?|outline(?:-color)?|box-shadow|text-shadow|fill|stroke|accent-color|caret-color|text-decoration(?:-color)?|column-rule(?:-color)?)$/;
/** Words that may stand in a colour property without being a colour. */
const notColours = new Set([
  'transparent',
  'currentcolor',
  'inherit',
  'initial',
  'unset',
  'revert',
  'none',
  'solid',
  'dashed',
  'dotted',
  'double',
  'inset',
  'auto',
  'thin',
  'medium',
  'thick',
  'underline',
  'no-repeat',
  'center',
]);
const colourFunction = /\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color|light-dark)\(/i;
const hexColour = /#[0-9a-f]{3,8}\b/i;
const length = /(?:^|[\s(,*/+-])-?(?:\d*\.)?\d+(?:px|rem|em|ch|ex|vh|vw|%)(?![\w-])/;

export type StyleLiteral = { line: number; property: string; value: string; kind: string };

/** The colour, spacing and type-size values written in a stylesheet instead of tokens. */
export function findStyleLiterals(css: string): StyleLiteral[] {
  // Comments are blanked, not removed, so that line numbers stay right.
  const source = css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));
  const found: StyleLiteral[] = [];
  for (const match of source.matchAll(/([-a-z]+)\s*:\s*([^;{}]+)(?=[;}])/gi)) {
    const property = (match[1] ?? '').toLowerCase();
    const value = (match[2] ?? '').trim();
    const line = source.slice(0, match.index).split('\n').length;
    // What sits inside var(…) is a token's name (and its fallback, checked as written).
    const bare = value.replace(/var\(--[\w-]+\)/g, ' ');
    const add = (kind: string) => found.push({ line, property, value, kind });
    if (hexColour.test(bare) || colourFunction.test(bare)) add('colour');
    else if (colourProperty.test(property) || property.startsWith('--')) {
      const words = bare.match(/(?<![\w-])[a-z][a-z-]*(?![\w(-])/gi) ?? [];
      if (words.some((word) => !notColours.has(word.toLowerCase()) && !property.startsWith('--')))
        add('colour');
    }
    if (spacingProperty.test(property) && length.test(bare)) add('spacing');
    if (property === 'font-size' && length.test(bare)) add('type size');
  }
  return found;
}

describe('the check for literals in stylesheets', () => {
  it('finds colours, spacings and type sizes written as values', () => {
    const planted = [
      '.a {',
      '  color: #1c2430;',
      '  background: white;',
      '  box-shadow: 0 1px 2px rgb(0 0 0 / 0.2);',
      '  padding: 4px var(--space-2);',
      '  margin-top: 1rem;',
      '  gap: 0.5rem;',
      '  font-size: 14px;',
      '  --local: hsl(0 0% 50%);',
      '}',
    ].join('\n');
    expect(findStyleLiterals(planted).map(({ line, kind }) => `${line} ${kind}`)).toEqual([
      '2 colour',
      '3 colour',
      '4 colour',
      '5 spacing',
      '6 spacing',
      '7 spacing',
      '8 type size',
      '9 colour',
    ]);
  });

  it('lets tokens, zero and keywords through', () => {
    const clean = [
      '/* color: #fff; padding: 4px */',
      '.a {',
      '  color: var(--color-text);',
      '  border: var(--border-width) solid var(--color-border);',
      '  padding: 0 var(--space-4);',
      '  top: calc(-1 * var(--space-12));',
      '  background: transparent;',
      '  outline: none;',
      '  width: 2.5rem;',
      '  font-size: var(--text-sm);',
      '}',
    ].join('\n');
    expect(findStyleLiterals(clean)).toEqual([]);
  });
});

describe('the stylesheets', () => {
  it('are found', () => {
    expect(stylesheets).toContain(TOKENS_FILE);
    expect(stylesheets.length).toBeGreaterThan(10);
  });

  it.each(stylesheets.filter((file) => file !== TOKENS_FILE))(
    '%s uses tokens for colours, spacing and type sizes',
    (file) => {
      const literals = findStyleLiterals(readFileSync(file, 'utf8')).map(
        ({ line, property, value, kind }) =>
          `${file}:${line} ${kind} literal: ${property}: ${value}`,
      );
      expect(literals).toEqual([]);
    },
  );
});
