/** Field sets shared by several content types. */
import { LINK_KINDS, REGENCIES, SECTORS, regencyLabel } from '../taxonomy';
import { multiSelect, list, select, url } from './fields';

const REGENCY_TERMS = REGENCIES.map((regency) => ({ id: regency.id, name: regencyLabel(regency) }));

export const sectorsField = (min: number, label = 'Sektor') =>
  multiSelect({ label, options: SECTORS, min, hint: 'Subsektor ekonomi kreatif, atau "UMKM Non-Kreatif".' });

export const regencyField = (label = 'Kabupaten/kota') => select({ label, options: REGENCY_TERMS });

export const linksField = () =>
  list({
    label: 'Tautan',
    summary: '{{fields.kind}}: {{fields.url}}',
    fields: {
      kind: select({ label: 'Jenis', options: LINK_KINDS }),
      url: url({ label: 'Alamat (URL)' }),
    },
  });

/** True when an optional value is filled in. */
export const has = (value: unknown) => value !== undefined && value !== null && value !== '';
