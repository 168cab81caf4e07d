/**
 * Where a business is and when it is open, as editors enter them: coordinates read from what
 * they paste (src/places/geo.ts), and the business schema's hours and location fields with the
 * messages the CMS and the build show.
 */
import { describe, expect, it } from 'vitest';
import { businesses, contentSchema, plainContext } from '../../src/schema';
import { directionsUrl, distanceKm, pointText, readPoint } from '../../src/places/geo';
import { hasHours } from '../../src/schema/places';
import { REGENCIES, JATENG_BOUNDS, DIY_BOUNDS } from '../../src/taxonomy';
import { inBounds } from '../../src/places/geo';
import { fixtures } from './fixtures/content';

const PIN = { lat: -7.0512, lng: 110.4381 };

describe('readPoint', () => {
  it.each([
    ['coordinates with a comma', '-7.0512, 110.4381'],
    ['coordinates with a space', '-7.0512 110.4381'],
    ['coordinates with a semicolon', '-7.0512;110.4381'],
    [
      'a place link (its pin)',
      'https://www.google.com/maps/place/Toko/@-7.06,110.43,17z/data=!3m1!4b1!4m6!3m5!1s0x0:0x0!8m2!3d-7.0512!4d110.4381',
    ],
    ['a query link', 'https://www.google.com/maps/search/?api=1&query=-7.0512,110.4381'],
    ['a ?q= link', 'https://maps.google.com/?q=-7.0512,110.4381'],
    ['an encoded query', 'https://www.google.com/maps/search/?api=1&query=-7.0512%2C110.4381'],
    ['a view link', 'https://www.google.com/maps/@-7.0512,110.4381,15z'],
    ['a search path', 'https://www.google.com/maps/search/-7.0512,+110.4381?entry=ttu'],
    ['a directions link', 'https://www.google.com/maps/dir/?api=1&destination=-7.0512%2C110.4381'],
  ])('reads %s', (_, text) => {
    const read = readPoint(text);
    expect(read).toEqual({ ok: true, point: PIN });
  });

  it('reads degrees, minutes and seconds as Google Maps shows a pin', () => {
    const read = readPoint(`7°03'04.3"S 110°26'17.2"E`);
    expect(read.ok && pointText(read.point)).toBe('-7.05119, 110.43811');
  });

  it.each([
    ['a short link, which holds no coordinates', 'https://maps.app.goo.gl/AbCdEf123', 'short-link'],
    ['a link without a point', 'https://www.google.com/maps/place/Toko+Batik', 'unreadable'],
    ['words', 'dekat pasar Johar', 'unreadable'],
    ['one number', '-7.0512', 'unreadable'],
  ])('refuses %s', (_, text, reason) => {
    expect(readPoint(text)).toEqual({ ok: false, reason });
  });
});

describe('distances and directions', () => {
  it('measures along the Earth: Semarang to Solo is about 80 km as the crow flies', () => {
    const semarang = { lat: -6.9932, lng: 110.4203 };
    const solo = { lat: -7.5666, lng: 110.8167 };
    expect(distanceKm(semarang, solo)).toBeGreaterThan(75);
    expect(distanceKm(semarang, solo)).toBeLessThan(80);
    expect(distanceKm(semarang, semarang)).toBe(0);
  });
  it('links to Google Maps directions to the point', () => {
    expect(directionsUrl(PIN)).toBe('https://www.google.com/maps/dir/?api=1&destination=-7.05120%2C110.43810');
  });
});

describe('regency centres', () => {
  it.each(REGENCIES.map((r) => [r.id, r] as const))('%s lies in Jawa Tengah and not in Yogyakarta', (_, regency) => {
    const [lat, lng] = regency.centre;
    expect(inBounds({ lat, lng }, JATENG_BOUNDS)).toBe(true);
    expect(inBounds({ lat, lng }, DIY_BOUNDS)).toBe(false);
  });
});

describe('a business with hours and a location', () => {
  const schema = contentSchema(businesses, plainContext);
  const base = { ...fixtures.businesses.minimal, regency: 'kota-semarang' };
  const problems = (input: object) =>
    (schema.safeParse({ ...base, ...input }).error?.issues ?? []).map((i) => [i.path.join('.'), i.message]);

  it('stores the point from a pasted link and reads the week', () => {
    const result = schema.safeParse({
      ...base,
      location: 'https://www.google.com/maps/search/?api=1&query=-6.98920,110.42290',
      hours: { senin: '08.00–16.00', jumat: '08.00–11.30, 13.00–16.00', sabtu: 'janji temu', minggu: 'tutup' },
    });
    expect(result.error?.issues).toBeUndefined();
    expect(result.data?.location).toEqual({ lat: -6.9892, lng: 110.4229 });
    expect(hasHours(result.data?.hours)).toBe(true);
  });

  it('makes no claim about hours when none are filled in', () => {
    const result = schema.safeParse({ ...base, hours: { senin: '', selasa: '' } });
    expect(result.error?.issues).toBeUndefined();
    expect(hasHours(result.data?.hours)).toBe(false);
    expect(hasHours(schema.parse(base).hours)).toBe(false);
  });

  it.each([
    [{ hours: { senin: '8 pagi' } }, 'hours.senin', 'tidak terbaca sebagai jam'],
    [{ hours: { selasa: '08.00–12.00, 11.00–16.00' } }, 'hours.selasa', 'tumpang tindih'],
    [{ hours: { jumat: '18.00–10.00', sabtu: '08.00–12.00' } }, 'hours.jumat', 'berlanjut sampai Sabtu'],
    [{ hours: { hari: '08.00–16.00' } }, 'hours', 'Kolom tidak dikenal: hari'],
    [{ location: '110.4229, -6.9892' }, 'location', 'Periksa urutan angkanya'],
    // Yogyakarta (Malioboro) is inside Jawa Tengah's box, but not in the province.
    [{ location: '-7.79280, 110.36580' }, 'location', 'di luar Jawa Tengah'],
    [{ location: 'https://maps.app.goo.gl/AbCdEf123' }, 'location', 'Tautan pendek'],
    // Cilacap is in Jawa Tengah, but some 170 km from Semarang.
    [{ location: '-7.72670, 109.00900' }, 'location', 'km dari pusat Kota Semarang'],
  ])('refuses %j at %s', (input, path, message) => {
    const found = problems(input).filter(([at]) => at === path);
    expect(found.map(([, text]) => text).join(' | ')).toContain(message);
  });
});
