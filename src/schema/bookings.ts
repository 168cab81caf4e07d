import { BOOKING_STATUSES } from '../taxonomy';
import { t } from '../i18n';
import { defineContentType } from './define';
import { datetime, relation, select, text } from './fields';

/**
 * A confirmed use of a room, recorded by editors from a "pesan-ruang" request (admin/README.md).
 * Who booked is personal data: contact details stay in Netlify's form submissions, the note says
 * only who and what for, and no page shows either; the public site shows the slot as "Terpakai".
 */
export const bookings = defineContentType({
  name: 'bookings',
  folder: 'bookings',
  label: 'Pemesanan Ruang',
  labelSingular: 'Pemesanan',
  titleField: 'title',
  bodyLabel: 'Catatan tambahan (internal)',
  translatable: false,
  fields: {
    title: text({
      label: 'Judul',
      max: 120,
      hint: 'Untuk daftar di CMS saja, mis. "Rapat koperasi batik". Tidak tampil di situs.',
    }),
    room: relation({ label: 'Ruang', collection: 'rooms' }),
    start: datetime({ label: 'Mulai (WIB)' }),
    end: datetime({ label: 'Selesai (WIB)' }),
    status: select({ label: 'Status', options: BOOKING_STATUSES, default: 'terkonfirmasi' }),
    note: text({
      label: 'Catatan internal',
      max: 500,
      multiline: true,
      required: false,
      hint: 'Siapa pemesannya dan keperluannya; tidak tampil di situs, tetapi tersimpan di repositori, jadi jangan tulis nomor WhatsApp (ada di Netlify Forms).',
    }),
  },
  rules: [{ path: ['end'], message: t('validation.endAfterStart'), check: (data) => data.end > data.start }],
  cms: {
    description:
      'Pemesanan ruang yang sudah dikonfirmasi. Situs hanya menampilkan jamnya sebagai "Terpakai"; nama dan catatan tidak pernah tampil.',
    summary: '{{start}} · {{room}} · {{status}} · {{title}}',
    slug: '{{slug}}',
    sortableFields: ['start', 'room', 'status'],
    viewFilters: [
      { label: 'Terkonfirmasi', field: 'status', pattern: 'terkonfirmasi' },
      { label: 'Dibatalkan', field: 'status', pattern: 'dibatalkan' },
    ],
  },
});
