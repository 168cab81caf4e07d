/**
 * The programme report (/laporan/): what was delivered against the plan of so many sessions a
 * year and a week, counted from the schedule at build time. Pure: sessions in, figures out.
 *
 * A session counts as held when it was neither cancelled nor postponed and has ended by the
 * build's now (the rule the schedule pages use for "past"). Cancelled and postponed sessions are
 * counted apart, in the year and month of their original slot; a session still to come is
 * "upcoming". A session belongs to the WIB day it starts on.
 */
import { weekStart } from '../time/weeks';
import { dayNumber, dayOf, wibDateKey, wibInstant, wibYear } from '../time/wib';
import { ATTENDANCE } from '../schema/classes';
import { CLASS_FORMATS, PILLARS, SECTORS, localTerm } from '../taxonomy';
import { DEFAULT_LOCALE, type Locale } from '../i18n';
import { isUpcoming, type ClassStatus } from './schedule';
import type { Site } from './site';
import { directoryStats, type DirectoryStats } from './stats';

/** Held sessions as a share of the yearly target (0 when there is no target). */
export function heldShare({ total, targets }: Pick<YearReport, 'total' | 'targets'>): number {
  return targets.perYear > 0 ? total.held / targets.perYear : 0;
}

/** In the order the report shows them. */
export const OUTCOMES = ['held', 'cancelled', 'postponed', 'upcoming'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** What the report needs of one session, whatever file it comes from. */
export interface ReportSession {
  start: Date;
  end: Date;
  status: ClassStatus;
  programme: string;
  pillar: string;
  format: string;
  attendance: string;
  sectors: readonly string[];
  mentors: readonly string[];
  /** Participants, when an editor recorded them after the session. */
  attendees?: number | undefined;
}

export type Tally = Record<Outcome, number>;

export interface Count {
  id: string;
  held: number;
}

export interface YearReport {
  year: number;
  targets: { perYear: number; perWeek: number };
  total: Tally;
  /** January to December, each with its outcomes. */
  months: ({ month: string } & Tally)[];
  /** Every week (Monday `YYYY-MM-DD`, WIB) with a day in the year; sessions of other years are left out. */
  weeks: { start: string; held: number; upcoming: number; planned: number }[];
  /** Held sessions by pillar, format, attendance and sector (a session counts once per sector). */
  byPillar: Count[];
  byFormat: Count[];
  byAttendance: Count[];
  bySector: Count[];
  /** Distinct programmes and mentors of the held sessions. */
  programmes: number;
  mentors: number;
  /** Participants of the held sessions that recorded them, and how many sessions did. */
  attendees: { total: number; sessions: number };
}

/** The plan, from the site settings ("Pengaturan situs" in the CMS). */
export function reportTargets(settings: { programmesPerYear: number; classesPerWeek: number }): YearReport['targets'] {
  return { perYear: settings.programmesPerYear, perWeek: settings.classesPerWeek };
}

export function outcomeOf(session: Pick<ReportSession, 'status' | 'start' | 'end'>, now: Date): Outcome {
  if (session.status === 'dibatalkan') return 'cancelled';
  if (session.status === 'ditunda') return 'postponed';
  return isUpcoming(session, now) ? 'upcoming' : 'held';
}

const emptyTally = (): Tally => ({ held: 0, cancelled: 0, postponed: 0, upcoming: 0 });

/** The years the report has a page for: every year with a session, up to the year of `now`. */
export function reportYears(sessions: readonly Pick<ReportSession, 'start'>[], now: Date): number[] {
  const years = new Set(sessions.map((s) => wibYear(s.start)));
  years.add(wibYear(now));
  return [...years].filter((y) => y <= wibYear(now)).sort((a, b) => a - b);
}

/** Mondays (as `YYYY-MM-DD`) of every week with at least one day in `year`. */
export function weeksOfYear(year: number): string[] {
  const last = dayNumber(`${year}-12-31`);
  const weeks: string[] = [];
  for (let day = dayNumber(wibDateKey(weekStart(wibInstant(`${year}-01-01`)))); day <= last; day += 7) {
    weeks.push(dayOf(day).date);
  }
  return weeks;
}

function countBy(
  sessions: readonly ReportSession[],
  keys: (s: ReportSession) => readonly string[],
  order: readonly string[],
): Count[] {
  const counts = new Map(order.map((id) => [id, 0]));
  for (const s of sessions) for (const key of keys(s)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].map(([id, held]) => ({ id, held }));
}

export interface ReportOrder {
  pillars: readonly string[];
  formats: readonly string[];
  attendance: readonly string[];
  sectors: readonly string[];
}

export function yearReport(
  all: readonly ReportSession[],
  year: number,
  now: Date,
  targets: YearReport['targets'],
  order: ReportOrder,
): YearReport {
  const sessions = all.filter((s) => wibYear(s.start) === year);
  const outcome = new Map(sessions.map((s) => [s, outcomeOf(s, now)]));
  const held = sessions.filter((s) => outcome.get(s) === 'held');

  const total = emptyTally();
  const months = Array.from({ length: 12 }, (_, i) => ({
    month: `${year}-${String(i + 1).padStart(2, '0')}`,
    ...emptyTally(),
  }));
  for (const s of sessions) {
    const o = outcome.get(s)!;
    total[o]++;
    months[Number(wibDateKey(s.start).slice(5, 7)) - 1]![o]++;
  }

  const perWeek = (wanted: Outcome) => {
    const counts = new Map<string, number>();
    for (const s of sessions) {
      if (outcome.get(s) !== wanted) continue;
      const key = wibDateKey(weekStart(s.start));
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
  };
  const heldPerWeek = perWeek('held');
  const upcomingPerWeek = perWeek('upcoming');
  const weeks = weeksOfYear(year).map((start) => ({
    start,
    held: heldPerWeek.get(start) ?? 0,
    upcoming: upcomingPerWeek.get(start) ?? 0,
    planned: targets.perWeek,
  }));

  const recorded = held.filter((s) => s.attendees !== undefined);
  return {
    year,
    targets,
    total,
    months,
    weeks,
    byPillar: countBy(held, (s) => [s.pillar], order.pillars),
    byFormat: countBy(held, (s) => [s.format], order.formats),
    byAttendance: countBy(held, (s) => [s.attendance], order.attendance),
    bySector: countBy(held, (s) => s.sectors, order.sectors),
    programmes: new Set(held.map((s) => s.programme)).size,
    mentors: new Set(held.flatMap((s) => s.mentors)).size,
    attendees: { total: recorded.reduce((sum, s) => sum + (s.attendees ?? 0), 0), sessions: recorded.length },
  };
}

/** Held sessions added up to the end of each month, against an even pace to the year's target. */
export function cumulativeByMonth(report: YearReport): { month: string; held: number; planned: number }[] {
  let held = 0;
  return report.months.map((m, i) => ({
    month: m.month,
    held: (held += m.held),
    planned: Math.round((report.targets.perYear * (i + 1)) / 12),
  }));
}

/** The directory as it stood at the end of `year`: the businesses listed by 31 December. */
export function listedBy<B extends { data: { listedOn: string } }>(businesses: readonly B[], year: number): B[] {
  const last = `${year}-12-31`;
  return businesses.filter((b) => b.data.listedOn <= last);
}

/** The taxonomies each breakdown follows, in their order and with their names. */
const TERMS = { pillars: PILLARS, formats: CLASS_FORMATS, attendance: ATTENDANCE, sectors: SECTORS } as const;
type Breakdown = keyof typeof TERMS;

export const REPORT_ORDER: ReportOrder = {
  pillars: TERMS.pillars.map((p) => p.id),
  formats: TERMS.formats.map((f) => f.id),
  attendance: TERMS.attendance.map((a) => a.id),
  sectors: TERMS.sectors.map((s) => s.id),
};

/** A count with the name a reader sees. */
export interface NamedCount {
  id: string;
  label: string;
  value: number;
}

function named(
  counts: readonly Count[],
  terms: readonly { id: string; name: string; en: { name: string } }[],
  locale: Locale,
): NamedCount[] {
  return counts.map(({ id, held }) => {
    const term = terms.find((candidate) => candidate.id === id);
    if (!term) throw new Error(`Unknown term id "${id}"`);
    return { id, label: localTerm(term, locale).name, value: held };
  });
}

/** Everything the page of one year shows. */
export interface SiteYearReport {
  sessions: YearReport;
  cumulative: ReturnType<typeof cumulativeByMonth>;
  /** Held sessions by pillar, format, attendance and sector, named. */
  breakdowns: Record<Breakdown, NamedCount[]>;
  /** The directory at the end of the year (today, for the current year). */
  directory: DirectoryStats;
  /** New listings, January to December. */
  listings: number[];
}

type ReportSite = Pick<Site, 'now' | 'classes' | 'programme' | 'sessionSectors' | 'businesses'>;
const sessionsOf = new WeakMap<ReportSite, ReportSession[]>();

/** Mapped once per site: the index and every year page read them. */
function sessionsFor(site: ReportSite): ReportSession[] {
  let sessions = sessionsOf.get(site);
  if (!sessions) sessionsOf.set(site, (sessions = reportSessions(site)));
  return sessions;
}

const reportsOf = new WeakMap<ReportSite, Map<string, SiteYearReport>>();

/**
 * Made once per site, year, plan and language: the index, the year's page and the CSV all read it.
 * Only the names of the breakdowns and the directory differ between languages.
 */
export function siteYearReport(
  site: ReportSite,
  targets: YearReport['targets'],
  year: number,
  locale: Locale = DEFAULT_LOCALE,
): SiteYearReport {
  let reports = reportsOf.get(site);
  if (!reports) reportsOf.set(site, (reports = new Map<string, SiteYearReport>()));
  const key = `${year}:${targets.perYear}:${targets.perWeek}:${locale}`;
  let found = reports.get(key);
  if (!found) reports.set(key, (found = computeYearReport(site, targets, year, locale)));
  return found;
}

function computeYearReport(
  site: ReportSite,
  targets: YearReport['targets'],
  year: number,
  locale: Locale,
): SiteYearReport {
  const report = yearReport(sessionsFor(site), year, site.now, targets, REPORT_ORDER);
  return {
    sessions: report,
    cumulative: cumulativeByMonth(report),
    breakdowns: {
      pillars: named(report.byPillar, TERMS.pillars, locale),
      formats: named(report.byFormat, TERMS.formats, locale),
      attendance: named(report.byAttendance, TERMS.attendance, locale),
      sectors: named(report.bySector, TERMS.sectors, locale),
    },
    directory: directoryStats(listedBy(site.businesses, year), undefined, locale),
    listings: listingsPerMonth(site.businesses, year),
  };
}

/** The years with a report page (see reportYears), for a site. */
export function siteReportYears(site: ReportSite): number[] {
  return reportYears(sessionsFor(site), site.now);
}

/** The report's view of every session of the site (single classes and expanded timetables). */
export function reportSessions(site: Pick<Site, 'classes' | 'programme' | 'sessionSectors'>): ReportSession[] {
  return site.classes.map((c) => ({
    start: c.data.start,
    end: c.data.end,
    status: c.data.status,
    programme: c.data.programme.id,
    pillar: site.programme(c.data.programme.id).data.pillar,
    format: c.data.format,
    attendance: c.data.attendance,
    sectors: site.sessionSectors(c),
    mentors: c.data.mentors.map((m) => m.id),
    attendees: c.data.attendees,
  }));
}

/** New directory listings in each month of `year` (by `listedOn`), January first. */
export function listingsPerMonth(businesses: readonly { data: { listedOn: string } }[], year: number): number[] {
  const months = Array.from({ length: 12 }, () => 0);
  for (const b of businesses) {
    if (Number(b.data.listedOn.slice(0, 4)) !== year) continue;
    const month = Number(b.data.listedOn.slice(5, 7)) - 1;
    months[month] = (months[month] ?? 0) + 1;
  }
  return months;
}

/** New directory listings per year (by `listedOn`), earliest year first. */
export function listingsPerYear(
  businesses: readonly { data: { listedOn: string } }[],
): { year: number; count: number }[] {
  const counts = new Map<number, number>();
  for (const b of businesses) {
    const year = Number(b.data.listedOn.slice(0, 4));
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return [...counts].sort(([a], [b]) => a - b).map(([year, count]) => ({ year, count }));
}
