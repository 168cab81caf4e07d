/** Add-to-calendar on class pages and the subscribable feed, read back with ical.js. */
import { expect, test } from './fixtures';
import ICAL from 'ical.js';
import { TEST_NOW } from '../../playwright.config';
import { sessions, time } from './content';

const now = time(TEST_NOW);
/** `YYYY-MM` of a session in WIB. */
const wibMonth = (value: unknown) => new Date(time(value) + 7 * 3_600_000).toISOString().slice(0, 7);
const events = (ics: string) =>
  new ICAL.Component(ICAL.parse(ics) as unknown[]).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

test('a class page offers an .ics whose event matches the page, and a Google Calendar link', async ({
  page,
  request,
}) => {
  const session = sessions()
    .filter((c) => time(c.data['start']) > now && (c.data['status'] ?? 'terjadwal') === 'terjadwal')
    .sort((a, b) => time(a.data['start']) - time(b.data['start']))[0]!;
  await page.goto(`/kelas/${session.id}/`);
  const section = page.getByRole('region', { name: 'Tambahkan ke kalender' });
  const ics = await request.get((await section.getByRole('link', { name: 'Unduh .ics' }).getAttribute('href'))!);
  expect(ics.headers()['content-type']).toContain('text/calendar');
  const [event] = events(await ics.text());
  expect(event!.summary).toBe(String(session.data['title']));
  expect(event!.startDate.toJSDate().getTime()).toBe(time(session.data['start']));
  expect(event!.endDate.toJSDate().getTime()).toBe(time(session.data['end']));
  expect(event!.uid).toBe(`${session.id}@heterospace`);
  const google = new URL((await section.getByRole('link', { name: 'Google Kalender' }).getAttribute('href'))!);
  expect(google.hostname).toBe('calendar.google.com');
  expect(google.searchParams.get('text')).toBe(String(session.data['title']));
});

test('the calendar feed lists every current and upcoming session, cancelled ones marked', async ({ request }) => {
  const feed = events(await (await request.get('/kalender.ics')).text());
  const upcoming = sessions().filter((c) => time(c.data['end']) > now);
  expect(feed.map((e) => e.uid).sort()).toEqual(upcoming.map((c) => `${c.id}@heterospace`).sort());
  const cancelled = upcoming.find((c) => c.data['status'] === 'dibatalkan')!;
  const event = feed.find((e) => e.uid === `${cancelled.id}@heterospace`)!;
  expect(event.component.getFirstPropertyValue('status')).toBe('CANCELLED');
});

test('a class page carries Event JSON-LD with WIB times', async ({ page }) => {
  const session = sessions().find((c) => time(c.data['start']) > now)!;
  await page.goto(`/kelas/${session.id}/`);
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as Record<
    string,
    string
  >;
  expect(ld['@type']).toBe('Event');
  expect(ld['startDate']).toMatch(/\+07:00$/);
  expect(new Date(ld['startDate']!).getTime()).toBe(time(session.data['start']));
});

test('the month calendar is a grid of days with each session linked, and moves between months', async ({ page }) => {
  await page.goto('/kelas/');
  await page.getByRole('link', { name: 'kalender bulanan' }).click();
  await expect(page).toHaveURL('/kelas/kalender/2026/11/');
  const grid = page.getByRole('table');
  await expect(grid.getByRole('columnheader')).toHaveCount(7);
  await expect(grid.getByRole('columnheader').first()).toHaveText('Sen');
  const november = sessions().filter((c) => wibMonth(c.data['start']) === '2026-11');
  await expect(grid.getByRole('link')).toHaveCount(november.length);
  await page.getByRole('link', { name: /Desember 2026 →/ }).click();
  await expect(page).toHaveURL('/kelas/kalender/2026/12/');
  const december = sessions().filter((c) => wibMonth(c.data['start']) === '2026-12');
  await expect(page.getByRole('table').getByRole('link')).toHaveCount(december.length);
});

test('at view time, a session that ended since the build leaves the upcoming list and closes registration', async ({
  page,
}) => {
  const upcoming = sessions()
    .filter((c) => time(c.data['end']) > now)
    .sort((a, b) => time(a.data['start']) - time(b.data['start']));
  const first = upcoming[0]!;
  const open = upcoming.find((c) => (c.data['status'] ?? 'terjadwal') === 'terjadwal' && c.data['registration'])!;
  // Without moving the clock, the built page is current.
  await page.clock.setFixedTime(new Date(now));
  await page.goto('/kelas/');
  await expect(page.getByRole('link', { name: String(first.data['title']), exact: true })).toBeVisible();
  // An hour after the first session ends, it is gone from the list without a rebuild.
  await page.clock.setFixedTime(new Date(time(first.data['end']) + 3_600_000));
  await page.goto('/kelas/');
  await expect(page.getByRole('link', { name: String(first.data['title']), exact: true })).toBeHidden();
  await expect(page.getByRole('main').getByRole('article').first()).toBeVisible();
  // On a class page, registration closes once the session has started.
  await page.clock.setFixedTime(new Date(time(open.data['start']) + 60_000));
  await page.goto(`/kelas/${open.id}/`);
  await expect(page.getByText('Pendaftaran sudah ditutup: kelas ini sudah dimulai atau selesai.')).toBeVisible();
  await expect(page.getByRole('link', { name: /^Daftar/ })).toBeHidden();
});
