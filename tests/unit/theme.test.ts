/** The design tokens checked where colour carries meaning: theme-color, the report’s chart tones. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { THEME_COLOR } from '../../src/consts';

it('uses the indigo of the design tokens as theme-color', () => {
  const tokens = readFileSync('src/styles/tokens.css', 'utf8');
  const nila = /--color-nila:\s*(#[0-9a-f]{6});/i.exec(tokens)?.[1];
  expect(nila).toBeDefined();
  expect(THEME_COLOR).toBe(nila);
});

/** WCAG relative luminance of a #rrggbb colour: what is left of it in a greyscale print. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

it('gives the report’s outcome tones lightnesses that stay apart in greyscale', () => {
  const tokens = readFileSync('src/styles/tokens.css', 'utf8');
  const charts = readFileSync('src/styles/charts.css', 'utf8');
  const token = (name: string) => {
    const hex = new RegExp(`--${name}:\\s*(#[0-9a-f]{6});`, 'i').exec(tokens)?.[1];
    if (!hex) throw new Error(`tokens.css has no --${name}`);
    return hex;
  };
  /** The token a tone's rule fills with (cancelled is hatched: its stripes' colour, from the pattern). */
  const fill = (tone: string) => {
    const rule = new RegExp(`\\.tone-${tone} \\{([^}]*)\\}`).exec(charts)?.[1] ?? '';
    return /fill: var\(--([\w-]+)\)/.exec(rule)?.[1];
  };
  const tones = {
    held: token(fill('held')!),
    cancelled: token('color-terracotta'),
    postponed: token(fill('postponed')!),
    upcoming: token(fill('upcoming')!),
  };
  expect(fill('cancelled')).toBeUndefined();
  // Neighbours in the stacked columns (held, cancelled, postponed, upcoming) differ by ≥ 1.5:1.
  expect(contrast(tones.held, tones.cancelled)).toBeGreaterThanOrEqual(1.5);
  expect(contrast(tones.cancelled, tones.postponed)).toBeGreaterThanOrEqual(1.5);
  expect(contrast(tones.postponed, tones.upcoming)).toBeGreaterThanOrEqual(1.5);
  // Held, the one bars and lines use alone, stands out from the page like text (WCAG 1.4.11: 3:1).
  expect(contrast(tones.held, token('color-bg'))).toBeGreaterThanOrEqual(3);
});
