import { t } from '../i18n';
import { CLASS_FORMATS, CLASS_STATUSES } from '../taxonomy';
import { has, sectorsField } from './common';
import { defineContentType } from './define';
import {
  PHONE_PATTERN,
  URL_PATTERN,
  date,
  datetime,
  integer,
  relation,
  relations,
  select,
  text,
  url,
  translated,
} from './fields';
import type { Rule } from './define';

const ATTENDANCE = [
  { id: 'luring', name: 'Luring (tatap muka)', en: { name: 'In person' } },
  { id: 'daring', name: 'Daring (online)', en: { name: 'Online' } },
  { id: 'hibrida', name: 'Hibrida (luring dan daring)', en: { name: 'Hybrid (in person and online)' } },
] as const;

/** A registration is either a web form or a WhatsApp number. */
const REGISTRATION_PATTERN = new RegExp(`^(${URL_PATTERN.source.slice(1, -1)}|${PHONE_PATTERN.source.slice(1, -1)})$`);

/** What a class is: shared by single classes and weekly timetables, first in the CMS form. */
export const classIdentity = {
  title: translated(text({ label: 'Judul kelas', max: 120 })),
  programme: relation({ label: 'Program', collection: 'programmes' }),
  format: select({ label: 'Bentuk kegiatan', options: CLASS_FORMATS, default: 'kelas' }),
};

/** Where, with whom, for whom and at what cost: shared by single classes and weekly timetables. */
export const classDetails = {
  attendance: select({ label: 'Cara hadir', options: ATTENDANCE, default: 'luring' }),
  room: relation({
    label: 'Ruang',
    collection: 'rooms',
    required: false,
    hint: 'Untuk kegiatan di gedung: dua kegiatan luring di ruang yang sama tidak boleh bertabrakan waktu.',
  }),
  venue: text({
    label: 'Tempat lain',
    max: 200,
    required: false,
    hint: 'Untuk kegiatan di luar gedung: nama tempat dan alamatnya. Kosongkan bila memakai ruang di gedung.',
  }),
  onlineUrl: url({ label: 'Tautan daring', required: false, hint: 'Wajib untuk kelas daring atau hibrida.' }),
  mentors: relations({ label: 'Mentor', collection: 'mentors' }),
  sectors: sectorsField(0),
  capacity: integer({ label: 'Kapasitas (orang)', min: 1, max: 5000, required: false }),
  fee: integer({ label: 'Biaya (Rp)', min: 0, max: 100_000_000, default: 0, hint: '0 berarti gratis.' }),
  registration: text({
    label: 'Pendaftaran',
    required: false,
    hint: 'Alamat formulir (https://…) atau nomor WhatsApp (+62…). Kosongkan bila cukup datang langsung.',
    pattern: { regex: REGISTRATION_PATTERN, message: t('validation.registration') },
  }),
  status: select({ label: 'Status', options: CLASS_STATUSES, default: 'terjadwal' }),
  statusNote: translated(
    text({
      label: 'Keterangan status',
      max: 240,
      required: false,
      hint: 'Alasan pembatalan atau penundaan.',
    }),
  ),
  rescheduledTo: datetime({
    label: 'Jadwal baru (WIB)',
    required: false,
    hint: 'Untuk kelas yang ditunda (status "Ditunda"), bila tanggal barunya sudah pasti.',
  }),
  summary: translated(text({ label: 'Ringkasan', max: 280, multiline: true, required: false })),
  announced: date({
    label: 'Diumumkan pada',
    today: true,
    hint: 'Tanggal kelas ini diumumkan (untuk umpan RSS kelas baru). Terisi hari ini.',
  }),
};

interface StatusLike {
  status: string;
  statusNote?: string | undefined;
}

/** A cancelled session must say why (on a class, a timetable, or one session of a timetable). */
export const noteWhenCancelled = (data: StatusLike) => data.status !== 'dibatalkan' || has(data.statusNote);
export const NOTE_WHEN_CANCELLED = t('validation.cancelledNote');

/** Participants of one session, filled in by editors afterwards; the programme report adds them up. */
export const attendeesField = () =>
  integer({
    label: 'Jumlah peserta',
    min: 0,
    max: 100_000,
    required: false,
    hint: 'Diisi setelah kegiatan berlangsung, untuk laporan program. Kosongkan bila tidak dicatat.',
  });

interface PlaceLike {
  attendance: string;
  room?: unknown;
  venue?: string | undefined;
}

/** Where an in-person session happens: one room of the building, or a place elsewhere, never both. */
export const placeRules: Rule<PlaceLike>[] = [
  {
    path: ['room'],
    message: t('validation.placeNeeded'),
    check: (data) => data.attendance === 'daring' || data.room !== undefined || has(data.venue),
  },
  {
    path: ['venue'],
    message: t('validation.placeBoth'),
    check: (data) => !(data.room !== undefined && has(data.venue)),
  },
];

/** Rules shared by single classes and timetables. */
export const classDetailRules: Rule<PlaceLike & { onlineUrl?: string | undefined } & StatusLike>[] = [
  ...placeRules,
  {
    path: ['onlineUrl'],
    message: t('validation.onlineUrl'),
    check: (data) => data.attendance === 'luring' || has(data.onlineUrl),
  },
  { path: ['statusNote'], message: NOTE_WHEN_CANCELLED, check: noteWhenCancelled },
];

/** One dated session of a class, seminar, workshop or discussion (weekly series: timetables.ts). */
export const classes = defineContentType({
  name: 'classes',
  folder: 'classes',
  label: 'Kelas & Seminar',
  labelSingular: 'Kelas',
  titleField: 'title',
  bodyLabel: 'Materi dan keterangan',
  fields: {
    ...classIdentity,
    start: datetime({ label: 'Mulai (WIB)' }),
    end: datetime({ label: 'Selesai (WIB)' }),
    ...classDetails,
    attendees: attendeesField(),
  },
  cms: {
    description:
      'Satu kegiatan bertanggal: kelas, seminar, workshop, atau srawung. Kelas mingguan yang berulang dibuat di "Jadwal Mingguan". Waktu selalu dalam WIB.',
    // Raw values: Decap's date filter would format in the editor's browser time zone, not WIB.
    summary: "{{start}} · {{title}} ({{status | default('terjadwal')}})",
    slug: '{{slug}}',
    sortableFields: ['start', 'title', 'status'],
    viewFilters: [
      { label: 'Terjadwal', field: 'status', pattern: 'terjadwal' },
      { label: 'Penuh', field: 'status', pattern: 'penuh' },
      { label: 'Dibatalkan', field: 'status', pattern: 'dibatalkan' },
      { label: 'Ditunda', field: 'status', pattern: 'ditunda' },
      { label: 'Daring/hibrida', field: 'attendance', pattern: 'daring|hibrida' },
    ],
    viewGroups: [
      { label: 'Bulan', field: 'start', pattern: '\\d{4}-\\d{2}' },
      { label: 'Program', field: 'programme' },
      { label: 'Status', field: 'status' },
    ],
  },
  rules: [
    {
      path: ['end'],
      message: t('validation.endAfterStart'),
      check: (data) => data.end > data.start,
    },
    ...classDetailRules,
    {
      path: ['rescheduledTo'],
      message: t('validation.rescheduledAfterStart'),
      check: (data) => data.rescheduledTo === undefined || data.rescheduledTo > data.start,
    },
  ],
});

export { ATTENDANCE };
