/** schema.org structured data for search engines, built from the same entries as the pages. */
import { regency, regencyLabel } from '../taxonomy';
import { instagramUrl } from './contact';
import type { Business } from './site';
import { urls } from './urls';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json | undefined };

export function businessJsonLd(business: Business, site: URL, imageUrl?: string): Json {
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
      : { offers: { '@type': 'Offer', price: product.price, priceCurrency: 'IDR', availability: 'https://schema.org/InStock', url: `${url}#produk-${i + 1}` } }),
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

/** JSON for a <script type="application/ld+json">: `<` escaped so no text can close the element. */
export function jsonLdText(value: Json): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
