import { SITE_NAME, t } from './i18n';
import { urls } from './lib/urls';

/** Fixed facts about the space; what editors change lives in content/settings/situs.yml. */
export const SITE = {
  name: SITE_NAME,
  tagline: t('site.tagline'),
  description: t('site.description'),
  launched: t('site.launched'),
} as const;

/** The main navigation, in the header, the footer and the 404 page. */
export const NAV = [
  { href: urls.programmes, label: t('nav.programmes') },
  { href: urls.classes, label: t('nav.classes') },
  { href: urls.mentors, label: t('nav.mentors') },
  { href: urls.directory, label: t('nav.directory') },
  { href: urls.storefront, label: t('nav.storefront') },
  { href: urls.internship, label: t('nav.internship') },
  { href: urls.about, label: t('nav.about') },
] as const;
