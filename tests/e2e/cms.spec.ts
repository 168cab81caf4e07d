/**
 * Editors in Decap CMS at /admin/ against the local backend (decap-server on a copy of
 * content/ in .cache/cms-repo, see scripts/cms-repo.mjs). The browser runs in
 * America/Los_Angeles: a time typed as 09.00 must still be 09.00 WIB on the site.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from './fixtures';
import { load } from 'js-yaml';
import { TEST_NOW } from '../../playwright.config';
import { instantsWithoutOffset } from '../../src/lib/instants';
import { bookings, classes, contentSchema, plainContext, businesses, timetables } from '../../src/schema';
import { missingTranslations, translationSchema } from '../../src/schema/fields';
import { useLabels } from '../../src/lib/labels';
import { regency } from '../../src/taxonomy';
import { entries, translations, type Entry } from './content';
import { CMS_REPO, resetCmsRepo } from '../../scripts/cms-repo.mjs';

const REPO = CMS_REPO;
const repoFile = (...parts: string[]) => join(REPO, 'content', ...parts);
/** A business's file: businesses are filed, and edited, per regency. */
const businessFile = (business: Entry, locale = 'id') =>
  repoFile('businesses', String(business.data['regency']), locale, `${business.id}.md`);
/** A business's page in the CMS, in its regency's collection. */
const businessHash = (business: Entry) =>
  `/collections/businesses-${String(business.data['regency'])}/entries/${business.id}`;
const frontmatter = (text: string) => load(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, unknown>;
/** The frontmatter of a file decap-server may be writing at this moment (undefined until complete). */
function settled(path: string): Record<string, unknown> | undefined {
  const match = /^---\n([\s\S]*?)\n---/.exec(readFileSync(path, 'utf8'));
  return match ? (load(match[1]!) as Record<string, unknown>) : undefined;
}

test.describe.configure({ mode: 'serial' });
// A retry reruns the whole serial group: it starts from the sample content again.
test.beforeAll(() => resetCmsRepo());

// Every editor flow also proves the /admin/ Content-Security-Policy lets Decap work.
let cspViolations: string[] = [];
test.beforeEach(({ page }) => {
  cspViolations = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
      cspViolations.push(message.text().slice(0, 200));
  });
});
test.afterEach(() => {
  expect(cspViolations).toEqual([]);
});

/**
 * Opens the CMS at `hash`. Beside the form Decap shows, by default, the entry's other language
 * (`i18n`); the tests that edit one language show the preview there instead (`preview`).
 */
async function openCms(page: Page, hash: string, pane: 'preview' | 'i18n' = 'preview') {
  await page.addInitScript((shown) => localStorage.setItem('cms.right-pane', shown), pane);
  await page.goto('/admin/');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByRole('link', { name: 'Kelas & Seminar' })).toBeVisible();
  await page.goto(`/admin/#${hash}`);
}

/** Picks an option in a Decap select or relation field (react-select) by typing part of it. */
async function choose(page: Page, fieldId: string, text: string, option: string | RegExp = text) {
  const input = page.locator(`[id^="${fieldId}-field"]`);
  await input.click();
  await input.fill(text);
  await page.getByRole('option', { name: option }).first().click();
}

async function fillWib(page: Page, field: 'start' | 'end', date: string, time: string) {
  await page.locator(`input[id^="${field}-field"]`).fill(date);
  await page.locator(`input[id^="${field}-field"]`).locator('xpath=following-sibling::input[@type="time"]').fill(time);
}

async function publish(page: Page) {
  await page.getByRole('button', { name: 'Terbitkan', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Terbitkan sekarang' }).click();
}

/** Builds the site from the edited copy, as a publish would; returns the output folder. */
function buildSite(): string {
  const outDir = resolve('.cache/cms-dist');
  const build = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    env: { ...process.env, CONTENT_DIR: join(REPO, 'content'), SITE_NOW: TEST_NOW, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    timeout: 180_000,
  });
  expect(build.status, build.stderr).toBe(0);
  return outDir;
}

function newFiles(folder: string, before: string[]) {
  return readdirSync(repoFile(folder, 'id')).filter((file) => !before.includes(file));
}

test('an editor adds a class with programme, mentor, WIB time and fee, and the built site shows it', async ({
  page,
}) => {
  // It builds the whole site from the edited content (about 25 s alone, more beside the other
  // workers on two cores): allow the build its own timeout below, plus the editing.
  test.setTimeout(240_000);
  const programme = entries('programmes')[0]!;
  const mentor = entries('mentors')[0]!;
  const before = readdirSync(repoFile('classes', 'id'));

  await openCms(page, '/collections/classes/new');
  await page.locator('[id^="title-field"]').fill('Kelas Uji Editor: Membuat Katalog Digital');
  await choose(page, 'programme', String(programme.data['title']).slice(0, 12), String(programme.data['title']));
  await fillWib(page, 'start', '2026-12-19', '09:00');
  await fillWib(page, 'end', '2026-12-19', '11:30');
  await choose(page, 'mentors', String(mentor.data['name']).split(' ')[0]!, String(mentor.data['name']));
  await choose(page, 'room', 'Kelas', 'Ruang Kelas Mbangun');
  await page.locator('[id^="fee-field"]').fill('35000');
  // The preview uses the site's formatting: WIB times in id-ID, Rupiah.
  const preview = page.frameLocator('#preview-pane');
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText('Kelas Uji Editor: Membuat Katalog Digital');
  await expect(preview.getByText('Sabtu, 19 Desember 2026')).toBeVisible();
  await expect(preview.getByText('09.00–11.30 WIB')).toBeVisible();
  await expect(preview.getByText('Rp35.000')).toBeVisible();
  await publish(page);

  await expect.poll(() => newFiles('classes', before), { timeout: 15_000 }).toHaveLength(1);
  const [file] = newFiles('classes', before);
  expect(file).toBe('kelas-uji-editor-membuat-katalog-digital.md');
  await expect.poll(() => settled(repoFile('classes', 'id', file!)), { timeout: 15_000 }).toBeTruthy();
  const text = readFileSync(repoFile('classes', 'id', file!), 'utf8');
  expect(text).toContain('2026-12-19T09:00:00+07:00');
  expect(text).toContain('2026-12-19T11:30:00+07:00');
  expect(text).not.toContain('pemeriksaan');
  expect(instantsWithoutOffset(text, ['start', 'end'])).toEqual([]);
  const parsed = contentSchema(classes, plainContext).safeParse(frontmatter(text));
  expect(parsed.error?.issues ?? []).toEqual([]);
  expect(parsed.data?.programme.id).toBe(programme.id);
  expect(parsed.data?.mentors.map((m) => m.id)).toEqual([mentor.id]);
  expect(parsed.data?.fee).toBe(35000);
  expect(parsed.data?.room?.id).toBe('ruang-kelas-mbangun');

  // Build the site from the edited copy and read the class page.
  const outDir = buildSite();
  const slug = file!.replace(/\.md$/, '');
  await page.goto(`file://${join(outDir, 'kelas', slug, 'index.html')}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kelas Uji Editor: Membuat Katalog Digital');
  await expect(page.getByRole('main')).toContainText('Sabtu, 19 Desember 2026');
  await expect(page.getByRole('main')).toContainText('09.00–11.30 WIB');
  await expect(page.getByRole('main')).toContainText('Rp35.000');
  await expect(page.getByRole('main')).toContainText(String(mentor.data['name']));
  await expect(page.getByRole('main').getByRole('link', { name: 'Ruang Kelas Mbangun' })).toBeVisible();
});

test('an editor records a confirmed booking, kept in one language and shown as taken on the room page', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const folder = repoFile('bookings');
  const before = readdirSync(folder);
  await openCms(page, '/collections/bookings/new');
  await page.locator('[id^="title-field"]').fill('Rapat paguyuban perajin gerabah');
  await choose(page, 'room', 'Srawung', 'Ruang Srawung');
  await fillWib(page, 'start', '2026-12-18', '13:00');
  await fillWib(page, 'end', '2026-12-18', '15:00');
  await page.locator('[id^="note-field"]').fill('Paguyuban gerabah Klaten, 30 orang.');
  await publish(page);

  const file = 'rapat-paguyuban-perajin-gerabah.md';
  await expect.poll(() => readdirSync(folder).filter((f) => !before.includes(f)), { timeout: 15_000 }).toEqual([file]);
  await expect.poll(() => settled(join(folder, file)), { timeout: 15_000 }).toBeTruthy();
  // No translation is written for it: bookings have none.
  expect(existsSync(repoFile('bookings', 'en'))).toBe(false);
  const parsed = contentSchema(bookings, plainContext).safeParse(frontmatter(readFileSync(join(folder, file), 'utf8')));
  expect(parsed.error?.issues ?? []).toEqual([]);
  expect(parsed.data?.status).toBe('terkonfirmasi');
  expect(parsed.data?.start.toISOString()).toBe('2026-12-18T06:00:00.000Z');

  const outDir = buildSite();
  await page.goto(`file://${join(outDir, 'ruang', 'ruang-srawung', 'index.html')}`);
  const day = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Jumat, 18 Desember 2026' }) });
  await expect(day).toContainText('13.00–15.00 WIB Terpakai');
  await expect(page.locator('body')).not.toContainText('paguyuban');
});

test('editing one field of a business keeps every other field as it was', async ({ page }) => {
  const business = entries('businesses').find(
    (b) => ((b.data['products'] as unknown[]) ?? []).length > 1 && b.data['marketplaces'],
  )!;
  const path = businessFile(business);
  const before = frontmatter(readFileSync(path, 'utf8'));

  await openCms(page, businessHash(business));
  const summary = page.locator('[id^="summary-field"]');
  await expect(summary).toHaveValue(String(before['summary']));
  await summary.fill('Ringkasan baru dari editor: produk unggulan dan cara memesan kini lebih jelas.');
  await publish(page);

  await expect
    .poll(() => settled(path)?.['summary'], { timeout: 15_000 })
    .toBe('Ringkasan baru dari editor: produk unggulan dan cara memesan kini lebih jelas.');
  const after = frontmatter(readFileSync(path, 'utf8'));
  expect({ ...after, summary: before['summary'] }).toEqual(before);
  expect(Object.keys(after)).toEqual(Object.keys(before));
  expect(contentSchema(businesses, plainContext).safeParse(after).success).toBe(true);
});

test('a bad WhatsApp number and an end before the start are refused with a visible message', async ({ page }) => {
  const business = entries('businesses').find((b) => (b.data['contact'] as Record<string, string>)['whatsapp'])!;
  const path = businessFile(business);
  const original = readFileSync(path, 'utf8');

  await openCms(page, businessHash(business));
  const whatsapp = page.locator('[id^="whatsapp-field"]');
  await whatsapp.fill('0812-2500-1234');
  await publish(page);
  await expect(page.getByText('Nomor harus dalam format internasional, mis. +6281234567890.').first()).toBeVisible();
  expect(readFileSync(path, 'utf8')).toBe(original);

  const before = readdirSync(repoFile('classes', 'id'));
  // Leaving the refused, unsaved business: Decap asks whether to discard the changes.
  page.once('dialog', (dialog) => dialog.accept());
  await page.goto('/admin/#/collections/classes/new');
  await page.locator('[id^="title-field"]').fill('Kelas dengan Jam Terbalik');
  const programme = entries('programmes')[0]!;
  await choose(page, 'programme', String(programme.data['title']).slice(0, 12), String(programme.data['title']));
  await fillWib(page, 'start', '2026-12-20', '13:00');
  await fillWib(page, 'end', '2026-12-20', '10:00');
  await publish(page);
  await expect(page.getByText('Waktu selesai harus setelah waktu mulai.').first()).toBeVisible();
  expect(newFiles('classes', before)).toEqual([]);
});

test('an editor sets up a weekly timetable with a holiday; an exception on no session is refused', async ({ page }) => {
  const programme = entries('programmes')[0]!;
  const before = readdirSync(repoFile('timetables', 'id'));

  await openCms(page, '/collections/timetables/new');
  await page.locator('[id^="title-field"]').fill('Kelas Uji Mingguan');
  await choose(page, 'programme', String(programme.data['title']).slice(0, 12), String(programme.data['title']));
  await choose(page, 'weekdays', 'Sabtu');
  await page.locator('[id^="startTime-field"]').fill('08:00');
  await page.locator('[id^="endTime-field"]').fill('09:30');
  await page.locator('input[id^="firstDate-field"]').fill('2027-01-02');
  await page.locator('input[id^="lastDate-field"]').fill('2027-01-30');
  await page.locator('[id^="venue-field"]').fill('Ruang Uji Editor');
  // "Diumumkan pada" starts as today: nothing to fill in.
  await expect(page.locator('input[id^="announced-field"]')).not.toHaveValue('');
  await page.getByRole('button', { name: 'Tambah Libur (tanpa sesi)' }).click();
  // A Friday: not a session day, so it removes no session.
  await page.locator('input[id^="date-field"]').first().fill('2027-01-15');
  await publish(page);
  await expect(page.getByText(/Jumat, 15 Januari 2027 bukan hari sesi/).first()).toBeVisible();
  expect(newFiles('timetables', before)).toEqual([]);

  await page.locator('input[id^="date-field"]').first().fill('2027-01-16');
  // The preview lists the sessions the site will make: five Saturdays minus the holiday.
  const preview = page.frameLocator('#preview-pane');
  await expect(preview.getByRole('heading', { name: '4 sesi' })).toBeVisible();
  await expect(preview.getByText('Sabtu, 2 Januari 2027, 08.00–09.30 WIB')).toBeVisible();
  await expect(page.getByText('Semua isian sesuai aturan situs.')).toBeVisible();
  await publish(page);

  await expect.poll(() => newFiles('timetables', before), { timeout: 15_000 }).toHaveLength(1);
  const [file] = newFiles('timetables', before);
  await expect.poll(() => settled(repoFile('timetables', 'id', file!)), { timeout: 15_000 }).toBeTruthy();
  const data = frontmatter(readFileSync(repoFile('timetables', 'id', file!), 'utf8'));
  const parsed = contentSchema(timetables, plainContext).safeParse(data);
  expect(parsed.error?.issues ?? []).toEqual([]);
  expect(parsed.data).toMatchObject({
    weekdays: ['sabtu'],
    startTime: '08:00',
    endTime: '09:30',
    firstDate: '2027-01-02',
    lastDate: '2027-01-30',
    exceptions: [{ date: '2027-01-16' }],
  });
  expect(parsed.data!.announced).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});

test("an editor adds a business in its regency's collection: filed in that regency, named with its place", async ({
  page,
}) => {
  const folder = repoFile('businesses', 'kab-klaten', 'id');
  const before = readdirSync(folder);
  // The sidebar lists one collection per regency, after the other collections.
  await openCms(page, '/collections/businesses-kab-klaten');
  await expect(page.getByRole('link', { name: 'Usaha · Kab. Klaten' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Usaha · Kota Semarang' })).toBeVisible();
  // Only Klaten's businesses are listed there.
  const klaten = entries('businesses').filter((b) => b.data['regency'] === 'kab-klaten');
  const listed = page.locator('a[href*="/collections/businesses-kab-klaten/entries/"]');
  await expect(listed).toHaveCount(klaten.length);

  await page.goto('/admin/#/collections/businesses-kab-klaten/new');
  await page.locator('[id^="name-field"]').fill('Anyaman Bambu Uji Editor');
  await choose(page, 'sectors', 'Kriya');
  await choose(page, 'scale', 'Mikro');
  await page.locator('[id^="address-field"]').fill('Jl. Pandanan No. 3, Wedi, Kab. Klaten');
  await page.locator('[id^="founded-field"]').fill('2019');
  await page
    .locator('[id^="summary-field"]')
    .fill('Perajin anyaman bambu untuk wadah hantaran dan kemasan produk UMKM di Klaten.');
  await page.locator('[id^="whatsapp-field"]').fill('+6281225001234');
  await publish(page);

  await expect
    .poll(() => readdirSync(folder).filter((f) => !before.includes(f)), { timeout: 15_000 })
    .toEqual(['anyaman-bambu-uji-editor-klaten.md']);
  const path = join(folder, 'anyaman-bambu-uji-editor-klaten.md');
  await expect.poll(() => settled(path)?.['regency'], { timeout: 15_000 }).toBe('kab-klaten');
  const parsed = contentSchema(businesses, plainContext).safeParse(frontmatter(readFileSync(path, 'utf8')));
  expect(parsed.error?.issues ?? []).toEqual([]);
  expect(parsed.data?.name).toBe('Anyaman Bambu Uji Editor');
});

test("a mentor's business is chosen by regency, from that regency's collection only", async ({ page }) => {
  const mentor = entries('mentors').find((m) => m.data['business'] && m.data['regency'] === 'kota-semarang')!;
  const path = repoFile('mentors', 'id', `${mentor.id}.md`);
  const semarang = entries('businesses').filter((b) => b.data['regency'] === 'kota-semarang');
  const gerabah = entries('businesses').find((b) => b.id === 'gerabah-melikan-putaran-miring')!;

  await openCms(page, `/collections/mentors/entries/${mentor.id}`);
  // It opens at the mentor's own regency, with the current business chosen among its businesses.
  const part = page.getByLabel('Wilayah usaha');
  const business = page.getByLabel('Usaha di direktori');
  await expect(part).toHaveValue('kota-semarang');
  await expect(page.getByText(`${semarang.length} usaha di Kota Semarang.`)).toBeVisible();
  await expect(business).toHaveValue(String(mentor.data['business']));
  await expect(business.locator('option')).toHaveCount(semarang.length + 1);

  await part.selectOption('kab-klaten');
  await expect(page.getByText(/\d+ usaha di Kab\. Klaten\./)).toBeVisible();
  // The chosen business stays chosen (and saved) until another is picked.
  await expect(business.locator('option', { hasText: 'terpilih, di wilayah lain' })).toHaveCount(1);
  await business.selectOption({ label: String(gerabah.data['name']) });
  await publish(page);
  await expect.poll(() => settled(path)?.['business'], { timeout: 15_000 }).toBe(gerabah.id);
});

test('an image uploaded in the CMS is stored in the repository and referenced so Astro can optimise it', async ({
  page,
}) => {
  const business = entries('businesses').find((b) => !b.data['logo'])!;
  const path = businessFile(business);
  const png = readFileSync('content/_media/gerabah-melikan-logo.png');

  await openCms(page, businessHash(business));
  // Products are a collapsed list, so the first image field on the form is the logo.
  await page.getByRole('button', { name: 'Pilih gambar' }).first().click();
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: 'logo-uji-editor.png', mimeType: 'image/png', buffer: png });
  await page.getByRole('button', { name: 'Gunakan yang dipilih' }).click();
  await publish(page);

  await expect.poll(() => settled(path)?.['logo'], { timeout: 15_000 }).toBe('../../../_media/logo-uji-editor.png');
  // decap-server writes the upload and the entry as separate files: the image may land second.
  const upload = repoFile('_media', 'logo-uji-editor.png');
  await expect.poll(() => existsSync(upload) && readFileSync(upload).equals(png), { timeout: 15_000 }).toBe(true);
  expect(contentSchema(businesses, plainContext).safeParse(frontmatter(readFileSync(path, 'utf8'))).success).toBe(true);
});

test('an editor translates a business into English: the translation is saved beside it and published on its English page', async ({
  page,
}) => {
  // Like the first test, it builds the whole site from the edited content.
  test.setTimeout(240_000);
  const translated = new Set(translations('businesses').map((t) => t.id));
  const business = entries('businesses').find(
    (b) => !translated.has(b.id) && String(b.data['regency']).startsWith('kab-'),
  )!;
  const source = businessFile(business);
  const target = businessFile(business, 'en');
  const original = readFileSync(source, 'utf8');
  expect(existsSync(target)).toBe(false);
  const summary = 'A workshop whose products are made to order and sent all over Java.';

  await openCms(page, businessHash(business));
  await expect(page.locator('[id^="summary-field"]')).toHaveValue(String(business.data['summary']));
  await page.getByRole('button', { name: 'Menulis dalam bahasa ID' }).click();
  await page.getByRole('menuitem', { name: 'en', exact: true }).click();
  // In English the form holds only the translated fields; the rest is the same in every language.
  await expect(page.locator('[id^="address-field"]')).toBeHidden();
  await page.locator('[id^="summary-field"]').fill(summary);
  const body = page.locator('[data-slate-editor="true"]');
  await body.click();
  await page.keyboard.type('The workshop was founded by a family of carpenters.');

  // The preview is the English page: English labels and names, the shared fields from Indonesian.
  const preview = page.frameLocator('#preview-pane');
  const { regencyName } = useLabels('en');
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(String(business.data['name']));
  await expect(preview.getByText(summary)).toBeVisible();
  await expect(preview.getByText(regencyName(String(business.data['regency'])))).toBeVisible();
  await expect(preview.getByRole('heading', { name: 'Profile' })).toBeVisible();
  await expect(preview.locator('article')).toHaveAttribute('lang', 'en');
  await publish(page);

  await expect.poll(() => existsSync(target) && settled(target)?.['summary'], { timeout: 15_000 }).toBe(summary);
  const text = readFileSync(target, 'utf8');
  expect(text).toContain('The workshop was founded by a family of carpenters.');
  const data = frontmatter(text);
  // Only translated fields are written again; the translation is complete, and the build's schema takes it.
  expect(Object.keys(data)).toEqual(['summary']);
  expect(missingTranslations(businesses.fields, data)).toEqual([]);
  expect(translationSchema(businesses.fields, plainContext).safeParse(data).success).toBe(true);
  // Decap writes every language's file on save: the Indonesian one in its own format, its content the same.
  const after = readFileSync(source, 'utf8');
  expect(frontmatter(after)).toEqual(frontmatter(original));
  expect(after.split('\n---\n')[1]).toBe(original.split('\n---\n')[1]);

  const outDir = buildSite();
  await page.goto(`file://${join(outDir, 'en', 'direktori', business.id, 'index.html')}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('main')).toContainText(summary);
  await expect(page.getByRole('main')).toContainText('The workshop was founded by a family of carpenters.');
});

test('an editor pastes a Google Maps link as the location and types the week; overlapping hours are refused', async ({
  page,
}) => {
  const business = entries('businesses').find((b) => !b.data['location'])!;
  const path = businessFile(business);
  const [lat, lng] = regency(String(business.data['regency'])).centre;
  const link = `https://www.google.com/maps/place/Toko/@${lat},${lng},17z/data=!3m1!4b1!4m6!3m5!8m2!3d${lat + 0.01}!4d${lng + 0.01}`;
  const point = `${(lat + 0.01).toFixed(5)}, ${(lng + 0.01).toFixed(5)}`;

  await openCms(page, businessHash(business));
  const location = page.locator('input[id^="location-field"]');
  await location.fill(link);
  // The widget keeps the pin's coordinates, in the form the site stores.
  await expect(location).toHaveValue(point);
  await expect(page.getByText(`Titik terbaca: ${point}`)).toBeVisible();
  await page.locator('[id^="senin-field"]').fill('08.00–12.00, 11.00–16.00');
  await page.locator('[id^="minggu-field"]').fill('tutup');
  await publish(page);
  await expect(page.getByText('Rentang jam tumpang tindih: 08.00–12.00 dan 11.00–16.00').first()).toBeVisible();

  // Cleared first: Decap's text control keeps the cursor where it was across a replaced value.
  await page.locator('[id^="senin-field"]').clear();
  await page.locator('[id^="senin-field"]').fill('08.00–12.00, 13.00–16.00');
  await expect(page.locator('[id^="senin-field"]')).toHaveValue('08.00–12.00, 13.00–16.00');
  await publish(page);
  await expect.poll(() => settled(path)?.['location'], { timeout: 15_000 }).toBe(point);
  const data = frontmatter(readFileSync(path, 'utf8'));
  expect(data['hours']).toMatchObject({ senin: '08.00–12.00, 13.00–16.00', minggu: 'tutup' });
  expect(contentSchema(businesses, plainContext).safeParse(data).error?.issues ?? []).toEqual([]);
});
