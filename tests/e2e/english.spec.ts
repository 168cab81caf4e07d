/**
 * The English version (/en/): every page type in English, the language switch and hreflang
 * alternates both ways, untranslated entries linked to their Indonesian page and marked as
 * Indonesian, and English search over the index. Axe covers these pages in sweep.spec.ts (they
 * are in the sitemap).
 */
import { id } from '../../src/i18n/id';
import { en } from '../../src/i18n/en';
import { entries, translations, upcomingSessions } from './content';
import { expect, test, type Page } from './fixtures';
import { TEST_NOW } from '../../playwright.config';

/** Entries of a collection with no English translation (they keep to their Indonesian page). */
const untranslated = (collection: string) => {
  const translated = new Set(translations(collection).map((t) => t.id));
  return entries(collection).filter((e) => !translated.has(e.id));
};

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
  const business = untranslated('businesses')[0]!;
  const listing = `/en/direktori/wilayah/${String(business.data['regency'])}/`;
  await page.goto(listing);
  const card = page.locator('.business-card', { hasText: String(business.data['name']) });
  for (let n = 2; (await card.count()) === 0; n++) await page.goto(`${listing}halaman/${n}/`);
  const link = card.getByRole('link');
  await expect(link).toHaveAttribute('href', `/direktori/${business.id}/`);
  await expect(link).toHaveAttribute('hreflang', 'id');
  await expect(link).toContainText('(in Indonesian)');
  await expect(link.locator('[lang="id"]')).toHaveText(String(business.data['name']));
  // Its Indonesian summary stays on its Indonesian page, not on the English card.
  await expect(card.locator('.summary')).toHaveCount(0);
  // No English copy of an untranslated entry is built.
  expect((await page.request.get(`/en/direktori/${business.id}/`)).status()).toBe(404);

  // Dates on English cards are English.
  await page.goto('/en/kelas/');
  await expect(page.locator('.class-card time').first()).toContainText(/^[A-Z][a-z]+day, \d{1,2} [A-Z][a-z]+ 2026$/);
});

/** A translated entry of every kind, with its English page, its Indonesian page and its English title. */
const translatedPages = () => {
  const first = (collection: string) => {
    const translation = translations(collection)[0]!;
    return { translation, entry: entries(collection).find((e) => e.id === translation.id)! };
  };
  const business = first('businesses');
  const programme = first('programmes');
  const mentor = first('mentors');
  const single = first('classes');
  const series = first('timetables');
  const session = upcomingSessions(new Date(TEST_NOW).getTime()).find((s) => s.data['series'] === series.entry.id)!;
  const pages: { path: string; heading: string | RegExp; text: string | undefined }[] = [
    {
      path: `/direktori/${business.entry.id}/`,
      heading: String(business.entry.data['name']),
      text: String(business.translation.data['summary']),
    },
    {
      path: `/program/${programme.entry.id}/`,
      heading: String(programme.translation.data['title']),
      text: String(programme.translation.data['summary']),
    },
    {
      path: `/mentor/${mentor.entry.id}/`,
      heading: String(mentor.entry.data['name']),
      text: String(mentor.translation.data['headline']),
    },
    { path: `/kelas/${single.entry.id}/`, heading: String(single.translation.data['title']), text: undefined },
    { path: `/kelas/seri/${series.entry.id}/`, heading: String(series.translation.data['title']), text: undefined },
    {
      path: `/kelas/${session.id}/`,
      heading: new RegExp(`^${String(series.translation.data['title'])}`),
      text: undefined,
    },
  ];
  return pages;
};

for (const { path, heading, text } of translatedPages()) {
  test(`the translated entry ${path} has an English page, linked both ways`, async ({ page }) => {
    const english = `/en${path}`;
    expect((await page.goto(english))?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    if (text) await expect(page.getByRole('main')).toContainText(text);
    const alternates = page.locator('link[rel="alternate"][hreflang]');
    await expect(alternates).toHaveCount(3);
    await expect(page.locator('link[hreflang="id"]')).toHaveAttribute('href', new RegExp(`${path}$`));
    await page.getByRole('link', { name: 'Bahasa Indonesia' }).click();
    await expect(page).toHaveURL(path);
    await expect(page.locator('link[hreflang="en"]')).toHaveAttribute('href', new RegExp(`${english}$`));
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(english);
  });
}

test('a translated business reads in English on its page, in listings and in its structured data', async ({ page }) => {
  const translation = translations('businesses')[0]!;
  const business = entries('businesses').find((e) => e.id === translation.id)!;
  await page.goto(`/en/direktori/${business.id}/`);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute(
    'content',
    String(translation.data['summary']),
  );
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!) as {
    url: string;
    description: string;
  };
  expect(new URL(ld.url).pathname).toBe(`/en/direktori/${business.id}/`);
  expect(ld.description).toBe(translation.data['summary']);
  // Listings link it to its English page, without the "in Indonesian" note.
  await page.goto(`/en/direktori/sektor/${(business.data['sectors'] as string[])[0]}/`);
  const link = page.locator('.business-card').getByRole('link', { name: String(business.data['name']), exact: true });
  await expect(link).toHaveAttribute('href', `/en/direktori/${business.id}/`);
  await expect(link).not.toHaveAttribute('hreflang');
});

test('an Indonesian entry page without a translation switches to the English listing', async ({ page }) => {
  const business = untranslated('businesses')[0]!;
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

test('English search finds English pages and untranslated entries, each once, with English filter names', async ({
  page,
}) => {
  // "batik" matches translated businesses (in English) and untranslated ones (in Indonesian).
  await page.goto('/en/cari/?q=batik');
  await expect(page.getByRole('status')).toContainText(/Results for “batik”: \d+\./);
  const more = page.getByRole('button', { name: 'Show more' });
  while (await more.isVisible()) await more.click();
  const results = page.locator('.result');
  const urls = await results
    .locator('.result-title a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const english = urls.filter((url) => url.startsWith('/en/'));
  const indonesian = urls.filter((url) => !url.startsWith('/en/'));
  expect(english.length).toBeGreaterThan(0);
  expect(indonesian.length).toBeGreaterThan(0);
  // A translated entry is found once, in English.
  expect(indonesian.filter((url) => english.includes(`/en${url}`))).toEqual([]);
  const translated = new Set(translations('businesses').map((t) => `/direktori/${t.id}/`));
  expect(indonesian.filter((url) => translated.has(url))).toEqual([]);
  for (const result of await results.all()) {
    const href = await result.locator('.result-title a').getAttribute('href');
    if (href?.startsWith('/en/')) await expect(result.locator('.result-title')).not.toHaveAttribute('lang');
    else await expect(result.locator('.result-title')).toHaveAttribute('lang', 'id');
  }
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
  const business = untranslated('businesses')[0]!.id;
  expect(entry(`/direktori/${business}/`)).not.toMatch(/hreflang="en"/);
  expect(xml).not.toContain(`/en/direktori/${business}/`);
});
