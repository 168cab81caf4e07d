// What a first filtered search and a follow-up query cost a visitor, in Chromium: bytes on the
// wire and requests, from the browser's own network events (CDP).
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const CHROMIUM = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;

/** @param {string} base origin serving the built site */
export async function measureSearch(base, { sector = 'Kriya', query = 'gerabah' } = {}) {
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  try {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
    const requests = new Map();
    cdp.on('Network.requestWillBeSent', (e) => requests.set(e.requestId, { url: e.request.url, bytes: 0 }));
    cdp.on('Network.loadingFinished', (e) => {
      const r = requests.get(e.requestId);
      if (r) r.bytes = e.encodedDataLength;
    });
    const snapshot = () => [...requests.values()];
    const sum = (list) => ({ requests: list.length, bytes: list.reduce((n, r) => n + r.bytes, 0) });
    const isSearch = (r) => r.url.includes('/pagefind/') || r.url.includes('/_astro/');

    await page.goto(`${base}/cari/?sektor=${encodeURIComponent(sector)}`);
    await page.getByRole('status').filter({ hasText: 'hasil' }).waitFor();
    await page.waitForLoadState('networkidle');
    const first = snapshot();
    await page.getByRole('searchbox', { name: 'Kata kunci' }).fill(query);
    // The status names the query once its results are shown ("12 hasil untuk “gerabah”"), or says none were found.
    await page.getByRole('status').filter({ hasText: new RegExp(`“${query}”|Tidak ada hasil`) }).waitFor();
    await page.waitForLoadState('networkidle');
    const followUp = snapshot().slice(first.length);
    return {
      sector,
      query,
      firstFilteredSearch: { all: sum(first), searchOnly: sum(first.filter(isSearch)) },
      followUpQuery: sum(followUp),
    };
  } finally {
    await browser.close();
  }
}
