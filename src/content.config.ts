/**
 * Wires each content type to its folder under content/ and validates it with the schema
 * derived from src/schema (the same definitions the CMS config comes from).
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import type { ImageMetadata } from 'astro';
import type { z } from 'zod';
import { businesses, classes, contentSchema, mentors, partners, programmes } from './schema';
import { objectSchema } from './schema/fields';
import { settings } from './schema/settings';
import type { ContentType } from './schema/define';
import type { Fields, SchemaContext } from './schema/fields';

/** Where the Markdown lives; tests point CONTENT_DIR at a temporary copy. */
const contentDir = process.env['CONTENT_DIR'] ?? './content';

function collection<F extends Fields>(type: ContentType<F>) {
  return defineCollection({
    loader: glob({ pattern: '**/*.md', base: `${contentDir}/${type.folder}` }),
    schema: ({ image }) => {
      const ctx: SchemaContext = {
        // Astro's helpers produce the same shapes as SchemaContext promises ({collection, id}
        // and image metadata); their zod types are just spelled differently.
        reference: (name) => reference(name) as unknown as z.ZodType<{ collection: typeof name; id: string }>,
        image: () => image() as unknown as z.ZodType<ImageMetadata>,
      };
      return contentSchema(type, ctx);
    },
  });
}

export const collections = {
  settings: defineCollection({
    loader: glob({ pattern: settings.file, base: `${contentDir}/${settings.folder}` }),
    schema: objectSchema(settings.fields, {
      reference: () => {
        throw new Error('Settings have no references');
      },
      image: () => {
        throw new Error('Settings have no images');
      },
    }),
  }),
  programmes: collection(programmes),
  classes: collection(classes),
  mentors: collection(mentors),
  businesses: collection(businesses),
  partners: collection(partners),
};
