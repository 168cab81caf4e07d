/** Display names for taxonomy ids stored in content. */
import {
  CLASS_FORMATS,
  CLASS_STATUSES,
  PILLARS,
  SCALES,
  AUDIENCES,
  PARTNER_KINDS,
  MARKETPLACES,
  LINK_KINDS,
  ROOM_KINDS,
  FACILITIES,
  FEE_UNITS,
  regency,
  localTerm,
  regencyLabel,
  sector,
} from '../taxonomy';
import { perLocale, type Locale } from '../i18n';
import { useUrls } from './urls';

type Terms = readonly { readonly id: string; readonly name: string; readonly en: { readonly name: string } }[];

function makeLabels(locale: Locale) {
  const urls = useUrls(locale);
  const name =
    <T extends Terms>(terms: T) =>
    (id: T[number]['id']) =>
      localTerm(terms.find((term) => term.id === id) ?? unknownTerm(id), locale).name;
  const sectorName = (id: string) => localTerm(sector(id), locale).name;
  return {
    sectorName,
    regencyName: (id: string) => regencyLabel(regency(id), locale),
    pillarName: name(PILLARS),
    scaleName: name(SCALES),
    formatName: name(CLASS_FORMATS),
    statusName: name(CLASS_STATUSES),
    audienceName: name(AUDIENCES),
    partnerKindName: name(PARTNER_KINDS),
    marketplaceName: name(MARKETPLACES),
    linkKindName: name(LINK_KINDS),
    roomKindName: name(ROOM_KINDS),
    facilityName: name(FACILITIES),
    feeUnitName: name(FEE_UNITS),
    /** Sector tags linking to the directory listing of each sector. */
    sectorTags: (ids: readonly string[]) => ids.map((id) => ({ label: sectorName(id), href: urls.sector(id) })),
  };
}

function unknownTerm(id: string): never {
  throw new Error(`Unknown term id "${id}"`);
}

export type Labels = ReturnType<typeof makeLabels>;
/** The display names of one locale; components pass `Astro.currentLocale`. */
export const useLabels = perLocale(makeLabels);

/** The site language's names. */
export const {
  sectorName,
  regencyName,
  pillarName,
  scaleName,
  formatName,
  statusName,
  audienceName,
  partnerKindName,
  marketplaceName,
  linkKindName,
  sectorTags,
} = useLabels();
