import { LOCALE_TAG, t } from '../i18n';
import { CLASS_STATUSES, WEEKDAYS, type WeekdayId } from '../taxonomy';
import { dayNumber, dayOf } from '../time/wib';
import {
  NOTE_WHEN_CANCELLED,
  attendeesField,
  classDetailRules,
  classDetails,
  classIdentity,
  noteWhenCancelled,
} from './classes';
import { defineContentType, type Problem } from './define';
import { date, datetime, list, multiSelect, relation, relations, select, text, time } from './fields';

/** The shape of a weekly series that expansion and validation need (the CMS passes raw data of this shape). */
export interface TimetableOverride {
  date: string;
  startTime?: string | undefined;
  endTime?: string | undefined;
}

export interface Timetable<O extends TimetableOverride = TimetableOverride> {
  weekdays: readonly WeekdayId[];
  startTime: string;
  endTime: string;
  firstDate: string;
  lastDate: string;
  exceptions: readonly { date: string }[];
  overrides: readonly O[];
}

/** A series longer than this is almost certainly a typo in a year. */
export const MAX_SPAN_DAYS = 731;

const weekdayNumbers = (ids: readonly WeekdayId[]) =>
  new Set<number>(WEEKDAYS.filter((w) => ids.includes(w.id)).map((w) => w.day));

/** Every date in [firstDate, lastDate] (both inclusive) that falls on one of the weekdays. */
export function seriesDates(timetable: Pick<Timetable, 'weekdays' | 'firstDate' | 'lastDate'>): string[] {
  const days = weekdayNumbers(timetable.weekdays);
  const first = dayNumber(timetable.firstDate);
  const last = Math.min(dayNumber(timetable.lastDate), first + MAX_SPAN_DAYS);
  const dates: string[] = [];
  for (let day = first; day <= last; day++) {
    const { date, weekday } = dayOf(day);
    if (days.has(weekday)) dates.push(date);
  }
  return dates;
}

const longDate = new Intl.DateTimeFormat(LOCALE_TAG, {
  timeZone: 'UTC',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const describeDay = (date: string) => longDate.format(new Date(`${date}T00:00:00Z`));

/**
 * What is wrong with a timetable, each problem at the field it belongs to (in the site's
 * language, as editors read these in the CMS and in build errors). Assumes each field is valid
 * on its own.
 */
export function timetableProblems(timetable: Timetable): Problem[] {
  const problems: Problem[] = [];
  const first = dayNumber(timetable.firstDate);
  const last = dayNumber(timetable.lastDate);
  if (last < first) return [{ path: ['lastDate'], message: t('validation.lastDateBeforeFirst') }];
  if (last - first > MAX_SPAN_DAYS) problems.push({ path: ['lastDate'], message: t('validation.spanTooLong') });
  if (timetable.endTime <= timetable.startTime)
    problems.push({ path: ['endTime'], message: t('validation.endTimeAfterStart') });

  const dates = new Set(seriesDates(timetable));
  if (dates.size === 0) {
    problems.push({
      path: ['weekdays'],
      message: t('validation.noSessions'),
    });
  }
  const days = WEEKDAYS.filter((w) => timetable.weekdays.includes(w.id))
    .map((w) => w.name)
    .join('/');
  const notASession = (date: string) =>
    t('validation.notASession', describeDay(date), days, timetable.firstDate, timetable.lastDate);

  const exceptions = new Set<string>();
  timetable.exceptions.forEach((e, i) => {
    if (!dates.has(e.date))
      problems.push({
        path: ['exceptions', i, 'date'],
        message: t('validation.exceptionNotASession', notASession(e.date)),
      });
    else if (exceptions.has(e.date))
      problems.push({ path: ['exceptions', i, 'date'], message: t('validation.duplicateException') });
    exceptions.add(e.date);
  });

  const overridden = new Set<string>();
  timetable.overrides.forEach((o, i) => {
    const at = (field: string) => ['overrides', i, field];
    if (!dates.has(o.date)) problems.push({ path: at('date'), message: notASession(o.date) });
    else if (exceptions.has(o.date))
      problems.push({
        path: at('date'),
        message: t('validation.overrideOnHoliday'),
      });
    else if (overridden.has(o.date)) problems.push({ path: at('date'), message: t('validation.duplicateOverride') });
    overridden.add(o.date);
    if ((o.endTime ?? timetable.endTime) <= (o.startTime ?? timetable.startTime))
      problems.push({ path: at('endTime'), message: t('validation.overrideEndTime') });
  });
  return problems;
}

/**
 * A weekly class series: declared once, expanded by the build into one page per session
 * (`/kelas/<series>-<yyyy-mm-dd>/`), so editors never copy a file per week.
 */
export const timetables = defineContentType({
  name: 'timetables',
  folder: 'timetables',
  label: 'Jadwal Mingguan',
  labelSingular: 'Jadwal mingguan',
  titleField: 'title',
  bodyLabel: 'Materi dan keterangan (berlaku untuk semua sesi)',
  fields: {
    ...classIdentity,
    weekdays: multiSelect({ label: 'Hari', options: WEEKDAYS, min: 1, hint: 'Hari sesi berlangsung setiap minggu.' }),
    startTime: time({ label: 'Jam mulai (WIB)', hint: 'JJ:MM, mis. 13:00.' }),
    endTime: time({ label: 'Jam selesai (WIB)', hint: 'JJ:MM, mis. 15:30.' }),
    firstDate: date({ label: 'Tanggal pertama', hint: 'Sesi pertama paling cepat pada tanggal ini (ikut dihitung).' }),
    lastDate: date({
      label: 'Tanggal terakhir',
      hint: 'Sesi terakhir paling lambat pada tanggal ini (ikut dihitung).',
    }),
    ...classDetails,
    exceptions: list({
      label: 'Libur (tanpa sesi)',
      hint: 'Tanggal sesi yang ditiadakan, mis. libur Lebaran. Tanggalnya harus jatuh pada hari sesi.',
      summary: '{{fields.date}} {{fields.reason}}',
      fields: {
        date: date({ label: 'Tanggal' }),
        reason: text({ label: 'Keterangan', max: 120, required: false }),
      },
    }),
    overrides: list({
      label: 'Perubahan per sesi',
      hint: 'Topik, jam, ruang, mentor, atau status yang berbeda untuk satu sesi. Kosongkan yang sama dengan jadwal.',
      summary: '{{fields.date}} {{fields.topic}} {{fields.status}}',
      fields: {
        date: date({ label: 'Tanggal sesi' }),
        topic: text({ label: 'Topik sesi', max: 120, required: false }),
        startTime: time({ label: 'Jam mulai (WIB)', required: false }),
        endTime: time({ label: 'Jam selesai (WIB)', required: false }),
        room: relation({ label: 'Ruang lain', collection: 'rooms', required: false }),
        venue: text({ label: 'Tempat lain', max: 200, required: false, hint: 'Bila sesi ini di luar gedung.' }),
        mentors: relations({
          label: 'Mentor pengganti',
          collection: 'mentors',
          hint: 'Kosongkan bila mentornya sama.',
        }),
        status: select({ label: 'Status', options: CLASS_STATUSES, required: false }),
        statusNote: text({ label: 'Keterangan status', max: 240, required: false }),
        rescheduledTo: datetime({
          label: 'Jadwal baru (WIB)',
          required: false,
          hint: 'Bila sesi ini ditunda dan tanggal barunya sudah pasti.',
        }),
        attendees: attendeesField(),
      },
    }),
  },
  cms: {
    description:
      'Kelas yang berulang setiap minggu. Situs membuat satu halaman per sesi; libur dan perubahan per sesi diatur di bawah. Jam dalam WIB.',
    summary: "{{firstDate}} s.d. {{lastDate}} · {{title}} ({{status | default('terjadwal')}})",
    slug: '{{slug}}',
    sortableFields: ['firstDate', 'title', 'status'],
    viewFilters: [
      { label: 'Terjadwal', field: 'status', pattern: 'terjadwal' },
      { label: 'Daring/hibrida', field: 'attendance', pattern: 'daring|hibrida' },
    ],
    viewGroups: [
      { label: 'Tahun mulai', field: 'firstDate', pattern: '\\d{4}' },
      { label: 'Program', field: 'programme' },
    ],
  },
  rules: [
    { problems: (data) => timetableProblems(data) },
    ...classDetailRules,
    {
      problems: (data) =>
        data.overrides.flatMap((o, i): Problem[] =>
          // As expanded: a session with its own status does not inherit the series' note.
          noteWhenCancelled({
            status: o.status ?? data.status,
            statusNote: o.statusNote ?? (o.status ? undefined : data.statusNote),
          })
            ? []
            : [{ path: ['overrides', i, 'statusNote'], message: NOTE_WHEN_CANCELLED }],
        ),
    },
    {
      // A session moved to another room or elsewhere names one place, as a class does.
      problems: (data) =>
        data.overrides.flatMap((o, i): Problem[] =>
          o.room !== undefined && o.venue
            ? [{ path: ['overrides', i, 'venue'], message: t('validation.placeBoth') }]
            : [],
        ),
    },
  ],
});
