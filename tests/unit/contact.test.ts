import { describe, expect, it } from 'vitest';
import {
  displayHost,
  formatPhone,
  instagramUrl,
  parseRegistration,
  telLink,
  whatsappLink,
} from '../../src/lib/contact';

describe('whatsappLink', () => {
  it.each([
    ['+6281234567890', 'https://wa.me/6281234567890'],
    ['+62 812-3456-7890', 'https://wa.me/6281234567890'],
    ['+62247601234', 'https://wa.me/62247601234'],
  ])('%s → %s', (number, expected) => {
    expect(whatsappLink(number)).toBe(expected);
  });

  it('leaves out an empty message', () => {
    expect(whatsappLink('+6281234567890', '')).toBe('https://wa.me/6281234567890');
  });

  it.each([
    'Halo, saya mau daftar kelas "Foto Produk" & workshop batik',
    'Apakah ada kelas minggu depan? Biaya 50% = Rp25.000 + konsumsi #HeteroSpace',
    'Sugeng enjing, kula badhe tanglet 🙏 — café & crème brûlée',
    'baris pertama\nbaris kedua/ketiga',
  ])('URL-encodes the message %j so it decodes back exactly', (message) => {
    const link = whatsappLink('+6281234567890', message);
    const url = new URL(link);
    expect(url.origin + url.pathname).toBe('https://wa.me/6281234567890');
    expect([...url.searchParams.keys()]).toEqual(['text']);
    expect(url.searchParams.get('text')).toBe(message);
    // Nothing that would break the query string or the attribute survives unencoded.
    expect(link.split('?text=')[1]).not.toMatch(/[\s"&#<>]/);
    expect(decodeURIComponent(link.split('?text=')[1]!)).toBe(message);
  });

  it('encodes spaces as %20, quotes as %22 and & as %26', () => {
    expect(whatsappLink('+6281234567890', 'a b "c" & d')).toBe(
      'https://wa.me/6281234567890?text=a%20b%20%22c%22%20%26%20d',
    );
  });
});

describe('telLink', () => {
  it.each([
    ['+6281234567890', 'tel:+6281234567890'],
    ['+62 24-760-1234', 'tel:+62247601234'],
  ])('%s → %s', (number, expected) => {
    expect(telLink(number)).toBe(expected);
  });
});

describe('formatPhone', () => {
  it.each([
    ['+6281234567890', '+62\u00a0812-3456-7890'],
    ['+628122500123', '+62\u00a0812-2500-123'],
    ['+62247601234', '+62\u00a024\u00a07601234'],
    ['+6281225002020', '+62\u00a0812-2500-2020'],
    ['+6281234', '+62\u00a0812-34'],
    ['+62812', '+62\u00a0812'],
  ])('%s → %s', (number, expected) => {
    expect(formatPhone(number)).toBe(expected);
  });

  it.each(['+6591234567', '081234567890'])('leaves %s (not +62) as written', (number) => {
    expect(formatPhone(number)).toBe(number);
  });
});

describe('instagramUrl', () => {
  it.each([
    ['batik.sekar', 'https://www.instagram.com/batik.sekar/'],
    ['Batik_Sekar_2020', 'https://www.instagram.com/Batik_Sekar_2020/'],
    ['heterospace.jateng', 'https://www.instagram.com/heterospace.jateng/'],
  ])('%s → %s', (handle, expected) => {
    expect(instagramUrl(handle)).toBe(expected);
  });

  it('cannot be steered to another path', () => {
    expect(instagramUrl('../evil?x=1')).toBe('https://www.instagram.com/..%2Fevil%3Fx%3D1/');
  });
});

describe('parseRegistration', () => {
  it.each([
    ['https://forms.example.com/daftar', { kind: 'url', href: 'https://forms.example.com/daftar' }],
    ['http://bit.example/kelas', { kind: 'url', href: 'http://bit.example/kelas' }],
    ['+6281234567890', { kind: 'whatsapp', number: '+6281234567890' }],
  ])('%s → %j', (value, expected) => {
    expect(parseRegistration(value)).toEqual(expected);
  });

  it('turns a WhatsApp registration into a wa.me link', () => {
    const registration = parseRegistration('+6281234567890');
    expect(registration.kind === 'whatsapp' && whatsappLink(registration.number)).toBe('https://wa.me/6281234567890');
  });
});

describe('displayHost', () => {
  it.each([
    ['https://www.tokopedia.com/batiksekar', 'tokopedia.com'],
    ['https://shopee.co.id/batiksekar?x=1', 'shopee.co.id'],
    ['http://dinkop-umkm.jatengprov.go.id/', 'dinkop-umkm.jatengprov.go.id'],
    ['not a url', 'not a url'],
  ])('%s → %s', (href, expected) => {
    expect(displayHost(href)).toBe(expected);
  });
});
