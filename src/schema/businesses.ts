import { t } from '../i18n';
import { wibYear } from '../time/wib';
import { MARKETPLACES, REGENCIES, SCALES, regency, regencyLabel, regencySlugPart } from '../taxonomy';
import { distanceKm } from '../places/geo';
import { has, regencyField, sectorsField } from './common';
import { locationField, hoursField } from './places';
import { defineContentType } from './define';
import { date, email, group, image, instagram, integer, list, phone, select, text, url, translated } from './fields';

const CONTACT_KEYS = ['whatsapp', 'phone', 'email', 'instagram', 'website'] as const;
/**
 * How far a business may lie from its regency's seat: the Karimunjawa islands are about 85 km from
 * Jepara town, and the far west of Cilacap about 65 km from Cilacap's.
 */
const MAX_KM_FROM_CENTRE = 90;

/** A creative-industry player or UMKM in the directory, with its products. */
export const businesses = defineContentType({
  name: 'businesses',
  folder: 'businesses',
  label: 'Direktori Usaha',
  labelSingular: 'Usaha',
  titleField: 'name',
  bodyLabel: 'Profil usaha',
  // Filed by regency: content/businesses/<regency>/id/<slug>.md, one CMS collection each.
  partition: {
    field: 'regency',
    values: REGENCIES.map((place) => ({
      id: place.id,
      label: regencyLabel(place),
      slugSuffix: regencySlugPart(place.id),
    })),
  },
  fields: {
    name: text({ label: 'Nama usaha', max: 120 }),
    sectors: sectorsField(1),
    scale: select({ label: 'Skala usaha', options: SCALES, hint: 'Menurut PP 7/2021: mikro, kecil, atau menengah.' }),
    regency: regencyField(),
    address: text({ label: 'Alamat', max: 240 }),
    location: locationField(),
    hours: hoursField(),
    hoursNote: translated(
      text({ label: 'Catatan jam buka', max: 120, required: false, hint: t('validation.hoursNoteHint') }),
    ),
    // At most this year: a rule below, as a field cannot know the build's year (SITE_NOW).
    founded: integer({ label: 'Tahun berdiri', min: 1900 }),
    listedOn: date({
      label: 'Tercatat di direktori sejak',
      today: true,
      hint: 'Tanggal usaha ini masuk direktori (untuk laporan program). Terisi hari ini saat entri dibuat.',
    }),
    summary: translated(text({ label: 'Deskripsi singkat', min: 20, max: 280, multiline: true })),
    kbli: text({
      label: 'Kode KBLI 2020',
      required: false,
      pattern: { regex: /^\d{5}$/, message: t('validation.kbli') },
    }),
    contact: group({
      label: 'Kontak',
      hint: 'Isi minimal satu.',
      fields: {
        whatsapp: phone({ label: 'WhatsApp', required: false, hint: 'Format +62…' }),
        phone: phone({ label: 'Telepon', required: false }),
        email: email({ label: 'E-mail', required: false }),
        instagram: instagram({ label: 'Instagram', required: false }),
        website: url({ label: 'Situs web', required: false }),
      },
    }),
    marketplaces: list({
      label: 'Lapak daring',
      summary: '{{fields.platform}}',
      fields: {
        platform: select({ label: 'Platform', options: MARKETPLACES }),
        url: url({ label: 'Alamat toko' }),
      },
    }),
    products: list({
      label: 'Produk',
      summary: '{{fields.name}}',
      fields: {
        name: text({ label: 'Nama produk', max: 100 }),
        price: integer({
          label: 'Harga (Rp)',
          min: 0,
          max: 1_000_000_000,
          required: false,
          hint: 'Kosongkan bila harga "hubungi penjual".',
        }),
        description: text({ label: 'Keterangan', max: 240, multiline: true, required: false }),
        photo: image({ label: 'Foto', required: false }),
      },
    }),
    logo: image({ label: 'Logo', required: false }),
    photo: image({ label: 'Foto usaha', required: false }),
  },
  cms: {
    description:
      'Pelaku industri kreatif dan UMKM di wilayah ini. Kelompokkan menurut sektor atau skala untuk mencari dengan cepat.',
    summary: '{{name}} · {{scale}}',
    slug: '{{slug}}',
    sortableFields: ['name', 'founded', 'scale'],
    viewFilters: [
      { label: 'Mikro', field: 'scale', pattern: 'mikro' },
      { label: 'Kecil', field: 'scale', pattern: 'kecil' },
      { label: 'Menengah', field: 'scale', pattern: 'menengah' },
    ],
    viewGroups: [
      { label: 'Sektor', field: 'sectors' },
      { label: 'Skala', field: 'scale' },
    ],
  },
  rules: [
    {
      path: ['contact'],
      message: t('validation.contact'),
      check: (data) => CONTACT_KEYS.some((key) => has(data.contact[key])),
    },
    {
      problems: (data, { now }) =>
        data.founded > wibYear(now) ? [{ path: ['founded'], message: t('validation.max', wibYear(now)) }] : [],
    },
    {
      // Catches a point from another place pasted by mistake, or the wrong regency chosen.
      problems: (data) => {
        if (!data.location) return [];
        const place = regency(data.regency);
        const [lat, lng] = place.centre;
        const km = Math.round(distanceKm(data.location, { lat, lng }));
        return km > MAX_KM_FROM_CENTRE
          ? [{ path: ['location'], message: t('validation.locationFar', regencyLabel(place), km) }]
          : [];
      },
    },
  ],
});
