// @ts-check
// What "Urutkan dari yang terdekat" costs a visitor, in Chromium: every byte on the wire from the
// press of the button until the first page of the nearest shows (the sorting script, the index of
// areas and the regency files it loads), with the position granted at a fixed place.
import { chromium } from '@playwright/test';
import { CHROMIUM } from './search.mjs';
/** @import { NearbyMeasure } from './types.d.ts' */

/** Where the sort is measured from: the dense middle of the province, a sector, and its edge. */
export const NEARBY_SCENARIOS = [
  { name: 'whole directory, from Simpang Lima (Kota Semarang)', path: '/direktori/', at: [-6.9903, 110.4229] },
  { name: 'one sector (Kriya), from Simpang Lima', path: '/direktori/sektor/kriya/', at: [-6.9903, 110.4229] },
  { name: 'whole directory, from Cilacap (the western edge)', path: '/direktori/', at: [-7.7262, 109.0096] },
];

/**
 * @param {string} base origin serving the built site
 * @returns {Promise<NearbyMeasure[]>}
 */
export async function measureNearby(base) {
  const browser = await chromium.launch(CHROMIUM ? { executablePath: CHROMIUM } : {});
  try {
    /** @type {NearbyMeasure[]} */
    const measures = [];
    for (const { name, path, at } of NEARBY_SCENARIOS) {
      const [latitude = 0, longitude = 0] = at;
      const context = await browser.newContext({ geolocation: { latitude, longitude }, permissions: ['geolocation'] });
      const page = await context.newPage();
      await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
      /** @type {{ path: string, bytes: number }[]} */
      const requests = [];
      /** @type {Promise<unknown>[]} */
      const pending = [];
      context.on('requestfinished', (request) => {
        const entry = { path: new URL(request.url()).pathname, bytes: 0 };
        requests.push(entry);
        pending.push(request.sizes().then((s) => (entry.bytes = s.responseBodySize + s.responseHeadersSize)));
      });
      await page.getByRole('button', { name: 'Urutkan dari yang terdekat' }).click();
      await page.getByRole('status').filter({ hasText: 'Diurutkan dari posisi Anda' }).waitFor();
      await page.waitForLoadState('networkidle');
      await Promise.all(pending);
      measures.push({
        name,
        path,
        shown: await page.locator('[data-nearby-list] > li').count(),
        bytes: requests.reduce((n, r) => n + r.bytes, 0),
        areaFiles: requests.filter((r) => r.path.startsWith('/direktori/terdekat/') && !r.path.endsWith('/index.json'))
          .length,
        requests,
      });
      await context.close();
    }
    return measures;
  } finally {
    await browser.close();
  }
}
