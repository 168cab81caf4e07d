/** iCalendar output parsed back with ical.js, as a calendar app would read it. */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, fold, googleCalendarLink, sessionEvent, toIcs, type CalendarEvent } from '../../src/lib/calendar';
import { eventJsonLd } from '../../src/lib/jsonld';
import type { ClassSession, Mentor, Programme } from '../../src/lib/site';

const site = new URL('https://heterospace.netlify.app');
const programme = {
  id: 'kelas-foto-produk',
  collection: 'programmes',
  data: { title: 'Kelas Foto Produk', summary: 'Foto produk untuk UMKM.', pillar: 'mbangun', sectors: [] },
} as unknown as Programme;
const mentor = { id: 'anindita', collection: 'mentors', data: { name: 'Anindita Puspitasari' } } as unknown as Mentor;
const session = (over: Partial<ClassSession['data']> = {}) =>
  ({
    id: 'foto-katalog',
    collection: 'classes',
    data: {
      title: 'Foto Katalog, Cahaya; dan "Latar"',
      programme: { collection: 'programmes', id: programme.id },
      start: new Date('2026-12-05T09:00:00+07:00'),
      end: new Date('2026-12-05T12:30:00+07:00'),
      attendance: 'luring',
      room: { collection: 'rooms', id: 'studio-foto' },
      place: 'Studio Foto, Hetero Space, Banyumanik',
      mentors: [{ collection: 'mentors', id: mentor.id }],
      sectors: [],
      fee: 75000,
      status: 'terjadwal',
      summary: 'Baris pertama\nbaris kedua, dengan koma; dan titik koma',
      ...over,
    },
  }) as unknown as ClassSession;
/** The space's address, as settings give it to the JSON-LD of a session held there. */
const address = {
  street: 'Jl. Setiabudi',
  district: 'Banyumanik',
  city: 'Kota Semarang',
  region: 'Jawa Tengah',
  postalCode: '50263',
};

function parse(ics: string) {
  const component = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  return component.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('toIcs', () => {
  const stamp = new Date('2026-11-27T03:00:00Z');
  const event = sessionEvent(session(), programme, [mentor], site);
  const [parsed] = parse(toIcs([event], stamp));

  it('writes times a calendar app reads as the right instant (09.00 WIB = 02.00 UTC)', () => {
    expect(parsed!.startDate.toJSDate().toISOString()).toBe('2026-12-05T02:00:00.000Z');
    expect(parsed!.endDate.toJSDate().toISOString()).toBe('2026-12-05T05:30:00.000Z');
  });

  it('escapes commas, semicolons, quotes and newlines so text reads back exactly', () => {
    expect(parsed!.summary).toBe('Foto Katalog, Cahaya; dan "Latar"');
    expect(parsed!.description).toContain('Baris pertama\nbaris kedua, dengan koma; dan titik koma');
    expect(parsed!.location).toBe('Studio Foto, Hetero Space, Banyumanik');
    expect(parsed!.description).toContain('Mentor: Anindita Puspitasari');
  });

  it('keeps the UID stable across builds and links the page', () => {
    const again = parse(
      toIcs([sessionEvent(session(), programme, [mentor], site)], new Date('2027-01-01T00:00:00Z')),
    )[0]!;
    expect(parsed!.uid).toBe('foto-katalog@heterospace');
    expect(again.uid).toBe(parsed!.uid);
    expect(parsed!.component.getFirstPropertyValue('url')).toBe('https://heterospace.netlify.app/kelas/foto-katalog/');
  });

  it.each([
    ['dibatalkan', 'CANCELLED'],
    ['ditunda', 'TENTATIVE'],
    ['penuh', 'CONFIRMED'],
    ['terjadwal', 'CONFIRMED'],
  ] as const)('marks a %s session %s', (status, expected) => {
    const [e] = parse(toIcs([sessionEvent(session({ status, statusNote: 'Alasan' }), programme, [], site)], stamp));
    expect(e!.component.getFirstPropertyValue('status')).toBe(expected);
  });

  it('folds long lines at 75 octets without splitting a character, and ends lines with CRLF', () => {
    const long: CalendarEvent = { ...event, description: 'ꦏꦺꦴꦥꦶ '.repeat(40) };
    const ics = toIcs([long], stamp);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(parse(ics)[0]!.description).toBe('ꦏꦺꦴꦥꦶ '.repeat(40));
    expect(fold('a'.repeat(80))).toBe(`${'a'.repeat(75)}\r\n ${'a'.repeat(5)}`);
    expect(escapeText('a\\b')).toBe('a\\\\b');
  });
});

describe('googleCalendarLink', () => {
  it('carries the same times in UTC and the text', () => {
    const url = new URL(googleCalendarLink(sessionEvent(session(), programme, [], site)));
    expect(url.searchParams.get('dates')).toBe('20261205T020000Z/20261205T053000Z');
    expect(url.searchParams.get('text')).toBe('Foto Katalog, Cahaya; dan "Latar"');
    expect(url.searchParams.get('ctz')).toBe('Asia/Jakarta');
  });
});

describe('eventJsonLd', () => {
  it.each([
    ['terjadwal', 'luring', 'https://schema.org/EventScheduled', 'https://schema.org/OfflineEventAttendanceMode'],
    ['dibatalkan', 'daring', 'https://schema.org/EventCancelled', 'https://schema.org/OnlineEventAttendanceMode'],
    ['ditunda', 'hibrida', 'https://schema.org/EventPostponed', 'https://schema.org/MixedEventAttendanceMode'],
  ] as const)('a %s %s session', (status, attendance, eventStatus, mode) => {
    const ld = eventJsonLd(
      session({ status, attendance, onlineUrl: 'https://meet.example/abc' }),
      programme,
      [mentor],
      site,
      address,
      status === 'terjadwal',
    ) as Record<string, unknown>;
    expect(ld).toMatchObject({
      '@type': 'Event',
      startDate: '2026-12-05T09:00:00+07:00',
      endDate: '2026-12-05T12:30:00+07:00',
      eventStatus,
      eventAttendanceMode: mode,
      organizer: { '@type': 'Organization', name: 'Hetero Space' },
      performer: [{ '@type': 'Person', name: 'Anindita Puspitasari' }],
      offers: { '@type': 'Offer', price: 75000, priceCurrency: 'IDR' },
    });
    const locations = [ld['location']].flat() as Record<string, unknown>[];
    if (attendance !== 'daring')
      expect(locations.find((l) => l['@type'] === 'Place')?.['address']).toMatchObject({
        addressRegion: 'Jawa Tengah',
        addressCountry: 'ID',
      });
    if (attendance !== 'luring')
      expect(locations).toContainEqual({ '@type': 'VirtualLocation', url: 'https://meet.example/abc' });
  });
});

describe('a postponed session with a new date', () => {
  const moved = session({
    status: 'ditunda',
    statusNote: 'Ruang diperbaiki.',
    rescheduledTo: new Date('2027-01-07T15:30:00+07:00'),
  });

  it('is a confirmed event at the new time, as long as the original, under the same UID', () => {
    const [e] = parse(toIcs([sessionEvent(moved, programme, [], site)], new Date()));
    expect(e!.startDate.toJSDate().toISOString()).toBe('2027-01-07T08:30:00.000Z');
    expect(e!.endDate.toJSDate().toISOString()).toBe('2027-01-07T12:00:00.000Z');
    expect(e!.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(e!.uid).toBe('foto-katalog@heterospace');
    expect(e!.description).toContain('Dipindah dari jadwal semula Sabtu, 5 Desember 2026, 09.00 WIB.');
  });

  it('is EventRescheduled in JSON-LD, with the original start as previousStartDate', () => {
    const ld = eventJsonLd(moved, programme, [], site, address, false) as Record<string, unknown>;
    expect(ld).toMatchObject({
      eventStatus: 'https://schema.org/EventRescheduled',
      startDate: '2027-01-07T15:30:00+07:00',
      endDate: '2027-01-07T19:00:00+07:00',
      previousStartDate: '2026-12-05T09:00:00+07:00',
    });
  });
});

describe('sessions of a weekly series', () => {
  it('name their topic, and keep their UID when the series is edited', () => {
    const withTopic = { ...session({ topic: 'Cahaya alami' }), id: 'foto-selasa-2026-12-08' };
    const [e] = parse(toIcs([sessionEvent(withTopic, programme, [], site)], new Date()));
    expect(e!.summary).toBe('Foto Katalog, Cahaya; dan "Latar": Cahaya alami');
    // The UID is the series id and the date: a new title, time or topic updates the same event.
    const edited = {
      ...withTopic,
      data: { ...withTopic.data, title: 'Judul baru', start: new Date('2026-12-08T10:00:00+07:00') },
    };
    expect(parse(toIcs([sessionEvent(edited, programme, [], site)], new Date()))[0]!.uid).toBe(
      'foto-selasa-2026-12-08@heterospace',
    );
  });
});
