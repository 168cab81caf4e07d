// Lighthouse (npm) against Debian's Chromium: mobile scores of the pages the issue names.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM } from './search.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

export const lighthouseVersion = () => JSON.parse(readFileSync(createRequire(import.meta.url).resolve('lighthouse/package.json'), 'utf8')).version;

/**
 * @param {string} base origin serving the built site
 * @param {{ name: string, path: string }[]} pages
 */
export async function measureLighthouse(base, pages) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    const results = [];
    for (const page of pages) {
      // The default config is Lighthouse's mobile form factor with simulated throttling.
      const run = await lighthouse(`${base}${page.path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
      const lhr = run.lhr;
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
      // The audits that cost points, so the report says why a score is short.
      const failed = Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable')
        .map((a) => a.id);
      results.push({ ...page, scores, failed, lcpMs: lhr.audits['largest-contentful-paint']?.numericValue, tbtMs: lhr.audits['total-blocking-time']?.numericValue });
    }
    return results;
  } finally {
    chrome.kill();
  }
}
