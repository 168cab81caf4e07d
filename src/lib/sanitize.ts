/**
 * Markdown bodies may carry raw HTML (editors paste it; directory text may come from public
 * submissions). Every body is passed through this allow-list after Astro renders it: formatting,
 * links, images, tables and video embeds from known hosts survive; scripts, event handlers,
 * styles, forms and javascript:/data: URLs do not.
 */
import sanitizeHtml from 'sanitize-html';

/** Video hosts whose embeds are allowed (film and music collaborations). */
export const EMBED_HOSTS = ['www.youtube.com', 'www.youtube-nocookie.com', 'player.vimeo.com'];

export interface SanitizeOptions {
  /** User-generated text (the directory): external links also get rel="ugc". */
  ugc?: boolean;
  /** Host of the site itself, whose links are internal. */
  siteHost?: string;
}

const isExternal = (href: string, siteHost?: string) => {
  if (!/^https?:\/\//i.test(href)) return false;
  try {
    return new URL(href).host !== siteHost;
  } catch {
    return true;
  }
};

export function sanitizeBody(html: string, { ugc = false, siteHost }: SanitizeOptions = {}): string {
  return sanitizeHtml(html, {
    allowedTags: [
      'p',
      'h2',
      'h3',
      'h4',
      'h5',
      'h6',
      'ul',
      'ol',
      'li',
      'blockquote',
      'strong',
      'em',
      'b',
      'i',
      'u',
      's',
      'del',
      'ins',
      'mark',
      'small',
      'sub',
      'sup',
      'code',
      'pre',
      'kbd',
      'hr',
      'br',
      'a',
      'img',
      'figure',
      'figcaption',
      'table',
      'thead',
      'tbody',
      'tfoot',
      'tr',
      'th',
      'td',
      'caption',
      'span',
      'iframe',
    ],
    allowedAttributes: {
      a: ['href', 'title', 'rel'],
      img: ['src', 'srcset', 'sizes', 'alt', 'title', 'width', 'height', 'loading', 'decoding'],
      iframe: ['src', 'title', 'width', 'height', 'allow', 'allowfullscreen', 'loading', 'referrerpolicy'],
      th: ['align', 'colspan', 'rowspan', 'scope'],
      td: ['align', 'colspan', 'rowspan'],
      h2: ['id'],
      h3: ['id'],
      h4: ['id'],
      h5: ['id'],
      h6: ['id'],
      ol: ['start'],
    },
    allowedSchemes: ['http', 'https', 'mailto', 'tel'],
    allowedSchemesByTag: { img: ['http', 'https'], iframe: ['https'] },
    allowProtocolRelative: false,
    allowedIframeHostnames: EMBED_HOSTS,
    allowIframeRelativeUrls: false,
    disallowedTagsMode: 'discard',
    // An iframe whose source was not allowed is left without one: drop it rather than keep a blank box.
    exclusiveFilter: (frame) => frame.tag === 'iframe' && !frame.attribs['src'],
    transformTags: {
      // The page title is the only h1; a heading in the body starts one level down.
      h1: 'h2',
      a: (tagName, attribs) => {
        const href = attribs['href'] ?? '';
        if (!isExternal(href, siteHost)) return { tagName, attribs };
        return { tagName, attribs: { ...attribs, rel: ugc ? 'noopener noreferrer ugc' : 'noopener noreferrer' } };
      },
      iframe: (tagName, attribs) => ({
        tagName,
        attribs: { ...attribs, loading: 'lazy', title: attribs['title'] || 'Video' },
      }),
    },
  });
}
