/**
 * "Urutkan dari yang terdekat" on the directory's listings, against the server that sends
 * netlify.toml's headers (scripts/serve.mjs): with `geolocation=()` there the API would refuse
 * even a granted permission, as it would on Netlify. The expected order is computed here from the
 * content files, each business at its coordinates or else at its regency's centre.
 */
import AxeBuilder from '@axe-core/playwright';
import { AXE_OPTIONS } from './axe';
import { entries } from './content';
import { distanceKm, readPoint, type Point } from '../../src/places/geo';
import { regency } from '../../src/taxonomy';
import { PAGE_SIZE } from '../../src/lib/listing';
import { expect, test, type Page } from './fixtures';

/** Tembalang, Semarang: beside a sample business, so the nearest is known. */
const TEMBALANG = { latitude: -7.0556, longitude: 110.4402 };
const origin = { lat: TEMBALANG.latitude, lng: TEMBALANG.longitude };

const placed = entries('businesses').map(({ id, data }) => {
  const read = typeof data['location'] === 'string' ? readPoint(data['location']) : undefined;
  const [lat, lng] = regency(data['regency'] as string).centre;
  const point: Point = read?.ok ? read.point : { lat, lng };
  return {
    id,
    name: data['name'] as string,
    sectors: data['sectors'] as string[],
    regency: data['regency'] as string,
    point,
    approximate: !read?.ok,
  };
});
const byDistance = (from: Point) => [...placed].sort((a, b) => distanceKm(from, a.point) - distanceKm(from, b.point));

const sorted = (page: Page) => page.getByRole('region', { name: 'Usaha terdekat' }).getByRole('listitem');
const kilometres = async (page: Page) =>
  (await sorted(page).locator('[data-km]').allTextContents()).map((text) =>
    Number(/± ([\d.,]+) km/.exec(text)?.[1]?.replace('.', '').replace(',', '.')),
  );

test.describe('with the position granted', () => {
  test.use({ geolocation: TEMBALANG, permissions: ['geolocation'] });

  test('the whole directory by distance, nearest first, beyond the page being viewed', async ({ page }) => {
    await page.goto('/direktori/');
    await page.getByRole('button', { name: 'Urutkan dari yang terdekat' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Diurutkan dari posisi Anda' })).toBeVisible();
    const expected = byDistance(origin);
    await expect(sorted(page)).toHaveCount(Math.min(PAGE_SIZE, placed.length));
    await expect(sorted(page).first().getByRole('link')).toHaveText(expected[0]!.name);
    await expect(sorted(page).first().getByRole('link')).toHaveAttribute('href', `/direktori/${expected[0]!.id}/`);
    const km = await distancesInOrder(page);
    expect(km[0]).toBeLessThan(0.5);
    // The page's own list and its pagination give way to the sorted one.
    await expect(page.locator('#daftar-usaha-isi')).toBeHidden();
    await expect(page.getByRole('navigation', { name: /halaman/i })).toBeHidden();

    const more = page.getByRole('button', { name: 'Tampilkan lebih banyak' });
    for (let shown = PAGE_SIZE; shown < placed.length; shown += PAGE_SIZE) {
      await more.click();
      await expect(sorted(page)).toHaveCount(Math.min(shown + PAGE_SIZE, placed.length));
    }
    await expect(more).toBeHidden();
    expect(new Set(await sorted(page).getByRole('link').allTextContents())).toEqual(new Set(placed.map((b) => b.name)));
    await distancesInOrder(page);
    // A business without coordinates stands at its regency's centre, and says so.
    const approximate = placed.find((b) => b.approximate)!;
    await expect(sorted(page).filter({ hasText: approximate.name })).toContainText('perkiraan: pusat');

    await page.getByRole('button', { name: 'Kembali ke urutan semula' }).click();
    await expect(page.locator('#daftar-usaha-isi')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Usaha terdekat' })).toBeHidden();
  });

  test('a sector listing sorts the whole sector, a regency listing loads only its own file', async ({ page }) => {
    const sector = placed[0]!.sectors[0]!;
    await page.goto(`/direktori/sektor/${sector}/`);
    await page.getByRole('button', { name: 'Urutkan dari yang terdekat' }).click();
    const inSector = byDistance(origin).filter((b) => b.sectors.includes(sector));
    await expect(sorted(page)).toHaveCount(Math.min(PAGE_SIZE, inSector.length));
    await expect(sorted(page).first().getByRole('link')).toHaveText(inSector[0]!.name);

    const files: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/direktori/terdekat/')) files.push(new URL(request.url()).pathname);
    });
    await page.goto('/direktori/wilayah/kota-surakarta/');
    await page.getByRole('button', { name: 'Urutkan dari yang terdekat' }).click();
    const inRegency = byDistance(origin).filter((b) => b.regency === 'kota-surakarta');
    await expect(sorted(page)).toHaveCount(inRegency.length);
    expect(files.sort()).toEqual(['/direktori/terdekat/index.json', '/direktori/terdekat/kota-surakarta.json']);
  });

  test('the sorted list and its controls pass axe, on the English site too', async ({ page }) => {
    await page.goto('/en/direktori/');
    await page.getByRole('button', { name: 'Sort by nearest' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Sorted from your position' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Nearest businesses' }).getByRole('listitem')).toHaveCount(
      Math.min(PAGE_SIZE, placed.length),
    );
    const results = await new AxeBuilder({ page }).options(AXE_OPTIONS).analyze();
    expect(results.violations).toEqual([]);
  });

  test('the live headers allow geolocation for the site itself', async ({ request }) => {
    const response = await request.get('/direktori/');
    expect(response.headers()['permissions-policy']).toContain('geolocation=(self)');
  });
});

test.describe('with the position refused', () => {
  test('says so and sorts from the centre of a regency the visitor picks', async ({ page, context }) => {
    await context.clearPermissions();
    await page.goto('/direktori/');
    await page.getByRole('button', { name: 'Urutkan dari yang terdekat' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Izin lokasi tidak diberikan' })).toBeVisible();
    const choose = page.getByLabel('Urutkan dari kabupaten/kota');
    await expect(choose).toBeFocused();
    const results = await new AxeBuilder({ page }).options(AXE_OPTIONS).analyze();
    expect(results.violations).toEqual([]);

    await choose.selectOption({ label: 'Kota Surakarta' });
    await page.getByRole('button', { name: 'Urutkan', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Diurutkan dari pusat Kota Surakarta' })).toBeVisible();
    const [lat, lng] = regency('kota-surakarta').centre;
    await expect(sorted(page).first().getByRole('link')).toHaveText(byDistance({ lat, lng })[0]!.name);
    await distancesInOrder(page);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the listing offers no sorting it cannot do', async ({ page }) => {
    await page.goto('/direktori/');
    await expect(page.locator('#daftar-usaha-isi')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Urutkan dari yang terdekat' })).toBeHidden();
  });
});

/** The distances shown, checked to be in order and each "± n km". */
async function distancesInOrder(page: Page): Promise<number[]> {
  const km = await kilometres(page);
  expect(km.every((n) => Number.isFinite(n))).toBe(true);
  expect(km).toEqual([...km].sort((a, b) => a - b));
  return km;
}
