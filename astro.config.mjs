// @ts-check
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { fontsource } from './src/integrations/fontsource';
import { linkedDist } from './src/integrations/linked-dist';
import { localeRoutes } from './src/integrations/locales';
import { pagefindIndex } from './src/integrations/pagefind';
import { siteStylesheetChunk } from './src/lib/site-stylesheet';
import { DEFAULT_LOCALE, LOCALES } from './src/i18n';

/** Locales besides Indonesian, each under its own prefix (/en/). */
const otherLocales = Object.keys(LOCALES).filter((locale) => locale !== DEFAULT_LOCALE);

/** Public origin of the site; Netlify sets URL on deploys, so previews get their own. */
const site = process.env.URL ?? 'https://heterospace.netlify.app';

export default defineConfig({
  site,
  // Tests that build a temporary copy of the content (CONTENT_DIR) keep its data store apart, so
  // the working tree's next build never reads entries that point into a deleted folder.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  // Scoped styles mark their elements with a class (`astro-1a2b3c4d`, added to a class attribute
  // most elements have) instead of a `data-astro-cid-1a2b3c4d` attribute: the same specificity,
  // a third fewer bytes on every scoped element of 25,000 pages.
  scopedStyleStrategy: 'class',
  // Indonesian stays at the root, unchanged; English pages are the same files routed under /en/.
  i18n: {
    locales: Object.keys(LOCALES),
    defaultLocale: DEFAULT_LOCALE,
    routing: { prefixDefaultLocale: false },
  },
  build: {
    format: 'directory',
    // Component styles in cached files rather than inlined into each page: 8 KB of the same CSS
    // repeated in 20,000 HTML files would be 160 MB of dist, uploaded again on every change.
    inlineStylesheets: 'never',
    // The benchmark measures parallel rendering too (docs/performance.md).
    concurrency: Number(process.env.BUILD_CONCURRENCY ?? 1),
  },
  // The CMS at /admin/ is for editors, not for search engines.
  integrations: [
    // Unchanged pages of the last build linked into dist, not copied (see experimental below).
    linkedDist(),
    react(),
    localeRoutes(otherLocales),
    sitemap({
      filter: (page) => !new URL(page).pathname.startsWith('/admin/'),
      // Each page lists its translations as xhtml:link alternates.
      i18n: {
        defaultLocale: DEFAULT_LOCALE,
        locales: Object.fromEntries(Object.entries(LOCALES).map(([locale, { lang }]) => [locale, lang])),
      },
    }),
    pagefindIndex(),
  ],
  prefetch: false,
  // Every component's styles in one cached site stylesheet (src/lib/site-stylesheet.ts).
  vite: { build: { rollupOptions: { output: { manualChunks: siteStylesheetChunk } } } },
  // Entry pages return a cacheKey covering everything they show (src/lib/cache-key.ts), so a
  // rebuild copies the unchanged ones from the last build (kept in cacheDir; see netlify.toml).
  experimental: { incrementalBuild: true },
  // Self-hosted from the npm packages (no font service at build or view time). Astro writes a
  // metric-matched fallback face for each (size-adjust, ascent/descent overrides), and pages
  // preload only the Latin files (see BaseLayout). `optional`, not `swap`: matched metrics keep a
  // line's height but not where it wraps, and a late swap re-wrapped a long business name in the
  // breadcrumbs and title (CLS 0.11 at 360 px under DevTools throttling). A first visit on slow
  // data keeps the fallback; the next pages use the cached font.
  fonts: [
    {
      provider: fontsource(),
      name: 'Plus Jakarta Sans Variable',
      cssVariable: '--font-body',
      options: { package: '@fontsource-variable/plus-jakarta-sans' },
      styles: ['normal'],
      subsets: ['latin', 'latin-ext'],
      fallbacks: ['sans-serif'],
      display: 'optional',
    },
    {
      provider: fontsource(),
      name: 'Fraunces Variable',
      cssVariable: '--font-display',
      options: { package: '@fontsource-variable/fraunces' },
      styles: ['normal'],
      subsets: ['latin', 'latin-ext'],
      fallbacks: ['serif'],
      display: 'optional',
    },
  ],
  // No code blocks in the content; Shiki's inline styles would not pass the CSP.
  markdown: { syntaxHighlight: false },
  security: {
    // A Content-Security-Policy <meta> on every page: Astro adds hashes of the scripts and
    // styles it emits (JSON-LD included). Header-only parts (frame-ancestors) are in netlify.toml.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self' data:", // Vite inlines the smallest font subsets as data: URLs
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        // Pagefind compiles its WebAssembly search engine in the browser.
        resources: ["'self'", "'wasm-unsafe-eval'"],
      },
    },
  },
});
