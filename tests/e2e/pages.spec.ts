import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from './fixtures';
import { load } from 'js-yaml';
import { entries, sessions } from './content';

const first = (collection: string) => entries(collection)[0]!.id;

/** One URL of every page type, with the heading it must show. */
const pageTypes = () => [
  { url: '/', heading: /Beragam usaha/ },
  { url: '/program/', heading: 'Program' },
  { url: `/program/${first('programmes')}/`, heading: String(entries('programmes')[0]!.data['title']) },
  { url: '/kelas/', heading: 'Jadwal Kelas' },
  { url: `/kelas/${first('classes')}/`, heading: String(entries('classes')[0]!.data['title']) },
  { url: '/kelas/arsip/', heading: 'Arsip Kelas' },
  { url: '/mentor/', heading: 'Mentor dan kisah sukses' },
  { url: `/mentor/${first('mentors')}/`, heading: String(entries('mentors')[0]!.data['name']) },
  { url: '/direktori/', heading: 'Direktori Usaha' },
  { url: `/direktori/${first('businesses')}/`, heading: String(entries('businesses')[0]!.data['name']) },
  { url: '/direktori/sektor/kriya/', heading: 'Sektor Kriya' },
  ...entries('businesses')
    .filter((b) => b.data['logo'])
    .slice(0, 1)
    .map((b) => ({ url: `/direktori/${b.id}/`, heading: String(b.data['name']) })),
  { url: '/direktori/wilayah/kota-semarang/', heading: 'Kota Semarang' },
  { url: '/magang/', heading: 'Magang untuk pelajar SMK' },
  { url: '/tentang/', heading: 'Tentang Hetero Space' },
  { url: '/laporan/', heading: 'Laporan program' },
  { url: '/laporan/2026/', heading: 'Laporan program 2026' },
  { url: '/ruang/', heading: 'Ruang dan Fasilitas' },
  { url: `/ruang/${first('rooms')}/`, heading: String(entries('rooms')[0]!.data['name']) },
];

/**
 * What each script looks for on the page, which tells the scripts apart, and its gzipped budget:
 * the ≤1 KB view-time checks, and the booking form's check of a requested time (the one island
 * that needs more: the overlap logic the build's clash check uses, and the form's validation).
 */
const PAGE_SCRIPTS: [selector: string, maxGzip: number][] = [
  ['[data-upcoming] [data-ends]', 1024],
  ['[data-hours-phrases]', 1024],
  ['[data-open-filter]', 1024],
  ['[data-nearby-start]', 1024],
  ['form[data-booking]', 2560],
];

for (const { url, heading } of pageTypes()) {
  test(`${url} renders with its heading, metadata and landmarks`, async ({ page }) => {
    const response = await page.goto(url);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.locator('html')).toHaveAttribute('lang', 'id');
    await expect(page).toHaveTitle(/Hetero Space/);
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    expect(description?.length).toBeGreaterThan(20);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      new RegExp(`${url.replace(/[/]/g, '\\/')}$`),
    );
    for (const property of ['og:title', 'og:description', 'og:url', 'og:image']) {
      await expect(page.locator(`meta[property="${property}"]`)).toHaveAttribute('content', /.+/);
    }
    await expect(page.getByRole('banner')).toBeVisible();
    await expect(page.getByRole('main')).toBeVisible();
    await expect(page.getByRole('contentinfo')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Utama' })).toBeVisible();
    // Images reserve their space (no layout shift) and say what they show, or are marked decorative.
    for (const img of await page.locator('img').all()) {
      await expect(img).toHaveAttribute('width', /^\d+$/);
      await expect(img).toHaveAttribute('height', /^\d+$/);
      await expect(img).toHaveAttribute('alt');
    }
    // Zero client JavaScript, except the scripts of PAGE_SCRIPTS, each within its budget (the
    // entry module only: what it imports loads with it, and is checked by the benchmark).
    for (const script of await page.locator('script:not([type="application/ld+json"])').all()) {
      const src = await script.getAttribute('src');
      const code = src ? await (await page.request.get(src)).text() : ((await script.textContent()) ?? '');
      const known = PAGE_SCRIPTS.filter(([selector]) => code.includes(selector));
      expect(known, `unexpected script on ${url}`).toHaveLength(1);
      expect(gzipSync(code).length).toBeLessThanOrEqual(known[0]![1]);
    }
  });
}

test('an unknown URL shows the 404 page with ways back', async ({ page }) => {
  const response = await page.goto('/halaman-yang-tidak-ada/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Halaman tidak ditemukan');
  await expect(page.getByRole('main').getByRole('link', { name: 'Direktori' })).toBeVisible();
});

test('the sitemap lists every entry page', async ({ request }) => {
  const index = await (await request.get('/sitemap-index.xml')).text();
  const sitemapUrl = /<loc>([^<]+)<\/loc>/.exec(index)?.[1];
  expect(sitemapUrl).toBeTruthy();
  const sitemap = await (await request.get(new URL(sitemapUrl!).pathname)).text();
  for (const business of entries('businesses')) expect(sitemap).toContain(`/direktori/${business.id}/`);
  for (const session of sessions()) expect(sitemap).toContain(`/kelas/${session.id}/`);
  for (const mentor of entries('mentors')) expect(sitemap).toContain(`/mentor/${mentor.id}/`);
  for (const programme of entries('programmes')) expect(sitemap).toContain(`/program/${programme.id}/`);
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/kelas/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Langsung ke konten' });
  await expect(skip).toBeFocused();
  await skip.press('Enter');
  await expect(page).toHaveURL(/#konten$/);
});

test('the footer shows the address, hours and contacts from the site settings', async ({ page }) => {
  const settings = load(readFileSync('content/settings/situs.yml', 'utf8')) as {
    address: { city: string; region: string; postalCode: string };
    openingHours: { days: string; hours: string }[];
    contact: { email: string };
  };
  await page.goto('/tentang/');
  const footer = page.getByRole('contentinfo');
  await expect(footer).toContainText(
    `${settings.address.city}, ${settings.address.region} ${settings.address.postalCode}`,
  );
  for (const row of settings.openingHours) await expect(footer).toContainText(row.hours);
  await expect(footer.getByRole('link', { name: settings.contact.email })).toHaveAttribute(
    'href',
    `mailto:${settings.contact.email}`,
  );
});

test('keyboard: focus is visible, the main navigation works from the keyboard, and nothing traps focus', async ({
  page,
}) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Utama' });
  const directory = nav.getByRole('link', { name: 'Direktori' });
  const focused = (locator: typeof directory) => locator.evaluate((el) => el === document.activeElement);
  // On a phone the links are behind the "Menu" button: Tab to it and open it with Enter first.
  const menu = nav.getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) {
    for (let i = 0; i < 20 && !(await focused(menu)); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(directory).toBeVisible();
  }
  // Tab until the navigation link has focus.
  for (let i = 0; i < 20 && !(await focused(directory)); i++) await page.keyboard.press('Tab');
  await expect(directory).toBeFocused();
  const outline = await directory.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/direktori/');

  // Tabbing through a whole page keeps moving focus forward until the footer.
  await page.goto('/kelas/');
  const seen = new Set<string>();
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => {
      const el = document.activeElement;
      return el ? `${el.tagName}:${el.textContent?.trim().slice(0, 40)}:${el.getAttribute('href')}` : '';
    });
    if (await page.evaluate(() => Boolean(document.activeElement?.closest('footer')))) break;
    // Coming back to an element already visited before reaching the footer means a loop: a trap.
    expect(seen.has(where), `focus came back to ${where}`).toBe(false);
    seen.add(where);
  }
  expect(await page.evaluate(() => Boolean(document.activeElement?.closest('footer')))).toBe(true);
});

test('robots: the CMS is noindex and out of the sitemap, and robots.txt points at the sitemap', async ({
  page,
  request,
}) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('Disallow: /admin/');
  expect(robots).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
  const index = await (await request.get('/sitemap-index.xml')).text();
  const sitemap = await (await request.get(new URL(/<loc>([^<]+)<\/loc>/.exec(index)![1]!).pathname)).text();
  expect(sitemap).not.toContain('/admin/');
  await page.goto('/admin/');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
});

test("styles: each page links the fonts, the one site stylesheet and at most its route's own; the CMS none of them", async ({
  page,
}) => {
  for (const { url } of pageTypes()) {
    const html = await (await page.request.get(url)).text();
    const hrefs = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
    expect(
      hrefs.filter((href) => /^\/_astro\/site\.[\w-]+\.css$/.test(href)),
      url,
    ).toHaveLength(1);
    expect(hrefs.length, `${url} links ${hrefs.join(', ')}`).toBeLessThanOrEqual(3);
  }
  const admin = await (await page.request.get('/admin/')).text();
  expect(admin).not.toMatch(/\/_astro\/site\.[\w-]+\.css/);
});

test('web fonts: pages link one stylesheet of both families, cached for good, and the text is set in them', async ({
  page,
}) => {
  const response = await page.goto(`/direktori/${first('businesses')}/`);
  const html = await response!.text();
  // Not inlined into the page: its rules, its fallbacks' metrics and the CSS variables are one file.
  expect(html).not.toContain('@font-face');
  const hrefs = await page
    .locator('link[rel="stylesheet"][href^="/fonts/"]')
    .evaluateAll((links) => links.map((l) => l.getAttribute('href')));
  expect(hrefs).toEqual([expect.stringMatching(/^\/fonts\/[0-9a-f]{12}\.css$/)]);
  const css = await page.request.get(hrefs[0]!);
  expect(css.headers()['cache-control']).toMatch(/immutable/);
  const text = await css.text();
  expect(text).toMatch(/:root\{--font-body:"Plus Jakarta Sans Variable[^"]*"/);
  expect(text).toMatch(/:root\{--font-display:"Fraunces Variable[^"]*"/);
  // The preloaded files are the faces the stylesheet names, and both are in use once loaded.
  const preloads = await page
    .locator('link[rel="preload"][as="font"]')
    .evaluateAll((links) => links.map((l) => l.getAttribute('href')!));
  expect(preloads).toHaveLength(2);
  for (const href of preloads) expect(text).toContain(`url("${href}")`);
  const families = await page.evaluate(async () => {
    await document.fonts.ready;
    const family = (selector: string) => getComputedStyle(document.querySelector(selector)!).fontFamily;
    const loaded = [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family);
    return { body: family('body'), heading: family('h1'), loaded };
  });
  expect(families.body).toMatch(/^"Plus Jakarta Sans Variable/);
  expect(families.heading).toMatch(/^"Fraunces Variable/);
  expect(families.loaded.some((f) => f.startsWith('Plus Jakarta Sans Variable'))).toBe(true);
  expect(families.loaded.some((f) => f.startsWith('Fraunces Variable'))).toBe(true);
});
