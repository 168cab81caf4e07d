/**
 * "The CMS and the schema agree field by field": every Decap field derived from a content type
 * is checked against the zod schema derived from the same type.
 */
import { describe, expect, it } from 'vitest';
import { CONTENT_TYPES, contentCmsFields, contentSchema, contentType, plainContext } from '../../src/schema';
import { ATTENDANCE } from '../../src/schema/classes';
import type { ContentType } from '../../src/schema/define';
import { messages, type CmsField, type CollectionName } from '../../src/schema/fields';
import {
  AUDIENCES,
  BOOKING_STATUSES,
  FACILITIES,
  FEE_UNITS,
  ROOM_KINDS,
  CLASS_FORMATS,
  CLASS_STATUSES,
  WEEKDAYS,
  LINK_KINDS,
  MARKETPLACES,
  PARTNER_KINDS,
  PILLARS,
  REGENCIES,
  SCALES,
  SECTORS,
  regencyLabel,
} from '../../src/taxonomy';
import { fixtures, withValue } from './fixtures/content';
import { DECAP_WIDGETS } from './helpers';
import { joinWib } from '../../src/time/wib';

type Path = (string | number)[];
const types: readonly ContentType[] = CONTENT_TYPES;
const collectionNames = types.map((type) => type.name);

/** Every CMS field with the path of its value in an entry (lists: the first item). */
function walk(fields: readonly CmsField[], prefix: Path = []): { path: Path; field: CmsField }[] {
  return fields.flatMap((field) => {
    const path = [...prefix, field.name];
    const nested = field['fields'] as CmsField[] | undefined;
    if (!nested) return [{ path, field }];
    const inner = field.widget === 'list' ? [...path, 0] : path;
    return [{ path, field }, ...walk(nested, inner)];
  });
}

const key = (path: Path) => path.join('.');
const fieldsOf = (type: ContentType) => walk(contentCmsFields(type).filter((f) => f.name !== 'body'));

function parse(type: ContentType, input: unknown) {
  return contentSchema(type, plainContext).safeParse(input);
}

/** Issues at exactly `path` when the full fixture has `value` there. */
function issuesAt(type: ContentType, path: Path, value: unknown) {
  const result = parse(type, withValue(fixtures[type.name].full, path, value));
  return (result.error?.issues ?? []).filter((issue) => key(issue.path as Path) === key(path));
}

/**
 * Optional in the CMS, yet the entry is invalid without them: cross-field rules the CMS cannot
 * express field by field. Each one must fail with exactly its rule's message.
 */
const RULE_EXCEPTIONS: Partial<Record<CollectionName, Record<string, string>>> = {
  // The full class is hibrida, so it needs its online URL.
  // …and a place: without its room it has neither room nor another place.
  classes: {
    onlineUrl: 'Kelas daring atau hibrida memerlukan tautan daring.',
    room: 'Pilih ruang di gedung, atau isi tempat lain untuk kegiatan di luar gedung.',
  },
  timetables: {
    onlineUrl: 'Kelas daring atau hibrida memerlukan tautan daring.',
    room: 'Pilih ruang di gedung, atau isi tempat lain untuk kegiatan di luar gedung.',
  },
  // A room states when it can be used.
  rooms: { hours: 'Isi jam ruang dapat dipakai, minimal satu hari.' },
  businesses: { contact: 'Isi minimal satu kontak: WhatsApp, telepon, e-mail, Instagram, atau situs web.' },
};

/** The exact options of every select in the CMS. */
const regencyOptions = REGENCIES.map((r) => ({ value: r.id, label: regencyLabel(r) }));
const options = (terms: readonly { id: string; name: string }[]) => terms.map((t) => ({ value: t.id, label: t.name }));
const SELECTS: Record<CollectionName, Record<string, { value: string; label: string }[]>> = {
  classes: {
    format: options(CLASS_FORMATS),
    attendance: options(ATTENDANCE),
    sectors: options(SECTORS),
    status: options(CLASS_STATUSES),
  },
  timetables: {
    format: options(CLASS_FORMATS),
    weekdays: options(WEEKDAYS),
    attendance: options(ATTENDANCE),
    sectors: options(SECTORS),
    status: options(CLASS_STATUSES),
    'overrides.0.status': options(CLASS_STATUSES),
  },
  programmes: { pillar: options(PILLARS), sectors: options(SECTORS), audiences: options(AUDIENCES) },
  mentors: { sectors: options(SECTORS), regency: regencyOptions, 'links.0.kind': options(LINK_KINDS) },
  businesses: {
    sectors: options(SECTORS),
    scale: options(SCALES),
    regency: regencyOptions,
    'marketplaces.0.platform': options(MARKETPLACES),
  },
  partners: { kind: options(PARTNER_KINDS) },
  rooms: { kind: options(ROOM_KINDS), facilities: options(FACILITIES), feeUnit: options(FEE_UNITS) },
  bookings: { status: options(BOOKING_STATUSES) },
};

/** Sample values for each kind of pattern field, with whether they are valid. */
const PATTERN_SAMPLES: Record<string, [value: string, valid: boolean][]> = {
  [messages.phone]: [
    ['+6281234567890', true],
    ['+62247601234', true],
    ['+628123456789012', true],
    ['081234567890', false],
    ['6281234567890', false],
    ['+62 812 3456 7890', false],
    ['+62-812-3456-7890', false],
    ['+62081234567890', false],
    ['+621234567', false],
    ['+6281234567890123', false],
    ['+6591234567', false],
    ['+62812abc4567', false],
  ],
  [messages.url]: [
    ['https://batiksekar.example', true],
    ['http://batiksekar.example/', true],
    ['https://www.tokopedia.com/batiksekar?ref=hetero#produk', true],
    ['https://dinkop-umkm.jatengprov.go.id', true],
    ['javascript:alert(1)', false],
    ['ftp://x', false],
    ['ftp://files.example.com', false],
    ['www.x.com', false],
    ['https://localhost', false],
    ['https://', false],
    ['https://exa mple.com', false],
    ['mailto:halo@batiksekar.example', false],
    ['//batiksekar.example', false],
  ],
  [messages.email]: [
    ['halo@batiksekar.example', true],
    ['a.b+c@d.co.id', true],
    ['halo', false],
    ['halo@', false],
    ['halo@batiksekar', false],
    ['@batiksekar.example', false],
    ['ha lo@batiksekar.example', false],
    ['a@@b.co', false],
  ],
  'Tulis nama akun tanpa @, mis. batik.semarang.': [
    ['batik.sekar', true],
    ['Batik_Sekar_2020', true],
    ['a', true],
    ['x'.repeat(30), true],
    ['x'.repeat(31), false],
    ['@batik.sekar', false],
    ['batik sekar', false],
    ['batik-sekar', false],
    ['https://instagram.com/batik.sekar', false],
  ],
  'Kode KBLI terdiri dari 5 angka.': [
    ['13134', true],
    ['00000', true],
    ['1313', false],
    ['131341', false],
    ['1313a', false],
    ['13.134', false],
  ],
  [messages.time]: [
    ['09:00', true],
    ['00:00', true],
    ['23:59', true],
    ['9:00', false],
    ['24:00', false],
    ['12:60', false],
    ['09.00', false],
    ['09:00 WIB', false],
  ],
  'Isi alamat web (https://…) atau nomor WhatsApp +62….': [
    ['https://forms.example.com/daftar', true],
    ['http://bit.example/kelas-foto', true],
    ['+6281234567890', true],
    ['081234567890', false],
    ['javascript:alert(1)', false],
    ['wa.me/6281234567890', false],
    ['https://forms.example.com/daftar +6281234567890', false],
    ['+62 812 3456 7890', false],
  ],
};

describe.each(types.map((type) => [type.name, type] as const))('%s', (name, type) => {
  const cms = contentCmsFields(type);
  const fields = fieldsOf(type);

  it('lists the schema fields in order, then the Markdown body', () => {
    expect(cms.map((f) => f.name)).toEqual([...Object.keys(type.fields), 'body']);
    expect(cms.at(-1)).toEqual({
      name: 'body',
      label: type.bodyLabel,
      widget: 'markdown',
      required: false,
      sanitize_preview: true,
      ...(type.translatable === false ? {} : { i18n: true }),
    });
  });

  it('names a title field that is a required text field', () => {
    const title = cms.find((f) => f.name === type.titleField);
    expect(title).toMatchObject({ widget: 'string', required: true });
  });

  it('gives every field a label and a known widget', () => {
    // Markdown is only the body, which fieldsOf() leaves out; wib_datetime and geo_point are the site's own.
    const widgets: string[] = [...DECAP_WIDGETS.filter((w) => w !== 'markdown'), 'wib_datetime', 'geo_point'];
    for (const { field } of fields) {
      expect(field.label, key([field.name])).not.toBe('');
      expect(widgets).toContain(field.widget);
      expect(typeof field.required).toBe('boolean');
    }
  });

  it('has a full fixture that is valid (the baseline of the checks below)', () => {
    expect(parse(type, fixtures[name].full).error?.issues).toBeUndefined();
  });

  describe('required in the CMS ⇔ required by the schema', () => {
    it.each(fields.map(({ path, field }) => [key(path), field.required, path] as const))(
      '%s (required: %j)',
      (_, required, path) => {
        const result = parse(type, withValue(fixtures[name].full, path, undefined));
        const issues = result.error?.issues ?? [];
        const rule = RULE_EXCEPTIONS[name]?.[key(path)];
        if (required) {
          expect(issues.some((issue) => key(issue.path as Path) === key(path))).toBe(true);
        } else if (rule) {
          expect(issues.map((issue) => ({ path: issue.path, message: issue.message }))).toEqual([
            { path, message: rule },
          ]);
        } else {
          expect(issues).toEqual([]);
        }
      },
    );
  });

  // '{{now}}' only pre-fills a required date in the editor (today); the schema has no default.
  const prefilled = fields.filter(({ field }) => field['default'] === '{{now}}');
  if (prefilled.length > 0) {
    it.each(prefilled.map(({ path, field }) => [key(path), field] as const))(
      '%s: pre-filled with today in the CMS, required by both',
      (_, field) => {
        expect(field.widget).toBe('datetime');
        expect(field.required).toBe(true);
      },
    );
  }
  const defaulted = fields.filter(({ field }) => 'default' in field && field['default'] !== '{{now}}');
  if (defaulted.length > 0) {
    it.each(defaulted.map(({ path, field }) => [key(path), path, field] as const))(
      '%s: the CMS default is the schema default',
      (_, path, field) => {
        expect(field.required).toBe(false);
        const result = parse(type, withValue(fixtures[name].full, path, undefined));
        expect(result.success).toBe(true);
        let value: unknown = result.data;
        for (const segment of path) value = (value as Record<string | number, unknown>)[segment];
        expect(value).toEqual(field['default']);
      },
    );
  }

  const selects = fields.filter(({ field }) => field.widget === 'select');
  it('has an expectation for every select field', () => {
    expect(selects.map(({ path }) => key(path)).sort()).toEqual(Object.keys(SELECTS[name]).sort());
  });

  describe.each(selects.map(({ path, field }) => [key(path), path, field] as const))(
    'select %s',
    (label, path, field) => {
      const multiple = field['multiple'] === true;
      const wrap = (value: string) => (multiple ? [value] : value);

      it('offers exactly the taxonomy terms, in order', () => {
        expect(field['options']).toEqual(SELECTS[name][label]);
      });

      it('lets the schema accept every option and nothing else', () => {
        // Accepted by the field itself (a cross-field rule may still object elsewhere, e.g. a
        // timetable's exception dates on another weekday).
        const within = (issuePath: PropertyKey[]) => key(issuePath.slice(0, path.length) as Path) === key(path);
        for (const option of field['options'] as { value: string }[]) {
          const issues = parse(type, withValue(fixtures[name].full, path, wrap(option.value))).error?.issues ?? [];
          expect(
            issues.filter((issue) => within(issue.path)),
            option.value,
          ).toEqual([]);
        }
        const unknown = multiple ? [...path, 0] : path;
        const found =
          issuesAt(type, path, wrap('tidak-ada')).length + issuesAt(type, unknown, wrap('tidak-ada')).length;
        expect(found).toBeGreaterThan(0);
      });
    },
  );

  const relations = fields.filter(({ field }) => field.widget === 'relation');
  if (relations.length > 0) {
    it.each(relations.map(({ path, field }) => [key(path), field] as const))(
      'relation %s names an existing collection and its fields',
      (_, field) => {
        const target = contentType(String(field['collection']));
        expect(target, String(field['collection'])).toBeDefined();
        expect(collectionNames).toContain(field['collection']);
        expect(field['value_field']).toBe('{{slug}}');
        for (const shown of [...(field['search_fields'] as string[]), ...(field['display_fields'] as string[])]) {
          expect(Object.keys(target!.fields)).toContain(shown);
        }
      },
    );
  }

  const patterned = fields.filter(({ field }) => 'pattern' in field);
  if (patterned.length > 0) {
    describe.each(patterned.map(({ path, field }) => [key(path), path, field] as const))(
      'pattern %s',
      (_, path, field) => {
        const [source, message] = field['pattern'] as [string, string];
        const samples = PATTERN_SAMPLES[message] ?? [];

        it('has sample values for its kind of pattern, valid and invalid', () => {
          expect(samples.some(([, ok]) => ok)).toBe(true);
          expect(samples.some(([, ok]) => !ok)).toBe(true);
        });

        it.each(samples)('%j: Decap and zod agree (valid: %j)', (value, ok) => {
          const decapAccepts = new RegExp(source).test(value);
          const zodIssues = issuesAt(type, path, value);
          expect(decapAccepts).toBe(ok);
          // Only the pattern's own verdict: a valid end time may still be before the start time.
          expect(zodIssues.some((issue) => issue.code !== 'custom')).toBe(!ok);
          if (!ok) expect(zodIssues.map((issue) => issue.message)).toContain(message);
        });
      },
    );
  }

  const numbers = fields.filter(({ field }) => field.widget === 'number');
  if (numbers.length > 0) {
    describe.each(numbers.map(({ path, field }) => [key(path), path, field] as const))(
      'number %s',
      (_, path, field) => {
        it('is an integer in the CMS and in the schema', () => {
          expect(field['value_type']).toBe('int');
          expect(issuesAt(type, path, 10.5).length).toBeGreaterThan(0);
        });

        it('has the same bounds in the CMS and in the schema', () => {
          const min = field['min'] as number | undefined;
          const max = field['max'] as number | undefined;
          expect(min ?? max).toBeDefined();
          if (min !== undefined) {
            expect(issuesAt(type, path, min)).toEqual([]);
            expect(issuesAt(type, path, min - 1).map((i) => i.message)).toEqual([`Minimal ${min}.`]);
          }
          if (max !== undefined) {
            expect(issuesAt(type, path, max)).toEqual([]);
            expect(issuesAt(type, path, max + 1).map((i) => i.message)).toEqual([`Maksimal ${max}.`]);
          }
        });
      },
    );
  }

  const datetimes = fields.filter(({ field }) => field.widget === 'wib_datetime');
  if (datetimes.length > 0) {
    it.each(datetimes.map(({ path }) => [key(path), path] as const))(
      'datetime %s: what the WIB widget writes, the schema reads',
      (_, path) => {
        const written = joinWib(
          path[0] === 'start' ? { date: '2026-12-05', time: '08:00' } : { date: '2026-12-05', time: '23:59' },
        );
        expect(written).toMatch(/\+07:00$/);
        expect(issuesAt(type, path, written)).toEqual([]);
      },
    );
  }
});

it('covers each pattern kind in the samples with a field that uses it', () => {
  const used = new Set(
    types
      .flatMap((type) => fieldsOf(type))
      .flatMap(({ field }) => ('pattern' in field ? [(field['pattern'] as string[])[1]] : [])),
  );
  expect([...used].sort()).toEqual(Object.keys(PATTERN_SAMPLES).sort());
});
