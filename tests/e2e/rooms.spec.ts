/**
 * Using the space: a room's page shows when it is taken (sessions linked, bookings only
 * "Terpakai"), and its booking form refuses a taken time in the browser, offering the nearest
 * free ones, while a free time is posted to Netlify Forms with the fields the editors' guide
 * names. Pages are built at TEST_NOW (Friday 27 November 2026, 10.00 WIB), the clock too.
 */
import AxeBuilder from '@axe-core/playwright';
import { AXE_OPTIONS } from './axe';
import { entries, records, sessions } from './content';
import { expect, test, type Page } from './fixtures';

const STUDIO = '/ruang/studio-foto/';
const THANKS = '/ruang/pesan/terima-kasih/';

/** A session held in the studio within the eight weeks shown, read from the content. */
const workshop = sessions().find((s) => s.id === '2026-12-05-workshop-foto-katalog-marketplace');
const booking = records('bookings').find((b) => b.id === 'foto-katalog-keripik');

test.beforeAll(() => {
  if (workshop?.data['room'] !== 'studio-foto' || booking?.data['room'] !== 'studio-foto')
    throw new Error('The studio session or booking these tests read has moved: pick others for the test.');
});

const form = (page: Page) => page.locator('form[name="pesan-ruang"]');

async function fillRequest(page: Page, date: string, start: string, end: string) {
  const f = form(page);
  await f.getByLabel('Tanggal').fill(date);
  await f.getByLabel('Jam mulai (WIB)').fill(start);
  await f.getByLabel('Jam selesai (WIB)').fill(end);
  await f.getByLabel('Jumlah peserta').fill('4');
  await f.getByLabel('Nama pemesan').fill('Sri Wahyuni');
  await f.getByLabel('Nomor WhatsApp', { exact: true }).fill('0812 2600 1111');
  await f.getByLabel('Nama usaha atau organisasi').fill('Keripik Mbok Darmi');
  await f.getByLabel('Keperluan').fill('Memotret katalog keripik untuk lapak daring.');
  await f.getByRole('checkbox').check();
}

/** The form post that reaches Netlify (here the static server, which answers with the thank-you page). */
function capturePost(page: Page): Promise<URLSearchParams> {
  return new Promise((resolve) => {
    void page.route(`**${THANKS}`, async (route) => {
      if (route.request().method() === 'POST') resolve(new URLSearchParams(route.request().postData() ?? ''));
      await route.continue();
    });
  });
}

test('a room page shows its facts, hours and the coming weeks taken, without who booked', async ({ page }) => {
  await page.goto(STUDIO);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Studio Foto');
  await expect(page.getByText('25 orang')).toBeVisible();
  await expect(page.getByText('Lampu studio')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Foto dan denah' }).getByRole('img')).toHaveAttribute(
    'alt',
    /^Denah Studio Foto: meja foto/,
  );
  await expect(page.getByRole('complementary').getByRole('table')).toContainText('09.00–11.30, 13.00–17.00');
  const taken = page.getByRole('region', { name: 'Jadwal terpakai delapan pekan ke depan' });
  const saturday = taken
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Sabtu, 5 Desember 2026' }) });
  await expect(saturday).toContainText('09.00–13.00 WIB Terpakai');
  await expect(saturday.getByRole('link', { name: String(workshop!.data['title']) })).toHaveAttribute(
    'href',
    `/kelas/${workshop!.id}/`,
  );
  const friday = taken
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Jumat, 11 Desember 2026' }) });
  await expect(friday).toContainText('13.00–15.00 WIB Terpakai');
  await expect(friday.getByRole('link')).toHaveCount(0);
  // The booking's title and note are for editors only.
  const text = (await page.locator('body').textContent()) ?? '';
  expect(text).not.toContain(String(booking!.data['title']));
  expect(text).not.toContain(String(booking!.data['note']));
  // The session's page links back to the room.
  await page.goto(`/kelas/${workshop!.id}/`);
  await expect(page.getByRole('link', { name: 'Studio Foto' })).toHaveAttribute('href', STUDIO);
});

test('a request for a taken time is refused with the nearest free times, and the page stays', async ({ page }) => {
  await page.goto(STUDIO);
  await fillRequest(page, '2026-12-05', '10:00', '11:00');
  await form(page).getByRole('button', { name: 'Kirim permintaan' }).click();
  const answer = form(page).getByRole('status');
  await expect(answer).toContainText('Jam itu sudah terpakai.');
  await expect(page).toHaveURL(STUDIO);
  const offers = answer.getByRole('button');
  await expect(offers).toHaveCount(3);
  const results = await new AxeBuilder({ page }).include('form[name="pesan-ruang"]').options(AXE_OPTIONS).analyze();
  expect(results.violations).toEqual([]);

  // Picking one puts it in the form; it is free, so the request goes out.
  await offers.first().click();
  const [date, start, end] = await Promise.all(
    ['Tanggal', 'Jam mulai (WIB)', 'Jam selesai (WIB)'].map((label) => form(page).getByLabel(label).inputValue()),
  );
  expect(end! > start!).toBe(true);
  const posted = capturePost(page);
  await form(page).getByRole('button', { name: 'Kirim permintaan' }).click();
  expect((await posted).get('tanggal')).toBe(date);
  await expect(page).toHaveURL(THANKS);
});

test.describe('other requests the room cannot take', () => {
  for (const [what, date, start, end, message] of [
    ['tomorrow, inside the two days of notice', '2026-11-28', '09:00', '10:00', 'paling lambat 2 hari sebelumnya'],
    ['on a Sunday, when the studio is closed', '2026-12-06', '09:00', '10:00', 'di luar jam pakai'],
    ['in the past', '2026-11-20', '09:00', '10:00', 'sudah lewat'],
  ] as const)
    test(`refuses a request ${what}`, async ({ page }) => {
      await page.goto(STUDIO);
      await fillRequest(page, date, start, end);
      await form(page).getByRole('button', { name: 'Kirim permintaan' }).click();
      await expect(form(page).getByRole('status')).toContainText(message);
      await expect(page).toHaveURL(STUDIO);
    });
});

test('a free time is posted to Netlify Forms with the fields the editors read', async ({ page }) => {
  await page.goto(STUDIO);
  await fillRequest(page, '2026-12-04', '13:00', '15:00');
  const posted = capturePost(page);
  await form(page).getByRole('button', { name: 'Kirim permintaan' }).click();
  const fields = await posted;
  expect(Object.fromEntries(fields)).toMatchObject({
    'form-name': 'pesan-ruang',
    ruang: 'studio-foto',
    tanggal: '2026-12-04',
    mulai: '13:00',
    selesai: '15:00',
    peserta: '4',
    nama: 'Sri Wahyuni',
    whatsapp: '0812 2600 1111',
    usaha: 'Keripik Mbok Darmi',
    keperluan: 'Memotret katalog keripik untuk lapak daring.',
    persetujuan: 'ya',
    'situs-web': '',
  });
  await expect(page).toHaveURL(THANKS);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Permintaan pemesanan terkirim');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the form still posts, even a taken time, for the editors to check', async ({ page }) => {
    await page.goto(STUDIO);
    await fillRequest(page, '2026-12-05', '10:00', '11:00');
    const posted = capturePost(page);
    await form(page).getByRole('button', { name: 'Kirim permintaan' }).click();
    expect((await posted).get('ruang')).toBe('studio-foto');
    await expect(page).toHaveURL(THANKS);
  });
});

test('the rooms are listed from the menu, the home page and the about page', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('main').getByRole('link', { name: 'Lihat ruang dan ajukan pemesanan' }).click();
  await expect(page).toHaveURL('/ruang/');
  await expect(page.getByRole('heading', { level: 3 })).toHaveCount(entries('rooms').length);
  await page.goto('/tentang/');
  await expect(page.getByRole('main').getByRole('link', { name: 'Lihat ruang dan ajukan pemesanan' })).toHaveAttribute(
    'href',
    '/ruang/',
  );
  await expect(
    page.getByRole('navigation', { name: 'Utama' }).getByRole('link', { name: 'Ruang', includeHidden: true }),
  ).toHaveAttribute('href', '/ruang/');
});
