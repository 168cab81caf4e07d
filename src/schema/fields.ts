/**
 * Field factories: each content field is declared once and yields both its zod schema
 * (what the build validates) and its Decap CMS widget (what editors fill in).
 * Keeping the two in one object is what stops the CMS config drifting from the schema.
 */
import type { ImageMetadata } from 'astro';
import { z } from 'zod';
import { t } from '../i18n';
import { DATE_PATTERN, TIME_PATTERN } from '../time/wib';

/** Collections that can be referenced from another collection. */
export type CollectionName =
  'programmes' | 'classes' | 'timetables' | 'mentors' | 'businesses' | 'partners' | 'rooms' | 'bookings';

/** What a reference resolves to after validation (the shape Astro's `reference()` yields). */
export interface Ref<C extends CollectionName = CollectionName> {
  collection: C;
  id: string;
}

/**
 * What a schema needs from its host. Astro passes its own `reference()` and `image()`;
 * unit tests and the CMS pass plain stand-ins, so this module never imports `astro:*`.
 */
export interface SchemaContext {
  reference<C extends CollectionName>(collection: C): z.ZodType<Ref<C>>;
  image(): z.ZodType<ImageMetadata>;
}

/** A Decap CMS widget and its options (a plain JSON-able object). */
export interface CmsWidget {
  widget: string;
  [option: string]: unknown;
}

/** A Decap CMS field, as the CMS config expects it. */
export interface CmsField extends CmsWidget {
  name: string;
  label: string;
  required?: boolean;
  hint?: string;
}

/**
 * `required`: must be present; `optional`: may be absent; `default`: absent means a default value
 * (optional for the editor, always set for pages).
 */
export type Presence = 'required' | 'optional' | 'default';

/**
 * How a field is in other languages (Decap's field `i18n`): `translate`, written again in each
 * language; `none`, one value for every language, kept in the Indonesian file only. (`duplicate`,
 * Decap's copy into every language's file, is not used: a copy could drift from its source.)
 */
export type FieldI18n = 'translate' | 'none';

export interface Field<T = unknown, P extends Presence = Presence> {
  readonly label: string;
  /** Absent means `none`. Set with `translated()`. */
  readonly i18n?: FieldI18n;
  readonly hint?: string | undefined;
  readonly presence: P;
  /** Zod schema of the value (the optional wrapper is added by `objectSchema`). */
  zod(ctx: SchemaContext): z.ZodType<T>;
  /** Widget options for Decap (without name, label, required). */
  cms(): CmsWidget;
  /** The fields inside a group or a list item. */
  readonly nested?: Fields;
}

/** The field, written again in each language (its name, summary or title for readers). */
export function translated<F extends Field>(field: F): F & { readonly i18n: 'translate' } {
  return { ...field, i18n: 'translate' };
}

/** Fields by name. (An interface, as Field refers back to it for nested fields.) */
export interface Fields {
  readonly [name: string]: Field;
}

type Value<F> = F extends Field<infer T> ? T : never;
type KeysOf<F extends Fields, P extends Presence> = {
  [K in keyof F]: F[K] extends Field<unknown, P> ? K : never;
}[keyof F];

/** The parsed value of a set of fields: required and defaulted keys are always set. */
export type Output<F extends Fields> = { [K in KeysOf<F, 'required' | 'default'>]: Value<F[K]> } & {
  [K in KeysOf<F, 'optional'>]?: Value<F[K]>;
};

interface Common {
  label: string;
  hint?: string;
}
interface Optionality {
  /** Defaults to true. */
  required?: boolean;
}

/** Messages shown to editors and in build errors, from the UI table (editors read them in Indonesian). */
export const messages = {
  required: t('validation.required'),
  tooShort: (n: number) => t('validation.minLength', n),
  tooLong: (n: number) => t('validation.maxLength', n),
  url: t('validation.url'),
  email: t('validation.email'),
  phone: t('validation.phone'),
  datetime: t('validation.datetime'),
  date: t('validation.date'),
  time: t('validation.time'),
  integer: t('validation.integer'),
  number: t('validation.number'),
};

function presenceOf(options: Optionality & { default?: unknown }): Presence {
  if (options.default !== undefined) return 'default';
  return options.required === false ? 'optional' : 'required';
}

function withDefault<T>(schema: z.ZodType<T>, fallback: T | undefined): z.ZodType<T> {
  // zod's `.default()` returns a wider input type; the output stays T.
  return fallback === undefined ? schema : schema.default(fallback as never);
}

const defaultOption = (fallback: unknown) => (fallback === undefined ? {} : { default: fallback });

/** Indonesian number in E.164, e.g. +6281234567890 (used for WhatsApp and phone). */
export const PHONE_PATTERN = /^\+62[1-9]\d{7,12}$/;
const INSTAGRAM_PATTERN = /^[A-Za-z0-9._]{1,30}$/;
export const URL_PATTERN = /^https?:\/\/[^\s/]+\.[^\s]+$/;

interface TextOptions<R extends boolean> extends Common {
  required?: R;
  min?: number;
  max?: number;
  multiline?: boolean;
  pattern?: { regex: RegExp; message: string };
  default?: string;
}

type TextPresence<R, D> = D extends string ? 'default' : R extends false ? 'optional' : 'required';

export function text<R extends boolean = true, D extends string | undefined = undefined>(
  options: TextOptions<R> & { default?: D },
): Field<string, TextPresence<R, D>> {
  return {
    label: options.label,
    hint: options.hint,
    presence: presenceOf(options) as TextPresence<R, D>,
    zod: () => {
      let schema = z.string({ error: messages.required }).trim();
      const min = options.min ?? (options.required === false ? 0 : 1);
      if (min > 0) schema = schema.min(min, options.min ? messages.tooShort(min) : messages.required);
      if (options.max) schema = schema.max(options.max, messages.tooLong(options.max));
      if (options.pattern) schema = schema.regex(options.pattern.regex, options.pattern.message);
      return withDefault<string>(schema, options.default);
    },
    cms: () => ({
      widget: options.multiline ? 'text' : 'string',
      ...defaultOption(options.default),
      ...(options.pattern ? { pattern: [options.pattern.regex.source, options.pattern.message] } : {}),
    }),
  };
}

type Simple<R> = R extends false ? 'optional' : 'required';

export function url<R extends boolean = true>(options: Common & { required?: R }): Field<string, Simple<R>> {
  return text({ ...options, pattern: { regex: URL_PATTERN, message: messages.url } }) as Field<string, Simple<R>>;
}

export function email<R extends boolean = true>(options: Common & { required?: R }): Field<string, Simple<R>> {
  return text({ ...options, pattern: { regex: /^[^@\s]+@[^@\s]+\.[^@\s]+$/, message: messages.email } }) as Field<
    string,
    Simple<R>
  >;
}

export function phone<R extends boolean = true>(options: Common & { required?: R }): Field<string, Simple<R>> {
  return text({ ...options, pattern: { regex: PHONE_PATTERN, message: messages.phone } }) as Field<string, Simple<R>>;
}

export function instagram<R extends boolean = true>(options: Common & { required?: R }): Field<string, Simple<R>> {
  return text({
    ...options,
    pattern: { regex: INSTAGRAM_PATTERN, message: t('validation.instagram') },
  }) as Field<string, Simple<R>>;
}

/**
 * An instant with an explicit UTC offset (WIB is +07:00), parsed to a Date.
 * YAML may already have parsed an unquoted timestamp into a Date; that is an instant too.
 */
export function datetime<R extends boolean = true>(options: Common & { required?: R }): Field<Date, Simple<R>> {
  return {
    label: options.label,
    hint: options.hint,
    presence: presenceOf(options) as Simple<R>,
    zod: () =>
      z
        // z.iso.datetime checks the calendar too (no 30 February, no hour 24), not just the shape.
        .union(
          [
            z.iso.datetime({ offset: true, error: messages.datetime }),
            // Hand-written times often leave out the seconds: 2026-12-05T09:00+07:00.
            z.iso.datetime({ offset: true, precision: -1, error: messages.datetime }),
            z.date(),
          ],
          { error: messages.datetime },
        )
        .transform((value) => (value instanceof Date ? value : new Date(value)))
        .refine((date) => !Number.isNaN(date.getTime()), messages.datetime),
    // Decap's own datetime widget saves in the editor's browser time zone (decaporg/decap-cms#7319);
    // the project's wib_datetime widget (admin/widgets) always writes WIB with +07:00.
    cms: () => ({ widget: 'wib_datetime' }),
  };
}

/**
 * A calendar day (no time, no zone), kept as the string `YYYY-MM-DD`. An unquoted YAML date
 * arrives as a Date at UTC midnight; it is turned back into the same day. (An impossible
 * unquoted date is caught on the raw file, see instants.ts, as YAML rolls it over silently.)
 */
export function date<R extends boolean = true>(
  options: Common & { required?: R; today?: boolean },
): Field<string, Simple<R>> {
  return {
    label: options.label,
    hint: options.hint,
    presence: presenceOf(options) as Simple<R>,
    zod: () =>
      z
        .union([z.iso.date({ error: messages.date }), z.date().transform((d) => d.toISOString().slice(0, 10))], {
          error: messages.date,
        })
        .pipe(z.string().regex(DATE_PATTERN, messages.date)),
    // A date picker storing YYYY-MM-DD; picker_utc so no browser time zone can shift the day.
    // `today`: a new entry starts with today's date (Decap's '{{now}}'), still required.
    cms: () => ({
      widget: 'datetime',
      date_format: 'YYYY-MM-DD',
      time_format: false,
      picker_utc: true,
      ...(options.today ? { default: '{{now}}' } : {}),
    }),
  };
}

/** A wall-clock time in WIB, `HH:mm`. */
export function time<R extends boolean = true>(options: Common & { required?: R }): Field<string, Simple<R>> {
  return text({ ...options, pattern: { regex: TIME_PATTERN, message: messages.time } }) as Field<string, Simple<R>>;
}

interface NumberOptions<R extends boolean> extends Common {
  required?: R;
  min?: number;
  max?: number;
  default?: number;
}

export function integer<R extends boolean = true, D extends number | undefined = undefined>(
  options: NumberOptions<R> & { default?: D },
): Field<number, D extends number ? 'default' : Simple<R>> {
  return {
    label: options.label,
    hint: options.hint,
    presence: presenceOf(options) as D extends number ? 'default' : Simple<R>,
    zod: () => {
      let schema = z.number({ error: messages.number }).int(messages.integer);
      if (options.min !== undefined) schema = schema.min(options.min, t('validation.min', options.min));
      if (options.max !== undefined) schema = schema.max(options.max, t('validation.max', options.max));
      return withDefault<number>(schema, options.default);
    },
    cms: () => ({
      widget: 'number',
      value_type: 'int',
      ...(options.min === undefined ? {} : { min: options.min }),
      ...(options.max === undefined ? {} : { max: options.max }),
      ...defaultOption(options.default),
    }),
  };
}

export function boolean(options: Common & { default?: boolean }): Field<boolean, 'default'> {
  const fallback = options.default ?? false;
  return {
    label: options.label,
    hint: options.hint,
    presence: 'default',
    zod: () => withDefault(z.boolean(), fallback),
    cms: () => ({ widget: 'boolean', default: fallback }),
  };
}

export interface Term {
  readonly id: string;
  readonly name: string;
}

function termEnum<T extends readonly Term[]>(terms: T): z.ZodType<T[number]['id']> {
  const values = terms.map((term) => term.id);
  return z.enum(values as [string, ...string[]], {
    error: (issue) => t('validation.unknownValue', String(issue.input), values.join(', ')),
  });
}

const cmsOptions = (terms: readonly Term[]) => terms.map((term) => ({ label: term.name, value: term.id }));

type SelectPresence<R, D> = D extends string ? 'default' : R extends false ? 'optional' : 'required';

export function select<
  const T extends readonly Term[],
  D extends T[number]['id'] | undefined = undefined,
  R extends boolean = true,
>(options: Common & { options: T; default?: D; required?: R }): Field<T[number]['id'], SelectPresence<R, D>> {
  return {
    label: options.label,
    hint: options.hint,
    presence: presenceOf(options) as SelectPresence<R, D>,
    zod: () => withDefault(termEnum(options.options), options.default),
    cms: () => ({ widget: 'select', options: cmsOptions(options.options), ...defaultOption(options.default) }),
  };
}

/** The messages of a list's minimum and maximum: choices picked, or items filled in. */
interface ListLimits {
  min(n: number): string;
  max(n: number): string;
}
const CHOICES: ListLimits = {
  min: (n) => t('validation.chooseAtLeast', n),
  max: (n) => t('validation.chooseAtMost', n),
};
const ITEMS: ListLimits = { min: (n) => t('validation.fillAtLeast', n), max: (n) => t('validation.fillAtMost', n) };

/** An array field: required with a minimum, otherwise defaulting to an empty list. */
function arrayField<T>(
  options: Common & { min?: number; max?: number },
  item: (ctx: SchemaContext) => z.ZodType<T>,
  cms: Field['cms'],
  limits: ListLimits,
): Field<T[], 'required' | 'default'> {
  const min = options.min ?? 0;
  return {
    label: options.label,
    hint: options.hint,
    presence: min > 0 ? 'required' : 'default',
    zod: (ctx) => {
      let schema = z.array(item(ctx));
      if (min > 0) schema = schema.min(min, limits.min(min));
      if (options.max) schema = schema.max(options.max, limits.max(options.max));
      return min > 0 ? schema : withDefault<T[]>(schema, []);
    },
    cms: () => ({
      ...cms(),
      ...(min > 0 ? { min } : { default: [] }),
      ...(options.max ? { max: options.max } : {}),
    }),
  };
}

export function multiSelect<const T extends readonly Term[]>(
  options: Common & { options: T; min?: number; max?: number },
): Field<T[number]['id'][], 'required' | 'default'> {
  return arrayField(
    options,
    () => termEnum(options.options),
    () => ({ widget: 'select', multiple: true, options: cmsOptions(options.options) }),
    CHOICES,
  );
}

/** How the CMS finds and shows entries of a collection in a relation widget. */
const RELATION_DISPLAY: Record<CollectionName, { search: string[]; display: string[] }> = {
  programmes: { search: ['title'], display: ['title'] },
  classes: { search: ['title'], display: ['title', 'start'] },
  timetables: { search: ['title'], display: ['title', 'firstDate'] },
  mentors: { search: ['name', 'headline'], display: ['name'] },
  businesses: { search: ['name'], display: ['name'] },
  partners: { search: ['name'], display: ['name'] },
  rooms: { search: ['name'], display: ['name'] },
  bookings: { search: ['title'], display: ['title', 'start'] },
};

function relationWidget(collection: CollectionName) {
  const display = RELATION_DISPLAY[collection];
  return {
    widget: 'relation',
    collection,
    value_field: '{{slug}}',
    search_fields: display.search,
    display_fields: display.display,
  };
}

export function relation<C extends CollectionName, R extends boolean = true>(
  options: Common & { collection: C; required?: R },
): Field<Ref<C>, Simple<R>> {
  return {
    label: options.label,
    hint: options.hint,
    presence: presenceOf(options) as Simple<R>,
    zod: (ctx) => ctx.reference(options.collection),
    cms: () => relationWidget(options.collection),
  };
}

export function relations<C extends CollectionName>(
  options: Common & { collection: C; min?: number },
): Field<Ref<C>[], 'required' | 'default'> {
  return arrayField(
    options,
    (ctx) => ctx.reference(options.collection),
    () => ({ ...relationWidget(options.collection), multiple: true }),
    CHOICES,
  );
}

export function image<R extends boolean = true>(options: Common & { required?: R }): Field<ImageMetadata, Simple<R>> {
  return {
    label: options.label,
    hint: options.hint,
    presence: presenceOf(options) as Simple<R>,
    zod: (ctx) => ctx.image(),
    cms: () => ({ widget: 'image', choose_url: false }),
  };
}

/**
 * A nested group of fields (Decap `object`). Required when any field inside is; a group of only
 * optional fields may be left out and reads as empty.
 */
export function group<const F extends Fields>(
  options: Common & { fields: F },
): Field<Output<F>, 'required' | 'default'> {
  const required = Object.values(options.fields).some((field) => field.presence === 'required');
  return {
    label: options.label,
    hint: options.hint,
    presence: required ? 'required' : 'default',
    nested: options.fields,
    zod: (ctx) =>
      required ? objectSchema(options.fields, ctx) : withDefault(objectSchema(options.fields, ctx), {} as Output<F>),
    cms: () => ({ widget: 'object', collapsed: false, fields: cmsFields(options.fields) }),
  };
}

/** A repeated group of fields (Decap `list` with `fields`). */
export function list<const F extends Fields>(
  options: Common & { fields: F; min?: number; max?: number; summary?: string },
): Field<Output<F>[], 'required' | 'default'> {
  return {
    ...arrayField(
      options,
      (ctx) => objectSchema(options.fields, ctx),
      () => ({
        widget: 'list',
        collapsed: true,
        fields: cmsFields(options.fields),
        ...(options.summary ? { summary: options.summary } : {}),
      }),
      ITEMS,
    ),
    nested: options.fields,
  };
}

/** Whether a value was filled in (an empty string is how a cleared CMS field comes back). */
export const isPresent = (value: unknown) => value !== undefined && value !== null && value !== '';

/** Treats an emptied optional field ("" or null, as the CMS may write it) as absent. */
const absentIfEmpty = (value: unknown) => (value === '' || value === null ? undefined : value);

/** Zod object for a set of fields; unknown keys are rejected so misspelt field names surface. */
export function objectSchema<F extends Fields>(fields: F, ctx: SchemaContext): z.ZodType<Output<F>> {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, def] of Object.entries(fields)) {
    const schema = def.zod(ctx);
    // Defaulted schemas accept undefined themselves; wrapping them in optional() would let zod
    // skip a missing key and never apply the default.
    if (def.presence === 'required')
      shape[name] = z.unknown().refine(isPresent, { message: messages.required, abort: true }).pipe(schema);
    else shape[name] = z.preprocess(absentIfEmpty, def.presence === 'default' ? schema : schema.optional());
  }
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? t('validation.unknownFields', issue.keys.join(', ')) : undefined,
  }) as unknown as z.ZodType<Output<F>>;
}

/**
 * The zod schema of a translation: the translated fields only, each optional (an editor may
 * translate part of an entry first), with the same rules as in the Indonesian file. A field that
 * is the same in every language is refused by name, so it cannot silently differ from the source.
 */
export function translationSchema(fields: Fields, ctx: SchemaContext): z.ZodType<Record<string, unknown>> {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, def] of Object.entries(fields))
    if (def.i18n === 'translate') shape[name] = z.preprocess(absentIfEmpty, def.zod(ctx).optional());
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code !== 'unrecognized_keys') return undefined;
      const shared = issue.keys.filter((key) => Object.hasOwn(fields, key));
      const unknown = issue.keys.filter((key) => !Object.hasOwn(fields, key));
      return [
        shared.length > 0 ? t('validation.notTranslated', shared.join(', ')) : '',
        unknown.length > 0 ? t('validation.unknownFields', unknown.join(', ')) : '',
      ]
        .filter(Boolean)
        .join(' ');
    },
  });
}

/** The required translated fields a translation leaves empty (it is incomplete while any is). */
export function missingTranslations(fields: Fields, translation: Record<string, unknown>): string[] {
  return Object.entries(fields)
    .filter(([name, def]) => def.i18n === 'translate' && def.presence === 'required' && !isPresent(translation[name]))
    .map(([name]) => name);
}

/**
 * Decap fields of a set of field definitions. `i18n`: for a collection edited in several
 * languages, each field says whether it is written again in each (its `translated()` mark).
 * Decap reads `true` as `translate` and `false` as `none`; its list and object widgets accept
 * only the booleans.
 */
export function cmsFields(fields: Fields, { i18n = false } = {}): CmsField[] {
  return Object.entries(fields).map(([name, def]) => ({
    name,
    label: def.label,
    required: def.presence === 'required',
    ...(def.hint ? { hint: def.hint } : {}),
    ...def.cms(),
    ...(i18n ? { i18n: def.i18n === 'translate' } : {}),
  }));
}
