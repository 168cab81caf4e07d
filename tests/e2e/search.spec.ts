/**
 * Search by sector on /cari/ (Pagefind, built by `npm run build`). Expected results and counts
 * are computed from the content files, with the same rules as src/lib/search.ts.
 */
import { expect, test, type Page } from './fixtures';
import { PILLARS, REGENCIES, SECTORS, regencyLabel } from '../../src/taxonomy';
import { SEARCH_FILTERS, type FilterName } from '../../src/search/filters';
import { TEST_NOW } from '../../playwright.config';
import { entries, time, upcomingSessions, type Entry } from './content';

const sectorName = (id: string) => SECTORS.find((s) => s.id === id)!.name;
const regencyName = (id: string) => regencyLabel(REGENCIES.find((r) => r.id === id)!);
const pillarName = (id: string) => PILLARS.find((p) => p.id === id)!.name;
const programmes = new Map(entries('programmes').map((p) => [p.id, p]));

interface Page_ {
  title: string;
  jenis: string;
  sektor: string[];
  wilayah: string[];
  pilar: string[];
}
const str = (entry: Entry, key: string) => String(entry.data[key]);
const list = (entry: Entry, key: string) => (entry.data[key] as string[] | undefined) ?? [];

/** Class sessions are indexed while they are upcoming (past ones are in the archive). */
const indexedSessions = upcomingSessions(time(TEST_NOW));

/** Every indexed page with its filter values. */
const pages: Page_[] = [
  ...entries('programmes').map((p) => ({
    title: str(p, 'title'),
    jenis: 'Program',
    sektor: list(p, 'sectors').map(sectorName),
    wilayah: [],
    pilar: [pillarName(str(p, 'pillar'))],
  })),
  ...indexedSessions.map((c) => {
    const programme = programmes.get(str(c, 'programme'))!;
    const own = list(c, 'sectors');
    const sectors = own.length > 0 ? own : list(programme, 'sectors');
    return {
      title: str(c, 'title'),
      jenis: 'Kelas',
      sektor: sectors.map(sectorName),
      wilayah: c.data['attendance'] === 'daring' ? [] : ['Kota Semarang'],
      pilar: [pillarName(str(programme, 'pillar'))],
    };
  }),
  ...entries('mentors').map((m) => ({
    title: str(m, 'name'),
    jenis: 'Mentor',
    sektor: list(m, 'sectors').map(sectorName),
    wilayah: [regencyName(str(m, 'regency'))],
    pilar: [],
  })),
  ...entries('businesses').map((b) => ({
    title: str(b, 'name'),
    jenis: 'Usaha',
    sektor: list(b, 'sectors').map(sectorName),
    wilayah: [regencyName(str(b, 'regency'))],
    pilar: [],
  })),
];
type Filters = Partial<Record<FilterName, string[]>>;
const valuesOf = (p: Page_, name: FilterName) => (name === 'jenis' ? [p.jenis] : p[name]);
/** Values within a group combine with OR, groups with AND, as on the search page. */
const matching = (filters: Filters, pool: Page_[] = pages) =>
  pool.filter((p) =>
    Object.entries(filters).every(([name, values]) => values.some((v) => valuesOf(p, name as FilterName).includes(v))),
  );
/** What a group's facets should count: the pool under every other group's choices, not its own. */
function expectedCounts(pool: Page_[], filters: Filters, name: FilterName): Record<string, number> {
  const { [name]: _own, ...others } = filters;
  const within = matching(others, pool);
  return Object.fromEntries(
    SEARCH_FILTERS[name].values.map((value) => [value, within.filter((p) => valuesOf(p, name).includes(value)).length]),
  );
}

const status = (page: Page) => page.getByRole('status');
const results = (page: Page) => page.getByRole('region', { name: 'Hasil pencarian' }).getByRole('listitem');
const facet = (page: Page, group: string, value: string) =>
  page
    .getByRole('group', { name: group })
    .getByRole('checkbox', { name: new RegExp(`^${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`) });

/** The counts a group's checkboxes show, by value. */
function shownCounts(page: Page, name: FilterName): Promise<Record<string, number>> {
  return page
    .locator(`input[type="checkbox"][name="${name}"]`)
    .evaluateAll((boxes) =>
      Object.fromEntries(
        boxes.map((box) => [
          (box as HTMLInputElement).value,
          Number(box.parentElement?.querySelector('[data-count]')?.textContent ?? NaN),
        ]),
      ),
    );
}

async function allTitles(page: Page): Promise<string[]> {
  await expect(status(page)).toContainText('hasil');
  const more = page.getByRole('button', { name: 'Tampilkan lebih banyak' });
  const titles = page.locator('.result-title');
  while (await more.isVisible()) {
    const shown = await titles.count();
    await more.click();
    // The button's visibility is settled in the same step that appends the next cards.
    await expect(titles).not.toHaveCount(shown);
  }
  return (await page.locator('.result-title').allTextContents()).map((t) => t.trim()).sort();
}

const lurik = entries('businesses').find((b) => b.id === 'tenun-lurik-pedan-rahayu')!;

test('a distinctive word finds its business; its sector keeps it, another sector widens, a regency narrows', async ({
  page,
}) => {
  await page.goto('/cari/');
  await page.getByRole('searchbox', { name: 'Kata kunci' }).fill('lurik');
  await expect(status(page)).toHaveText('1 hasil untuk “lurik”.');
  await expect(results(page).first()).toContainText(str(lurik, 'name'));
  await expect(page).toHaveURL(/\?q=lurik$/);

  // Browse by its sector without a query: it stays among the results.
  await page.getByRole('searchbox', { name: 'Kata kunci' }).fill('');
  const own = sectorName(list(lurik, 'sectors')[0]!);
  await facet(page, 'Sektor', own).check();
  await expect(status(page)).toHaveText(`${matching({ sektor: [own] }).length} hasil.`);
  expect(await allTitles(page)).toContain(str(lurik, 'name'));

  // Another sector: OR within the group widens the results.
  const other = 'Kuliner';
  await facet(page, 'Sektor', other).check();
  const widened = matching({ sektor: [own, other] }).length;
  expect(widened).toBeGreaterThan(matching({ sektor: [own] }).length);
  await expect(status(page)).toHaveText(`${widened} hasil.`);

  // A regency: AND across groups narrows them, and the business is still found.
  const regency = regencyName(str(lurik, 'regency'));
  await facet(page, 'Kabupaten/kota', regency).check();
  const narrowed = matching({ sektor: [own, other], wilayah: [regency] });
  expect(narrowed.length).toBeLessThan(widened);
  await expect(status(page)).toHaveText(`${narrowed.length} hasil.`);
  expect(await allTitles(page)).toEqual(narrowed.map((p) => p.title).sort());
});

test('facet counts match the content', async ({ page }) => {
  await page.goto('/cari/');
  for (const sector of SECTORS) {
    const count = matching({ sektor: [sector.name] }).length;
    await expect(facet(page, 'Sektor', sector.name).locator('xpath=..')).toContainText(new RegExp(`${count}$`));
  }
  for (const jenis of ['Program', 'Kelas', 'Mentor', 'Usaha']) {
    await expect(facet(page, 'Jenis', jenis).locator('xpath=..')).toContainText(
      new RegExp(`${matching({ jenis: [jenis] }).length}$`),
    );
  }
  // With a sector chosen, the type counts are those within the sector.
  await facet(page, 'Sektor', 'Kriya').check();
  for (const jenis of ['Kelas', 'Usaha']) {
    await expect(facet(page, 'Jenis', jenis).locator('xpath=..')).toContainText(
      new RegExp(`${matching({ jenis: [jenis], sektor: ['Kriya'] }).length}$`),
    );
  }
});

test('browse mode: a sector with no query lists exactly its businesses and classes', async ({ page }) => {
  await page.goto('/cari/?sektor=Kuliner&jenis=Usaha&jenis=Kelas');
  const expected = matching({ sektor: ['Kuliner'], jenis: ['Usaha', 'Kelas'] });
  await expect(status(page)).toHaveText(`${expected.length} hasil.`);
  expect(await allTitles(page)).toEqual(expected.map((p) => p.title).sort());
});

test('an affixed Indonesian word finds its root form (stemming)', async ({ page }) => {
  await page.goto('/cari/?q=gerabahnya');
  await expect(status(page)).toContainText('hasil untuk “gerabahnya”');
  await expect(page.locator('.result-title', { hasText: 'Gerabah Melikan Putaran Miring' })).toBeVisible();
  await expect(page.locator('.result-excerpt mark').first()).toBeVisible();
});

test('the URL holds the state: reload and back restore the results', async ({ page }) => {
  await page.goto('/cari/');
  await page.getByRole('searchbox', { name: 'Kata kunci' }).fill('batik');
  await expect(status(page)).toContainText('untuk “batik”');
  await facet(page, 'Jenis', 'Usaha').check();
  await expect(page).toHaveURL('/cari/?q=batik&jenis=Usaha');
  const before = await allTitles(page);
  expect(before.length).toBeGreaterThan(0);
  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Kata kunci' })).toHaveValue('batik');
  await expect(facet(page, 'Jenis', 'Usaha')).toBeChecked();
  expect(await allTitles(page)).toEqual(before);
  await page.goBack();
  await expect(page).toHaveURL('/cari/?q=batik');
  await expect(facet(page, 'Jenis', 'Usaha')).not.toBeChecked();
});

test('bad input is shown as text: script in the query, unknown filters, a very long query', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  await page.goto(`/cari/?q=${encodeURIComponent('<script>alert(1)</script>')}&sektor=Batik&wilayah=Atlantis`);
  await expect(page.getByRole('searchbox', { name: 'Kata kunci' })).toHaveValue('<script>alert(1)</script>');
  await expect(page.getByText('Filter tidak dikenal diabaikan: sektor=Batik, wilayah=Atlantis.')).toBeVisible();
  await expect(status(page)).toContainText('Tidak ada hasil');
  expect(await page.locator('main script').count()).toBe(0);
  await page.goto(`/cari/?q=${'kriya '.repeat(200)}`);
  await expect(status(page)).toContainText('hasil');
  expect(dialogs).toBe(0);
});

test('the header search box is a plain form that leads to the search page', async ({ page }) => {
  await page.goto('/direktori/');
  await page.getByRole('search', { name: 'Cari di situs' }).getByRole('searchbox').fill('carica');
  await page.getByRole('search', { name: 'Cari di situs' }).getByRole('button', { name: 'Cari' }).click();
  await expect(page).toHaveURL('/cari/?q=carica');
  await expect(page.locator('.result-title').first()).toContainText('Carica');
});

test('sector pages of the directory link to the matching search', async ({ page }) => {
  await page.goto('/direktori/sektor/kriya/');
  await page.getByRole('link', { name: 'Cari juga kelas, mentor, dan program sektor Kriya' }).click();
  await expect(page).toHaveURL('/cari/?sektor=Kriya');
  await expect(facet(page, 'Sektor', 'Kriya')).toBeChecked();
  await expect(status(page)).toHaveText(`${matching({ sektor: ['Kriya'] }).length} hasil.`);
});

test('classes can be sorted by date, and cards show their date and image', async ({ page }) => {
  await page.goto('/cari/?jenis=Kelas&urut=tanggal');
  const classes = [...indexedSessions].sort((a, b) => String(a.data['start']).localeCompare(String(b.data['start'])));
  await expect(status(page)).toHaveText(`${classes.length} hasil.`);
  expect((await page.locator('.result-title').allTextContents()).slice(0, 4)).toEqual(
    classes.slice(0, 4).map((c) => str(c, 'title')),
  );
  await expect(results(page).first()).toContainText('WIB');
  await page.goto('/cari/?q=gerabah&jenis=Usaha');
  const card = results(page).filter({ hasText: 'Gerabah Melikan Putaran Miring' });
  await expect(card.locator('img')).toHaveAttribute('src', /\.webp$/);
});

test.describe('search opened from a link counts every group from the first search', () => {
  // Each case is a URL as a link or a shared address opens it: the header box, a sector page, a
  // shared search with filters. Nothing is clicked before the counts are read.
  const cases: { url: string; q?: string; filters: Filters }[] = [
    { url: '/cari/?q=batik', q: 'batik', filters: {} },
    { url: '/cari/?sektor=Kuliner', filters: { sektor: ['Kuliner'] } },
    { url: '/cari/?q=batik&sektor=Kriya&sektor=Fesyen', q: 'batik', filters: { sektor: ['Kriya', 'Fesyen'] } },
    {
      url: '/cari/?sektor=Kriya&jenis=Usaha&wilayah=Kab.+Jepara',
      filters: { sektor: ['Kriya'], jenis: ['Usaha'], wilayah: ['Kab. Jepara'] },
    },
  ];
  for (const { url, q, filters } of cases) {
    test(url, async ({ page, browser }) => {
      // The pages a query finds (before filters) come from the index itself, in a page of their own.
      let pool = pages;
      if (q) {
        const plain = await browser.newPage();
        await plain.goto(`/cari/?q=${encodeURIComponent(q)}`);
        const titles = new Set(await allTitles(plain));
        await plain.close();
        pool = pages.filter((p) => titles.has(p.title));
        expect(pool.length, `every result for "${q}" is a known page`).toBe(titles.size);
      }
      await page.goto(url);
      const results = matching(filters, pool).length;
      await expect(status(page)).toHaveText(results === 0 ? /Tidak ada hasil/ : new RegExp(`^${results} hasil`));
      for (const name of Object.keys(SEARCH_FILTERS) as FilterName[]) {
        await expect
          .poll(() => shownCounts(page, name), { message: `counts of ${name}` })
          .toEqual(expectedCounts(pool, filters, name));
      }
      if (!filters.jenis) {
        const jenis = await shownCounts(page, 'jenis');
        expect(
          Object.values(jenis).reduce((a, b) => a + b, 0),
          'the type counts add up to the results',
        ).toBe(results);
      }
    });
  }
});
