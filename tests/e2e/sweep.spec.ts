/**
 * Accessibility sweep: axe (WCAG 2.2 A and AA rules) over every URL in the built sitemap, plus
 * the search page with results and the 404 page. New pages are covered as soon as they are in
 * the sitemap.
 */
import AxeBuilder from '@axe-core/playwright';
import { AXE_OPTIONS } from './axe';
import { expect, test } from './fixtures';

async function sitemapPaths(request: import('@playwright/test').APIRequestContext): Promise<string[]> {
  const index = await (await request.get('/sitemap-index.xml')).text();
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const paths: string[] = [];
  for (const map of maps) {
    const xml = await (await request.get(map)).text();
    paths.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
  }
  return paths;
}

/** The sweep is split so both workers share it; each part takes every CHUNKS-th path. */
const CHUNKS = 4;
for (let chunk = 0; chunk < CHUNKS; chunk++) {
  test(`axe finds no WCAG 2.2 A/AA violations (sitemap, search with results, 404), part ${chunk + 1} of ${CHUNKS}`, async ({
    page,
    request,
  }) => {
    test.setTimeout(600_000);
    const all = [
      ...(await sitemapPaths(request)),
      '/cari/?q=batik&sektor=Fesyen',
      '/en/cari/?q=batik',
      '/halaman-tidak-ada/',
      '/en/404/',
    ];
    expect(all.length).toBeGreaterThan(100);
    const paths = all.filter((_, i) => i % CHUNKS === chunk);
    const violations: string[] = [];
    for (const path of paths) {
      await page.goto(path);
      if (/^(\/en)?\/cari\/\?/.test(path)) await expect(page.getByRole('status')).toContainText(/hasil|results/i);
      const results = await new AxeBuilder({ page }).options(AXE_OPTIONS).analyze();
      for (const v of results.violations) {
        violations.push(
          `${path}: ${v.id} (${v.impact}) ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
        );
      }
    }
    expect(violations).toEqual([]);
  });
}

test('no page breaks its Content-Security-Policy: sitemap, search with results, and the CMS loading', async ({
  page,
  request,
}) => {
  test.setTimeout(600_000);
  const problems: string[] = [];
  let current = '';
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${current}: ${message.text().slice(0, 200)}`);
  });
  page.on('pageerror', (error) => problems.push(`${current}: ${error.message.slice(0, 200)}`));
  const paths = [...(await sitemapPaths(request)), '/cari/?q=batik&sektor=Fesyen'];
  for (const path of paths) {
    current = path;
    await page.goto(path);
    if (/^(\/en)?\/cari\/\?/.test(path)) await expect(page.getByRole('status')).toContainText(/hasil|results/i);
  }
  current = '/admin/';
  // The preview frame (Decap's default beside the form is the other language's form).
  await page.addInitScript(() => localStorage.setItem('cms.right-pane', 'preview'));
  await page.goto('/admin/');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByRole('link', { name: 'Kelas & Seminar' })).toBeVisible();
  await page.goto('/admin/#/collections/businesses-kab-klaten/new');
  await expect(page.locator('#preview-pane')).toBeVisible();
  expect(problems).toEqual([]);
});
