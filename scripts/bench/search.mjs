// @ts-check
// What a first filtered search and a follow-up query cost a visitor, in Chromium: bytes on the
// wire and requests, from the browser's own network events. Pagefind fetches its index from a
// web worker, so requests are taken from Playwright's context events (which include workers'),
// not from the page's CDP session alone.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
/** @import { NetworkTotals, RequestDetail, SearchMeasure } from './types.d.ts' */

export const CHROMIUM = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;

/**
 * @param {string} base origin serving the built site
 * @param {{ sector?: string, query?: string }} [options]
 * @returns {Promise<SearchMeasure>}
 */
export async function measureSearch(base, { sector = 'Kriya', query = 'gerabah' } = {}) {
  const browser = await chromium.launch(CHROMIUM ? { executablePath: CHROMIUM } : {});
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    /** @typedef {{ url: string, bytes: number }} Request */
    /** @type {Request[]} */
    const requests = [];
    /** @type {Promise<number>[]} */
    const pending = [];
    context.on('requestfinished', (request) => {
      // Encoded (compressed) body plus headers: what crossed the network.
      const entry = { url: request.url(), bytes: 0 };
      requests.push(entry);
      pending.push(request.sizes().then((s) => (entry.bytes = s.responseBodySize + s.responseHeadersSize)));
    });
    const settle = async () => {
      await page.waitForLoadState('networkidle');
      await Promise.all(pending);
      return requests.length;
    };
    /** @returns {NetworkTotals} */
    const sum = (/** @type {Request[]} */ list) => ({
      requests: list.length,
      bytes: list.reduce((n, r) => n + r.bytes, 0),
    });
    const pagefind = (/** @type {Request[]} */ list) =>
      list.filter((r) => new URL(r.url).pathname.startsWith('/pagefind/'));
    /** @returns {RequestDetail[]} */
    const detail = (/** @type {Request[]} */ list) =>
      list.map((r) => ({ path: new URL(r.url).pathname, bytes: r.bytes }));

    await page.goto(`${base}/cari/?sektor=${encodeURIComponent(sector)}`);
    await page.getByRole('status').filter({ hasText: 'hasil' }).waitFor();
    const firstCount = await settle();
    const first = requests.slice(0, firstCount);
    await page.getByRole('searchbox', { name: 'Kata kunci' }).fill(query);
    // The status names the query once its results are shown ("12 hasil untuk “gerabah”"), or says none were found.
    await page
      .getByRole('status')
      .filter({ hasText: new RegExp(`“${query}”|Tidak ada hasil`) })
      .waitFor();
    await settle();
    const followUp = requests.slice(firstCount);
    return {
      sector,
      query,
      results: await page.getByRole('status').textContent(),
      firstFilteredSearch: { all: sum(first), pagefind: sum(pagefind(first)), requests: detail(first) },
      followUpQuery: { all: sum(followUp), pagefind: sum(pagefind(followUp)), requests: detail(followUp) },
    };
  } finally {
    await browser.close();
  }
}
