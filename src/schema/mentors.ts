import { linksField, regencyField, sectorsField } from './common';
import { defineContentType } from './define';
import { image, relation, text, translated } from './fields';

/** A mentor and their success story (the Markdown body). */
export const mentors = defineContentType({
  name: 'mentors',
  folder: 'mentors',
  label: 'Mentor',
  labelSingular: 'Mentor',
  titleField: 'name',
  bodyLabel: 'Kisah sukses',
  fields: {
    name: text({ label: 'Nama', max: 100 }),
    headline: translated(
      text({ label: 'Keahlian singkat', max: 120, hint: 'Mis. "Pendiri Batik Sekar Jagad, Pekalongan".' }),
    ),
    businessName: text({ label: 'Usaha yang dibangun', max: 120 }),
    business: relation({
      label: 'Usaha di direktori',
      collection: 'businesses',
      required: false,
      hint: 'Pilih bila usahanya terdaftar di direktori.',
    }),
    sectors: sectorsField(1),
    regency: regencyField(),
    summary: translated(text({ label: 'Ringkasan', min: 20, max: 280, multiline: true })),
    photo: image({ label: 'Foto', required: false }),
    links: linksField(),
  },
  cms: {
    description: 'Mentor dan kisah suksesnya. Hubungkan dengan usahanya di direktori bila terdaftar.',
    summary: '{{name}} · {{headline}}',
    slug: '{{slug}}',
    sortableFields: ['name', 'regency'],
    viewGroups: [
      { label: 'Sektor', field: 'sectors' },
      { label: 'Kabupaten/kota', field: 'regency' },
    ],
  },
});
