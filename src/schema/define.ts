/**
 * A content type: its fields (see fields.ts), cross-field rules, and how the CMS presents it.
 * `contentSchema()` turns it into the zod schema Astro validates with; the CMS config is
 * derived from the same object.
 */
import { z } from 'zod';
import {
  cmsFields,
  objectSchema,
  type CmsField,
  type CollectionName,
  type Fields,
  type Output,
  type SchemaContext,
} from './fields';

/** A problem at a field path (names or list indexes), shown next to that field in the CMS. */
export interface Problem {
  path: (string | number)[];
  message: string;
}

/** What rules may read besides the entry. */
export interface RuleContext {
  /** The build's "now" (SITE_NOW when set) in the build; the clock in the CMS and unit tests. */
  readonly now: Date;
}

/** What contentSchema needs from its host: the field helpers, and the rules' context. */
export interface ContentContext extends SchemaContext, RuleContext {}

export type Rule<T> =
  | {
      /** Field the message belongs to (shown next to it in the CMS, named in build errors). */
      path: string[];
      message: string;
      /** Returns true when the entry is valid. */
      check(data: T, ctx: RuleContext): boolean;
    }
  /** A rule whose problems sit at paths known only from the data (e.g. one list item). */
  | { problems(data: T, ctx: RuleContext): Problem[] };

/** How the CMS lists a collection (Decap collection options), so thousands of entries stay workable. */
export interface CmsPresentation {
  /** Decap `description`, shown above the entry list. */
  description: string;
  /** Template of an entry's line in the list, e.g. `{{name}} · {{regency}}`. */
  summary: string;
  /** Template of the file name of a new entry. */
  slug: string;
  sortableFields: string[];
  viewFilters?: { label: string; field: string; pattern: string | boolean }[];
  viewGroups?: { label: string; field: string; pattern?: string }[];
}

export interface Partition {
  /** The field whose value names the subfolder (a select of `values`). */
  field: string;
  values: readonly {
    id: string;
    /** The CMS collection's label, e.g. "Kab. Klaten". */
    label: string;
    /**
     * Ends the slug of an entry created in this part's CMS collection (batik-sekar-klaten): Decap
     * keeps slugs unique within one folder only, and the site needs them unique across all.
     */
    slugSuffix: string;
  }[];
}

export interface ContentType<F extends Fields = Fields> {
  name: CollectionName;
  /** Folder under content/. */
  folder: string;
  label: string;
  labelSingular: string;
  fields: F;
  /**
   * Field used as the entry title in the CMS. One of `fields`, which defineContentType checks:
   * `keyof F` here would make ContentType<F> invariant in F, so a specific type would not pass
   * where the general ContentType is expected.
   */
  titleField: string;
  /** Label of the Markdown body in the CMS. */
  bodyLabel: string;
  /**
   * False for records that are never shown in another language (room bookings): their files sit
   * in content/<folder>/ itself, and the CMS edits them in one language.
   */
  translatable?: false;
  /**
   * Entries filed by the value of one field: content/<folder>/<value>/<locale>/<slug>.md, and one
   * CMS collection per value. Decap reads a whole collection to list or search it (always so
   * with i18n), which does not scale to 10,000 businesses in one folder (README, "The CMS at
   * provincial scale"). The slug stays the file name, so public URLs do not show the folder.
   */
  partition?: Partition;
  /** Rules across fields, checked after each field is valid on its own. */
  rules?: Rule<Output<F>>[];
  cms: CmsPresentation;
}

export function defineContentType<const F extends Fields>(
  type: ContentType<F> & { titleField: keyof F & string; partition?: Partition & { field: keyof F & string } },
): ContentType<F> {
  return type;
}

export function contentSchema<F extends Fields>(type: ContentType<F>, ctx: ContentContext): z.ZodType<Output<F>> {
  const base = objectSchema(type.fields, ctx);
  const rules = type.rules ?? [];
  if (rules.length === 0) return base;
  // Piped, so rules only see data whose fields are each valid (a bad start must not also
  // report "end before start").
  return base.pipe(
    z.custom<Output<F>>().superRefine((data, issue) => {
      for (const rule of rules) {
        if ('problems' in rule)
          for (const p of rule.problems(data, ctx))
            issue.addIssue({ code: 'custom', path: p.path, message: p.message });
        else if (!rule.check(data, ctx)) issue.addIssue({ code: 'custom', path: rule.path, message: rule.message });
      }
    }),
  );
}

/** The CMS fields of a content type, with the Markdown body last. */
export function contentCmsFields(type: ContentType): CmsField[] {
  const i18n = type.translatable !== false;
  return [
    ...cmsFields(type.fields, { i18n }),
    // sanitize_preview: the preview renders Markdown as HTML, so strip scripts and handlers there.
    // The body is always written again in each language (applyTranslations requires it).
    {
      name: 'body',
      label: type.bodyLabel,
      widget: 'markdown',
      required: false,
      sanitize_preview: true,
      ...(i18n ? { i18n: true } : {}),
    },
  ];
}

/**
 * Stand-ins for Astro's helpers, for unit tests and for validation in the CMS (which runs in
 * the browser, without Astro): references keep their id, images keep their path, and "now" is
 * the clock's, as the editor's browser has it.
 */
export const plainContext: ContentContext = {
  reference: (collection) =>
    z
      .string()
      .min(1)
      .transform((id) => ({ collection, id })),
  image: () =>
    z
      .string()
      .min(1)
      .transform((src) => ({ src, width: 0, height: 0, format: 'png' as const })),
  get now() {
    return new Date();
  },
};
