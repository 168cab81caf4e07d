/**
 * The programme report (/laporan/): its figures are derived here again, independently, from the
 * content files, and must match the page, the CSV and the month calendars of the schedule.
 */
import AxeBuilder from '@axe-core/playwright';
import { TEST_NOW } from '../../playwright.config';
import { AXE_OPTIONS } from './axe';
import { entries, sessions, time, type Entry } from './content';
import { expect, test, type Page } from './fixtures';

const YEAR = Number(TEST_NOW.slice(0, 4));
const now = time(TEST_NOW);
const wibMonth = (value: unknown) => new Date(time(value) + 7 * 3_600_000).toISOString().slice(0, 7);
const MONTHS = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];
const settings = { perYear: 192, perWeek: 4 };

type Outcome = 'held' | 'cancelled' | 'postponed' | 'upcoming';
function outcome({ data }: Entry): Outcome {
  if (data['status'] === 'dibatalkan') return 'cancelled';
  if (data['status'] === 'ditunda') return 'postponed';
  return time(data['end']) > now ? 'upcoming' : 'held';
}

const ofYear = () => sessions().filter((s) => wibMonth(s.data['start']).startsWith(`${YEAR}-`));
const held = () => ofYear().filter((s) => outcome(s) === 'held');
const programmes = new Map(entries('programmes').map((p) => [p.id, p.data]));
const countOf = (list: Entry[], wanted: Outcome) => list.filter((s) => outcome(s) === wanted).length;

/** The table's body rows as [row heading, ...numbers]. */
async function tableRows(page: Page, name: string): Promise<string[][]> {
  const table = page.getByRole('table', { name, exact: true });
  await expect(table).toHaveCount(1);
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? '')),
    );
}
const number = (text: string) => Number(text.replace(/\./g, ''));

test('the report is linked from the about page and the footer, and each year from the index', async ({ page }) => {
  await page.goto('/tentang/');
  await page.getByRole('main').getByRole('link', { name: 'laporan program' }).click();
  await expect(page).toHaveURL('/laporan/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Laporan program');
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Laporan Program' })).toHaveAttribute(
    'href',
    '/laporan/',
  );
  const years = await tableRows(page, 'Per tahun');
  const row = years.find(([year]) => year === String(YEAR))!;
  expect(row.slice(1, 3).map(number)).toEqual([held().length, settings.perYear]);
  expect(row.slice(4).map(number)).toEqual([
    countOf(ofYear(), 'cancelled'),
    countOf(ofYear(), 'postponed'),
    countOf(ofYear(), 'upcoming'),
  ]);
  await page.getByRole('link', { name: `Lihat laporan ${YEAR}` }).click();
  await expect(page).toHaveURL(`/laporan/${YEAR}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Laporan program ${YEAR}`);
});

test('every chart has a caption, an accessible name and its data as a table', async ({ page }) => {
  await page.goto(`/laporan/${YEAR}/`);
  const figures = page.locator('figure.chart');
  const captions = await figures.locator(':scope > figcaption').allTextContents();
  expect(captions).toEqual([
    `Sesi per bulan, ${YEAR}, menurut status`,
    `Sesi terlaksana sejak Januari ${YEAR} terhadap target ${settings.perYear}`,
    `Sesi per pekan, ${YEAR}`,
    'Menurut pilar',
    'Luring dan daring',
    'Menurut bentuk kegiatan',
    'Menurut sektor',
    `Usaha baru masuk direktori per bulan, ${YEAR}`,
    `Usaha di direktori pada akhir ${YEAR}, menurut sektor`,
    `Usaha di direktori pada akhir ${YEAR}, menurut kabupaten/kota`,
  ]);
  for (const caption of captions) {
    const figure = page.getByRole('figure', { name: caption, exact: true });
    await expect(figure).toBeVisible();
    // The picture has a name of its own, and the same figures as a table named like the figure.
    await expect(figure.locator('svg').first()).toHaveAccessibleName(/.+/);
    await expect(figure.getByRole('table', { name: caption, exact: true })).toBeAttached();
  }
  // Drawn at build time: no script on the page.
  await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(0);
});

test('the figures match what the schedule and the directory hold', async ({ page }) => {
  await page.goto(`/laporan/${YEAR}/`);
  await expect(page.getByText(`${held().length} dari ${settings.perYear} sesi terlaksana`)).toBeVisible();
  const summary = page.getByRole('region', { name: 'Ringkasan' });
  await expect(summary.getByRole('definition').filter({ hasText: /^\d+$/ })).toHaveCount(6);
  const figure = (name: string) => summary.locator(`[data-figure="${name}"]`);
  await expect(figure('cancelled')).toHaveText(String(countOf(ofYear(), 'cancelled')));
  await expect(figure('postponed')).toHaveText(String(countOf(ofYear(), 'postponed')));
  await expect(figure('upcoming')).toHaveText(String(countOf(ofYear(), 'upcoming')));
  await expect(figure('programmes')).toHaveText(String(new Set(held().map((s) => s.data['programme'])).size));
  await expect(figure('mentors')).toHaveText(
    String(new Set(held().flatMap((s) => s.data['mentors'] as string[])).size),
  );
  const recorded = held().filter((s) => typeof s.data['attendees'] === 'number');
  expect(recorded.length).toBeGreaterThan(0);
  await expect(figure('participants')).toHaveText(
    String(recorded.reduce((sum, s) => sum + Number(s.data['attendees']), 0)),
  );

  const months = await tableRows(page, `Sesi per bulan, ${YEAR}, menurut status`);
  expect(months.map(([name]) => name)).toEqual(MONTHS);
  for (const [i, row] of months.entries()) {
    const inMonth = ofYear().filter((s) => wibMonth(s.data['start']) === `${YEAR}-${String(i + 1).padStart(2, '0')}`);
    const outcomes: Outcome[] = ['held', 'cancelled', 'postponed', 'upcoming'];
    expect(row.slice(1).map(number), row[0]).toEqual(outcomes.map((o) => countOf(inMonth, o)));
  }

  const pillars = await tableRows(page, 'Menurut pilar');
  for (const [name, count] of pillars) {
    const id = name!.toLowerCase();
    expect(number(count!), name).toBe(
      held().filter((s) => programmes.get(String(s.data['programme']))?.['pillar'] === id).length,
    );
  }
  const online = await tableRows(page, 'Luring dan daring');
  expect(online.map(([, n]) => number(n!))).toEqual(
    ['luring', 'daring', 'hibrida'].map((a) => held().filter((s) => (s.data['attendance'] ?? 'luring') === a).length),
  );
  const weeks = await tableRows(page, `Sesi per pekan, ${YEAR}`);
  expect(weeks.length).toBeGreaterThanOrEqual(52);
  expect(weeks.reduce((sum, [, n]) => sum + number(n!), 0)).toBe(held().length);
  expect(weeks.every((row) => row[3] === String(settings.perWeek))).toBe(true);

  const listings = await tableRows(page, `Usaha baru masuk direktori per bulan, ${YEAR}`);
  const businesses = entries('businesses');
  expect(listings.map(([, n]) => number(n!))).toEqual(
    MONTHS.map(
      (_, i) =>
        businesses.filter((b) => String(b.data['listedOn']).startsWith(`${YEAR}-${String(i + 1).padStart(2, '0')}`))
          .length,
    ),
  );
});

test('each month agrees with the month calendar of the schedule', async ({ page }) => {
  await page.goto(`/laporan/${YEAR}/`);
  const months = await tableRows(page, `Sesi per bulan, ${YEAR}, menurut status`);
  for (const [i, row] of months.entries()) {
    const total = row.slice(1).reduce((sum, n) => sum + number(n), 0);
    if (total === 0) continue;
    await page.goto(`/kelas/kalender/${YEAR}/${String(i + 1).padStart(2, '0')}/`);
    await expect(page.getByRole('table').getByRole('link'), row[0]).toHaveCount(total);
  }
});

test('the CSV holds the figures of the page, one row per figure', async ({ page, request }) => {
  const response = await request.get('/laporan/data.csv');
  expect(response.headers()['content-type']).toMatch(/^text\/csv/);
  const text = (await response.text()).replace(/^\uFEFF/, '');
  const [header, ...lines] = text.trimEnd().split('\r\n');
  expect(header).toBe('tahun,tabel,kunci,nama,ukuran,nilai');
  const value = (table: string, key: string, measure: string) =>
    lines
      .map((line) => line.match(/^(\d+),([^,]+),([^,]*),(?:"[^"]*"|[^,]*),([^,]+),(\d+)$/))
      .find((m) => m && m[1] === String(YEAR) && m[2] === table && m[3] === key && m[4] === measure)?.[5];
  expect(value('ringkasan', '', 'terlaksana')).toBe(String(held().length));
  expect(value('ringkasan', '', 'target_tahunan')).toBe(String(settings.perYear));
  expect(value('bulan', `${YEAR}-11`, 'terlaksana')).toBe(
    String(held().filter((s) => wibMonth(s.data['start']) === `${YEAR}-11`).length),
  );
  await page.goto(`/laporan/${YEAR}/`);
  await expect(page.getByRole('link', { name: 'data.csv' })).toHaveAttribute('href', '/laporan/data.csv');
});

test('the print stylesheet keeps the report and drops the site around it', async ({ page }) => {
  await page.goto(`/laporan/${YEAR}/`);
  const weekTable = page.getByRole('region', { name: `Sesi per pekan, ${YEAR}` });
  await expect(weekTable).toHaveCSS('overflow-y', 'auto');
  await expect(page.getByText(/^Dicetak dari /)).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Utama' })).toBeHidden();
  await expect(page.getByRole('search')).toBeHidden();
  await expect(page.locator('.page-header')).toHaveCSS('background-image', 'none');
  await expect(page.getByText(/^Dicetak dari https?:\/\/.+\/laporan\/\d{4}\/$/)).toBeVisible();
  // Long tables print whole instead of in a scrolling box; figures do not split across pages.
  await expect(weekTable).toHaveCSS('overflow-y', 'visible');
  await expect(page.locator('figure.chart').first()).toHaveCSS('break-inside', 'avoid');
  await expect(page.getByRole('table', { name: `Sesi per pekan, ${YEAR}`, exact: true })).toBeVisible();
});

for (const path of ['/laporan/', `/laporan/${YEAR}/`]) {
  test(`axe finds no WCAG 2.2 A/AA violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).options(AXE_OPTIONS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
