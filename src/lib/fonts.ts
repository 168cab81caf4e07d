/**
 * The site's web fonts as one cached stylesheet instead of Astro's <Font> component, which
 * inlines the same 2.8 KB of @font-face rules (faces, metric-matched fallbacks, the CSS
 * variables) into every page: at provincial scale that is 70 MB of dist repeated 25,000 times.
 * The rules are Astro's own, read from the fonts module <Font> reads (not a public API, so it is
 * pinned with Astro in package-lock.json; tests/e2e/pages.spec.ts checks the result in a browser).
 */
import { componentDataByCssVariable } from 'virtual:astro:assets/fonts/internal';
import { createHash } from 'node:crypto';

/** The families of astro.config.mjs `fonts`, in the order their rules are written. */
export const FONT_VARIABLES = ['--font-body', '--font-display'] as const;

/** The subset preloaded: the one every page's text needs first (latin-ext loads on demand). */
const PRELOADED_SUBSET = 'latin';

function familyData(cssVariable: string) {
  const data = componentDataByCssVariable.get(cssVariable);
  if (!data) throw new Error(`No font family with cssVariable ${cssVariable} in astro.config.mjs (fonts)`);
  return data;
}

/** Every family's @font-face rules and CSS variable, as <Font> would inline them. */
export const fontStylesheet: string = FONT_VARIABLES.map((v) => familyData(v).css).join('\n');

/** The stylesheet's file name: its content hash, so it can be cached for good. */
export const fontStylesheetName: string = createHash('sha256').update(fontStylesheet).digest('hex').slice(0, 12);

/** Font files to preload, one per family (its latin subset). */
export const fontPreloads: { url: string; type: string }[] = FONT_VARIABLES.flatMap((v) =>
  familyData(v)
    .preloads.filter((p) => p.subset === PRELOADED_SUBSET)
    .map(({ url, type }) => ({ url, type })),
);
