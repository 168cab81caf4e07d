/**
 * Where a place is and when it is open: the fields a business (and later a room) declares once,
 * giving the content schema and the CMS widgets. The text formats are read in src/places/geo.ts and
 * src/places/hours-parse.ts, which the pages and the view-time scripts share.
 */
import { z } from 'zod';
import { t } from '../i18n';
import { inBounds, readPoint, type Point } from '../places/geo';
import { parseDayHours, parseWeekHours, type HoursText } from '../places/hours-parse';
import { DIY_BOUNDS, JATENG_BOUNDS, WEEKDAYS, type WeekdayId } from '../taxonomy';
import { cmsFields, objectSchema, type Field } from './fields';

/** One weekday's hours as editors type them; checked by hours-parse.ts. */
function dayHours(label: string): Field<string, 'optional'> {
  return {
    label,
    presence: 'optional',
    zod: () =>
      z.string().superRefine((text, ctx) => {
        const parsed = parseDayHours(text);
        if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.message });
      }),
    cms: () => ({ widget: 'string' }),
  };
}

const DAY_FIELDS = Object.fromEntries(WEEKDAYS.map((day) => [day.id, dayHours(day.name)])) as {
  readonly [K in WeekdayId]: Field<string, 'optional'>;
};

/**
 * Opening hours per weekday, in WIB. Left empty altogether, the entry makes no claim about its
 * hours; once any day is filled, an empty day is a closed one.
 */
export function hoursField(label = 'Jam buka (WIB)'): Field<HoursText, 'default'> {
  return {
    label,
    hint: t('validation.hoursHint'),
    presence: 'default',
    nested: DAY_FIELDS,
    zod: (ctx) =>
      objectSchema(DAY_FIELDS, ctx)
        .superRefine((days, issues) => {
          const week = parseWeekHours(days);
          // A day that does not read is reported by its own field; this adds a night that runs
          // into the next day's first hours.
          if (!week.ok && parseDayHours(days[week.day]).ok)
            issues.addIssue({ code: 'custom', path: [week.day], message: week.message });
        })
        .default({}),
    cms: () => ({
      widget: 'object',
      // Open: seven short fields, which a visitor's "is it open?" depends on.
      collapsed: false,
      fields: cmsFields(DAY_FIELDS),
    }),
  };
}

/** Whether an entry states its hours (any day filled in). */
export const hasHours = (hours: HoursText | undefined) => WEEKDAYS.some((day) => (hours?.[day.id] ?? '').trim() !== '');

/** The point's problem in Jawa Tengah terms, or undefined when it lies in the province's box and not in DIY's. */
const outsideJateng = (point: Point) =>
  !inBounds(point, JATENG_BOUNDS) || inBounds(point, DIY_BOUNDS) ? t('validation.locationOutside') : undefined;

/** The point in Jawa Tengah that a text gives, or why it gives none (for the schema and the CMS widget). */
export function readLocation(text: string): { ok: true; point: Point } | { ok: false; message: string } {
  const read = readPoint(text);
  if (!read.ok)
    return {
      ok: false,
      message: read.reason === 'short-link' ? t('validation.locationShortLink') : t('validation.locationUnreadable'),
    };
  const outside = outsideJateng(read.point);
  return outside ? { ok: false, message: outside } : read;
}

/**
 * A point on the map, stored as `-7.05120, 110.43810`. Editors may paste a Google Maps link or
 * coordinates in any common form (the CMS widget `geo_point` rewrites them as stored); the build
 * reads the same forms, so a file written by hand or by the importer passes too.
 */
export function locationField(label = 'Lokasi di peta'): Field<Point, 'optional'> {
  return {
    label,
    hint: t('validation.locationHint'),
    presence: 'optional',
    zod: () =>
      z.string().transform((text, ctx) => {
        const location = readLocation(text);
        if (location.ok) return location.point;
        ctx.addIssue({ code: 'custom', message: location.message });
        return z.NEVER;
      }),
    cms: () => ({ widget: 'geo_point' }),
  };
}
