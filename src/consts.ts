/** Fixed facts about the space; what editors change lives in content/settings/situs.yml. */
export const SITE = {
  name: 'Hetero Space',
  tagline: 'Ruang kerja bersama industri kreatif dan UMKM Jawa Tengah',
  description:
    'Hetero Space adalah ruang kerja bersama bagi pelaku industri kreatif dan UMKM Jawa Tengah di UMKM Center Banyumanik, Semarang: kelas, mentor, program, dan direktori usaha.',
  launched: '31 Januari – 1 Februari 2020',
} as const;

/**
 * The browser's UI colour (theme-color): the indigo --color-nila of src/styles/tokens.css, which
 * tests/unit/theme.test.ts keeps it equal to.
 */
export const THEME_COLOR = '#243b6b';

export const NAV = [
  { href: '/program/', label: 'Program' },
  { href: '/kelas/', label: 'Jadwal Kelas' },
  { href: '/mentor/', label: 'Mentor' },
  { href: '/direktori/', label: 'Direktori' },
  { href: '/etalase/', label: 'Etalase' },
  { href: '/magang/', label: 'Magang SMK' },
  { href: '/tentang/', label: 'Tentang' },
] as const;

/**
 * How many entries a page previews before linking to the full list: enough to show what is on,
 * few enough to keep the page short on a phone.
 */
export const PREVIEW = {
  /** Upcoming classes on the home and internship pages: four cards fill a row on a wide screen. */
  classes: 4,
  /** Mentors on the home page. */
  mentors: 3,
  /** Sectors, and regencies, with the most businesses on the home page. */
  busiest: 8,
} as const;
