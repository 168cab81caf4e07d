/**
 * The report's figures as one long table (/laporan/data.csv): a row per figure, so a
 * spreadsheet can filter and pivot it whatever the year. Columns in docs/report-data.md.
 */
import { toCsv } from './csv';
import { formatMonth } from './format';
import { OUTCOMES, type NamedCount, type Outcome, type SiteYearReport } from './report';
import { wibInstant } from '../time/wib';
import { t } from '../i18n';

export const REPORT_COLUMNS = ['tahun', 'tabel', 'kunci', 'nama', 'ukuran', 'nilai'] as const;
type Row = Record<(typeof REPORT_COLUMNS)[number], string | number>;

/** How the `ukuran` column names each outcome. */
const MEASURE: Record<Outcome, string> = {
  held: 'terlaksana',
  cancelled: 'dibatalkan',
  postponed: 'ditunda',
  upcoming: 'akan_datang',
};

const monthName = (month: string) => formatMonth(wibInstant(`${month}-01`));

export function reportRows({ sessions: r, cumulative, breakdowns, directory, listings }: SiteYearReport): Row[] {
  const rows: Row[] = [];
  const add = (tabel: string, kunci: string, nama: string, ukuran: string, nilai: number) =>
    rows.push({ tahun: r.year, tabel, kunci, nama, ukuran, nilai });
  const summary = (ukuran: string, nama: string, nilai: number) => add('ringkasan', '', nama, ukuran, nilai);

  for (const o of OUTCOMES) summary(MEASURE[o], t(`report.${o}`), r.total[o]);
  summary('target_tahunan', t('report.targetPerYear'), r.targets.perYear);
  summary('target_pekanan', t('report.targetPerWeek'), r.targets.perWeek);
  summary('program', t('report.programmes'), r.programmes);
  summary('mentor', t('report.mentors'), r.mentors);
  summary('peserta', t('report.participantsRecorded'), r.attendees.total);
  summary('sesi_berpeserta', t('report.sessionsRecorded'), r.attendees.sessions);

  for (const m of r.months) for (const o of OUTCOMES) add('bulan', m.month, monthName(m.month), MEASURE[o], m[o]);
  for (const c of cumulative) {
    add('kumulatif', c.month, monthName(c.month), 'terlaksana', c.held);
    add('kumulatif', c.month, monthName(c.month), 'rencana', c.planned);
  }
  for (const w of r.weeks) {
    add('pekan', w.start, w.start, 'terlaksana', w.held);
    add('pekan', w.start, w.start, 'akan_datang', w.upcoming);
    add('pekan', w.start, w.start, 'target', w.planned);
  }
  const counts = (tabel: string, list: readonly NamedCount[]) => {
    for (const c of list) add(tabel, c.id, c.label, 'terlaksana', c.value);
  };
  counts('pilar', breakdowns.pillars);
  counts('bentuk', breakdowns.formats);
  counts('cara_hadir', breakdowns.attendance);
  counts('sektor', breakdowns.sectors);
  for (const s of directory.bySector) add('direktori_sektor', s.id, s.name, 'usaha', s.count);
  for (const g of directory.byRegency) add('direktori_wilayah', g.code, g.name, 'usaha', g.count);
  for (const [i, m] of r.months.entries()) add('usaha_baru', m.month, monthName(m.month), 'usaha', listings[i] ?? 0);
  return rows;
}

/** Every year's rows, earliest year first. */
export function reportCsv(reports: readonly SiteYearReport[]): string {
  return toCsv(REPORT_COLUMNS, reports.flatMap(reportRows));
}
