// @ts-check
// Lighthouse (npm) against Debian's Chromium: a visitor's first visit on a phone at 360 px, with
// both of Lighthouse's throttling methods. "simulate" (the default) loads at full speed and
// models a slow network afterwards; "devtools" really slows the network and CPU, so late web
// fonts and the layout shifts they cause show as a visitor on mobile data meets them.
//
//   node scripts/bench/lighthouse.mjs [dist]    the five pages of an existing build, printed as a table
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { largestEntry } from './pages.mjs';
import { CHROMIUM } from './search.mjs';
import { serve } from '../serve.mjs';
/** @import { LighthousePage, LighthouseRun, Throttling } from './types.d.ts' */

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
export const THROTTLING = /** @type {const} */ (['simulate', 'devtools']);
/** A mid-range Android phone held upright: 360 CSS px wide. */
const SCREEN = { mobile: true, width: 360, height: 780, deviceScaleFactor: 3, disabled: false };

export const lighthouseVersion = () => {
  const path = createRequire(import.meta.url).resolve('lighthouse/package.json');
  /** @type {unknown} */
  const pkg = JSON.parse(readFileSync(path, 'utf8'));
  return /** @type {{ version: string }} */ (pkg).version;
};

/**
 * The pages the budgets name, with the largest business and class page of the build.
 * @param {string} dist
 */
export function lighthousePages(dist) {
  return [
    { name: 'home', path: '/' },
    { name: 'directory', path: '/direktori/' },
    { name: 'business', path: `/${largestEntry(dist, 'direktori')}` },
    { name: 'class', path: `/${largestEntry(dist, 'kelas')}` },
    { name: 'search', path: '/cari/' },
  ];
}

/**
 * @param {string} base origin serving the built site
 * @param {{ name: string, path: string }[]} pages
 * @returns {Promise<LighthousePage[]>}
 */
export async function measureLighthouse(base, pages) {
  const chrome = await chromeLauncher.launch({
    ...(CHROMIUM ? { chromePath: CHROMIUM } : {}),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    /** @type {LighthousePage[]} */
    const results = [];
    for (const page of pages) {
      /** @type {Partial<Record<Throttling, LighthouseRun>>} */
      const byMethod = {};
      for (const throttlingMethod of THROTTLING) {
        const run = await lighthouse(
          `${base}${page.path}`,
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
          {
            extends: 'lighthouse:default',
            settings: { formFactor: 'mobile', screenEmulation: SCREEN, throttlingMethod },
          },
        );
        const lhr = /** @type {NonNullable<typeof run>} */ (run).lhr;
        const scores = Object.fromEntries(
          CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
        );
        // The audits that cost points, so the report says why a score is short.
        const failed = Object.values(lhr.audits)
          .filter(
            (a) =>
              a.score !== null &&
              a.score < 1 &&
              !['informative', 'manual', 'notApplicable'].includes(a.scoreDisplayMode),
          )
          .map((a) => a.id);
        byMethod[throttlingMethod] = {
          scores,
          failed,
          cls: Math.round((lhr.audits['cumulative-layout-shift']?.numericValue ?? 0) * 1000) / 1000,
          lcpMs: lhr.audits['largest-contentful-paint']?.numericValue,
          tbtMs: lhr.audits['total-blocking-time']?.numericValue,
        };
      }
      // Every method has its run now.
      const throttling = /** @type {Record<Throttling, LighthouseRun>} */ (byMethod);
      // The simulated run stays the top-level record (the report's and budgets' historic shape).
      results.push({ ...page, ...throttling['simulate'], throttling });
    }
    return results;
  } finally {
    chrome.kill();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dist = process.argv[2] ?? 'dist';
  const server = await serve(dist);
  try {
    const results = await measureLighthouse(server.url, lighthousePages(dist));
    console.log(`Lighthouse ${lighthouseVersion()}, mobile 360 px, first visit, brotli server`);
    console.log(['page', 'path', ...THROTTLING.flatMap((m) => [`${m} perf`, `${m} CLS`, `${m} LCP ms`])].join('\t'));
    for (const r of results) {
      const cells = THROTTLING.flatMap((m) => [
        r.throttling[m].scores.performance,
        r.throttling[m].cls,
        Math.round(r.throttling[m].lcpMs ?? NaN),
      ]);
      console.log([r.name, r.path, ...cells].join('\t'));
    }
  } finally {
    await server.close();
  }
}
