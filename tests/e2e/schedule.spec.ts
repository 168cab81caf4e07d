/**
 * Weekly timetables on the public site: week view, month grid, series page, a postponed
 * session, filters without JavaScript, and the RSS feed of newly announced classes.
 * Expectations come from content/ (see content.ts), not from the pages.
 */
import { expect, test } from './fixtures';
import { XMLParser } from 'fast-xml-parser';
import { TEST_NOW } from '../../playwright.config';
import { entries, sessions, time } from './content';

const now = time(TEST_NOW);
const HOUR = 3_600_000;
/** `YYYY-MM-DD` in WIB. */
const wibDay = (value: unknown) => new Date(time(value) + 7 * HOUR).toISOString().slice(0, 10);
/** The Monday (WIB) of the week a session falls in: the id of its week section on /kelas/. */
function mondayOf(value: unknown): string {
  const day = new Date(`${wibDay(value)}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
}

const timetable = entries('timetables').find(
  (t) =>
    ((t.data['exceptions'] as unknown[]) ?? []).length > 0 &&
    sessions().some((s) => s.data['series'] === t.id && time(s.data['end']) > now),
)!;
const ofSeries = sessions().filter((s) => s.data['series'] === timetable.id);

test('the week view lists each upcoming session of a timetable under its week', async ({ page }) => {
  await page.goto('/kelas/');
  const upcoming = ofSeries.filter((s) => time(s.data['end']) > now);
  expect(upcoming.length).toBeGreaterThan(1);
  for (const session of upcoming) {
    const week = page.locator(`section[aria-labelledby="pekan-${mondayOf(session.data['start'])}"]`);
    await expect(week.getByRole('link', { name: String(session.data['title']), exact: true })).toHaveAttribute(
      'href',
      `/kelas/${session.id}/`,
    );
  }
  // Exception days have no session of the series.
  for (const exception of timetable.data['exceptions'] as { date: string }[]) {
    await expect(page.locator(`a[href="/kelas/${timetable.id}-${exception.date}/"]`)).toHaveCount(0);
  }
});

test('the month grid puts each session of a timetable on its day, and none on its holidays', async ({ page }) => {
  const month = wibDay(ofSeries.at(-1)!.data['start']).slice(0, 7);
  await page.goto(`/kelas/kalender/${month.replace('-', '/')}/`);
  for (const session of ofSeries.filter((s) => wibDay(s.data['start']).startsWith(month))) {
    await expect(
      page
        .locator(`td[data-date="${wibDay(session.data['start'])}"]`)
        .getByRole('link', { name: new RegExp(String(session.data['title']).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }),
    ).toBeVisible();
  }
  for (const exception of (timetable.data['exceptions'] as { date: string }[]).filter((e) =>
    e.date.startsWith(month),
  )) {
    await expect(page.locator(`td[data-date="${exception.date}"] a[href^="/kelas/${timetable.id}-"]`)).toHaveCount(0);
  }
});

test('a series page says when it meets, lists its holidays and links every session', async ({ page }) => {
  await page.goto('/kelas/');
  await page
    .getByRole('region', { name: 'Kelas mingguan' })
    .getByRole('link', { name: String(timetable.data['title']) })
    .click();
  await expect(page).toHaveURL(`/kelas/seri/${timetable.id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(String(timetable.data['title']));
  await expect(page.locator('.page-header')).toContainText(/Setiap \p{L}+, \d\d\.\d\d–\d\d\.\d\d WIB/u);
  const holidays = page.getByRole('region', { name: 'Tidak ada sesi pada' });
  for (const exception of timetable.data['exceptions'] as { reason?: string }[])
    if (exception.reason) await expect(holidays).toContainText(exception.reason);
  for (const session of ofSeries) await expect(page.locator(`a[href="/kelas/${session.id}/"]`)).toHaveCount(1);
  const ics = await page.request.get(`/kelas/seri/${timetable.id}/kalender.ics`);
  expect((await ics.text()).match(/BEGIN:VEVENT/g)).toHaveLength(ofSeries.length);
});

test('a session postponed to a known date shows the new date, keeps its page, and says so in JSON-LD', async ({
  page,
}) => {
  const moved = sessions().find((s) => s.data['rescheduledTo'])!;
  expect(moved, 'the sample content has a postponed session with a new date').toBeTruthy();
  await page.goto(`/kelas/${moved.id}/`);
  await expect(page.getByRole('main')).toContainText('Ditunda');
  await expect(page.getByRole('main')).toContainText(/Jadwal baru: Kamis, 7 Januari 2027, 15\.30–18\.00 WIB/);
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as Record<
    string,
    string
  >;
  expect(ld['eventStatus']).toBe('https://schema.org/EventRescheduled');
  expect(new Date(ld['startDate']!).getTime()).toBe(time(moved.data['rescheduledTo']));
  expect(new Date(ld['previousStartDate']!).getTime()).toBe(time(moved.data['start']));
});

test('a cancelled session of a timetable is struck and offers no registration', async ({ page }) => {
  const cancelled = sessions().find(
    (s) => s.data['series'] && s.data['status'] === 'dibatalkan' && time(s.data['end']) > now,
  )!;
  await page.goto(`/kelas/${cancelled.id}/`);
  await expect(page.getByRole('main')).toContainText(String(cancelled.data['statusNote']));
  await expect(page.getByRole('link', { name: /^Daftar/ })).toHaveCount(0);
  await page.goto('/kelas/');
  const card = page.getByRole('article').filter({ has: page.locator(`a[href="/kelas/${cancelled.id}/"]`) });
  await expect(card.locator('a')).toHaveCSS('text-decoration-line', 'line-through');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('filters the schedule by pillar, programme and sector with plain links', async ({ page }) => {
    const programmes = new Map(entries('programmes').map((p) => [p.id, p.data]));
    const upcoming = sessions().filter((s) => time(s.data['end']) > now);
    await page.goto('/kelas/');
    const filters = page.getByRole('navigation', { name: 'Saring jadwal' });

    await filters.getByRole('link', { name: /^Mbangun/ }).click();
    await expect(page).toHaveURL('/kelas/pilar/mbangun/');
    const mbangun = upcoming.filter((s) => programmes.get(String(s.data['programme']))!['pillar'] === 'mbangun');
    await expect(page.getByRole('main').getByRole('article')).toHaveCount(mbangun.length);
    await expect(filters.getByRole('link', { name: /^Mbangun/ })).toHaveAttribute('aria-current', 'page');

    await filters.getByText('Sektor', { exact: true }).click();
    await filters.getByRole('link', { name: /^Film, Animasi/ }).click();
    await expect(page).toHaveURL('/kelas/sektor/film-animasi-video/');
    const film = upcoming.filter((s) => {
      const own = (s.data['sectors'] as string[] | undefined) ?? [];
      return (own.length > 0 ? own : (programmes.get(String(s.data['programme']))!['sectors'] as string[])).includes(
        'film-animasi-video',
      );
    });
    await expect(page.getByRole('main').getByRole('article')).toHaveCount(film.length);

    const programme = entries('programmes').find((p) => upcoming.some((s) => s.data['programme'] === p.id))!;
    await filters.getByText('Program', { exact: true }).click();
    await filters.getByRole('link', { name: new RegExp(`^${String(programme.data['title'])}`) }).click();
    await expect(page).toHaveURL(`/kelas/program/${programme.id}/`);
    await expect(page.getByRole('main').getByRole('article')).toHaveCount(
      upcoming.filter((s) => s.data['programme'] === programme.id).length,
    );
  });
});

test('the RSS feed announces classes and series, newest announcement first, each link live', async ({
  page,
  request,
}) => {
  await page.goto('/kelas/');
  const href = await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href');
  const response = await request.get(href!);
  expect(response.headers()['content-type']).toContain('xml');
  const rss = new XMLParser().parse(await response.text()) as {
    rss: { channel: { language: string; item: { title: string; link: string; pubDate: string }[] } };
  };
  const { item: items, language } = rss.rss.channel;
  expect(language).toBe('id-ID');
  const announced = [...entries('classes'), ...entries('timetables')];
  expect(items).toHaveLength(Math.min(50, announced.length));
  const dates = items.map((i) => new Date(i.pubDate).getTime());
  expect(dates).toEqual([...dates].sort((a, b) => b - a));
  const newest = announced.sort((a, b) => String(b.data['announced']).localeCompare(String(a.data['announced'])))[0]!;
  expect(new Date(items[0]!.pubDate).getTime()).toBe(time(`${String(newest.data['announced'])}T00:00:00+07:00`));
  for (const item of items.slice(0, 5)) expect((await request.get(new URL(item.link).pathname)).status()).toBe(200);
  const series = items.find((i) => i.link.includes('/kelas/seri/'));
  expect(series, 'a weekly series is announced once, not per session').toBeTruthy();
});
