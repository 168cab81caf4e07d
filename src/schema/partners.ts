import { PARTNER_KINDS } from '../taxonomy';
import { defineContentType } from './define';
import { image, select, text, url, translated } from './fields';
import { SITE_NAME } from '../i18n';

/** Government offices, communities, companies, schools and media that work with Hetero Space. */
export const partners = defineContentType({
  name: 'partners',
  folder: 'partners',
  label: 'Mitra',
  labelSingular: 'Mitra',
  titleField: 'name',
  bodyLabel: 'Profil (opsional)',
  fields: {
    name: text({ label: 'Nama mitra', max: 120 }),
    kind: select({ label: 'Jenis mitra', options: PARTNER_KINDS }),
    summary: translated(text({ label: `Peran dalam ${SITE_NAME}`, max: 240, multiline: true, required: false })),
    url: url({ label: 'Situs web', required: false }),
    logo: image({ label: 'Logo', required: false }),
  },
  cms: {
    description: `Instansi, komunitas, kampus, media, dan perusahaan yang bekerja sama dengan ${SITE_NAME}.`,
    summary: '{{name}} ({{kind}})',
    slug: '{{slug}}',
    sortableFields: ['name', 'kind'],
    viewGroups: [{ label: 'Jenis mitra', field: 'kind' }],
  },
});
