import { afterEach, describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatFee,
  formatMonth,
  formatNumber,
  formatRupiah,
  formatShortDate,
  formatTime,
  formatTimeRange,
  useFormat,
} from '../../src/lib/format';
import { TIME_ZONE, toWibIso, wibDateKey, wibYear } from '../../src/time/wib';

const at = (iso: string) => new Date(iso);

/** Instants around midnight WIB (17:00 UTC), where UTC and WIB disagree on the day. */
const INSTANTS: [iso: string, dateTime: string, key: string, wibIso: string][] = [
  ['2026-02-07T02:00:00Z', 'Sabtu, 7 Februari 2026, 09.00 WIB', '2026-02-07', '2026-02-07T09:00:00+07:00'],
  ['2026-02-07T16:59:00Z', 'Sabtu, 7 Februari 2026, 23.59 WIB', '2026-02-07', '2026-02-07T23:59:00+07:00'],
  ['2026-02-07T17:00:00Z', 'Minggu, 8 Februari 2026, 00.00 WIB', '2026-02-08', '2026-02-08T00:00:00+07:00'],
  ['2026-02-07T17:30:00Z', 'Minggu, 8 Februari 2026, 00.30 WIB', '2026-02-08', '2026-02-08T00:30:00+07:00'],
  ['2026-02-08T23:30:00Z', 'Senin, 9 Februari 2026, 06.30 WIB', '2026-02-09', '2026-02-09T06:30:00+07:00'],
  ['2026-12-31T17:05:00Z', 'Jumat, 1 Januari 2027, 00.05 WIB', '2027-01-01', '2027-01-01T00:05:00+07:00'],
  ['2028-02-28T18:00:00Z', 'Selasa, 29 Februari 2028, 01.00 WIB', '2028-02-29', '2028-02-29T01:00:00+07:00'],
  ['2026-08-17T03:15:00+07:00', 'Senin, 17 Agustus 2026, 03.15 WIB', '2026-08-17', '2026-08-17T03:15:00+07:00'],
];

describe('formatDateTime', () => {
  it('writes the example from the docs', () => {
    expect(formatDateTime(at('2026-02-07T02:00:00Z'))).toBe('Sabtu, 7 Februari 2026, 09.00 WIB');
  });

  it.each(INSTANTS)('%s → %s', (iso, expected) => {
    expect(formatDateTime(at(iso))).toBe(expected);
  });

  it('uses WIB, not Asia/Jakarta under another name', () => {
    expect(TIME_ZONE).toBe('Asia/Jakarta');
  });
});

describe('independence from the machine timezone', () => {
  const original = process.env['TZ'];
  afterEach(() => {
    if (original === undefined) delete process.env['TZ'];
    else process.env['TZ'] = original;
  });

  describe.each(['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Tokyo', 'Asia/Jakarta'])('TZ=%s', (tz) => {
    it('gives the same dates, times and keys', () => {
      process.env['TZ'] = tz;
      // The machine's own view of the instant follows TZ (so the change took effect)…
      const localHour = at('2026-02-07T17:30:00Z').getHours();
      expect(localHour).toBe(
        { UTC: 17, 'America/Los_Angeles': 9, 'Pacific/Kiritimati': 7, 'Asia/Tokyo': 2, 'Asia/Jakarta': 0 }[tz],
      );
      // …but the site's formatting does not.
      for (const [iso, dateTime, key, wibIso] of INSTANTS) {
        expect(formatDateTime(at(iso))).toBe(dateTime);
        expect(wibDateKey(at(iso))).toBe(key);
        expect(toWibIso(at(iso))).toBe(wibIso);
      }
      expect(formatTimeRange(at('2026-02-07T16:00:00Z'), at('2026-02-07T18:00:00Z'))).toBe(
        '23.00–Minggu, 8 Februari 2026, 01.00 WIB',
      );
    });
  });
});

describe('dates and times', () => {
  it.each([
    [formatDate, '2026-02-07T02:00:00Z', 'Sabtu, 7 Februari 2026'],
    [formatDate, '2026-02-07T17:00:00Z', 'Minggu, 8 Februari 2026'],
    [formatShortDate, '2026-02-07T02:00:00Z', 'Sab, 7 Feb'],
    [formatMonth, '2026-02-07T02:00:00Z', 'Februari 2026'],
    [formatMonth, '2026-01-31T17:00:00Z', 'Februari 2026'],
    [formatTime, '2026-02-07T02:00:00Z', '09.00'],
    [formatTime, '2026-02-07T17:05:00Z', '00.05'],
    [formatTime, '2026-02-07T12:45:00Z', '19.45'],
  ] as const)('%o(%s) → %s', (format, iso, expected) => {
    expect(format(at(iso))).toBe(expected);
  });
});

describe('formatTimeRange', () => {
  it.each([
    ['same morning', '2026-02-07T02:00:00Z', '2026-02-07T05:00:00Z', '09.00–12.00 WIB'],
    ['same day, ending at 23.59', '2026-02-07T12:00:00Z', '2026-02-07T16:59:00Z', '19.00–23.59 WIB'],
    ['same WIB day, different UTC days', '2026-02-06T18:00:00Z', '2026-02-07T02:00:00Z', '01.00–09.00 WIB'],
    ['across midnight WIB', '2026-02-07T13:00:00Z', '2026-02-07T17:30:00Z', '20.00–Minggu, 8 Februari 2026, 00.30 WIB'],
    [
      'ending exactly at midnight WIB',
      '2026-02-07T13:00:00Z',
      '2026-02-07T17:00:00Z',
      '20.00–Minggu, 8 Februari 2026, 00.00 WIB',
    ],
    ['over several days', '2026-02-07T02:00:00Z', '2026-02-09T10:00:00Z', '09.00–Senin, 9 Februari 2026, 17.00 WIB'],
  ])('%s', (_, start, end, expected) => {
    expect(formatTimeRange(at(start), at(end))).toBe(expected);
  });
});

describe('money', () => {
  it.each([
    [25000, 'Rp25.000'],
    [0, 'Rp0'],
    [999, 'Rp999'],
    [1500000, 'Rp1.500.000'],
    [100_000_000, 'Rp100.000.000'],
    [25000.4, 'Rp25.000'],
    [25000.6, 'Rp25.001'],
  ])('formatRupiah(%d) → %s', (amount, expected) => {
    const text = formatRupiah(amount);
    expect(text).toBe(expected);
    expect(text).not.toMatch(/\s/);
  });

  it.each([
    [0, 'Gratis'],
    [25000, 'Rp25.000'],
    [1, 'Rp1'],
  ])('formatFee(%d) → %s', (amount, expected) => {
    expect(formatFee(amount)).toBe(expected);
  });

  it.each([
    [0, '0'],
    [192, '192'],
    [1234567, '1.234.567'],
  ])('formatNumber(%d) → %s', (value, expected) => {
    expect(formatNumber(value)).toBe(expected);
  });
});

describe('wibDateKey', () => {
  it.each(INSTANTS.map(([iso, , key]) => [iso, key]))('%s → %s', (iso, key) => {
    expect(wibDateKey(at(iso))).toBe(key);
  });

  it('switches day at 17:00 UTC', () => {
    expect(wibDateKey(at('2026-02-07T16:59:59.999Z'))).toBe('2026-02-07');
    expect(wibDateKey(at('2026-02-07T17:00:00.000Z'))).toBe('2026-02-08');
  });
});

describe('toWibIso', () => {
  it.each(INSTANTS.map(([iso, , , wibIso]) => [iso, wibIso]))('%s → %s', (iso, wibIso) => {
    expect(toWibIso(at(iso))).toBe(wibIso);
  });

  it('round-trips to the same instant (to the second)', () => {
    for (const [iso] of INSTANTS) {
      expect(new Date(toWibIso(at(iso))).getTime()).toBe(at(iso).getTime());
    }
  });

  it('drops milliseconds', () => {
    expect(toWibIso(at('2026-02-07T02:00:00.999Z'))).toBe('2026-02-07T09:00:00+07:00');
  });
});

describe('wibYear', () => {
  it('turns at midnight WIB, seven hours before UTC', () => {
    expect(wibYear(at('2026-12-31T16:59:59Z'))).toBe(2026);
    expect(wibYear(at('2026-12-31T17:00:00Z'))).toBe(2027);
  });
});

describe('useFormat("en")', () => {
  const en = useFormat('en');
  const start = new Date('2026-02-07T09:00:00+07:00');

  it('writes English dates and times in WIB, whatever the machine’s zone', () => {
    expect(en.formatDate(start)).toBe('Saturday, 7 February 2026');
    expect(en.formatTime(start)).toBe('09:00');
    expect(en.formatDateTime(start)).toMatch(/^Saturday, 7 February 2026, 09:00 WIB$/);
    expect(en.formatTimeRange(start, new Date('2026-02-07T12:00:00+07:00'))).toMatch(/^09:00.12:00 WIB$/);
    expect(en.formatMonth(start)).toBe('February 2026');
  });

  it('writes Rupiah and numbers the English way', () => {
    expect(en.formatRupiah(25000)).toBe('IDR 25,000');
    expect(en.formatFee(0)).toBe('Free');
    expect(en.formatNumber(12345)).toBe('12,345');
  });

  it('keeps the Indonesian formats as the named exports', () => {
    expect(useFormat('id').formatRupiah(25000)).toBe(formatRupiah(25000));
    expect(formatRupiah(25000)).toBe('Rp25.000');
  });
});
