import { SITE_NAME, t } from '../i18n';
import { FACILITIES, FEE_UNITS, ROOM_KINDS } from '../taxonomy';
import { defineContentType } from './define';
import { boolean, image, integer, list, multiSelect, select, text, translated } from './fields';
import { hoursField } from './places';

/** A room of the space (co-working desks, a studio, the stage…): what it holds and how to book it. */
export const rooms = defineContentType({
  name: 'rooms',
  folder: 'rooms',
  label: 'Ruang',
  labelSingular: 'Ruang',
  titleField: 'name',
  bodyLabel: 'Keterangan ruang',
  fields: {
    name: text({ label: 'Nama ruang', max: 80 }),
    kind: select({ label: 'Jenis ruang', options: ROOM_KINDS }),
    summary: translated(
      text({ label: 'Ringkasan', min: 20, max: 240, multiline: true, hint: 'Satu-dua kalimat untuk daftar ruang.' }),
    ),
    capacity: integer({ label: 'Kapasitas (orang)', min: 1, max: 2000 }),
    facilities: multiSelect({ label: 'Fasilitas', options: FACILITIES }),
    photos: list({
      label: 'Foto',
      max: 6,
      summary: '{{fields.alt}}',
      fields: {
        photo: image({ label: 'Foto' }),
        alt: text({ label: 'Keterangan foto', max: 160, hint: 'Apa yang terlihat di foto, untuk pembaca layar.' }),
      },
    }),
    freeForUmkm: boolean({
      label: 'Gratis untuk UMKM terdaftar',
      default: true,
      hint: `Gratis bagi usaha yang terdaftar di direktori ${SITE_NAME}.`,
    }),
    fee: integer({
      label: 'Biaya (Rp)',
      min: 0,
      max: 100_000_000,
      default: 0,
      hint: 'Untuk pemakai lain. 0 berarti gratis untuk semua.',
    }),
    feeUnit: select({ label: 'Biaya dihitung', options: FEE_UNITS, default: 'jam' }),
    terms: translated(
      text({
        label: 'Syarat pemakaian',
        max: 400,
        multiline: true,
        required: false,
        hint: 'Siapa boleh memakai dan aturannya, mis. "Untuk kegiatan usaha, bukan acara pribadi."',
      }),
    ),
    noticeDays: integer({
      label: 'Pesan paling lambat (hari sebelumnya)',
      min: 0,
      max: 60,
      default: 2,
      hint: '0 berarti bisa dipesan untuk hari ini.',
    }),
    hours: hoursField('Jam ruang dapat dipakai (WIB)'),
    order: integer({ label: 'Urutan tampil', min: 0, max: 999, default: 100, hint: 'Angka kecil tampil lebih dulu.' }),
  },
  rules: [
    {
      path: ['hours'],
      message: t('validation.roomHours'),
      check: (data) => Object.values(data.hours).some((day) => (day ?? '').trim() !== ''),
    },
  ],
  cms: {
    description: `Ruang di gedung ${SITE_NAME} yang bisa dipakai dan dipesan. Kelas dan pemesanan merujuk ke ruang ini.`,
    summary: '{{name}} ({{kind}}, {{capacity}} orang)',
    slug: '{{slug}}',
    sortableFields: ['name', 'kind', 'capacity', 'order'],
  },
});
