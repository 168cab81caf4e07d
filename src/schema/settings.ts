/** "Pengaturan situs": one YAML file of facts about the space that editors keep up to date. */
import { t } from '../i18n';
import { email, group, instagram, integer, list, phone, text } from './fields';
import { linksField } from './common';

export const settings = {
  name: 'settings',
  /** Folder under content/ and file name, read by Astro and written by the CMS. */
  folder: 'settings',
  file: 'situs.yml',
  label: 'Pengaturan situs',
  fields: {
    address: group({
      label: 'Alamat',
      fields: {
        venue: text({ label: 'Gedung', max: 120 }),
        street: text({ label: 'Jalan dan kelurahan', max: 160 }),
        district: text({ label: 'Kecamatan', max: 80 }),
        city: text({ label: 'Kota/kabupaten', max: 80 }),
        region: text({ label: 'Provinsi', max: 80, default: 'Jawa Tengah' }),
        postalCode: text({
          label: 'Kode pos',
          pattern: { regex: /^\d{5}$/, message: t('validation.postalCode') },
        }),
        directions: text({ label: 'Petunjuk arah', max: 280, multiline: true, required: false }),
      },
    }),
    openingHours: list({
      label: 'Jam buka',
      min: 1,
      summary: '{{fields.days}}: {{fields.hours}}',
      fields: {
        days: text({ label: 'Hari', max: 60 }),
        hours: text({ label: 'Jam', max: 60, hint: 'Mis. 08.00–21.00 WIB, atau "Tutup".' }),
      },
    }),
    contact: group({
      label: 'Kontak',
      fields: {
        whatsapp: phone({ label: 'WhatsApp', hint: 'Format +62…' }),
        email: email({ label: 'E-mail' }),
        instagram: instagram({ label: 'Instagram' }),
      },
    }),
    links: linksField(),
    programmesPerYear: integer({ label: 'Program per tahun', min: 0, max: 10_000 }),
    classesPerWeek: integer({ label: 'Kelas per pekan', min: 0, max: 100 }),
  },
} as const;
