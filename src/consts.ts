import { urls } from './lib/urls';

/** Fixed facts about the space; what editors change lives in content/settings/situs.yml. */
export const SITE = {
  name: 'Hetero Space',
  tagline: 'Ruang kerja bersama industri kreatif dan UMKM Jawa Tengah',
  description:
    'Hetero Space adalah ruang kerja bersama bagi pelaku industri kreatif dan UMKM Jawa Tengah di UMKM Center Banyumanik, Semarang: kelas, mentor, program, dan direktori usaha.',
  launched: '31 Januari – 1 Februari 2020',
} as const;

/** The main navigation, in the header, the footer and the 404 page. */
export const NAV = [
  { href: urls.programmes, label: 'Program' },
  { href: urls.classes, label: 'Jadwal Kelas' },
  { href: urls.mentors, label: 'Mentor' },
  { href: urls.directory, label: 'Direktori' },
  { href: urls.storefront, label: 'Etalase' },
  { href: urls.internship, label: 'Magang SMK' },
  { href: urls.about, label: 'Tentang' },
] as const;
