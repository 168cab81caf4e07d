import { AUDIENCES, PILLARS } from '../taxonomy';
import { sectorsField } from './common';
import { defineContentType } from './define';
import { image, integer, multiSelect, relations, select, text, translated } from './fields';

/** A programme: a line of activity under one pillar, made of classes and seminars. */
export const programmes = defineContentType({
  name: 'programmes',
  folder: 'programmes',
  label: 'Program',
  labelSingular: 'Program',
  titleField: 'title',
  bodyLabel: 'Uraian program',
  fields: {
    title: translated(text({ label: 'Nama program', max: 100 })),
    pillar: select({ label: 'Pilar', options: PILLARS }),
    summary: translated(
      text({
        label: 'Ringkasan',
        min: 20,
        max: 280,
        multiline: true,
        hint: 'Satu-dua kalimat untuk kartu dan hasil pencarian.',
      }),
    ),
    sectors: sectorsField(0, 'Sektor sasaran'),
    audiences: multiSelect({ label: 'Peserta sasaran', options: AUDIENCES, min: 1 }),
    partners: relations({ label: 'Mitra', collection: 'partners' }),
    cover: image({ label: 'Gambar sampul', required: false }),
    coverAlt: translated(text({ label: 'Keterangan gambar sampul', max: 160, required: false })),
    order: integer({ label: 'Urutan tampil', min: 0, max: 999, default: 100, hint: 'Angka kecil tampil lebih dulu.' }),
  },
  cms: {
    description:
      'Program menurut pilar Srawung, Mbangun, dan Melesat. Kelas dihubungkan ke program dari koleksi Kelas.',
    summary: '{{title}} ({{pillar}})',
    slug: '{{slug}}',
    sortableFields: ['title', 'pillar', 'order'],
    viewFilters: [
      { label: 'Srawung', field: 'pillar', pattern: 'srawung' },
      { label: 'Mbangun', field: 'pillar', pattern: 'mbangun' },
      { label: 'Melesat', field: 'pillar', pattern: 'melesat' },
    ],
    viewGroups: [{ label: 'Pilar', field: 'pillar' }],
  },
});
