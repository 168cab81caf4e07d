/**
 * Raw HTML in Markdown bodies, rendered through the real pipeline (Astro's Sätteri processor,
 * then the site's sanitizer as SafeMarkdown.astro applies it): nothing executable survives,
 * harmless formatting does.
 */
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { parseDocument, DomUtils } from 'htmlparser2';
import { beforeAll, describe, expect, it } from 'vitest';
import { EMBED_HOSTS, sanitizeBody } from '../../src/lib/sanitize';

let render: (markdown: string, ugc?: boolean) => Promise<string>;
beforeAll(async () => {
  const processor = await createSatteriMarkdownProcessor();
  render = async (markdown, ugc = false) =>
    sanitizeBody((await processor.render(markdown)).code, { ugc, siteHost: 'heterospace.netlify.app' });
});

const PAYLOADS = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=https://evil.example/x.js></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '<img src="x" ONERROR="alert(1)">',
  '[klik](javascript:alert(1))',
  '<a href="javascript:alert(1)">klik</a>',
  '<a href="JaVaScRiPt:alert(1)">klik</a>',
  '<a href="&#106;avascript:alert(1)">klik</a>',
  '<a href="  javascript:alert(1)">klik</a>',
  '<a href="java\tscript:alert(1)">klik</a>',
  '<a href="vbscript:msgbox(1)">klik</a>',
  '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '![x](javascript:alert(1))',
  '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
  '<svg onload=alert(1)></svg>',
  '<svg><script>alert(1)</script></svg>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe src="https://evil.example/embed"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="https://evil.example/x.swf"></object>',
  '<embed src="https://evil.example/x.swf">',
  '<form action="javascript:alert(1)"><button>kirim</button></form>',
  '<input autofocus onfocus=alert(1)>',
  '<details open ontoggle=alert(1)>x</details>',
  '<body onload=alert(1)>',
  '<style>body{background:url("javascript:alert(1)")}</style>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<video><source onerror="alert(1)"></video>',
  '<audio src=x onerror=alert(1)></audio>',
  '<marquee onstart=alert(1)>x</marquee>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  '<template><script>alert(1)</script></template>',
  '<textarea><script>alert(1)</script></textarea>',
  '<a href="https://example.com" onclick="alert(1)">tautan</a>',
  '<p onmouseover="alert(1)">teks</p>',
  '<img src=x:alert(alt) onerror=eval(src) alt=0>',
  '"><script>alert(1)</script>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
];

const SAFE_URL = /^(https?:\/\/|mailto:|tel:|\/|#|\.{0,2}\/?[\w-])/i;
/** The parts of a parsed element the checks read. */
interface Element {
  name: string;
  attribs: Record<string, string>;
}

const BANNED_TAGS = [
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'form',
  'input',
  'button',
  'textarea',
  'svg',
  'math',
  'base',
  'meta',
  'link',
  'body',
  'template',
  'noscript',
  'video',
  'audio',
  'source',
  'details',
];

function assertInert(html: string) {
  const doc = parseDocument(html);
  const elements: Element[] = DomUtils.findAll(() => true, doc.children);
  for (const element of elements) {
    const isAllowedEmbed =
      element.name === 'iframe' && EMBED_HOSTS.includes(new URL(element.attribs['src'] ?? 'about:blank').host);
    if (!isAllowedEmbed) expect(BANNED_TAGS, `<${element.name}> in ${html}`).not.toContain(element.name);
    for (const [name, value] of Object.entries(element.attribs)) {
      expect(name, `attribute ${name} in ${html}`).not.toMatch(/^on|^style$|^srcdoc$|^formaction$/i);
      if (['href', 'src', 'action', 'xlink:href'].includes(name))
        expect(value.trim(), `${name} in ${html}`).toMatch(SAFE_URL);
    }
  }
  expect(html).not.toMatch(/javascript:|vbscript:|data:text|data:image\/svg/i);
}

describe('XSS payloads in a Markdown body', () => {
  it('has a corpus of at least 30 payloads', () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(30);
  });

  it.each(PAYLOADS)('renders %s inert', async (payload) => {
    assertInert(await render(`Teks sebelum.\n\n${payload}\n\nTeks sesudah.`));
    assertInert(await render(`Paragraf dengan ${payload} di tengah.`, true));
  });
});

describe('harmless formatting survives', () => {
  it.each([
    ['bold and italic', '**tebal** dan _miring_', '<strong>tebal</strong> dan <em>miring</em>'],
    ['raw inline formatting', 'Harga <b>Rp25.000</b> <em>saja</em>', '<b>Rp25.000</b> <em>saja</em>'],
    ['lists', '- satu\n- dua', '<li>satu</li>'],
    ['a quote', '> kutipan', '<blockquote>'],
    ['a heading with its id', '## Yang perlu dibawa', '<h2 id="yang-perlu-dibawa">Yang perlu dibawa</h2>'],
    ['an h1, demoted', '<h1>Judul</h1>', '<h2>Judul</h2>'],
    ['an internal link', '[jadwal](/kelas/)', '<a href="/kelas/">jadwal</a>'],
    ['a mail link', '[surel](mailto:halo@heterospace.example)', 'href="mailto:halo@heterospace.example"'],
    ['a table', '| a | b |\n| - | - |\n| 1 | 2 |', '<td>1</td>'],
  ])('%s', async (_, markdown, expected) => {
    expect(await render(markdown)).toContain(expected);
  });

  it('marks external links noopener noreferrer, and ugc in directory text', async () => {
    expect(await render('[toko](https://shopee.co.id/toko)')).toContain(
      '<a href="https://shopee.co.id/toko" rel="noopener noreferrer">toko</a>',
    );
    expect(await render('[toko](https://shopee.co.id/toko)', true)).toContain('rel="noopener noreferrer ugc"');
    expect(await render('[beranda](https://heterospace.netlify.app/)')).not.toContain('rel=');
  });

  it('keeps a YouTube embed for film and music collaborations, lazily loaded and titled', async () => {
    const html = await render(
      '<iframe src="https://www.youtube-nocookie.com/embed/abc123" title="Cuplikan film" allowfullscreen></iframe>',
    );
    expect(html).toContain(
      '<iframe src="https://www.youtube-nocookie.com/embed/abc123" title="Cuplikan film" allowfullscreen',
    );
    expect(html).toContain('loading="lazy"');
  });
});
