/**
 * The site between builds: pages are built at TEST_NOW, then visited a week, a month and a year
 * later with the browser clock moved there. What a visitor sees must still be true: sessions that
 * have ended are gone, registration is closed for started ones, week headings are named from the
 * visitor's today, and an emptied list says so. Expectations come from the content files.
 */
import { TEST_NOW } from '../../playwright.config';
import { endsAt, entries, sessions, time, type Entry } from './content';
import { expect, test } from './fixtures';

const DAY = 86_400_000;
const built = time(TEST_NOW);
const title = (entry: Entry) => String(entry.data['title']);

/** `YYYY-MM-DD` (WIB) of the Monday of the week an instant falls in. */
function mondayOf(instant: number): string {
  const wib = new Date(instant + 7 * 3_600_000);
  wib.setUTCDate(wib.getUTCDate() - ((wib.getUTCDay() + 6) % 7));
  return wib.toISOString().slice(0, 10);
}
const weeksBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / (7 * DAY));
/** A postponed session stays under the week it was first announced for, which can be a past week. */
function headingFor(weeks: number): string {
  if (weeks === 0) return 'Pekan ini';
  if (weeks === 1) return 'Pekan depan';
  if (weeks === -1) return 'Pekan lalu';
  return weeks > 0 ? `${weeks} pekan lagi` : `${-weeks} pekan lalu`;
}

// What the build listed: upcoming sessions soonest first, the schedule's eight weeks of them,
// and the home page's first four.
const upcomingAtBuild = sessions()
  .filter((s) => endsAt(s) > built)
  .sort((a, b) => time(a.data['start']) - time(b.data['start']));
const horizon = Date.parse(`${mondayOf(built)}T00:00:00+07:00`) + 8 * 7 * DAY;
const scheduled = upcomingAtBuild.filter((s) => time(s.data['start']) < horizon);
const onHome = upcomingAtBuild.slice(0, 4);

for (const [label, days] of [
  ['a week', 7],
  ['a month', 30],
  ['a year', 365],
] as const) {
  test.describe(`${label} after the build`, () => {
    const later = built + days * DAY;
    const stillOn = (list: Entry[]) => list.filter((s) => endsAt(s) > later);

    test.beforeEach(async ({ page }) => {
      await page.clock.setFixedTime(new Date(later));
    });

    test('the home page lists only the classes still to come, or says they are over', async ({ page }) => {
      await page.goto('/');
      const section = page.getByRole('region', { name: 'Kelas terdekat' });
      const left = stillOn(onHome);
      await expect(section.getByRole('article')).toHaveCount(left.length);
      if (left.length === 0) {
        await expect(section.getByText('Kelas-kelas ini sudah berlangsung.')).toBeVisible();
        return;
      }
      await expect(section.getByText('Kelas-kelas ini sudah berlangsung.')).toBeHidden();
      await section.getByRole('link', { name: title(left[0]!), exact: true }).click();
      await expect(page).toHaveURL(`/kelas/${left[0]!.id}/`);
    });

    test('the schedule keeps the sessions not yet over, under week headings named from today', async ({ page }) => {
      await page.goto('/kelas/');
      const main = page.getByRole('main');
      const left = stillOn(scheduled);
      expect(left.length, 'sessions ended since the build').toBeLessThan(scheduled.length);
      await expect(main.getByRole('article').getByRole('heading')).toHaveText(left.map(title));
      const today = mondayOf(later);
      const weeks = [...new Set(left.map((s) => mondayOf(time(s.data['start']))))];
      const headings = main.getByRole('heading', { level: 2, name: /pekan|Pekan/ });
      await expect(headings).toHaveText(
        weeks.map((monday) => new RegExp(`^${headingFor(weeksBetween(today, monday))}`)),
      );
      // "Pekan ini" only where this week really has sessions.
      await expect(main.getByRole('heading', { level: 2, name: /^Pekan ini/ })).toHaveCount(
        weeks.includes(today) ? 1 : 0,
      );
      await expect(main.getByText('Kelas dalam daftar ini sudah berlangsung semua.')).toBeVisible({
        visible: left.length === 0,
      });
      // Weekly series whose last session is over leave the "Kelas mingguan" list as well.
      const running = entries('timetables').filter((t) =>
        sessions().some((s) => s.data['series'] === t.id && endsAt(s) > later),
      );
      const series = page.getByRole('region', { name: 'Kelas mingguan' }).getByRole('link');
      await expect.poll(async () => (await series.allTextContents()).sort()).toEqual(running.map(title).sort());
    });

    test('a session that has started since the build no longer takes registrations', async ({ page }) => {
      const started = upcomingAtBuild.find(
        (s) =>
          (s.data['status'] ?? 'terjadwal') === 'terjadwal' && s.data['registration'] && time(s.data['start']) <= later,
      );
      expect(started, 'an open session that starts within the interval').toBeTruthy();
      await page.goto(`/kelas/${started!.id}/`);
      await expect(page.getByText('Pendaftaran sudah ditutup: kelas ini sudah dimulai atau selesai.')).toBeVisible();
      await expect(page.getByRole('link', { name: /^Daftar/ })).toHaveCount(0);
    });
  });
}

test('at the build time itself, nothing is hidden and this week is "Pekan ini"', async ({ page }) => {
  await page.goto('/kelas/');
  await expect(page.getByRole('main').getByRole('article')).toHaveCount(scheduled.length);
  await expect(page.getByRole('heading', { level: 2, name: /^Pekan ini/ })).toBeVisible();
});
