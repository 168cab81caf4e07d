import { SITE_NAME, useTranslations } from './i18n';
import { useUrls } from './lib/urls';

/** Fixed facts about the space; what editors change lives in content/settings/situs.yml. */
export const SITE = { name: SITE_NAME } as const;

/** The site's own words about itself in `locale`. */
export function siteText(locale: string | undefined) {
  const t = useTranslations(locale);
  return {
    tagline: t('site.tagline'),
    description: t('site.description'),
    launched: t('site.launched'),
  };
}

/**
 * The browser's UI colour (theme-color): the indigo --color-nila of src/styles/tokens.css, which
 * tests/unit/theme.test.ts keeps it equal to.
 */
export const THEME_COLOR = '#243b6b';

/** The main navigation in `locale`, in the header, the footer and the 404 page. */
export function navigation(locale: string | undefined) {
  const t = useTranslations(locale);
  const urls = useUrls(locale);
  return [
    { href: urls.programmes, label: t('nav.programmes') },
    { href: urls.classes, label: t('nav.classes') },
    { href: urls.mentors, label: t('nav.mentors') },
    { href: urls.directory, label: t('nav.directory') },
    { href: urls.storefront, label: t('nav.storefront') },
    { href: urls.rooms, label: t('nav.rooms') },
    { href: urls.internship, label: t('nav.internship') },
    { href: urls.about, label: t('nav.about') },
  ];
}

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
