import { CLASS_STATUSES, WEEKDAYS } from '../taxonomy';
import { timetableProblems } from '../lib/timetable';
import { NOTE_WHEN_CANCELLED, classDetailRules, classDetails, classIdentity, noteWhenCancelled } from './classes';
import { defineContentType, type Problem } from './define';
import { date, datetime, list, multiSelect, relations, select, text, time } from './fields';

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
        venue: text({ label: 'Tempat', max: 200, required: false }),
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
  ],
});
