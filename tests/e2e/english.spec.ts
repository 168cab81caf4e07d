/**
 * The English version (/en/): every page type in English, the language switch and hreflang
 * alternates both ways, untranslated entries linked to their Indonesian page and marked as
 * Indonesian, and English search over the index. Axe covers these pages in sweep.spec.ts (they
 * are in the sitemap).
 */
import { id } from '../../src/i18n/id';
import { en } from '../../src/i18n/en';
import { entries, upcomingSessions } from './content';
import { expect, test, type Page } from './fixtures';
import { TEST_NOW } from '../../playwright.config';

/** One English URL of every page type with its English heading. */
const PAGES = [
  { url: '/en/', heading: 'Many kinds of business, one space to grow together.' },
  { url: '/en/program/', heading: 'Programmes' },
  { url: '/en/kelas/', heading: 'Class Schedule' },
  { url: '/en/kelas/arsip/', heading: 'Class Archive' },
  { url: '/en/kelas/sektor/kriya/', heading: 'Class schedule: Craft sector' },
  { url: '/en/kelas/kalender/2026/12/', heading: 'Class calendar: December 2026' },
  { url: '/en/mentor/', heading: 'Mentors and success stories' },
  { url: '/en/direktori/', heading: 'Business Directory' },
  { url: '/en/direktori/sektor/kriya/', heading: 'Craft sector' },
  { url: '/en/direktori/wilayah/kab-semarang/', heading: 'Semarang Regency' },
  { url: '/en/direktori/peta/', heading: 'Map of creative businesses and UMKM' },
  { url: '/en/direktori/ringkasan/', heading: 'Directory Overview' },
  { url: '/en/etalase/', heading: 'Product Showcase' },
  { url: '/en/cari/', heading: 'Search' },
  { url: '/en/magang/', heading: 'Internships for SMK students' },
  { url: '/en/tentang/', heading: 'About Hetero Space' },
  { url: '/en/laporan/', heading: 'Programme Report' },
  { url: '/en/laporan/2026/', heading: 'Programme Report 2026' },
];

/**
 * Indonesian interface sentences that English does not share: none may show on an English page
 * outside an element marked lang="id" (content that has no translation).
 */
const INDONESIAN_UI = Object.entries(id)
  .filter(([key, value]) => typeof value === 'string' && value.length >= 12 && value !== en[key as keyof typeof en])
  .map(([, value]) => value as string);

/** The page's visible text outside elements marked as another language. */
async function englishText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const element of body.querySelectorAll('[lang]:not([lang="en"]), script, style, template')) element.remove();
    return body.textContent?.replace(/\s+/g, ' ') ?? '';
  });
}

for (const { url, heading } of PAGES) {
  test(`${url} is in English, with alternates and a switch to the Indonesian page`, async ({ page }) => {
    const response = await page.goto(url);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'en_GB');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();

    const text = await englishText(page);
    expect(INDONESIAN_UI.filter((sentence) => text.includes(sentence))).toEqual([]);

    // Reciprocal alternates: both pages name the same pair, Indonesian as x-default.
    const indonesian = url.replace(/^\/en\//, '/');
    const alternates = async (): Promise<Record<string, string>> => {
      const pairs = await page
        .locator('link[rel="alternate"][hreflang]')
        .evaluateAll((links) =>
          links.map((l): [string, string] => [l.getAttribute('hreflang')!, new URL(l.getAttribute('href')!).pathname]),
        );
      return Object.fromEntries(pairs);
    };
    const expected = { id: indonesian, en: url, 'x-default': indonesian };
    expect(await alternates()).toEqual(expected);

    const toIndonesian = page.getByRole('link', { name: 'Bahasa Indonesia' });
    await expect(toIndonesian).toHaveAttribute('hreflang', 'id');
    await expect(toIndonesian).toHaveAttribute('lang', 'id');
    await toIndonesian.click();
    await expect(page).toHaveURL(indonesian);
    await expect(page.locator('html')).toHaveAttribute('lang', 'id');
    expect(await alternates()).toEqual(expected);
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(url);
  });
}

test('English listings link untranslated entries to their Indonesian page, marked as Indonesian', async ({ page }) => {
  await page.goto('/en/direktori/');
  const cards = page.locator('.business-card');
  expect(await cards.count()).toBeGreaterThan(10);
  for (const card of (await cards.all()).slice(0, 5)) {
    const link = card.getByRole('link');
    await expect(link).toHaveAttribute('href', /^\/direktori\/[a-z0-9-]+\/$/);
    await expect(link).toHaveAttribute('hreflang', 'id');
    await expect(link).toContainText('(in Indonesian)');
    await expect(link.locator('[lang="id"]')).toHaveCount(1);
    await expect(card.locator('.summary')).toHaveAttribute('lang', 'id');
  }
  // No English copy of an untranslated entry is built.
  const business = entries('businesses')[0]!.id;
  expect((await page.request.get(`/en/direktori/${business}/`)).status()).toBe(404);

  await page.goto('/en/kelas/');
  const next = upcomingSessions(new Date(TEST_NOW).getTime())[0]!;
  const card = page.locator('.class-card', { hasText: String(next.data['title']) }).first();
  await expect(card.getByRole('link').first()).toHaveAttribute('href', `/kelas/${next.id}/`);
  await expect(card.locator('time').first()).toContainText(/^[A-Z][a-z]+day, \d{1,2} [A-Z][a-z]+ 2026$/);
});

test('an Indonesian entry page without a translation switches to the English listing', async ({ page }) => {
  const business = entries('businesses')[0]!;
  await page.goto(`/direktori/${business.id}/`);
  // Only real translations are alternates; this page has none.
  await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(0);
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL('/en/direktori/');
});

test('the registration form stays Indonesian: English pages point to it as Indonesian', async ({ page }) => {
  await page.goto('/en/direktori/');
  const register = page.getByRole('link', { name: /List your business/ });
  await expect(register).toHaveAttribute('href', '/direktori/daftar/');
  await expect(register).toHaveAttribute('hreflang', 'id');
  expect((await page.request.get('/en/direktori/daftar/')).status()).toBe(404);
  await page.goto('/direktori/daftar/');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL('/en/direktori/');
});

test('English search names its filters in English and marks Indonesian results', async ({ page }) => {
  await page.goto('/en/cari/?q=batik');
  await expect(page.getByRole('status')).toContainText(/Results for “batik”: \d+\./);
  const first = page.locator('.result').first();
  await expect(first.locator('.result-title')).toHaveAttribute('lang', 'id');
  // The filter values stay those of the index and of shareable URLs; their labels are English.
  const craft = page.getByRole('checkbox', { name: /^Craft/ });
  await expect(craft).toHaveAttribute('value', 'Kriya');
  await expect(page.getByRole('checkbox', { name: /^Business/ })).toHaveAttribute('value', 'Usaha');
  await craft.check();
  await expect(page).toHaveURL(/sektor=Kriya/);
  await expect(page.locator('.result-type').first()).toContainText('Craft');
});

test('the English "not found" page is English and switches to the Indonesian home page', async ({ page }) => {
  await page.goto('/en/404/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en['notFound.title']);
  await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(0);
  await page.getByRole('link', { name: 'Bahasa Indonesia' }).click();
  await expect(page).toHaveURL('/');
});

test('the sitemap lists each page with its translation as alternates', async ({ request }) => {
  const index = await (await request.get('/sitemap-index.xml')).text();
  const map = new URL([...index.matchAll(/<loc>([^<]+)<\/loc>/g)][0]![1]!).pathname;
  const xml = await (await request.get(map)).text();
  const entry = (path: string) =>
    [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1]!).find((u) => u.includes(`${path}</loc>`));
  for (const path of ['/kelas/', '/en/kelas/']) {
    const url = entry(path);
    expect(url, path).toBeDefined();
    expect(url).toMatch(/hreflang="id" href="[^"]+\/kelas\/"/);
    expect(url).toMatch(/hreflang="en" href="[^"]+\/en\/kelas\/"/);
  }
  // An untranslated entry has no English alternate.
  const business = entries('businesses')[0]!.id;
  expect(entry(`/direktori/${business}/`)).not.toMatch(/hreflang="en"/);
  expect(xml).not.toContain(`/en/direktori/${business}/`);
});
