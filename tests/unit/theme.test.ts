/** Colours stated in TypeScript as well as in the design tokens must not drift apart. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { THEME_COLOR } from '../../src/consts';

it('uses the indigo of the design tokens as theme-color', () => {
  const tokens = readFileSync('src/styles/tokens.css', 'utf8');
  const nila = /--color-nila:\s*(#[0-9a-f]{6});/i.exec(tokens)?.[1];
  expect(nila).toBeDefined();
  expect(THEME_COLOR).toBe(nila);
});
