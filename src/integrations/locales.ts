/**
 * The English site (and any further locale) from the same page files: every page in src/pages is
 * also routed under the locale's prefix (`/en/kelas/[slug]`), so a page type is written once and
 * each language gets the same path segments. A page reads its language from
 * `Astro.currentLocale`, and `getStaticPaths` from its `routePattern` (see `localeOfPath`), which
 * is how an entry page leaves out entries that have no translation.
 *
 * Left out: the CMS (editors work in Indonesian; Decap has its own language setting), the
 * registration form (its labels are the CMS's field labels, in Indonesian for the office), and
 * endpoints (.ts: calendars, feeds, open data and robots.txt exist once for every language).
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Page files with no English route: the CMS, and the registration form (see `urls.register`). */
const UNLOCALISED = [/^admin\//, /^direktori\/daftar\//];

/** Route patterns of the page files below `pagesDir`: `kelas/[slug].astro` → `kelas/[slug]`. */
export function pagePatterns(pagesDir: string): { file: string; pattern: string }[] {
  return readdirSync(pagesDir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split('\\').join('/'))
    .filter((file) => file.endsWith('.astro') && !UNLOCALISED.some((rule) => rule.test(file)))
    .sort()
    .map((file) => ({
      file,
      pattern: file.replace(/\.astro$/, '').replace(/(^|\/)index$/, ''),
    }));
}

export function localeRoutes(locales: readonly string[]): AstroIntegration {
  return {
    name: 'hetero-space:locale-routes',
    hooks: {
      'astro:config:setup': ({ config, injectRoute }) => {
        const pagesDir = fileURLToPath(new URL('./src/pages/', config.root));
        for (const locale of locales)
          for (const { file, pattern } of pagePatterns(pagesDir))
            injectRoute({
              pattern: `/${locale}${pattern ? `/${pattern}` : ''}`,
              entrypoint: `./src/pages/${file}`,
            });
      },
    },
  };
}
