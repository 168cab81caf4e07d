import { expect, test } from './fixtures';
import { TEST_NOW } from '../../playwright.config';
import { entries, sessions, time } from './content';
import { PAGE_SIZE } from '../../src/lib/listing';

const now = time(TEST_NOW);

test('from the home page to an upcoming class, with its time in WIB', async ({ page }) => {
  const upcoming = sessions()
    .filter((c) => time(c.data['end']) > now)
    .sort((a, b) => time(a.data['start']) - time(b.data['start']));
  const next = upcoming[0]!;
  await page.goto('/');
  const section = page.getByRole('region', { name: 'Kelas terdekat' });
  await section.getByRole('link', { name: String(next.data['title']) }).click();
  await expect(page).toHaveURL(`/kelas/${next.id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(String(next.data['title']));
  const start = new Date(time(next.data['start']));
  const expectedDate = new Intl.DateTimeFormat('id-ID', {
    timeZone: 'Asia/Jakarta',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(start);
  const expectedTime = new Intl.DateTimeFormat('id-ID', {
    timeZone: 'Asia/Jakarta',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(start);
  await expect(page.getByRole('main')).toContainText(expectedDate);
  await expect(page.getByRole('main')).toContainText(`${expectedTime}–`);
  await expect(page.getByRole('main')).toContainText('WIB');
  await expect(page.getByRole('link', { name: 'Jadwal Kelas' }).first()).toBeVisible();
});

test('from the home page to a mentor and their success story', async ({ page }) => {
  await page.goto('/');
  const section = page.getByRole('region', { name: 'Belajar dari yang sudah berhasil' });
  const link = section.getByRole('article').first().getByRole('link');
  const name = (await link.textContent())!.trim();
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.getByRole('heading', { name: 'Kisah sukses' })).toBeVisible();
  await expect(page.getByRole('heading', { name: `Kelas bersama ${name}` })).toBeVisible();
});

test('from the home page through the directory to a business, its WhatsApp and products', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Jelajahi direktori' }).click();
  await expect(page).toHaveURL('/direktori/');
  const withWhatsapp = entries('businesses').filter((b) => (b.data['contact'] as Record<string, string>)['whatsapp']);
  const business = withWhatsapp[0]!;
  await page.goto(`/direktori/${business.id}/`);
  const whatsapp = (business.data['contact'] as Record<string, string>)['whatsapp']!;
  const contact = page.getByRole('region', { name: 'Hubungi', exact: true });
  await expect(contact.getByRole('link', { name: /WhatsApp/ })).toHaveAttribute(
    'href',
    new RegExp(`^https://wa\\.me/${whatsapp.slice(1)}\\?text=`),
  );
  const products = (business.data['products'] as { name: string; price?: number }[] | undefined) ?? [];
  for (const product of products) {
    const card = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: product.name, exact: true }) });
    const price =
      product.price === undefined ? 'Hubungi penjual' : `Rp${new Intl.NumberFormat('id-ID').format(product.price)}`;
    await expect(card).toContainText(price);
  }
});

test('browsing the directory by sector lists exactly the businesses of that sector', async ({ page }) => {
  const businesses = entries('businesses');
  const counts = new Map<string, number>();
  for (const b of businesses) for (const s of b.data['sectors'] as string[]) counts.set(s, (counts.get(s) ?? 0) + 1);
  const [sectorId, count] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  await page.goto('/direktori/');
  const facets = page.getByRole('navigation', { name: 'Jelajahi direktori' });
  const sectorLink = facets.locator(`a[href="/direktori/sektor/${sectorId}/"]`);
  await sectorLink.click();
  await expect(page).toHaveURL(`/direktori/sektor/${sectorId}/`);
  const expected = businesses
    .filter((b) => (b.data['sectors'] as string[]).includes(sectorId))
    .map((b) => String(b.data['name']));
  const shown = await page
    .getByRole('region', { name: 'Daftar usaha' })
    .getByRole('heading', { level: 3 })
    .allTextContents();
  if (count <= PAGE_SIZE) expect(shown.map((s) => s.trim()).sort()).toEqual(expected.sort());
  else expect(shown).toHaveLength(PAGE_SIZE);
});

test('browsing the directory by regency keeps Kab. and Kota apart', async ({ page }) => {
  const businesses = entries('businesses');
  for (const regency of ['kab-semarang', 'kota-semarang']) {
    await page.goto('/direktori/');
    const label = regency === 'kab-semarang' ? 'Kab. Semarang' : 'Kota Semarang';
    await page
      .getByRole('navigation', { name: 'Jelajahi direktori' })
      .getByRole('link', { name: label, exact: true })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(label);
    const expected = businesses.filter((b) => b.data['regency'] === regency).map((b) => String(b.data['name']));
    const shown = await page
      .getByRole('region', { name: 'Daftar usaha' })
      .getByRole('heading', { level: 3 })
      .allTextContents();
    expect(shown.map((s) => s.trim()).sort()).toEqual(expected.sort());
  }
});

test('the schedule groups upcoming classes by week and links to the archive', async ({ page }) => {
  await page.goto('/kelas/');
  await expect(page.getByRole('heading', { level: 2, name: /Pekan ini/ })).toBeVisible();
  const upcoming = sessions().filter((c) => time(c.data['end']) > now);
  const cards = page.getByRole('main').getByRole('article');
  await expect(cards).toHaveCount(upcoming.length);
  await page.getByRole('link', { name: /Kelas yang sudah berlangsung/ }).click();
  await expect(page).toHaveURL('/kelas/arsip/');
  const past = sessions().filter((c) => time(c.data['end']) <= now);
  await expect(page.getByRole('main').getByRole('article')).toHaveCount(Math.min(past.length, PAGE_SIZE));
});

test('a cancelled class is marked and offers no registration', async ({ page }) => {
  const cancelled = sessions().find((c) => c.data['status'] === 'dibatalkan');
  expect(cancelled, 'the sample content includes a cancelled class').toBeTruthy();
  await page.goto(`/kelas/${cancelled!.id}/`);
  await expect(page.getByRole('main')).toContainText('Dibatalkan');
  await expect(page.getByRole('main')).toContainText(String(cancelled!.data['statusNote']));
  await expect(page.getByRole('link', { name: /^Daftar/ })).toHaveCount(0);
});

test('programmes are grouped by pillar and list their classes', async ({ page }) => {
  await page.goto('/program/');
  for (const pillar of ['Srawung', 'Mbangun', 'Melesat']) {
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${pillar}`) })).toBeVisible();
  }
  const programme = entries('programmes').find((p) => sessions().some((c) => c.data['programme'] === p.id))!;
  await page
    .getByRole('link', { name: String(programme.data['title']) })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 2, name: 'Kelas dalam program ini' })).toBeVisible();
});
