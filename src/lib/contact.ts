/** Links for the ways people reach a business or register for a class. */

/** `https://wa.me/62…` for an E.164 number, with an optional prefilled message. */
export function whatsappLink(e164: string, message?: string): string {
  const digits = e164.replace(/\D/g, '');
  return message ? `https://wa.me/${digits}?text=${encodeURIComponent(message)}` : `https://wa.me/${digits}`;
}

export function telLink(e164: string): string {
  return `tel:${e164.replace(/[^\d+]/g, '')}`;
}

/**
 * "+62 812-2500-1234" style grouping, readable on a phone screen. The spaces are non-breaking,
 * so a number never wraps across lines.
 */
export function formatPhone(e164: string): string {
  const digits = e164.replace(/\D/g, '');
  if (!digits.startsWith('62')) return e164;
  const local = digits.slice(2);
  const space = '\u00a0';
  // Mobile numbers (8xx) group as 812-3456-7890; landlines keep their area code apart: 24 7601234.
  if (!local.startsWith('8')) {
    const area = local.startsWith('2') ? 2 : 3;
    return `+62${space}${local.slice(0, area)}${space}${local.slice(area)}`;
  }
  const groups = [local.slice(0, 3), local.slice(3, 7), local.slice(7)].filter(Boolean);
  return `+62${space}${groups.join('-')}`;
}

export function instagramUrl(handle: string): string {
  return `https://www.instagram.com/${encodeURIComponent(handle)}/`;
}

/** Host name of a URL for display ("tokopedia.com"), or the URL itself when unparsable. */
export function displayHost(href: string): string {
  try {
    return new URL(href).hostname.replace(/^www\./, '');
  } catch {
    return href;
  }
}

/** A class registration value is either a URL or a WhatsApp number. */
export type Registration = { kind: 'url'; href: string } | { kind: 'whatsapp'; number: string };

export function parseRegistration(value: string): Registration {
  return /^https?:\/\//.test(value) ? { kind: 'url', href: value } : { kind: 'whatsapp', number: value };
}
