/** The directory as a map, an overview, open data, a storefront and a registration form. */
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { REGENCIES, SECTORS, regencyLabel } from '../../src/taxonomy';
import { entries } from './content';
import { PAGE_SIZE } from '../../src/lib/listing';

const businesses = entries('businesses');
const countIn = (regency: string, sector?: string) =>
  businesses.filter(
    (b) => b.data['regency'] === regency && (!sector || (b.data['sectors'] as string[]).includes(sector)),
  ).length;

test('the map has a tile per regency with its count, leading to the regency page', async ({ page }) => {
  await page.goto('/direktori/peta/');
  const map = page.getByRole('group', { name: /Peta jumlah usaha per kabupaten\/kota, semua sektor/ });
  const tiles = map.getByRole('link');
  await expect(tiles).toHaveCount(35);
  for (const regency of REGENCIES) {
    await expect(
      map.getByRole('link', { name: `${regencyLabel(regency)} ${countIn(regency.id)} usaha`, exact: true }),
    ).toHaveCount(1);
  }
  await map.getByRole('link', { name: /^Kab\. Klaten \d+ usaha$/ }).click();
  await expect(page).toHaveURL('/direktori/wilayah/kab-klaten/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kab. Klaten');
});

test('choosing a sector shows the map and table for that sector only', async ({ page }) => {
  await page.goto('/direktori/peta/');
  await page
    .getByRole('navigation', { name: 'Pilih sektor' })
    .getByRole('link', { name: 'Kriya', exact: true })
    .click();
  await expect(page).toHaveURL('/direktori/peta/kriya/');
  const map = page.getByRole('group', { name: /sektor Kriya/ });
  for (const regency of REGENCIES) {
    await expect(
      map.getByRole('link', { name: `${regencyLabel(regency)} ${countIn(regency.id, 'kriya')} usaha`, exact: true }),
    ).toHaveCount(1);
  }
  // The table holds the same numbers and can be sorted by count with a link.
  await page.getByRole('link', { name: 'menurut jumlah usaha' }).click();
  await expect(page).toHaveURL('/direktori/peta/kriya/jumlah/');
  const counts = (await page.getByRole('table').locator('tbody td.num').allTextContents()).map(Number);
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
  expect(counts.reduce((a, b) => a + b, 0)).toBe(
    businesses.filter((b) => (b.data['sectors'] as string[]).includes('kriya')).length,
  );
});

test('the overview shows every sector and regency, zeros included, and links the open data', async ({
  page,
  request,
}) => {
  await page.goto('/direktori/ringkasan/');
  const matrix = page.getByRole('region', { name: /Tabel sektor × kabupaten\/kota/ }).getByRole('table');
  await expect(matrix.locator('tbody tr')).toHaveCount(35);
  await expect(matrix.locator('thead th')).toHaveCount(SECTORS.length + 2);
  const jepara = matrix
    .locator('tbody tr')
    .filter({ has: page.getByRole('rowheader', { name: 'Kab. Jepara', exact: true }) });
  await expect(jepara.locator('td.total')).toHaveText(String(countIn('kab-jepara')));
  const csv = await request.get((await page.getByRole('link', { name: 'data.csv' }).getAttribute('href')) as string);
  expect(csv.headers()['content-type'] ?? '').toMatch(/csv|octet/);
  const json = (await (await request.get('/direktori/data.json')).json()) as { data: { slug: string; nama: string }[] };
  expect(json.data.map((r) => r.slug).sort()).toEqual(businesses.map((b) => b.id).sort());
  expect(json.data.find((r) => r.slug === 'kopi-mbah-sri-temanggung')?.nama).toBe('Kopi "Mbah Sri" & Roti Bakar ☕');
});

test('the storefront orders a product on WhatsApp with the right number and message', async ({ page }) => {
  const seller = businesses.find((b) => b.id === 'kopi-mbah-sri-temanggung')!;
  const product = (seller.data['products'] as { name: string }[])[0]!;
  const number = (seller.data['contact'] as Record<string, string>)['whatsapp']!.slice(1);
  await page.goto('/etalase/sektor/kuliner/');
  const card = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: product.name, exact: true }) });
  // The storefront is paginated: follow "Berikutnya" until the product shows.
  while ((await card.count()) === 0) await page.getByRole('link', { name: 'Berikutnya →' }).click();
  const link = card.getByRole('link', { name: `Pesan via WhatsApp: ${product.name}` });
  const href = (await link.getAttribute('href'))!;
  const url = new URL(href);
  expect(url.origin + url.pathname).toBe(`https://wa.me/${number}`);
  expect(url.searchParams.get('text')).toBe(
    `Halo ${String(seller.data['name'])}, saya ingin memesan "${product.name}" (dari etalase Hetero Space).`,
  );
  // The product's name links to it on its business's page.
  await card.getByRole('link', { name: product.name, exact: true }).click();
  await expect(page).toHaveURL(`/direktori/${seller.id}/#produk-1`);
});

test('the whole directory and the whole storefront are one page each, leading on by sector and regency', async ({
  page,
}) => {
  const products = businesses.flatMap((b) => (b.data['products'] as unknown[] | undefined) ?? []);
  await page.goto('/direktori/');
  await expect(page.getByRole('main').locator('.business-card')).toHaveCount(Math.min(PAGE_SIZE, businesses.length));
  await expect(page.getByRole('navigation', { name: 'Halaman' })).toHaveCount(0);
  if (businesses.length > PAGE_SIZE) {
    await expect(page.getByText(`Halaman ini menampilkan ${PAGE_SIZE} dari ${businesses.length} usaha.`)).toBeVisible();
    await page.getByRole('link', { name: 'Jelajahi direktori menurut sektor dan kabupaten/kota' }).click();
    await expect(page).toHaveURL('/direktori/#jelajahi');
    await expect(page.getByRole('navigation', { name: 'Jelajahi direktori' })).toBeInViewport();
  }
  await page.goto('/etalase/');
  await expect(page.locator('.product')).toHaveCount(Math.min(PAGE_SIZE, products.length));
  if (products.length > PAGE_SIZE) {
    await expect(page.getByText(`Halaman ini menampilkan ${PAGE_SIZE} dari ${products.length} produk.`)).toBeVisible();
    await page.getByRole('link', { name: 'Lihat semuanya menurut sektor' }).click();
    await expect(page.getByRole('navigation', { name: 'Saring menurut sektor' })).toBeInViewport();
  }
  // Links to their former later pages land on them (netlify.toml, served as Netlify would).
  for (const [old, landing] of [
    ['/direktori/halaman/2/', '/direktori/'],
    ['/etalase/halaman/3/', '/etalase/'],
    ['/en/direktori/halaman/2/', '/en/direktori/'],
    ['/en/etalase/halaman/2/', '/en/etalase/'],
  ] as const) {
    await page.goto(old);
    await expect(page).toHaveURL(landing);
  }
});

test('a business page has LocalBusiness JSON-LD with its address, contact and offers', async ({ page }) => {
  const seller = businesses.find((b) => b.id === 'kopi-mbah-sri-temanggung')!;
  await page.goto(`/direktori/${seller.id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kopi "Mbah Sri" & Roti Bakar ☕');
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as Record<
    string,
    unknown
  >;
  expect(ld['@type']).toBe('LocalBusiness');
  expect(ld['name']).toBe('Kopi "Mbah Sri" & Roti Bakar ☕');
  expect(ld['address']).toMatchObject({
    '@type': 'PostalAddress',
    addressRegion: 'Jawa Tengah',
    addressCountry: 'ID',
    addressLocality: 'Kab. Temanggung',
  });
  expect(ld['telephone']).toBe('+6281325771834');
  expect(ld['sameAs']).toContain('https://www.instagram.com/kopimbahsri/');
  expect((ld['makesOffer'] as unknown[])[0]).toMatchObject({
    '@type': 'Offer',
    priceCurrency: 'IDR',
    price: 65000,
    itemOffered: { '@type': 'Product', name: 'Kopi arabika Sindoro "petik merah", 200 g' },
  });
  // The map on the page marks its regency, drawn over the shared map of every tile.
  const locator = page.getByRole('img', { name: 'Kab. Temanggung, ditandai pada peta 35 kabupaten/kota Jawa Tengah' });
  await expect(locator).toBeVisible();
  await expect(page.getByRole('group', { name: /Peta jumlah usaha/ })).toHaveCount(0);
});

test('business pages share one map file per language, painted under their own tile', async ({ page, request }) => {
  for (const [path, file, place] of [
    ['/direktori/kopi-mbah-sri-temanggung/', '/direktori/peta/petak-id.svg', 'Kab.'],
    ['/en/direktori/agensi-iklan-tandang/', '/direktori/peta/petak-en.svg', 'Regency'],
  ] as const) {
    await page.goto(path);
    const use = page.locator('.regency-locator use');
    await expect(use).toHaveAttribute('href', `${file}#peta`);
    // A <use> whose file did not load paints nothing: its box is empty.
    await expect.poll(() => use.evaluate((el) => (el as SVGUseElement).getBBox().width)).toBeGreaterThan(900);
    const svg = await request.get(file);
    expect(svg.headers()['content-type']).toContain('image/svg+xml');
    const body = await svg.text();
    expect(body.match(/<g id="/g)).toHaveLength(REGENCIES.length);
    expect(body).toContain(place);
  }
});

test('the registration form refuses an empty name and a bad number with visible messages, without sending', async ({
  page,
}) => {
  const posts: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST') posts.push(request.url());
  });
  await page.goto('/direktori/daftar/');
  const form = page.locator('form[name="daftar-usaha"]');
  await expect(form).toHaveAttribute('data-netlify', 'true');
  await expect(form.locator('input[name="form-name"]')).toHaveValue('daftar-usaha');
  await page.getByLabel('WhatsApp (opsional)').fill('0812 2500 1234');
  await page.getByRole('button', { name: 'Kirim pengajuan' }).click();
  await expect(page.getByRole('alert')).toContainText('isian yang perlu diperbaiki');
  await expect(page.locator('#f-name-error')).toHaveText('Wajib diisi.');
  await expect(page.getByLabel('Nama usaha')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#f-whatsapp-error')).toHaveText(
    'Nomor harus dalam format internasional, mis. +6281234567890.',
  );
  await expect(page.locator('#f-sectors-error')).toHaveText('Pilih minimal satu.');
  await expect(page.getByLabel('Nama usaha')).toBeFocused();
  // Fixing the number clears its message on the next try.
  await page.getByLabel('WhatsApp (opsional)').fill('+6281225001234');
  await page.getByRole('button', { name: 'Kirim pengajuan' }).click();
  await expect(page.locator('#f-whatsapp-error')).toBeEmpty();
  expect(posts).toEqual([]);
});

test('open data CSV in the build is what the test reads back', () => {
  const csv = readFileSync('dist/direktori/data.csv', 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv.split('\r\n')[0]).toContain('slug,nama,sektor');
  expect(csv).toContain('"Kopi ""Mbah Sri"" & Roti Bakar ☕"');
});
