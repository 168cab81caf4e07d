/** Every product of every business, for the storefront (/etalase/). */
import { whatsappLink } from './contact';
import type { Business } from './site';
import { useUrls } from './urls';
import { DEFAULT_LOCALE, useTranslations, type Locale } from '../i18n';

export interface StoreItem {
  business: Business;
  product: Business['data']['products'][number];
  /** 1-based position within the business, matching the #produk-n anchor on its page. */
  index: number;
  /** Shareable link to the product on its business page. */
  href: string;
  /** Order message to the business on WhatsApp, when it has a WhatsApp number. */
  orderLink?: string | undefined;
}

export function orderMessage(product: string, business: string, locale: Locale = DEFAULT_LOCALE): string {
  return useTranslations(locale)('storefront.orderMessage', business, product);
}

export function storeItems(
  businesses: readonly Business[],
  sector?: string,
  locale: Locale = DEFAULT_LOCALE,
): StoreItem[] {
  const urls = useUrls(locale);
  return businesses
    .filter((b) => !sector || (b.data.sectors as readonly string[]).includes(sector))
    .flatMap((business) =>
      business.data.products.map((product, i) => ({
        business,
        product,
        index: i + 1,
        href: `${urls.business(business.id)}#produk-${i + 1}`,
        orderLink: business.data.contact.whatsapp
          ? whatsappLink(business.data.contact.whatsapp, orderMessage(product.name, business.data.name, locale))
          : undefined,
      })),
    );
}
