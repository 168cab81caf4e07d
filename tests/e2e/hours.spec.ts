/**
 * A business page says whether the business is open at the moment it is read, in WIB, from a
 * browser in another time zone (New York, 12 hours behind): the page clock is moved to chosen
 * WIB moments. Without JavaScript only the week's table shows. Hours come from the content files,
 * checked here first so a change of sample data fails with a clear message.
 */
import { entries } from './content';
import { openState } from '../../src/places/hours';
import { weekHours, type HoursText } from '../../src/places/hours-parse';
import { expect, test, type Page } from './fixtures';

test.use({ timezoneId: 'America/New_York' });

const business = (id: string) => {
  const entry = entries('businesses').find((b) => b.id === id);
  if (!entry) throw new Error(`content/businesses/<regency>/id/${id}.md is gone: pick another business for this test`);
  return entry;
};
const hours = (id: string) => business(id).data['hours'] as Record<string, string>;
const status = (page: Page) => page.locator('p.hours-status[data-hours]');

test.describe('open now, in WIB', () => {
  // 2026-12-02 is a Wednesday; 2026-12-05 a Saturday.
  const cases = [
    ['telur-asin-sari-asih-brebes', '2026-12-02T10:00', 'Buka sekarang · tutup pukul 21.00'],
    ['telur-asin-sari-asih-brebes', '2026-12-02T07:00', 'Buka sekarang · tutup pukul 21.00'],
    ['telur-asin-sari-asih-brebes', '2026-12-02T21:00', 'Tutup sekarang · buka lagi besok pukul 07.00'],
    ['telur-asin-sari-asih-brebes', '2026-12-02T06:30', 'Tutup sekarang · buka lagi pukul 07.00'],
    // A lunch-hour gap between two ranges, and a Saturday night running past midnight.
    ['radio-komunitas-suara-merbabu', '2026-12-02T12:00', 'Tutup sekarang · buka lagi pukul 16.00'],
    ['radio-komunitas-suara-merbabu', '2026-12-06T01:30', 'Buka sekarang · tutup pukul 03.00'],
    // Open until 24.00 on Saturday.
    ['kopi-mbah-sri-temanggung', '2026-12-05T23:30', 'Buka sekarang · tutup pukul 24.00'],
    ['studio-animasi-tidar', '2026-12-02T10:00', 'Dengan janji temu'],
  ] as const;

  test('the sample hours are the ones these cases assume', () => {
    expect(Object.values(hours('telur-asin-sari-asih-brebes'))).toEqual(Array(7).fill('07.00–21.00'));
    expect(hours('radio-komunitas-suara-merbabu')).toMatchObject({
      rabu: '05.00–09.00, 16.00–22.00',
      sabtu: '05.00–09.00, 19.00–03.00',
    });
    expect(hours('kopi-mbah-sri-temanggung')['sabtu']).toBe('07.00–24.00');
    expect(Object.values(hours('studio-animasi-tidar'))).toEqual(Array(7).fill('janji temu'));
  });

  for (const [id, wib, phrase] of cases) {
    test(`${id} at ${wib} WIB: "${phrase}"`, async ({ page }) => {
      await page.clock.setFixedTime(new Date(`${wib}:00+07:00`));
      await page.goto(`/direktori/${id}/`);
      await expect(status(page)).toBeVisible();
      await expect(status(page)).toHaveText(phrase);
    });
  }

  test('the English page says it in English', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-12-02T21:00:00+07:00'));
    await page.goto('/en/direktori/kopi-mbah-sri-temanggung/');
    await expect(status(page)).toHaveText('Open now · closes at 22:00');
    await expect(page.getByRole('row', { name: /Saturday/ })).toContainText('07:00–24:00');
  });
});

test('the week, the note, directions and structured data', async ({ page }) => {
  const { data } = business('kopi-mbah-sri-temanggung');
  await page.goto('/direktori/kopi-mbah-sri-temanggung/');
  const panel = page.getByRole('region', { name: `Jam buka ${String(data['name'])}` });
  await expect(panel.getByRole('row')).toHaveCount(7);
  await expect(panel.getByRole('row', { name: /Sabtu/ })).toContainText('07.00–24.00');
  await expect(panel).toContainText(String(data['hoursNote']));
  const [lat, lng] = String(data['location']).split(', ');
  await expect(panel.getByRole('link', { name: /Petunjuk arah/ })).toHaveAttribute(
    'href',
    `https://www.google.com/maps/dir/?api=1&destination=${lat}%2C${lng}`,
  );
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  const jsonLd = scripts
    .map((text) => JSON.parse(text) as Record<string, unknown>)
    .find((d) => d['@type'] === 'LocalBusiness')!;
  expect(jsonLd['geo']).toEqual({ '@type': 'GeoCoordinates', latitude: Number(lat), longitude: Number(lng) });
  // Days sharing a range are one entry (a day alone is a plain string).
  const specs = jsonLd['openingHoursSpecification'] as {
    dayOfWeek: string | string[];
    opens: string;
    closes: string;
  }[];
  const saturday = specs.filter((spec) => [spec.dayOfWeek].flat().includes('https://schema.org/Saturday'));
  expect(saturday.map(({ opens, closes }) => ({ opens, closes }))).toContainEqual({
    opens: '07:00:00',
    closes: '23:59:59',
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('only the table shows, with no claim that may be stale', async ({ page }) => {
    await page.goto('/direktori/telur-asin-sari-asih-brebes/');
    await expect(page.getByRole('region', { name: /^Jam buka Telur Asin/ }).getByRole('row')).toHaveCount(7);
    await expect(status(page)).toBeHidden();
  });
});

test.describe('a directory listing', () => {
  const byName = new Map(entries('businesses').map((b) => [String(b.data['name']), b]));
  const openAt = (name: string, when: Date) => {
    const hours = byName.get(name.trim())?.data['hours'] as HoursText | undefined;
    return hours !== undefined && openState(weekHours(hours), when).state === 'open';
  };

  test('says which businesses are open, and "Buka sekarang" keeps only those', async ({ page }) => {
    // Wednesday, after office hours: some of the first page open, some closed.
    const when = new Date('2026-12-02T17:00:00+07:00');
    await page.clock.setFixedTime(when);
    await page.goto('/direktori/');
    const cards = page.locator('#daftar-usaha-isi > li');
    const names = await cards.locator('.name').allTextContents();
    const open = names.filter((name) => openAt(name, when));
    expect(open.length).toBeGreaterThan(0);
    expect(open.length).toBeLessThan(names.length);
    await expect(cards.locator('[data-state="open"]')).toHaveCount(open.length);

    const toggle = page.getByRole('button', { name: 'Buka sekarang' });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(cards.filter({ visible: true })).toHaveCount(open.length);
    expect((await cards.filter({ visible: true }).locator('.name').allTextContents()).map((n) => n.trim())).toEqual(
      open.map((n) => n.trim()),
    );
    await toggle.click();
    await expect(cards.filter({ visible: true })).toHaveCount(names.length);
  });

  test('says so when none of the page is open', async ({ page }) => {
    const when = new Date('2026-12-02T03:30:00+07:00');
    await page.clock.setFixedTime(when);
    await page.goto('/direktori/');
    const names = await page.locator('#daftar-usaha-isi > li .name').allTextContents();
    expect(names.filter((name) => openAt(name, when))).toEqual([]);
    await page.getByRole('button', { name: 'Buka sekarang' }).click();
    await expect(page.getByText('Tidak ada usaha di halaman ini yang buka sekarang.')).toBeVisible();
  });

  test('has no toggle without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${test.info().project.use.baseURL ?? ''}/direktori/`);
    await expect(page.getByRole('button', { name: 'Buka sekarang' })).toBeHidden();
    await context.close();
  });
});
