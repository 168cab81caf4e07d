import { describe, expect, it } from 'vitest';
import { instantsWithoutOffset } from '../../src/lib/instants';

const file = (start: string, end = '"2026-12-05T12:00:00+07:00"') =>
  `---\ntitle: Kelas\nstart: ${start}\nend: ${end}\n---\nIsi.\n`;

describe('instantsWithoutOffset', () => {
  it.each([
    ['quoted with +07:00', '"2026-12-05T09:00:00+07:00"'],
    ['single-quoted with +07:00', "'2026-12-05T09:00:00+07:00'"],
    ['unquoted with +07:00', '2026-12-05T09:00:00+07:00'],
    ['UTC with Z', '2026-12-05T02:00:00Z'],
  ])('accepts a time %s', (_, value) => {
    expect(instantsWithoutOffset(file(value), ['start', 'end'])).toEqual([]);
  });

  it.each([
    ['unquoted without offset', '2026-12-05T09:00:00'],
    ['quoted without offset', '"2026-12-05T09:00:00"'],
    ['a bare date', '2026-12-05'],
    ['a space instead of T', '2026-12-05 09:00'],
  ])('names the field for a time %s', (_, value) => {
    expect(instantsWithoutOffset(file(value), ['start', 'end'])).toEqual(['start']);
  });

  it('names both fields when both lack an offset', () => {
    expect(instantsWithoutOffset(file('2026-12-05T09:00:00', '2026-12-05T12:00:00'), ['start', 'end'])).toEqual([
      'start',
      'end',
    ]);
  });

  it('ignores the body and missing fields', () => {
    expect(instantsWithoutOffset('---\ntitle: x\n---\nstart: 2026-12-05\n', ['start', 'end'])).toEqual([]);
  });
});
