/**
 * The site's web fonts as one cached stylesheet instead of Astro's <Font> component, which
 * inlines the same 2.8 KB of @font-face rules (faces, metric-matched fallbacks, the CSS
 * variables) into every page: at provincial scale that is 70 MB of dist repeated 25,000 times.
 * The rules are Astro's own, read from the fonts module <Font> reads (not a public API, so it is
 * pinned with Astro in package-lock.json; tests/e2e/pages.spec.ts checks the result in a browser).
 */
import { componentDataByCssVariable } from 'virtual:astro:assets/fonts/internal';
import { createHash } from 'node:crypto';

/** The families of astro.config.mjs `fonts`, in its order. */
const families = [...componentDataByCssVariable.values()];

/** The subset preloaded: the one every page's text needs first (latin-ext loads on demand). */
const PRELOADED_SUBSET = 'latin';

/** Every family's @font-face rules and CSS variable, as <Font> would inline them. */
export const fontStylesheet: string = families.map((family) => family.css).join('\n');

/** The stylesheet's file name: its content hash, so it can be cached for good. */
export const fontStylesheetName: string = createHash('sha256').update(fontStylesheet).digest('hex').slice(0, 12);

/** Font files to preload, one per family (its latin subset). */
export const fontPreloads = families.flatMap((family) => family.preloads.filter((p) => p.subset === PRELOADED_SUBSET));
