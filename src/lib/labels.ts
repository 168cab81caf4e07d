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
  regency,
  regencyLabel,
  sector,
  termName,
} from '../taxonomy';
import { urls } from './urls';

export const sectorName = (id: string) => sector(id).name;
export const regencyName = (id: string) => regencyLabel(regency(id));
export const pillarName = (id: (typeof PILLARS)[number]['id']) => termName(PILLARS, id);
export const scaleName = (id: (typeof SCALES)[number]['id']) => termName(SCALES, id);
export const formatName = (id: (typeof CLASS_FORMATS)[number]['id']) => termName(CLASS_FORMATS, id);
export const statusName = (id: (typeof CLASS_STATUSES)[number]['id']) => termName(CLASS_STATUSES, id);
export const audienceName = (id: (typeof AUDIENCES)[number]['id']) => termName(AUDIENCES, id);
export const partnerKindName = (id: (typeof PARTNER_KINDS)[number]['id']) => termName(PARTNER_KINDS, id);
export const marketplaceName = (id: (typeof MARKETPLACES)[number]['id']) => termName(MARKETPLACES, id);
export const linkKindName = (id: (typeof LINK_KINDS)[number]['id']) => termName(LINK_KINDS, id);

/** Sector tags linking to the directory listing of each sector. */
export const sectorTags = (ids: readonly string[]) =>
  ids.map((id) => ({ label: sectorName(id), href: urls.sector(id) }));
