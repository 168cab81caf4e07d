/** schema.org structured data for search engines, built from the same entries as the pages. */
import { regency, regencyLabel } from '../taxonomy';
import { instagramUrl } from './contact';
import type { Business, ClassSession, Mentor, Programme } from './site';
import { toWibIso } from '../time/wib';
import { actualTimes, sessionName } from './schedule';
import { SITE } from '../consts';
import { useUrls } from './urls';
import { DEFAULT_LOCALE, type Locale } from '../i18n';
import { openingHoursSpecification, weekHours } from '../places/hours-parse';
import { hasHours } from '../schema/places';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json | undefined };

export function businessJsonLd(
  business: Business,
  site: URL,
  imageUrl?: string,
  locale: Locale = DEFAULT_LOCALE,
): Json {
  const urls = useUrls(locale);
  const { data } = business;
  const url = new URL(urls.business(business.id), site).href;
  const sameAs = [
    data.contact.website,
    data.contact.instagram ? instagramUrl(data.contact.instagram) : undefined,
    ...data.marketplaces.map((m) => m.url),
  ].filter((u): u is string => Boolean(u));
  const products = data.products.map((product, i) => ({
    '@type': 'Product',
    '@id': `${url}#produk-${i + 1}`,
    name: product.name,
    ...(product.description ? { description: product.description } : {}),
    ...(product.photo ? { image: new URL(product.photo.src, site).href } : {}),
    brand: { '@type': 'Brand', name: data.name },
    ...(product.price === undefined
      ? {}
      : {
          offers: {
            '@type': 'Offer',
            price: product.price,
            priceCurrency: 'IDR',
            availability: 'https://schema.org/InStock',
            url: `${url}#produk-${i + 1}`,
          },
        }),
  }));
  return {
    '@context': 'https://schema.org',
    '@type': 'LocalBusiness',
    '@id': url,
    name: data.name,
    description: data.summary,
    url,
    ...(imageUrl ? { image: imageUrl } : {}),
    foundingDate: String(data.founded),
    address: {
      '@type': 'PostalAddress',
      streetAddress: data.address,
      addressLocality: regencyLabel(regency(data.regency)),
      addressRegion: 'Jawa Tengah',
      addressCountry: 'ID',
    },
    ...(data.contact.whatsapp || data.contact.phone ? { telephone: data.contact.phone ?? data.contact.whatsapp } : {}),
    ...(data.contact.email ? { email: data.contact.email } : {}),
    ...(data.location
      ? { geo: { '@type': 'GeoCoordinates', latitude: data.location.lat, longitude: data.location.lng } }
      : {}),
    ...(hasHours(data.hours) ? { openingHoursSpecification: openingHoursSpecification(weekHours(data.hours)) } : {}),
    ...(sameAs.length > 0 ? { sameAs } : {}),
    ...(products.length > 0
      ? {
          makesOffer: products.map((product) => ({
            '@type': 'Offer',
            itemOffered: product,
            priceCurrency: 'IDR',
            ...(product.offers ? { price: product.offers.price } : {}),
          })),
        }
      : {}),
  };
}

const EVENT_STATUS: Record<ClassSession['data']['status'], string> = {
  terjadwal: 'https://schema.org/EventScheduled',
  penuh: 'https://schema.org/EventScheduled',
  dibatalkan: 'https://schema.org/EventCancelled',
  ditunda: 'https://schema.org/EventPostponed',
};
const ATTENDANCE_MODE: Record<ClassSession['data']['attendance'], string> = {
  luring: 'https://schema.org/OfflineEventAttendanceMode',
  daring: 'https://schema.org/OnlineEventAttendanceMode',
  hibrida: 'https://schema.org/MixedEventAttendanceMode',
};

/** The space's address (site settings) as a schema.org PostalAddress. */
export function postalAddressJsonLd(address: PostalAddressParts) {
  return {
    '@type': 'PostalAddress',
    streetAddress: `${address.street}, Kec. ${address.district}`,
    addressLocality: address.city,
    addressRegion: address.region,
    postalCode: address.postalCode,
    addressCountry: 'ID',
  };
}

export interface PostalAddressParts {
  street: string;
  district: string;
  city: string;
  region: string;
  postalCode: string;
}

/** schema.org Event for a class session; times keep the WIB offset (+07:00). */
export function eventJsonLd(
  session: ClassSession,
  programme: Programme,
  mentors: readonly Mentor[],
  site: URL,
  address: PostalAddressParts,
  registrationOpen: boolean,
  locale: Locale = DEFAULT_LOCALE,
): Json {
  const urls = useUrls(locale);
  const { data } = session;
  const when = actualTimes(data);
  const url = new URL(urls.class(session.id), site).href;
  const place = {
    '@type': 'Place',
    name: data.place,
    address: postalAddressJsonLd(address),
  };
  const virtual = data.onlineUrl ? { '@type': 'VirtualLocation', url: data.onlineUrl } : undefined;
  const location =
    data.attendance === 'luring'
      ? place
      : data.attendance === 'daring'
        ? (virtual ?? place)
        : [place, ...(virtual ? [virtual] : [])];
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: sessionName(data),
    ...(data.summary ? { description: data.summary } : { description: programme.data.summary }),
    url,
    // Rescheduled: the new times, with the original start kept as previousStartDate.
    startDate: toWibIso(when.start),
    endDate: toWibIso(when.end),
    ...(when.moved ? { previousStartDate: toWibIso(data.start) } : {}),
    eventStatus: when.moved ? 'https://schema.org/EventRescheduled' : EVENT_STATUS[data.status],
    eventAttendanceMode: ATTENDANCE_MODE[data.attendance],
    location,
    organizer: { '@type': 'Organization', name: SITE.name, url: site.href },
    ...(mentors.length > 0
      ? {
          performer: mentors.map((m) => ({
            '@type': 'Person',
            name: m.data.name,
            url: new URL(urls.mentor(m.id), site).href,
          })),
        }
      : {}),
    offers: {
      '@type': 'Offer',
      price: data.fee,
      priceCurrency: 'IDR',
      url,
      availability: registrationOpen
        ? 'https://schema.org/InStock'
        : data.status === 'penuh'
          ? 'https://schema.org/SoldOut'
          : 'https://schema.org/Discontinued',
    },
  };
}

/** JSON for a <script type="application/ld+json">: `<` escaped so no text can close the element. */
export function jsonLdText(value: Json): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
